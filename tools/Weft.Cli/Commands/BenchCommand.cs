using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Weft.Scenarios;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft bench engine</c>: the engine's own benchmark.
/// Part 1, throughput: iterations/s and steps/s per strategy on the two Coyote reference shapes, with two
/// baselines measured in the same run (the same body run once without the scheduler on real threads, which is
/// the floor of any thread-based engine; and the published Coyote figures for this machine kind).
/// Part 2, bug finding: iterations and wall time to the first bug on every canonical negative control, per
/// strategy, over N seeds.
/// </summary>
internal static class BenchCommand
{
    // Coyote 1.7.11 measured on this machine kind (see README): iterations/s on the two shapes.
    private const double CoyoteIterPerSec50 = 300, CoyoteIterPerSec1 = 600;

    private static readonly string[] Strategies = { "random", "prob", "pct", "delay", "dfs", "portfolio" };

    public static Command Create()
    {
        var seeds = new Option<int>("--seeds") { Description = "Seeds per (bug, strategy) in the bug-finding part", DefaultValueFactory = _ => 20 };
        var cap = new Option<int>("--cap") { Description = "Iteration cap per seed in the bug-finding part", DefaultValueFactory = _ => 2000 };
        var seedBudget = new Option<string>("--seed-budget") { Description = "Wall-clock cap per seed in the bug-finding part (a strategy that has not found the bug by then counts as not found)", DefaultValueFactory = _ => "10s" };
        var quick = new Option<bool>("--quick") { Description = "Fewer iterations and seeds (a smoke run)" };
        var part = new Option<string>("--part") { Description = "throughput, bugs or all", DefaultValueFactory = _ => "all" };
        part.AcceptOnlyFromAmong("throughput", "bugs", "all");
        var engine = new Command("engine", "Benchmark the scheduler: throughput per strategy and iterations to first bug") { seeds, cap, seedBudget, quick, part };
        engine.SetAction(p => Program.Guard(() =>
        {
            bool q = p.GetValue(quick);
            var which = p.GetValue(part)!;
            Ui.Line($"weft bench engine ({Checker.ToolVersion}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, WEFT_SPIN={Environment.GetEnvironmentVariable("WEFT_SPIN") ?? "default"})");
            if (which is "throughput" or "all") Throughput(q);
            var perSeed = Parsing.Duration("--seed-budget", p.GetValue(seedBudget)!);
            if (which is "bugs" or "all") BugFinding(q ? 5 : p.GetValue(seeds), q ? 500 : p.GetValue(cap), perSeed);
            return Program.Ok;
        }));
        var cmd = new Command("bench", "Benchmarks") { engine };
        return cmd;
    }

    private static void Throughput(bool quick)
    {
        Ui.Line("");
        Ui.Line("Throughput (higher is better). Baselines: 'uncontrolled' runs the same body on real threads with no scheduler (new threads each run); Coyote figures are the published measurements on this machine kind.");
        var rows = new List<string[]>();
        foreach (var (shape, body, coyote, n) in new (string, Action, double, int)[]
                 {
                     ("2 threads x 50 points", EngineShapes.TwoThreads50, CoyoteIterPerSec50, quick ? 500 : 5000),
                     ("2 threads x 1 point", EngineShapes.TwoThreads1, CoyoteIterPerSec1, quick ? 1000 : 20000),
                 })
        {
            double uncontrolled = Uncontrolled(body, Math.Min(n, 2000));
            rows.Add(new[] { shape, "uncontrolled", Ui.F(uncontrolled), "-", "-", "-" });
            foreach (var s in Strategies)
            {
                var o = CheckOptions.Default with { Strategy = s, Iterations = n / 10, TestId = "bench", PreemptionBound = 2 };
                Checker.Explore(body, o); // warm-up: JIT, worker threads
                var r = Checker.Explore(body, o with { Iterations = n });
                rows.Add(new[]
                {
                    // A bounded DFS that exhausts its space ends early: its rate then includes the exploration's fixed start-up cost.
                    shape, r.Exhausted ? $"{s} (all {r.Iterations} schedules)" : s, Ui.F(r.IterationsPerSecond), Ui.F(r.StepsPerSecond), Ui.F((double)r.Steps / Math.Max(1, r.Iterations), "F1"),
                    Ui.F(r.IterationsPerSecond / coyote, "F1") + "x",
                });
            }
        }
        Ui.Table(new[] { "shape", "strategy", "iterations/s", "steps/s", "steps/iter", "vs Coyote" }, rows);
    }

    /// <summary>The body on real threads without the scheduler: the cost a thread-per-iteration engine cannot go below.</summary>
    private static double Uncontrolled(Action body, int n)
    {
        for (int i = 0; i < 50; i++) body();
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < n; i++) body();
        return n / sw.Elapsed.TotalSeconds;
    }

    private static void BugFinding(int seeds, int cap, TimeSpan perSeed)
    {
        Ui.Line("");
        Ui.Line(string.Create(CultureInfo.InvariantCulture,
            $"Iterations to first bug (lower is better) over {seeds} seeds, at most {cap} iterations or {perSeed.TotalSeconds:F0}s per seed; 'found' counts seeds that found it."));
        var bugs = Registry.All.Where(t => t.NegativeControl && t.Id.StartsWith("canonical/", StringComparison.Ordinal)).ToList();
        Console.Out.Flush();
        var rows = new List<string[]>();
        foreach (var t in bugs)
        {
            int d = CheckOptions.Default.PctDepth;
            foreach (var (s, depth) in new[] { ("random", d), ("prob", d), ("pct", 2), ("pct", 3), ("delay", d), ("portfolio", d) })
            {
                var iters = new List<int>();
                var times = new List<double>();
                for (int seed = 1; seed <= seeds; seed++)
                {
                    var o = t.Apply(CheckOptions.Default with
                    {
                        Strategy = s,
                        PctDepth = depth,
                        Seed = (ulong)seed * 7919,
                        Iterations = cap,
                        TimeBudget = perSeed,
                        ScheduleDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weft-bench-schedules"),
                    });
                    var r = Checker.Explore(t.Body, o);
                    if (r.Bug is { } b)
                    {
                        iters.Add(b.Iteration + 1);
                        times.Add(r.Elapsed.TotalMilliseconds);
                    }
                }
                rows.Add(new[]
                {
                    t.Id, s == "pct" ? $"pct(d={depth})" : s, $"{iters.Count}/{seeds}",
                    iters.Count > 0 ? Ui.F(iters.Average(), "F1") : "-",
                    iters.Count > 0 ? Ui.F(Median(iters)) : "-",
                    times.Count > 0 ? Ui.F(times.Average(), "F1") : "-",
                });
            }
        }
        Ui.Table(new[] { "bug", "strategy", "found", "mean iterations", "median", "mean ms to bug" }, rows);
    }

    private static double Median(List<int> xs)
    {
        var s = xs.OrderBy(x => x).ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2.0;
    }
}
