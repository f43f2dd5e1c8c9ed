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
/// Part 1, throughput: iterations/s and steps/s per strategy on two shapes (two threads with 50 scheduling points
/// each, two threads with one), against the same body run in the same process on real threads without the scheduler
/// (the floor of any thread-based engine), and against figures the user supplies with <c>--baseline FILE</c>
/// (<see cref="BenchBaseline"/>: each with its provenance, printed beside the ratio). <c>--save-baseline FILE</c>
/// records this run's figures in that format.
/// Part 2, bug finding: iterations and wall time to the first bug on every canonical negative control, per
/// strategy, over N seeds (<see cref="SeedStatistics"/>: seeds that did not find the bug count at the cap).
/// </summary>
internal static class BenchCommand
{
    internal static readonly string[] Strategies = { "random", "prob", "pct", "delay", "pos", "rff", "dfs", "portfolio" };

    /// <summary>The strategy rows of the bug-finding part, as (strategy, PCT depth or 0 for the default).</summary>
    internal static readonly (string Strategy, int Depth)[] BugStrategies =
        { ("random", 0), ("prob", 0), ("pct", 2), ("pct", 3), ("delay", 0), ("pos", 0), ("rff", 0), ("stall", 0), ("overtake", 0), (PreviousPortfolio, 0), (PortfolioWithoutStall, 0), (PortfolioRffOnce, 0), (PortfolioByYield, 0), (PortfolioWithoutOvertake, 0), ("portfolio", 0) };

    /// <summary>
    /// A comparison row, not a strategy users select: the default portfolio without its partial-order sampling and
    /// reads-from fuzzing members (PCT at depths 2 and 3, uniform random, probabilistic, delay-bounding, one turn each),
    /// so the table shows what those members add.
    /// </summary>
    internal const string PreviousPortfolio = "portfolio-without-pos-rff";

    private static Weft.Strategies.IStrategy PreviousPortfolioStrategy(CheckOptions o) => new Weft.Strategies.PortfolioStrategy(new Weft.Strategies.IStrategy[]
    {
        new Weft.Strategies.PctStrategy(Weft.Strategies.Rng.Derive(o.Seed, 1), o.PctDepth, o.InitialStepEstimate),
        new Weft.Strategies.RandomStrategy(Weft.Strategies.Rng.Derive(o.Seed, 2)),
        new Weft.Strategies.ProbabilisticStrategy(Weft.Strategies.Rng.Derive(o.Seed, 3), Math.Max(2, o.SwitchExponent)),
        new Weft.Strategies.PctStrategy(Weft.Strategies.Rng.Derive(o.Seed, 4), o.PctDepth == 2 ? 3 : 2, o.InitialStepEstimate),
        new Weft.Strategies.DelayBoundingStrategy(Weft.Strategies.Rng.Derive(o.Seed, 5), o.DelayBound, o.InitialStepEstimate),
    });

    /// <summary>
    /// A comparison row: the default portfolio before stall sampling joined it (PCT at depths 2 and 3, probabilistic and
    /// delay-bounding one turn each, partial-order sampling and reads-from fuzzing two turns each).
    /// </summary>
    internal const string PortfolioWithoutStall = "portfolio-without-stall";

    private static Weft.Strategies.IStrategy PortfolioWithoutStallStrategy(CheckOptions o) => new Weft.Strategies.PortfolioStrategy(new Weft.Strategies.IStrategy[]
    {
        new Weft.Strategies.PctStrategy(Weft.Strategies.Rng.Derive(o.Seed, 1), o.PctDepth, o.InitialStepEstimate),
        new Weft.Strategies.PosStrategy(Weft.Strategies.Rng.Derive(o.Seed, 2)),
        new Weft.Strategies.ProbabilisticStrategy(Weft.Strategies.Rng.Derive(o.Seed, 3), Math.Max(2, o.SwitchExponent)),
        new Weft.Strategies.PctStrategy(Weft.Strategies.Rng.Derive(o.Seed, 4), o.PctDepth == 2 ? 3 : 2, o.InitialStepEstimate),
        new Weft.Strategies.DelayBoundingStrategy(Weft.Strategies.Rng.Derive(o.Seed, 5), o.DelayBound, o.InitialStepEstimate),
        new Weft.Strategies.RffStrategy(Weft.Strategies.Rng.Derive(o.Seed, 6)),
    }, turns: new[] { 1, 2, 1, 1, 1, 2 });

