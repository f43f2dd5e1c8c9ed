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
/// larger space than the bounded one: its outcome set must contain DFS's). A table of its own sets the class-bounded
/// DPOR (<see cref="DporBoundedSleep.ClassBounded"/>) against bounded DFS, with the class cover (<see cref="ClassCover"/>).
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
        "canonical/two-lock-deadlock", "canonical/two-lock-deadlock-fixed", "litmus/sb-relaxed-sc", "dpor/yield-arrivals",
    };

    /// <param name="bound">DFS's preemption bound for the bounded tables.</param>
    /// <param name="cap">The schedule cap of every search but whole-space DFS.</param>
    /// <param name="exhaustCap">Whole-space DFS runs to exhaustion, at most this many schedules, where Knuth's estimate of the space fits under it.</param>
    /// <param name="sampleCap">Whole-space DFS runs this many schedules where the estimate does not fit (a lower bound on its count).</param>
    public static void Run(int bound, int cap, int exhaustCap, int sampleCap)
    {
        Unbounded(cap);
        Bounded(bound, cap);
        ClassBounded(bound, cap);
        Relations(bound, cap);
        Whole(cap, exhaustCap, sampleCap);
    }

    /// <summary>Only the preemption-bounded tables of <see cref="Run"/> (bounded DFS against bounded DPOR, and the class counts).</summary>
    public static void RunBounded(int bound, int cap)
    {
        Bounded(bound, cap);
        ClassBounded(bound, cap);
        Relations(bound, cap);
    }

    /// <summary>
    /// The class-bounded DPOR (<see cref="DporBoundedSleep.ClassBounded"/>) against bounded DFS on the reclamation tests:
    /// schedules, outcome sets, and the class cover: every class of DFS's schedules (<see cref="ClassCountingDfs"/>) must
    /// be among the classes of the complete runs the class-bounded search kept (<see cref="ClassCountingDpor"/>).
    /// </summary>
    private static void ClassBounded(int bound, int cap)
    {
        Ui.Line("");
        string b = bound.ToString(CultureInfo.InvariantCulture);
        Ui.Line("Class-bounded DPOR (preemption bound " + b + "): unbounded source-set DPOR with sleep sets that abandons a prefix when no class extending it has a schedule within the bound, " +
            "and leaves out a run whose class has none (the minimum over the class's linearizations, DFS's preemptions). 'classes' counts DFS's classes (the fewest schedules any reduction needs); " +
            "'schedules / classes' is what the search wastes; 'outside bound' counts the runs abandoned or left out for the bound, 'asleep' the runs abandoned because every candidate slept; " +
            "'same' compares the outcome sets with DFS's; 'classes covered' checks that every class of DFS's schedules is the class of a run the search kept ('extra': its kept classes DFS did not run).");
        var rows = new List<string[]>();
        foreach (var id in Tests)
        {
            var t = Registry.All.Single(x => x.Id == id);
            var options = t.Apply(CheckOptions.Default with { PreemptionBound = bound, Iterations = cap });
            var dfs = ClassCover.Dfs(t.Body, options);
            var bpor = Measure(t, "dpor", bound, bounded: true, cap);
            var cb = ClassCover.ClassBounded(t.Body, options);
            int missing = ClassCover.Missing(dfs.Keys, cb.Keys), extra = ClassCover.Missing(cb.Keys, dfs.Keys);
            rows.Add(new[]
            {
                id, Count(dfs.Result), dfs.Keys.Count.ToString(CultureInfo.InvariantCulture), Count(bpor.Result), Ratio(dfs.Result, bpor.Result),
                Count(cb.Result), Ratio(dfs.Result, cb.Result), Ui.Number((double)cb.Result.Iterations / Math.Max(1, dfs.Keys.Count), "F2"),
                cb.OutsideBound.ToString(CultureInfo.InvariantCulture) + " (" + cb.LeftOut.ToString(CultureInfo.InvariantCulture) + " at the end)", (cb.Pruned - cb.OutsideBound).ToString(CultureInfo.InvariantCulture),
                dfs.Outcomes.Count.ToString(CultureInfo.InvariantCulture), cb.Outcomes.Count.ToString(CultureInfo.InvariantCulture),
                cb.Outcomes.SetEquals(dfs.Outcomes) ? "yes" : "NO: " + OutcomeCollector.Difference("DFS", dfs.Outcomes, "class-bounded DPOR", cb.Outcomes),
                (missing == 0 ? "all" : "NO: " + missing.ToString(CultureInfo.InvariantCulture) + " missing") + (extra == 0 ? "" : ", extra " + extra.ToString(CultureInfo.InvariantCulture)),
                Ui.Number(dfs.Result.Elapsed.TotalSeconds, "F2") + "s / " + Ui.Number(bpor.Result.Elapsed.TotalSeconds, "F2") + "s / " + Ui.Number(cb.Result.Elapsed.TotalSeconds, "F2") + "s",
            });
        }
        Ui.Table(new[]
        {
            "test", $"dfs(pb={b})", "classes", $"bounded dpor", "ratio", "class-bounded dpor", "ratio", "schedules / classes", "outside bound", "asleep",
            "outcomes dfs", "outcomes", "same", "classes covered", "time dfs / bounded / class-bounded",
        }, rows);
    }

    /// <summary>
    /// The reclamation tests' whole (unbounded) space: plain DFS without a preemption bound against unbounded DPOR, with
    /// the outcome sets compared. DFS first gets Knuth's estimate of the space's schedules (<see cref="SpaceEstimate"/>,
    /// whose random walks' outcomes must also be among DPOR's); where the estimate plus three standard errors fits under
    /// <paramref name="exhaustCap"/> it runs to exhaustion and counts the space's classes (<see cref="ClassCountingDfs"/>),
    /// else it stops at <paramref name="sampleCap"/>. The class count of DPOR's complete schedules
    /// (<see cref="ClassCountingDpor"/>) is the space's where DPOR exhausts it: the fewest schedules any reduction over
    /// the relation needs.
    /// </summary>
    private static void Whole(int dporCap, int exhaustCap, int sampleCap)
    {
        const int walks = 2000;
        Ui.Line("");
        Ui.Line("The whole (unbounded) space of the reclamation tests: DFS without a preemption bound against unbounded DPOR. DFS runs to exhaustion (at most " +
            exhaustCap.ToString(CultureInfo.InvariantCulture) + " schedules) where Knuth's estimate of the space (" + walks.ToString(CultureInfo.InvariantCulture) +
            " random walks; mean and standard error in 'estimated dfs') plus three standard errors fits under that, and then also counts the space's classes ('dfs classes'); else it stops at " +
            sampleCap.ToString(CultureInfo.InvariantCulture) + " schedules and the ratio is a lower bound. 'outcome sets' compares DPOR's with DFS's: 'same' where DFS exhausted the space, " +
            "else whether every outcome DFS reached is among DPOR's; 'walks in dpor' does the same for the random walks' outcomes. 'dpor classes' counts the distinct classes among DPOR's complete schedules " +
            "(a sound DPOR runs every class of the space, so where it exhausts the space this is the fewest schedules any reduction over the relation needs; 'best ratio' is DFS's schedules over it), " +
            "'abandoned' the iterations where every candidate slept, 'repeats' the complete schedules of a class run before.");
        var rows = new List<string[]>();
        foreach (var id in Tests)
        {
            var t = Registry.All.Single(x => x.Id == id);
            var estimate = Estimate(t, walks);
            var dpor = MeasureDpor(t, dporCap);
            bool exhaust = estimate.Estimate.Schedules + 3 * estimate.Estimate.StandardError <= exhaustCap;
            var dfs = exhaust ? MeasureClassCountingDfs(t, exhaustCap) : Sampled(t, sampleCap);
            string outcomes = dfs.Result.Exhausted
                ? (dpor.Outcomes.SetEquals(dfs.Outcomes) ? "same" : "NO: " + OutcomeCollector.Difference("DFS", dfs.Outcomes, "DPOR", dpor.Outcomes))
                : Contains(dpor.Outcomes, dfs.Outcomes, "DFS");
            rows.Add(new[]
            {
                id, Count(dfs.Result) + (dfs.Result.Exhausted ? "" : " not exhausted"), Count(dpor.Result),
                (dfs.Result.Exhausted ? "" : ">") + Ratio(dfs.Result, dpor.Result),
                dfs.Outcomes.Count.ToString(CultureInfo.InvariantCulture), dpor.Outcomes.Count.ToString(CultureInfo.InvariantCulture), outcomes,
                Contains(dpor.Outcomes, estimate.Outcomes, "the walks") + " (" + estimate.Outcomes.Count.ToString(CultureInfo.InvariantCulture) + ")",
                dfs.Classes < 0 ? "-" : dfs.Classes.ToString(CultureInfo.InvariantCulture),
                dpor.Classes.ToString(CultureInfo.InvariantCulture),
                dfs.Result.Exhausted && dpor.Result.Exhausted ? Best(dfs.Result, dpor.Classes) : "-",
                dpor.Abandoned.ToString(CultureInfo.InvariantCulture), dpor.Repeats.ToString(CultureInfo.InvariantCulture),
                Ui.Number(estimate.Estimate.Schedules, "E2") + " ± " + Ui.Number(estimate.Estimate.StandardError, "E1"),
                Ui.Number(dfs.Result.Elapsed.TotalSeconds, "F1") + "s / " + Ui.Number(dpor.Result.Elapsed.TotalSeconds, "F1") + "s",
            });
        }
        Ui.Table(new[]
        {
            "test", "dfs", "dpor", "ratio", "outcomes dfs", "outcomes dpor", "outcome sets", "walks in dpor", "dfs classes", "dpor classes", "best ratio",
            "abandoned", "repeats", "estimated dfs", "time dfs / dpor",
        }, rows);
    }

    /// <summary>Whole-space DFS stopped at <paramref name="cap"/> schedules, without the class count.</summary>
    private static (ExplorationResult Result, HashSet<string> Outcomes, int Classes) Sampled(RegisteredTest t, int cap)
    {
        var (result, outcomes) = Measure(t, "dfs", 1000, bounded: false, cap);
        return (result, outcomes, -1);
    }

    /// <summary>"yes" when every outcome of <paramref name="some"/> is in <paramref name="all"/>, else which are not.</summary>
    private static string Contains(HashSet<string> all, HashSet<string> some, string name) =>
        all.IsSupersetOf(some) ? "yes" : "NO: " + OutcomeCollector.Difference(name, some, "DPOR", all);

    /// <summary>Unbounded DPOR on <paramref name="t"/> with its outcomes and the class count of its complete schedules.</summary>
    private static (ExplorationResult Result, HashSet<string> Outcomes, int Classes, int Abandoned, int Repeats) MeasureDpor(RegisteredTest t, int cap)
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        var options = Isolated(t, CheckOptions.Default with { Strategy = "dpor", Iterations = cap, OutcomeSink = o => outcomes.Add(o) }, out var directory);
        try
        {
            var counter = new ClassCountingDpor(new DporStrategy());
            using var rt = new Weft.Engine.ControlledRuntime(options, counter);
            var result = rt.Explore(t.Body, options.TestId!);
            return (result, outcomes, counter.Classes, counter.Pruned, counter.Repeated);
        }
        finally
        {
            if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Whole-space DFS that also counts the space's classes (<see cref="ClassCountingDfs"/>), with its outcomes.</summary>
    private static (ExplorationResult Result, HashSet<string> Outcomes, int Classes) MeasureClassCountingDfs(RegisteredTest t, int cap)
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        var options = Isolated(t, CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 1000, Iterations = cap, OutcomeSink = o => outcomes.Add(o) }, out var directory);
        try
        {
            var counter = new ClassCountingDfs(options.PreemptionBound);
            using var rt = new Weft.Engine.ControlledRuntime(options, counter);
            var result = rt.Explore(t.Body, options.TestId!);
            return (result, outcomes, counter.Classes);
        }
        finally
        {
            if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Knuth's estimate of the number of schedules of <paramref name="t"/>'s whole space (<see cref="SpaceEstimate"/>), with the walks' outcomes.</summary>
    private static (SpaceEstimate Estimate, HashSet<string> Outcomes) Estimate(RegisteredTest t, int walks)
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        var options = Isolated(t, CheckOptions.Default with { Strategy = "random", Iterations = walks, OutcomeSink = o => outcomes.Add(o) }, out var directory);
        try
        {
            var estimate = new SpaceEstimate(options.Seed);
            using var rt = new Weft.Engine.ControlledRuntime(options, estimate);
            rt.Explore(t.Body, options.TestId!);
            return (estimate, outcomes);
        }
        finally
        {
            if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary><paramref name="options"/> for <paramref name="t"/> with exploration going on after bugs and schedules written to a scratch folder.</summary>
    private static CheckOptions Isolated(RegisteredTest t, CheckOptions options, out string directory)
    {
        directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weft-whole-" + Environment.ProcessId);
        return t.Apply(options with { StopAtFirstBug = false, MinimizeReplays = 0, ScheduleDirectory = directory });
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
