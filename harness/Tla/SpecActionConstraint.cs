using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>
/// A TLC <c>ACTION_CONSTRAINT</c> transcribed for the engine's search at the spec's granularity
/// (<see cref="TraceExport.Search"/>): TLC explores only the steps of <c>Next</c> the constraint allows, so the search
/// offers a thread only when <see cref="MayAct"/> holds before its action (the part of the constraint over the state
/// before the step), and drops a schedule whose action <see cref="Allowed"/> rejects afterwards (the part over the state
/// after it, for example which operation a thread chose). A model returns one from
/// <see cref="SpecInstance.ActionConstraint"/> for each constraint name it transcribes.
/// </summary>
public abstract class SpecActionConstraint
{
    /// <summary>The constraint's name in the spec (the word under <c>ACTION_CONSTRAINT</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Whether spec thread <paramref name="thread"/> may take its next action in the current state.</summary>
    public abstract bool MayAct(int thread, IReadOnlyList<SpecThreadView> threads);

    /// <summary>After thread <paramref name="thread"/>'s action (offered by <see cref="MayAct"/>): whether the step is one the constraint allows.</summary>
    public abstract bool Allowed(int thread, IReadOnlyList<SpecThreadView> threads);
}