    /// <summary>
    /// A comparison row: the default portfolio before reads-from fuzzing took three turns (PCT at depths 2 and 3,
    /// delay-bounding and reads-from fuzzing one turn each, partial-order sampling two, stall sampling three).
    /// </summary>
    internal const string PortfolioRffOnce = "portfolio-rff-x1";

    private static Weft.Strategies.IStrategy PortfolioRffOnceStrategy(CheckOptions o) =>
        new Weft.Strategies.PortfolioStrategy(MembersWithoutOvertake(o), turns: new[] { 1, 2, 1, 1, 1, 3 });

    /// <summary>The default portfolio's members before overtake sampling joined it.</summary>
    private static Weft.Strategies.IStrategy[] MembersWithoutOvertake(CheckOptions o) => new Weft.Strategies.IStrategy[]
    {
        new Weft.Strategies.PctStrategy(Weft.Strategies.Rng.Derive(o.Seed, 1), o.PctDepth, o.InitialStepEstimate),
        new Weft.Strategies.PosStrategy(Weft.Strategies.Rng.Derive(o.Seed, 2)),
        new Weft.Strategies.PctStrategy(Weft.Strategies.Rng.Derive(o.Seed, 4), o.PctDepth == 2 ? 3 : 2, o.InitialStepEstimate),
        new Weft.Strategies.DelayBoundingStrategy(Weft.Strategies.Rng.Derive(o.Seed, 5), o.DelayBound, o.InitialStepEstimate),
        new Weft.Strategies.RffStrategy(Weft.Strategies.Rng.Derive(o.Seed, 6)),
        new Weft.Strategies.StallStrategy(Weft.Strategies.Rng.Derive(o.Seed, 7)),
    };

    /// <summary>
    /// A comparison row: the default portfolio's members and turns as the prior of a portfolio that deals later turns
    /// by each member's reads-from coverage yield on the test (<see cref="Weft.Strategies.YieldPortfolioStrategy"/>).
    /// </summary>
    internal const string PortfolioByYield = "portfolio-by-yield";

    private static Weft.Strategies.IStrategy PortfolioByYieldStrategy(CheckOptions o) =>
        new Weft.Strategies.YieldPortfolioStrategy(Weft.Strategies.StrategyFactory.DefaultMembers(o), prior: Weft.Strategies.StrategyFactory.DefaultTurns);

    /// <summary>
    /// A comparison row: the default portfolio before overtake sampling joined it (PCT at depths 2 and 3 and
    /// delay-bounding one turn each, partial-order sampling two, reads-from fuzzing and stall sampling three each).
    /// </summary>
    internal const string PortfolioWithoutOvertake = "portfolio-without-overtake";

    private static Weft.Strategies.IStrategy PortfolioWithoutOvertakeStrategy(CheckOptions o) =>
        new Weft.Strategies.PortfolioStrategy(MembersWithoutOvertake(o), turns: new[] { 1, 2, 1, 1, 3, 3 });

    /// <summary>The strategy of a comparison row, or null for a strategy the factory makes.</summary>
    private static Weft.Strategies.IStrategy? ComparisonPortfolio(string row, CheckOptions o) => row switch
    {
        PreviousPortfolio => PreviousPortfolioStrategy(o),
        PortfolioWithoutStall => PortfolioWithoutStallStrategy(o),
        PortfolioRffOnce => PortfolioRffOnceStrategy(o),
        PortfolioByYield => PortfolioByYieldStrategy(o),
        PortfolioWithoutOvertake => PortfolioWithoutOvertakeStrategy(o),
        _ => null,
    };

