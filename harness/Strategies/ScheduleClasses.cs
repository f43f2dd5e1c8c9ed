using System;
using System.Collections.Generic;
using System.Text;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// The Mazurkiewicz classes of a set of schedules under DPOR's dependency relation (<see cref="DporEvent.DependentWith"/>):
/// two schedules are in one class when they are the same partial order of the same steps
/// (<see cref="DporRaceAnalysis.PartialOrder"/>) with the same value choices. <see cref="ClassCountingDfs"/> counts the
/// classes of DFS's schedules with it, <see cref="ClassCountingDpor"/> those of DPOR's.
/// </summary>
internal sealed class ScheduleClasses
{
    private readonly DporRaceAnalysis _analysis = new();
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);
    private readonly List<DporEvent> _events = new();
    private readonly Dictionary<nint, int> _addressIds = new();
    private readonly Dictionary<object, int> _resourceIds = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _values = new();
    private readonly DporRefinements _refinements;

    public ScheduleClasses(DporRefinements refinements = DporRefinements.All) => _refinements = refinements;

    /// <summary>Distinct classes among the schedules added so far.</summary>
    public int Count => _classes.Count;

    /// <summary>The classes' keys (value choices, then the partial order): equal keys, one class, in any search over the relation.</summary>
    public IReadOnlyCollection<string> Keys => _classes;

    /// <summary>Starts a schedule.</summary>
    public void Begin() => _values.Clear();

    /// <summary>A value choice, noted by the step that makes it: its thread and that thread's step count (the same in every schedule of a class).</summary>
    public void NoteValue(StepLog steps, int value)
    {
        var records = steps.Records;
        int thread = records.Count > 0 ? records[^1].Thread : -1, seq = 0;
        foreach (var r in records) if (r.Thread == thread) seq++;
        _values.Append(thread).Append('.').Append(seq).Append('=').Append(value).Append(',');
    }

    /// <summary>Adds the schedule that just ended (its steps in <paramref name="steps"/>); true when its class is new.</summary>
    public bool Add(StepLog steps)
    {
        _events.Clear();
        _addressIds.Clear();
        _resourceIds.Clear();
        bool moved = steps.HeapMovedNow;
        var records = steps.Records;
        for (int k = 0; k < records.Count; k++) _events.Add(DporStrategy.ToEvent(records[k], k, moved, _addressIds, _resourceIds, refinements: _refinements));
        return _classes.Add(_values + "|" + _analysis.PartialOrder(_events));
    }
}
