using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Weft.Strategies;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft bench engine --part dpor</c>: schedules to exhaust each small DFS test's space, plain DFS against DPOR in the
/// same run, with the two outcome sets compared (<see cref="OutcomeCollector"/>). Rows: DFS with the preemption bound,
/// DPOR with the same bound (Coons et al.'s bounded POR: its outcome set must equal DFS's), and unbounded DPOR (a
/// larger space than the bounded one: its outcome set must contain DFS's).
/// </summary>
internal static class DporBench
{
    /// <summary>The tests DFS exhausts with preemption bound 2 that the table covers (issue 17 names the reclamation ones).</summary>
    internal static readonly string[] Tests =
    {
        "reclamation/dfs-ibr", "reclamation/dfs-debra", "reclamation/dfs-debra-plus", "reclamation/dfs-leak", "reclamation/dfs-immediate",
    };

    /// <summary>Small tests whose whole unbounded space DFS exhausts: the sound comparison, like for like.</summary>
    internal static readonly string[] SmallTests =
    {
        "canonical/lost-update", "canonical/lost-update-fixed", "canonical/lost-wakeup", "canonical/lost-wakeup-fixed",
        "canonical/two-lock-deadlock", "canonical/two-lock-deadlock-fixed", "litmus/sb-relaxed-sc",
    };

    public static void Run(int bound, int cap)
    {
        Unbounded(cap);
        Bounded(bound, cap);
        Relations(bound, cap);
    }

    /// <summary>
    /// The class count of each reclamation test's bounded space under the coarse relation, under the strategy's, and
    /// with each refinement (<see cref="DporRefinements"/>) alone left out: what each one is worth to any reduction.
    /// </summary>
    private static void Relations(int bound, int cap)
    {
        Ui.Line("");
        Ui.Line("Classes of DFS's schedules (preemption bound " + bound.ToString(CultureInfo.InvariantCulture) + ") under the dependency relation: the coarse one (every CAS a write, spawns and fences dependent with every step), " +
            "the strategy's (failed CASs read, spawns ordered only with spawns, SC fences local), and the strategy's with one refinement left out; 'best ratio' is DFS's schedules over classes.");
        var rows = new List<string[]>();
        var without = new[] { DporRefinements.FailedCasReads, DporRefinements.SpawnOrdersSpawnsOnly, DporRefinements.ScFenceLocal };
        foreach (var id in Tests)
        {
            var t = Registry.All.Single(x => x.Id == id);
            var dfs = Measure(t, "dfs", bound, bounded: true, cap);
            int coarse = Classes(t, bound, cap, DporRefinements.None), all = Classes(t, bound, cap);
            var row = new List<string>
            {
                id, Count(dfs.Result), coarse.ToString(CultureInfo.InvariantCulture), Best(dfs.Result, coarse),
                all.ToString(CultureInfo.InvariantCulture), Best(dfs.Result, all),
            };
            foreach (var r in without) row.Add(Classes(t, bound, cap, DporRefinements.All & ~r).ToString(CultureInfo.InvariantCulture));
            rows.Add(row.ToArray());
        }
        Ui.Table(new[]
        {
            "test", $"dfs(pb={bound})", "classes coarse", "best ratio", "classes", "best ratio",
            "without failed CAS reads", "without spawn rule", "without fence rule",
        }, rows);
    }

    private static string Best(ExplorationResult dfs, int classes) => Ui.Number((double)dfs.Iterations / Math.Max(1, classes), "F1") + "x";

    /// <summary>Unbounded DFS against unbounded DPOR on the small tests: schedules to exhaustion and outcome sets.</summary>
    private static void Unbounded(int cap)
    {
        Ui.Line("");
        Ui.Line("Schedules to exhaust the whole (unbounded) space, DFS against DPOR, on the small tests; 'same' compares the sets of distinct outcomes.");
        var rows = new List<string[]>();
        foreach (var id in SmallTests)
        {
            var t = Registry.All.Single(x => x.Id == id);
            var dfs = Measure(t, "dfs", 1000, bounded: false, cap);
            var dpor = Measure(t, "dpor", 1000, bounded: false, cap);
            rows.Add(new[]
            {
                id, Count(dfs.Result), Count(dpor.Result), Ratio(dfs.Result, dpor.Result),
                dfs.Outcomes.Count.ToString(CultureInfo.InvariantCulture), dpor.Outcomes.Count.ToString(CultureInfo.InvariantCulture),
                dpor.Outcomes.SetEquals(dfs.Outcomes) ? "yes" : "NO",
            });
        }
        Ui.Table(new[] { "test", "dfs", "dpor", "ratio", "outcomes dfs", "outcomes dpor", "same" }, rows);
    }