    /// <summary>
    /// The deep negative controls of the bug-finding part besides the canonical bugs: seeded defects that need a long
    /// uninterrupted run of one thread, a reclamation epoch to advance, or several operations to line up before the
    /// failing access, and that took hundreds to thousands of iterations under uniform sampling.
    /// </summary>
    internal static readonly string[] DeepControls =
    {
        "treiber/ibr-free-by-age", "treiber/debra-early-rotation", "skiplist/relink-marked", "lcrq/close-dropped",
        "scq/ignore-unsafe", "efrb/help-reexecutes-finished", "nmtree/seek-without-validation",
    };

    public static Command Create()
    {
        var seeds = new Option<int>("--seeds") { Description = "Seeds per (bug, strategy) in the bug-finding part", DefaultValueFactory = _ => 20 };
        var cap = new Option<int>("--cap") { Description = "Iteration cap per seed in the bug-finding part", DefaultValueFactory = _ => 2000 };
        var seedBudget = new Option<string>("--seed-budget") { Description = "Wall-clock cap per seed in the bug-finding part (a seed that has not found the bug by then counts as not found, at the iteration cap)", DefaultValueFactory = _ => "10s" };
        var quick = new Option<bool>("--quick") { Description = "Fewer iterations and seeds (a smoke run)" };
        var only = new Option<string?>("--bugs") { Description = "Comma-separated test ids for the bug-finding part (default: the canonical negative controls and the deep controls)" };
        var strategyRows = new Option<string?>("--strategies") { Description = "Comma-separated strategies for the bug-finding part (pct:2 for a PCT depth; default: every strategy row)" };
        var part = new Option<string>("--part") { Description = "throughput, bugs, dpor (schedules to exhaustion, DFS against DPOR), dpor-bounded (only dpor's preemption-bounded tables), rewrite (rewritten plain .NET against Weft's atomics) or all", DefaultValueFactory = _ => "all" };
        part.AcceptOnlyFromAmong("throughput", "bugs", "dpor", "dpor-bounded", "rewrite", "all");
        var bound = new Option<int>("--preemption-bound") { Description = "Preemption bound of the dpor part's bounded tables (DFS and bounded DPOR)", DefaultValueFactory = _ => CheckOptions.Default.PreemptionBound };
        var baseline = new Option<string?>("--baseline") { Description = "A YAML file of throughput figures to compare against, each with its provenance (schema weft-bench-baseline/1; see the README)" };
        var saveBaseline = new Option<string?>("--save-baseline") { Description = "Write this run's throughput figures, with their provenance, as a baseline file" };
        var model = MemoryModelOption.Create();
        model.Description = "Memory model of the throughput part: sc (default), tso or ra; a weak model also measures sc in the same run, strategy by strategy, and adds a '<model> vs sc' column";
        var races = RaceDetectorOption.Create();
        races.Description = "Measure the throughput part with the race detector on; each row is also measured with it off, just before, and a 'vs detector off' column divides the two (adds a plain-data shape)";
        var asyncShape = new Option<bool>("--async")
        {
            Description = "Add the async shape to the throughput part: the 50-point work of two threads written as two tasks awaiting after every increment",
        };
        var engine = new Command("engine", "Benchmark the scheduler: throughput per strategy and iterations to first bug") { seeds, cap, seedBudget, quick, only, strategyRows, part, bound, baseline, saveBaseline, model, races, asyncShape };
        engine.SetAction(p => Program.Guard(() =>
        {
            bool q = p.GetValue(quick);
            var which = p.GetValue(part)!;
            // Read every input before measuring anything: a bad file fails at once.
            var figures = p.GetValue(baseline) is { } path ? BenchBaseline.Load(path) : Array.Empty<BaselineFigure>();
            var perSeed = Parsing.Duration("--seed-budget", p.GetValue(seedBudget)!);
            int nSeeds = q ? 5 : Parsing.AtLeast("--seeds", p.GetValue(seeds), 1, "a number of seeds"),
                nCap = q ? 500 : Parsing.AtLeast("--cap", p.GetValue(cap), 1, "an iteration cap");
            if (nSeeds <= 0) throw new WeftInputException($"--seeds: expected a positive number, found {nSeeds}");
            if (nCap <= 0) throw new WeftInputException($"--cap: expected a positive number, found {nCap}");
            int preemptions = Parsing.AtLeast("--preemption-bound", p.GetValue(bound), 0, "a preemption bound");
            var save = p.GetValue(saveBaseline);
            var memoryModel = MemoryModelOption.Parse(p.GetValue(model)) ?? MemoryModel.SC;
            if (save is not null && which is "bugs" or "dpor" or "dpor-bounded" or "rewrite") throw new WeftInputException("--save-baseline records throughput figures; it needs --part throughput or all");
            Ui.Line($"weft bench engine ({Checker.ToolVersion}, {Machine()}, WEFT_SPIN={Environment.GetEnvironmentVariable("WEFT_SPIN") ?? "default"}, load average at start {LoadAverage()})");
            var command = "weft " + string.Join(" ", p.Tokens.Select(t => t.Value));
            if (which is "throughput" or "all")
            {
                var measured = Throughput(q, figures, command, memoryModel, p.GetValue(races), p.GetValue(asyncShape));
                if (save is not null)
                {
                    BenchBaseline.Save(save, measured);
                    Ui.Line($"Wrote this run's {measured.Count} throughput figures to {save}.");
                }
            }
            var bugTests = BugTests(p.GetValue(only));
            var bugStrategies = BugStrategyRows(p.GetValue(strategyRows));
            if (which is "bugs" or "all") BugFinding(bugTests, bugStrategies, nSeeds, nCap, perSeed);
            if (which is "dpor" or "all") DporBench.Run(preemptions, q ? 20_000 : 200_000, q ? 20_000 : 10_000_000, q ? 20_000 : 1_000_000);
            if (which is "dpor-bounded") DporBench.RunBounded(preemptions, q ? 20_000 : 200_000);
            if (which is "rewrite" or "all") RewriteBench.Run(q);
            return Program.Ok;
        }));
        var cmd = new Command("bench", "Benchmarks") { engine, MinimizeBench.Create() };
        return cmd;
    }

