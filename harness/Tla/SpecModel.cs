using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Tla;

/// <summary>
/// The C# side of a TLA+ spec, which lets a TLC trace drive the real implementation (<see cref="TraceReplay"/>):
/// <list type="bullet">
/// <item>the workload the spec describes, as a test body over the implementation (<see cref="SpecInstance.Body"/>);</item>
/// <item>the action table: for each spec action, the labeled program points (pc values) it may start from
/// (<see cref="SpecAction.From"/>). The implementation marks those points with <c>Checker.Label</c> /
/// <c>StepLabel.At</c>; a replay runs thread t from one label to its next as one action;</item>
/// <item>the refinement mapping: the spec's variables computed from the implementation's state
/// (<see cref="SpecInstance.Map"/>), with node identities matched up to renaming (<see cref="Refinement.Node"/>);</item>
/// <item>the invariants, each with the C# monitor that checks it.</item>
/// </list>
/// Spec thread t (1-based) is the t-th thread the body spawns (controlled thread id t).
/// </summary>
public abstract class SpecModel
{
    /// <summary>The TLA+ module name (<c>tla/&lt;Spec&gt;/&lt;Spec&gt;.tla</c>).</summary>
    public abstract string Spec { get; }

    public abstract IReadOnlyList<SpecAction> Actions { get; }

    /// <summary>Spec variables the mapping deliberately does not produce, each with the reason.</summary>
    public virtual IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>();

    public abstract IReadOnlyList<SpecInvariant> Invariants { get; }

    /// <summary>Builds the workload for the model constants of a TLC configuration (<c>CONSTANTS</c> of the .cfg).</summary>
    public abstract SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants);

    public SpecAction? FindAction(string name) => Actions.FirstOrDefault(a => a.Name == name);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<SpecAction>> _actionsFrom = new(StringComparer.Ordinal);

    /// <summary>The actions that may start at <paramref name="label"/> (computed once per label: searches ask at every action).</summary>
    public IReadOnlyList<SpecAction> ActionsFrom(string label) =>
        _actionsFrom.GetOrAdd(label, l => Actions.Where(a => a.From.Contains(l)).ToList());

    /// <summary>
    /// The spec variable holding the set of threads asleep in futex waits, if the spec models futexes. A futex wake
    /// that releases some of several sleepers wakes, during a replay, the ones this variable loses in the step.
    /// </summary>
    public virtual string? SleepersVariable => null;

    /// <summary>
    /// The <see cref="Unmapped"/> variables whose values the implementation passes with its labels as live locals
    /// (<c>StepLabel.At(label, live...)</c>), so the spec-level stateful search's state fingerprint covers them. An
    /// unmapped variable not listed here is outside the fingerprint: the search may merge two states that differ only
    /// in it, and says so in its result (<c>ActionSearchResult.Uncovered</c>).
    /// </summary>
    public virtual IReadOnlyCollection<string> UnmappedLiveAtLabels { get; } = Array.Empty<string>();

    /// <summary>True when the spec lets futex waits wake spuriously (the replay then offers the engine's spurious wake-ups).</summary>
    public virtual bool SpuriousWakeups(IReadOnlyDictionary<string, TlaValue> constants) => false;
}

/// <summary>
/// A spec action and the pc labels it can start from. <paramref name="Choices"/> resolves the nondeterministic
/// choices (<c>Checker.Choose</c>) the implementation makes during the action: the first choice gets
/// <c>Choices[0]</c>, and so on (a workload that picks its next operation at random is told which one the trace
/// took).
/// </summary>
public sealed record SpecAction(string Name, IReadOnlyList<string> From, IReadOnlyList<int>? Choices = null)
{
    public SpecAction(string name, params string[] from) : this(name, (IReadOnlyList<string>)from) { }

    /// <summary>
    /// The pseudo-label of a thread asleep in a futex wait. An action that starts from it (a spurious wake-up) is the
    /// engine waking the thread spuriously; the thread then runs to its next label.
    /// </summary>
    public const string Asleep = "(asleep in futex wait)";
}

/// <summary>
/// Where a spec thread is: paused at a label, finished, or inside a futex wait (<paramref name="InFutexWait"/>:
/// asleep in it, <paramref name="Asleep"/>, or woken and not yet resumed; the spec's pc is then the label after the
/// wait and, while asleep, the thread is in the spec's set of sleepers). <paramref name="TimedOut"/>: the thread's
/// last timed futex wait ended by the engine expiring it (it stays set until the thread blocks again).
/// </summary>
public sealed record SpecThreadView(int SpecThread, string? Label, bool Completed, bool InFutexWait = false, bool Asleep = false, bool TimedOut = false);

/// <summary>
/// A TLA+ invariant and the C# monitor that checks it. A state invariant (<paramref name="OnState"/>) is a check
/// of the implementation's state (<see cref="SpecInstance.CheckState"/>) evaluated after every replayed step. An
/// event invariant is the named monitor reacting to events the implementation emits: a counterexample violating
/// it is reproduced when that monitor fails during the next step of some thread after the violating state (the
/// spec states the invariant before the offending access, the monitor sees the access itself).
/// </summary>
public sealed record SpecInvariant(string Name, string Monitor, bool OnState = false);
