using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft bench minimize</c>: schedule minimization measured. For each negative control, strategy and seed it explores
/// until the bug is found (minimization included, with the default budget), then reports the schedules as found against
/// the minimized ones: preemptions (median and maximum) and steps (median), replays and time spent, how often the
/// budget ran out, and, for the canonical bugs, whether every minimized schedule has at most the known minimal number
/// of preemptions (lost update 1, check-then-act 1, ABA 2, two-lock deadlock 1). Every minimized schedule is also
/// replayed from its file and must reproduce its bug.
/// </summary>
internal static class MinimizeBench
{
    /// <summary>The known minimal preemptions of the canonical bugs: the target of minimization.</summary>
    internal static readonly IReadOnlyDictionary<string, int> KnownMinimum = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["canonical/lost-update"] = 1,
        ["canonical/check-then-act-10"] = 1,
        ["canonical/check-then-act-30"] = 1,
        ["canonical/treiber-aba"] = 2,
        ["canonical/two-lock-deadlock"] = 1,
    };

    private static readonly string[] DefaultTests =
    {
        "canonical/lost-update", "canonical/check-then-act-10", "canonical/check-then-act-30", "canonical/treiber-aba",
        "canonical/two-lock-deadlock", "treiber/ibr-free-by-age", "treiber/debra-early-rotation",
    };

    public static Command Create()
    {
        var seeds = new Option<int>("--seeds") { Description = "Seeds per (test, strategy)", DefaultValueFactory = _ => 5 };
        var strategies = new Option<string>("--strategies") { Description = "Comma-separated strategies", DefaultValueFactory = _ => "random,prob,pct,delay,portfolio" };
        var tests = new Option<string>("--tests") { Description = "Comma-separated negative controls", DefaultValueFactory = _ => string.Join(",", DefaultTests) };
        var cmd = new Command("minimize", "Benchmark schedule minimization: preemptions and steps as found and minimized") { seeds, strategies, tests };
        cmd.SetAction(p => Program.Guard(() =>
        {
            int n = p.GetValue(seeds);
            if (n <= 0) throw new WeftInputException($"--seeds: expected a positive number, found {n}");
            var names = p.GetValue(strategies)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var s in names)
                if (!Strategies.StrategyFactory.IsKnown(s))
                    throw new WeftInputException($"--strategies: unknown strategy '{s}'; expected some of {string.Join(", ", Strategies.StrategyFactory.Names)}");
            var selected = p.GetValue(tests)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Registry.Find).ToList();
            foreach (var t in selected)
                if (!t.NegativeControl) throw new WeftInputException($"--tests: '{t.Id}' is not a negative control; there is no bug to minimize");
            Ui.Line($"weft bench minimize ({Checker.ToolVersion}, {BenchCommand.Machine()}, load average at start {BenchCommand.LoadAverage()})");
            Ui.Line($"command: weft {string.Join(" ", p.Tokens.Select(t => t.Value))}");
            return Run(selected, names, n);
        }));
        return cmd;
    }

    private static int Run(List<RegisteredTest> tests, string[] strategies, int seeds)
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weft-bench-minimize");
        var rows = new List<string[]>();
        bool allMet = true;
        foreach (var t in tests)
        {
            foreach (var s in strategies)
            {
                var found = new List<MinimizationResult>();
                for (int seed = 1; seed <= seeds; seed++)
                {
                    var o = t.Apply(CheckOptions.Default with { Strategy = s, Seed = (ulong)seed * 7919, Iterations = t.Budget, ScheduleDirectory = dir });
                    var r = Checker.Explore(t.Body, o);
                    if (r.Bug?.Minimization is not { } m) continue;
                    var replay = Checker.Replay(m.MinimizedPath!, t.Body, o);
                    if (!replay.Reproduced)
                        throw new InvalidOperationException($"{t.Id}: the minimized schedule {m.MinimizedPath} does not reproduce its bug");
                    found.Add(m);
                }
                var (row, met) = Row(t.Id, s, seeds, found);
                allMet &= met;
                rows.Add(row);
            }
        }
        Ui.Table(new[]
        {
            "test", "strategy", "found", "preemptions as found (median/max)", "minimized (median/max)", "known min", "steps as found (median)",
            "minimized (median)", "replays (median)", "time (median)", "budget ran out", "target",
        }, rows);
        Ui.Line(allMet ? "every minimized schedule of a canonical bug has at most its known minimal number of preemptions" : "TARGET MISSED: some minimized schedule has more preemptions than the known minimum");
        return allMet ? Program.Ok : Program.BugFound;
    }

    private static (string[] Row, bool Met) Row(string id, string strategy, int seeds, List<MinimizationResult> found)
    {
        int? known = KnownMinimum.TryGetValue(id, out var k) ? k : null;
        if (found.Count == 0)
            return (new[] { id, strategy, $"0/{seeds}", "-", "-", known?.ToString(CultureInfo.InvariantCulture) ?? "-", "-", "-", "-", "-", "-", "-" }, true);
        bool met = known is null || found.Max(m => m.Preemptions) <= known;
        return (new[]
        {
            id, strategy, $"{found.Count}/{seeds}",
            $"{Median(found.Select(m => (double)m.OriginalPreemptions)):0.#}/{found.Max(m => m.OriginalPreemptions)}",
            $"{Median(found.Select(m => (double)m.Preemptions)):0.#}/{found.Max(m => m.Preemptions)}",
            known?.ToString(CultureInfo.InvariantCulture) ?? "-",
            Ui.Number(Median(found.Select(m => (double)m.OriginalSteps))),
            Ui.Number(Median(found.Select(m => (double)m.Steps))),
            Ui.Number(Median(found.Select(m => (double)m.Replays))),
            Ui.Number(Median(found.Select(m => m.Elapsed.TotalSeconds)), "F2") + "s",
            $"{found.Count(m => m.BudgetExhausted is not null)}/{found.Count}",
            known is null ? "-" : met ? "met" : "MISSED",
        }, met);
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToList();
        return v.Count % 2 == 1 ? v[v.Count / 2] : (v[v.Count / 2 - 1] + v[v.Count / 2]) / 2;
    }
}