    /// <summary>What a baseline needs to know about the machine: architecture, cores, line size, runtime.</summary>
    internal static string Machine() =>
        $"{Weft.Platform.ArchInfo.Current.Architecture} {Environment.ProcessorCount} cores, {Weft.Platform.ArchInfo.Current.CacheLineSize}-byte lines, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}";

    /// <summary>The 1, 5 and 15-minute load averages (Linux), so a reader can tell a quiet machine from a busy one.</summary>
    internal static string LoadAverage()
    {
        try
        {
            var parts = System.IO.File.ReadAllText("/proc/loadavg").Split(' ');
            return parts.Length >= 3 ? $"{parts[0]} {parts[1]} {parts[2]}" : "unknown";
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static List<BaselineFigure> Throughput(bool quick, IReadOnlyList<BaselineFigure> baselines, string command, MemoryModel memoryModel, bool raceDetector = false, bool asyncShape = false)
    {
        bool weak = memoryModel != MemoryModel.SC;
        var vsSc = $"{MemoryModels.Name(memoryModel)} vs sc";
        if (raceDetector) Ui.Line("Race detector on: each strategy row is measured with it; 'vs detector off' divides by the same strategy with it off, measured just before it.");
        if (weak) Ui.Line($"Memory model {MemoryModels.Name(memoryModel)}: each strategy row is measured under it; '{vsSc}' divides by the same strategy under SC, measured just before it.");
        Ui.Line("");
        Ui.Line("Throughput (higher is better). 'uncontrolled' runs the same body on real threads with no scheduler (new threads each run), measured in this run; 'vs uncontrolled' divides by it." +
                (baselines.Count > 0 ? " 'vs baseline' divides by the figure named beside it, from the --baseline file (provenance below the table)." : ""));
        var rows = new List<string[]>();
        var measured = new List<BaselineFigure>();
        var used = new List<BaselineFigure>();
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (shapeId, shape, body, n) in ThroughputShapes(quick, weak, raceDetector, asyncShape))
        {
            double uncontrolled = Uncontrolled(body, Math.Min(n, 2000));
            var row = new List<string> { shape, "uncontrolled", Ui.Number(uncontrolled), "-", "-", "1.0x" };
            if (weak) row.Add("-");
            if (raceDetector) row.Add("-");
            if (baselines.Count > 0) row.AddRange(new[] { "-", "-" });
            rows.Add(row.ToArray());
            foreach (var s in Strategies)
            {
                var (r, scRate, offRate) = MeasureStrategy(body, s, n, memoryModel, raceDetector);
                // A bounded DFS that exhausts its space ends early: its rate then includes the exploration's fixed start-up cost.
                var label = r.Exhausted ? $"{s} (all {r.Iterations} schedules)" : s;
                row = new List<string>
                {
                    shape, label, Ui.Number(r.IterationsPerSecond), Ui.Number(r.StepsPerSecond), Ui.Number((double)r.Steps / Math.Max(1, r.Iterations), "F1"),
                    Ui.Number(r.IterationsPerSecond / uncontrolled, "F1") + "x",
                };
                if (weak) row.Add(Ui.Number(r.IterationsPerSecond / scRate, "F2") + "x");
                if (raceDetector) row.Add(Ui.Number(r.IterationsPerSecond / offRate, "F2") + "x");
                if (baselines.Count > 0) AddBaselineColumns(row, baselines, used, shapeId, s, r.IterationsPerSecond);
                rows.Add(row.ToArray());
                measured.Add(new BaselineFigure(FigureName(s, shapeId, memoryModel, raceDetector), shapeId, s, r.IterationsPerSecond,
                    $"Weft {Checker.ToolVersion}, strategy {s}, {n} iterations of {shapeId}{(r.Exhausted ? $" (exhausted after {r.Iterations})" : "")}",
                    Machine() + $", load average at start {LoadAverage()}", date, command));
            }
        }
        var headers = new List<string> { "shape", "strategy", "iterations/s", "steps/s", "steps/iter", "vs uncontrolled" };
        if (weak) headers.Add(vsSc);
        if (raceDetector) headers.Add("vs detector off");
        if (baselines.Count > 0) headers.AddRange(new[] { "vs baseline", "baseline (name: figure, machine, date)" });
        Ui.Table(headers.ToArray(), rows);
        for (int i = 0; i < used.Count; i++)
            Ui.Line($"[{i + 1}] {used[i].Name}: {used[i].What}; machine: {used[i].Machine}; date: {used[i].Date}; command: {used[i].Command}");
        return measured;
    }

    /// <summary>The throughput table's shapes (id, description, body, iterations) for this run's model and options.</summary>
    private static List<(string Id, string Shape, Action Body, int Iterations)> ThroughputShapes(bool quick, bool weak, bool raceDetector, bool asyncShape)
    {
        var shapes = new List<(string, string, Action, int)>
        {
            (BenchBaseline.Shapes[0], "2 threads x 50 points", EngineShapes.TwoThreads50, quick ? 500 : 5000),
            (BenchBaseline.Shapes[1], "2 threads x 1 point", EngineShapes.TwoThreads1, quick ? 1000 : 20000),
        };
        // The fetch-add shapes never buffer a store or read a stale one; under a weak model the store/load shape measures the model's cost.
        if (weak) shapes.Add((BenchBaseline.Shapes[2], "2 threads x 25 stores + 25 loads", EngineShapes.TwoThreadsStoresLoads, quick ? 500 : 5000));
        if (raceDetector) shapes.Add((EngineShapes.PlainHandoffId, "2 threads x 25 plain writes + 25 handoffs", EngineShapes.TwoThreadsPlainHandoff, quick ? 500 : 5000));
        // The same work as the first shape, as async code: compare its row with the 2 threads x 50 points row of the same strategy.
        if (asyncShape) shapes.Add((EngineShapes.TwoTasksAwaitsId, "2 tasks x 50 points + awaits", Weft.Threading.Async.WeftAsync.Test(EngineShapes.TwoTasks50Awaits), quick ? 500 : 5000));
        return shapes;
    }

    /// <summary>
    /// Explores <paramref name="body"/> <paramref name="n"/> times with <paramref name="strategy"/> after a warm-up; under a
    /// weak model first under SC, with the race detector first without it (their rates: the comparison columns).
    /// </summary>
    private static (ExplorationResult Result, double ScRate, double DetectorOffRate) MeasureStrategy(Action body, string strategy, int n, MemoryModel memoryModel, bool raceDetector)
    {
        var o = CheckOptions.Default with { Strategy = strategy, Iterations = n / 10, TestId = "bench", PreemptionBound = 2 };
        double scRate = 0, offRate = 0;
        if (memoryModel != MemoryModel.SC)
        {
            Checker.Explore(body, o);
            scRate = Checker.Explore(body, o with { Iterations = n }).IterationsPerSecond;
            o = o with { MemoryModel = memoryModel };
        }
        if (raceDetector)
        {
            Checker.Explore(body, o);
            offRate = Checker.Explore(body, o with { Iterations = n }).IterationsPerSecond;
            o = o with { RaceDetector = true };
        }
        Checker.Explore(body, o); // warm-up: JIT, worker threads
        return (Checker.Explore(body, o with { Iterations = n }), scRate, offRate);
    }

    /// <summary>The 'vs baseline' columns: the ratio to the baseline's figure for this shape and strategy, and that figure.</summary>
    private static void AddBaselineColumns(List<string> row, IReadOnlyList<BaselineFigure> baselines, List<BaselineFigure> used, string shapeId, string strategy, double iterationsPerSecond)
    {
        if (BenchBaseline.For(baselines, shapeId, strategy) is { } b)
        {
            if (!used.Contains(b)) used.Add(b);
            row.Add(Ui.Number(iterationsPerSecond / b.IterationsPerSecond, "F2") + "x");
            row.Add($"[{used.IndexOf(b) + 1}] {b.Name}: {Ui.Number(b.IterationsPerSecond)}/s, {b.Machine}, {b.Date}");
        }
        else row.AddRange(new[] { "-", "(no figure for this shape and strategy)" });
    }

    /// <summary>The name of a measured figure in a baseline file, such as <c>weft-pct-50-tso-races</c>.</summary>
    private static string FigureName(string strategy, string shapeId, MemoryModel memoryModel, bool raceDetector)
    {
        var shape = shapeId == BenchBaseline.Shapes[0] ? "50" : shapeId == BenchBaseline.Shapes[1] ? "1" : shapeId == EngineShapes.PlainHandoffId ? "plain" : shapeId == EngineShapes.TwoTasksAwaitsId ? "async" : "stores";
        return $"weft-{strategy}-{shape}{(memoryModel != MemoryModel.SC ? "-" + MemoryModels.Name(memoryModel) : "")}{(raceDetector ? "-races" : "")}";
    }

    /// <summary>The body on real threads without the scheduler: the cost a thread-per-iteration engine cannot go below.</summary>
    private static double Uncontrolled(Action body, int n)
    {
        for (int i = 0; i < 50; i++) body();
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < n; i++) body();
        return n / sw.Elapsed.TotalSeconds;
    }

