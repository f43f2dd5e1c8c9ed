using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Strategies;

/// <summary>
/// The class-cover check of the class-bounded DPOR (<see cref="DporBoundedSleep.ClassBounded"/>), stronger than the
/// outcome comparison: bounded DFS runs every schedule within the preemption bound, and the class keys of those
/// schedules (<see cref="ClassCountingDfs"/>) must all be among the class keys of the complete runs the class-bounded
/// search kept (<see cref="ClassCountingDpor"/>). A class it never ran is one whose outcome it could not have reached;
/// the check names how many. Used by <c>weft bench engine --part dpor-bounded</c> and the DPOR tests.
/// </summary>
internal static class ClassCover
{
    /// <summary>Bounded DFS (<paramref name="options"/>' preemption bound) with its outcomes and its schedules' class keys.</summary>
    public static (ExplorationResult Result, HashSet<string> Outcomes, IReadOnlyCollection<string> Keys) Dfs(Action body, CheckOptions options)
    {
        var counter = new ClassCountingDfs(options.PreemptionBound);
        var (result, outcomes) = Explore(body, options with { Strategy = "dfs" }, counter);
        return (result, outcomes, counter.ClassKeys);
    }

    /// <summary>
    /// The class-bounded DPOR (<paramref name="options"/>' preemption bound, with <paramref name="defect"/>) with its
    /// outcomes, the class keys of its kept runs, and its counts of runs abandoned or left out for the bound
    /// (<see cref="DporStrategy.OutsideBound"/>, of which <see cref="DporStrategy.LeftOut"/> at the end) and in all.
    /// </summary>
    public static (ExplorationResult Result, HashSet<string> Outcomes, IReadOnlyCollection<string> Keys, int OutsideBound, int LeftOut, int Pruned) ClassBounded(
        Action body, CheckOptions options, DporDefect defect = DporDefect.None)
    {
        var counter = new ClassCountingDpor(new DporStrategy(options.PreemptionBound, defect, DporBoundedSleep.ClassBounded,
            storeBuffers: options.MemoryModel == MemoryModel.TSO));
        var (result, outcomes) = Explore(body, options with { Strategy = "dpor", DporBounded = true, DporSleep = DporBoundedSleep.ClassBounded, DporDefect = defect }, counter);
        return (result, outcomes, counter.ClassKeys, counter.OutsideBound, counter.LeftOut, counter.Pruned);
    }

    /// <summary>
    /// Unbounded DPOR's complete runs' class keys. Where it exhausts the space they are the classes any run of the
    /// class-bounded search can reach: the unbounded search leaves out classes that differ from one it ran only in where a
    /// join attempt that blocks comes (the join rule of <see cref="DporStrategy"/>: no backtrack point for a thread's last
    /// step and the join it unblocks), with the same outcome.
    /// </summary>
    public static (ExplorationResult Result, IReadOnlyCollection<string> Keys) Unbounded(Action body, CheckOptions options)
    {
        var counter = new ClassCountingDpor(new DporStrategy(storeBuffers: options.MemoryModel == MemoryModel.TSO));
        var (result, _) = Explore(body, options with { Strategy = "dpor", DporBounded = false }, counter);
        return (result, counter.ClassKeys);
    }

    /// <summary>The classes of <paramref name="dfs"/> missing from <paramref name="reduced"/>: 0 when the cover holds.</summary>
    public static int Missing(IReadOnlyCollection<string> dfs, IReadOnlyCollection<string> reduced) => dfs.Except(reduced, StringComparer.Ordinal).Count();

    private static (ExplorationResult Result, HashSet<string> Outcomes) Explore(Action body, CheckOptions options, IStrategy strategy)
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weft-classes-" + Environment.ProcessId);
        options = options with { OutcomeSink = o => outcomes.Add(o), StopAtFirstBug = false, MinimizeReplays = 0, ScheduleDirectory = directory };
        try
        {
            using var rt = new Engine.ControlledRuntime(options, strategy);
            var result = rt.Explore(body, options.TestId ?? "class-cover");
            return (result, outcomes);
        }
        finally
        {
            if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory, recursive: true);
        }
    }
}
