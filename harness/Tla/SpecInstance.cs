using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Tla;

/// <summary>One run of a model: the workload and the refinement mapping over the objects it created.</summary>
public abstract class SpecInstance
{
    /// <summary>The test body (controlled thread 0): creates the objects, spawns the spec's threads in order, joins them.</summary>
    public abstract void Body();

    /// <summary>The spec's variables computed from the implementation's current state (all threads are paused).</summary>
    public abstract IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads);

    /// <summary>
    /// Slots whose spec node is fixed in advance (<see cref="StateMatcher.Pin"/>): nodes the body allocates in a known
    /// order that no plain variable of the state names, so the matcher cannot meet them first elsewhere.
    /// </summary>
    public virtual IReadOnlyList<(int Slot, long Node)> PinnedNodes { get; } = Array.Empty<(int, long)>();

    /// <summary>Extra monitors for the run (for example a tracker of slot states that the mapping reads).</summary>
    public virtual IReadOnlyList<Func<PropertyMonitor>> Monitors { get; } = Array.Empty<Func<PropertyMonitor>>();

    /// <summary>
    /// True when the spec's threads have legitimately terminated in this state (the spec's <c>Terminating</c>): by
    /// default when every spec thread has finished. A systematic search that reaches a state where no spec thread can
    /// take an action and the threads have not terminated reports a deadlock.
    /// </summary>
    public virtual bool Terminated(IReadOnlyList<SpecThreadView> threads) => threads.All(t => t.Completed);

    /// <summary>
    /// The transcription of the configuration's <c>ACTION_CONSTRAINT</c> <paramref name="name"/> over this instance, or
    /// null when the model does not transcribe it (the search then cannot run that configuration as TLC does).
    /// </summary>
    public virtual SpecActionConstraint? ActionConstraint(string name) => null;
    /// The configuration's state constraint (the .cfg's <c>CONSTRAINT</c>, e.g. <c>EraBound == era &lt;= MaxEra</c>) on a
    /// mapped state: false when TLC would not explore the state further. The stateful spec search neither counts nor
    /// expands such a state (its invariants are still checked). The default, true, bounds nothing.
    /// </summary>
    public virtual bool WithinConstraint(IReadOnlyDictionary<string, TlaValue> mapped) => true;

    /// <summary>True when the model implements the configuration's state constraint (<see cref="WithinConstraint"/>).</summary>
    public virtual bool HasConstraint => false;

    /// <summary>
    /// Implementation state that determines the future but that <see cref="Map"/> hides (returns
    /// <see cref="Refinement.Any"/> for) in this state, e.g. a limbo list that a scan compacts in place: part of the
    /// stateful spec search's state fingerprint. Null when the mapping hides nothing here.
    /// </summary>
    public virtual TlaValue? Unobserved(IReadOnlyList<SpecThreadView> threads) => null;

    /// <summary>
    /// Called after each action a stateful search replays without mapping (a known prefix; every other action is
    /// followed by <see cref="Map"/>): a model whose ghost state must follow the implementation step by step, and that
    /// brings it up to date in <see cref="Map"/>, does the same here. The default does nothing.
    /// </summary>
    public virtual void AfterAction() { }

    /// <summary>Evaluates the state invariant <paramref name="invariant"/> on the implementation: null when it holds, else why not.</summary>
    public virtual string? CheckState(string invariant) =>
        throw new InvalidOperationException($"the model declares {invariant} a state invariant but does not check it");
}
