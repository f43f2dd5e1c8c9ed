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
