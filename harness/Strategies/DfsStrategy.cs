using System;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Exhaustive depth-first search of all schedules with at most <c>bound</c> preemptions:
/// iterative context bounding, Musuvathi and Qadeer, "Iterative Context Bounding for Systematic Testing
/// of Multithreaded Programs", PLDI 2007 (the CHESS scheduler).
///
/// The search itself is <see cref="DecisionDfs"/>, the engine the spec-level search (<see cref="ActionDfs"/>) runs on
/// too; this class maps the runtime's choice points onto its decisions. Each iteration replays the prefix of the path
/// and extends it with first options; between iterations the deepest decision with an untried option within the bound
/// is advanced. At a scheduling point the options are ordered current-thread-first, so option 0 is never a preemption;
/// any other option is a preemption when the current thread is still enabled, and is offered only while fewer than
/// <c>bound</c> preemptions have been spent. Nondeterministic value choices are decisions too. When the path empties
/// the bounded space is exhausted: every schedule within the bound has run exactly once.
///
/// Invariant: replaying the stored prefix must meet the same option counts; a mismatch means the test is
/// nondeterministic (it depends on something other than the schedule) and is reported as such.
/// </summary>
internal sealed class DfsStrategy : IStrategy
{
    private readonly DecisionDfs _dfs;

    public DfsStrategy(int preemptionBound)
    {
        if (preemptionBound < 0) throw new ArgumentOutOfRangeException(nameof(preemptionBound));
        _dfs = new DecisionDfs(preemptionBound);
    }

    /// <summary>The decision-tree search this strategy drives (shared with the spec-level search).</summary>
    internal DecisionDfs Engine => _dfs;

    public string Name => $"dfs(pb={_dfs.Bound})";

    public bool PrepareIteration(int iteration)
    {
        if (iteration > 0 && !_dfs.Advance()) return false;
        _dfs.BeginIteration();
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        int ci = current < 0 ? -1 : enabled.IndexOf(current);
        int option = Take(new DecisionDfs.Decision(0, enabled.Length, true, enabled.Length, ci >= 0, 0), step);
        // Option order: the current thread first, then the others in ascending id order.
        if (ci < 0 || option == 0) return ci < 0 ? option : ci;
        int other = option - 1;
        return other >= ci ? other + 1 : other;
    }

    public int NextValue(int count, int step) => Take(new DecisionDfs.Decision(0, count, false, 0, false, 0), step);

    private int Take(DecisionDfs.Decision decision, int step)
    {
        int option = _dfs.Next(decision, out var mismatch);
        if (mismatch is { } m)
            throw new InvalidOperationException(
                $"the test is nondeterministic: at step {step} DFS expected {m.Recorded} options (as in an earlier schedule with the same prefix) but found {m.Found}");
        return option;
    }

    public void IterationCompleted(int steps, int choices) { }
}
