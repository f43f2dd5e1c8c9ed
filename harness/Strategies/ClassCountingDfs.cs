using System;
using System.Collections.Generic;
using System.Text;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Bounded DFS (<see cref="DfsStrategy"/>, unchanged) that also counts the Mazurkiewicz classes of the schedules it
/// runs under DPOR's dependency relation (<see cref="DporEvent.DependentWith"/>): two schedules are in one class when
/// they are the same partial order of the same steps (<see cref="DporRaceAnalysis.PartialOrder"/>) with the same value
/// choices. The count is the fewest schedules any reduction over that relation needs to cover the bounded space, one
/// per class: the figure `weft bench engine --part dpor` sets against bounded DPOR's schedules. The relation is the
/// strategy's (<see cref="DporRefinements.All"/>) unless a coarser one is asked for, to show what a refinement is worth.
/// </summary>
internal sealed class ClassCountingDfs : IStrategy, IObservesSteps
{
    private readonly DfsStrategy _dfs;
    private readonly DporRaceAnalysis _analysis = new();
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);
    private readonly List<DporEvent> _events = new();
    private readonly Dictionary<nint, int> _addressIds = new();
    private readonly Dictionary<object, int> _resourceIds = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _values = new();
    private readonly DporRefinements _refinements;

    public ClassCountingDfs(int preemptionBound, DporRefinements refinements = DporRefinements.All)
    {
        _dfs = new DfsStrategy(preemptionBound);
        _refinements = refinements;
    }

    public StepLog Steps { get; } = new();

    public string Name => _dfs.Name;

    /// <summary>Distinct classes among the schedules run so far.</summary>
    public int Classes => _classes.Count;

    public bool PrepareIteration(int iteration)
    {
        _values.Clear();
        return _dfs.PrepareIteration(iteration);
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step) => _dfs.NextThread(enabled, current, step);

    /// <summary>A value choice, noted by the step that makes it: its thread and that thread's step count (the same in every schedule of a class).</summary>
    public int NextValue(int count, int step)
    {
        int value = _dfs.NextValue(count, step);
        var records = Steps.Records;
        int thread = records.Count > 0 ? records[^1].Thread : -1, seq = 0;
        foreach (var r in records) if (r.Thread == thread) seq++;
        _values.Append(thread).Append('.').Append(seq).Append('=').Append(value).Append(',');
        return value;
    }

    public void IterationCompleted(int steps, int choices)
    {
        _events.Clear();
        _addressIds.Clear();
        _resourceIds.Clear();
        bool moved = Steps.HeapMovedNow;
        var records = Steps.Records;
        for (int k = 0; k < records.Count; k++) _events.Add(DporStrategy.ToEvent(records[k], k, moved, _addressIds, _resourceIds, refinements: _refinements));
        _classes.Add(_values + "|" + _analysis.PartialOrder(_events));
        _dfs.IterationCompleted(steps, choices);
    }
}