    /// <summary>The reclamation tests with DFS's preemption bound.</summary>
    private static void Bounded(int bound, int cap)
    {
        Ui.Line("");
        string b = bound.ToString(CultureInfo.InvariantCulture), c = cap.ToString(CultureInfo.InvariantCulture);
        Ui.Line("Schedules to exhaustion (lower is better): DFS with preemption bound " + b + " against DPOR with the same bound (bounded POR: persistent sets, conservative branch points, sleep sets where the bound took no backtrack thread from the sleeper's subtree; 'no sleep': without sleep sets; 'sleep if no candidate cut': only where it excluded no candidate), " +
            "and unbounded DPOR (at most " + c + " schedules). 'outcomes' counts distinct outcomes (bug or ok, plus each monitor part's history of state-changing events); " +
            "'same' compares DPOR's set with DFS's (unbounded: 'contains' when it holds every DFS outcome). Schedules include the ones DPOR abandons when every candidate sleeps. " +
            "'classes' counts the equivalence classes of DFS's schedules under DPOR's dependency relation: the fewest schedules a reduction over that relation needs ('best ratio').");
        var rows = new List<string[]>();
        foreach (var id in Tests)
        {
            var t = Registry.All.Single(x => x.Id == id);
            var dfs = Measure(t, "dfs", bound, bounded: true, cap);
            var dpor = Measure(t, "dpor", bound, bounded: true, cap);
            var free = Measure(t, "dpor", bound, bounded: false, cap);
            var plain = Measure(t, "dpor", bound, bounded: true, cap, DporBoundedSleep.None);
            var candidates = Measure(t, "dpor", bound, bounded: true, cap, DporBoundedSleep.NoCandidateExcluded);
            int classes = Classes(t, bound, cap);
            rows.Add(new[]
            {
                id, Count(dfs.Result), Count(dpor.Result), Ratio(dfs.Result, dpor.Result),
                dfs.Outcomes.Count.ToString(CultureInfo.InvariantCulture), dpor.Outcomes.Count.ToString(CultureInfo.InvariantCulture),
                dpor.Outcomes.SetEquals(dfs.Outcomes) ? "yes" : "NO",
                Count(free.Result), free.Outcomes.Count.ToString(CultureInfo.InvariantCulture),
                free.Outcomes.IsSupersetOf(dfs.Outcomes) ? (free.Outcomes.SetEquals(dfs.Outcomes) ? "yes" : "contains") : "NO",
                Ui.Number(dfs.Result.Elapsed.TotalSeconds, "F2") + "s / " + Ui.Number(dpor.Result.Elapsed.TotalSeconds, "F2") + "s",
                classes.ToString(CultureInfo.InvariantCulture), Ui.Number((double)dfs.Result.Iterations / Math.Max(1, classes), "F1") + "x",
                Count(plain.Result), Ratio(dfs.Result, plain.Result), plain.Outcomes.SetEquals(dfs.Outcomes) ? "yes" : "NO",
                Count(candidates.Result), Ratio(dfs.Result, candidates.Result), candidates.Outcomes.SetEquals(dfs.Outcomes) ? "yes" : "NO",
            });
        }
        Ui.Table(new[]
        {
            "test", $"dfs(pb={bound})", $"dpor(pb={bound})", "ratio", "outcomes dfs", "outcomes dpor", "same",
            "dpor unbounded", "outcomes", "vs dfs", "time dfs / dpor", "classes", "best ratio",
            $"dpor(pb={bound}) no sleep", "ratio", "same", "sleep if no candidate cut", "ratio", "same",
        }, rows);
    }

    /// <summary>The equivalence classes among bounded DFS's schedules (<see cref="ClassCountingDfs"/>).</summary>
    private static int Classes(RegisteredTest t, int bound, int cap, DporRefinements refinements = DporRefinements.All)
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weft-classes-" + Environment.ProcessId);
        var options = t.Apply(CheckOptions.Default with
        {
            Strategy = "dfs", PreemptionBound = bound, Iterations = cap, StopAtFirstBug = false, MinimizeReplays = 0, ScheduleDirectory = directory,
        });
        try
        {
            var counter = new ClassCountingDfs(bound, refinements);
            using var rt = new Weft.Engine.ControlledRuntime(options, counter);
            rt.Explore(t.Body, options.TestId!);
            return counter.Classes;
        }
        finally
        {
            if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    private static (ExplorationResult Result, HashSet<string> Outcomes) Measure(RegisteredTest t, string strategy, int bound, bool bounded, int cap, DporBoundedSleep sleep = DporBoundedSleep.NoBacktrackExcluded) =>
        OutcomeCollector.Explore(t.Body, t.Apply(CheckOptions.Default with
        {
            Strategy = strategy, PreemptionBound = bound, DporBounded = bounded, Iterations = cap, DporSleep = sleep,
        }));

    private static string Count(ExplorationResult r) =>
        r.Iterations.ToString(CultureInfo.InvariantCulture) + (r.Exhausted ? "" : " (cap)");

    private static string Ratio(ExplorationResult dfs, ExplorationResult dpor) =>
        Ui.Number((double)dfs.Iterations / Math.Max(1, dpor.Iterations), "F1") + "x";
}