    /// <summary>The tests of the bug-finding part: <paramref name="ids"/> (each a registered negative control) or the default set.</summary>
    private static List<RegisteredTest> BugTests(string? ids)
    {
        if (ids is null)
            return Registry.All.Where(t => t.NegativeControl && (t.Id.StartsWith("canonical/", StringComparison.Ordinal) || DeepControls.Contains(t.Id))).ToList();
        var tests = new List<RegisteredTest>();
        foreach (var id in ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var t = Registry.All.FirstOrDefault(x => x.Id == id) ?? throw new WeftInputException($"--bugs: no registered test '{id}'");
            if (!t.NegativeControl) throw new WeftInputException($"--bugs: '{id}' is not a negative control (it has no bug to find)");
            tests.Add(t);
        }
        return tests;
    }

    /// <summary>The strategy rows of the bug-finding part: <paramref name="list"/> (<c>pct:2</c> names a PCT depth) or every row.</summary>
    private static List<(string Strategy, int Depth)> BugStrategyRows(string? list)
    {
        if (list is null) return BugStrategies.ToList();
        var rows = new List<(string, int)>();
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split(':');
            if ((!Weft.Strategies.StrategyFactory.IsKnown(parts[0]) || parts[0] is "dfs" or "dpor") && parts[0] is not (PreviousPortfolio or PortfolioWithoutStall or PortfolioRffOnce or PortfolioByYield or PortfolioWithoutOvertake))
                throw new WeftInputException($"--strategies: '{parts[0]}' is not a sampling strategy; expected some of random, prob, pct, delay, periodic, pos, rff, stall, overtake, portfolio, {PreviousPortfolio}, {PortfolioWithoutStall}, {PortfolioRffOnce}, {PortfolioByYield}, {PortfolioWithoutOvertake}");
            int depth = 0;
            if (parts.Length > 2 || (parts.Length == 2 && (parts[0] != "pct" || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out depth) || depth < 1)))
                throw new WeftInputException($"--strategies: '{item}': only pct takes a depth, as pct:N with N at least 1");
            rows.Add((parts[0], depth));
        }
        return rows;
    }

    private static void BugFinding(List<RegisteredTest> bugs, List<(string Strategy, int Depth)> strategies, int seeds, int cap, TimeSpan perSeed)
    {
        Ui.Line("");
        Ui.Line(string.Create(CultureInfo.InvariantCulture,
            $"Iterations to first bug (lower is better) over {seeds} seeds, at most {cap} iterations or {perSeed.TotalSeconds:F0}s per seed. 'found' counts seeds that found it; " +
            $"'time-capped' counts unfound seeds stopped by the wall-clock cap before {cap} iterations. The mean counts every unfound seed at {cap} and is then marked '≥' (a lower bound); " +
            $"the median ranks unfound seeds last ('>{cap}' when the middle seed found nothing)."));
        Console.Out.Flush();
        var rows = new List<string[]>();
        foreach (var t in bugs)
        {
            foreach (var (s, requested) in strategies)
            {
                int depth = requested > 0 ? requested : CheckOptions.Default.PctDepth;
                var outcomes = new List<SeedOutcome>();
                int timeCapped = 0;
                for (int seed = 1; seed <= seeds; seed++)
                {
                    var o = t.Apply(CheckOptions.Default with
                    {
                        Strategy = s is PreviousPortfolio or PortfolioWithoutStall or PortfolioRffOnce or PortfolioByYield or PortfolioWithoutOvertake ? "portfolio" : s,
                        PctDepth = depth,
                        Seed = (ulong)seed * 7919,
                        Iterations = cap,
                        TimeBudget = perSeed,
                        MinimizeReplays = 0, // measured by `weft bench minimize`, not here
                        ScheduleDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weft-bench-schedules"),
                    });
                    ExplorationResult r;
                    if (ComparisonPortfolio(s, o) is { } comparison)
                    {
                        using var runtime = new Weft.Engine.ControlledRuntime(o, comparison);
                        r = runtime.Explore(t.Body, t.Id);
                    }
                    else r = Checker.Explore(t.Body, o);
                    if (r.Bug is { } b) outcomes.Add(SeedOutcome.FoundAt(b.Iteration + 1, r.Elapsed.TotalMilliseconds));
                    else
                    {
                        outcomes.Add(SeedOutcome.NotFound(r.Elapsed.TotalMilliseconds));
                        if (r.Iterations < cap && !r.Exhausted) timeCapped++;
                    }
                }
                var st = new SeedStatistics(outcomes, cap);
                var row = new[]
                {
                    t.Id, s == "pct" ? $"pct(d={depth})" : s, st.FoundText, timeCapped.ToString(CultureInfo.InvariantCulture),
                    st.MeanText, st.MedianText, st.MedianMillisecondsText,
                };
                rows.Add(row);
                Console.Error.WriteLine(string.Join(" | ", row)); // progress on stderr: a full run takes a while
            }
        }
        Ui.Table(new[] { "bug", "strategy", "found", "time-capped", "mean iterations", "median iterations", "median ms to bug" }, rows);
    }
}
