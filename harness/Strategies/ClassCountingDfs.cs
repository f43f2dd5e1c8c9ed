using System;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Bounded DFS (<see cref="DfsStrategy"/>, unchanged) that also counts the Mazurkiewicz classes of the schedules it
/// runs under DPOR's dependency relation (<see cref="ScheduleClasses"/>). The count is the fewest schedules any
/// reduction over that relation needs to cover the bounded space, one per class: the figure
/// `weft bench engine --part dpor` sets against bounded DPOR's schedules. The relation is the strategy's
/// (<see cref="DporRefinements.All"/>) unless a coarser one is asked for, to show what a refinement is worth.
/// </summary>
internal sealed class ClassCountingDfs : IStrategy, IObservesSteps
{
    private readonly DfsStrategy _dfs;
    private readonly ScheduleClasses _classes;

    public ClassCountingDfs(int preemptionBound, DporRefinements refinements = DporRefinements.All)
    {
        _dfs = new DfsStrategy(preemptionBound);
        _classes = new ScheduleClasses(refinements);
    }

    public StepLog Steps { get; } = new();

    public string Name => _dfs.Name;

    /// <summary>Distinct classes among the schedules run so far.</summary>
    public int Classes => _classes.Count;

    /// <summary>The keys of those classes (<see cref="ScheduleClasses.Keys"/>), to compare with another search's.</summary>
    public System.Collections.Generic.IReadOnlyCollection<string> ClassKeys => _classes.Keys;

    public bool PrepareIteration(int iteration)
    {
        _classes.Begin();
        return _dfs.PrepareIteration(iteration);
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step) => _dfs.NextThread(enabled, current, step);

    public int NextValue(int count, int step)
    {
        int value = _dfs.NextValue(count, step);
        _classes.NoteValue(Steps, value);
        return value;
    }

    public void IterationCompleted(int steps, int choices)
    {
        _classes.Add(Steps);
        _dfs.IterationCompleted(steps, choices);
    }
}
