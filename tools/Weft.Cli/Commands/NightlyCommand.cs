using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Spectre.Console;
using Weft.Reporting;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft nightly --time-budget 1h [--shard i/n] [--seed N] [--filter F] [--out dir] [--resume]</c>: explores every
/// test of the shard (see <see cref="ShardPlan"/>) with the portfolio, each in a child process, appending each
/// result to <c>results.jsonl</c>; then writes <c>junit.xml</c>. Exit 2 when a test failed (a bug in a correct
/// test, a missed negative control, a crash), 0 otherwise.
/// </summary>
internal static class NightlyCommand
{
    public static Command Create()
    {
        var budget = new Option<string>("--time-budget") { Description = "Wall-clock budget of this shard, split evenly over its tests (e.g. 90s, 15m, 1h)", Required = true };
        var shard = new Option<string>("--shard") { Description = "Run shard i of n (zero-based; e.g. a job completion index)", DefaultValueFactory = _ => "0/1" };
        var seed = new Option<ulong>("--seed") { Description = "Root seed; each test's seed is derived from it and the test id", DefaultValueFactory = _ => CheckOptions.Default.Seed };
        var filter = new Option<string>("--filter") { Description = "Tests to run: all (every test but bench/), an id, or a prefix such as canonical/", DefaultValueFactory = _ => "all" };
        var outDir = new Option<string?>("--out") { Description = "Output directory (default .weft/nightly/shard-<i>-of-<n>)" };
        var resume = new Option<bool>("--resume") { Description = "Continue a run killed before it finished: skip the tests already in results.jsonl" };
        var searchBudget = new Option<string>("--spec-search-budget")
        {
            Description = "Budget of the stateful spec-search stage after the tests, split evenly over this shard's spec configurations (configuration k runs in shard k mod n); 0 skips it. Default: a quarter of --time-budget with --filter all, else skipped",
            DefaultValueFactory = _ => "auto (a quarter of --time-budget)",
        };
        var mutationBudget = new Option<string?>("--mutation-budget")
        {
            Description = "Budget of the memory-order mutation stage after the tests (shard 0 only; weft mutate-orders over the selected tests, mutation/mutation.json, which weft conform --results picks up); absent, skipped",
        };
        var model = MemoryModelOption.Create();
        model.Description = "Memory model of the tests that do not pin one: sc (default) or tso (passed to each child as WEFT_MEMORY_MODEL)";
        var assembly = AssemblyOption.Create();
        var races = RaceDetectorOption.Create();
        races.Description += " (passed to each child as WEFT_RACE_DETECTOR=1)";
        var cmd = new Command("nightly", "Explore every registered test in child processes within a time budget, with an append-only results log")
        {
            budget, shard, seed, filter, outDir, resume, model, assembly, searchBudget, races, mutationBudget,
        };
        cmd.SetAction(p => Program.Guard(() =>
        {
            AssemblyOption.Apply(p, assembly);
            if (MemoryModelOption.Parse(p.GetValue(model)) is { } memoryModel)
                Environment.SetEnvironmentVariable("WEFT_MEMORY_MODEL", MemoryModels.Name(memoryModel)); // the children inherit it
            if (p.GetValue(races)) Environment.SetEnvironmentVariable("WEFT_RACE_DETECTOR", "1");
            var total = Parsing.Duration("--time-budget", p.GetValue(budget)!);
            var mutationTotal = p.GetValue(mutationBudget) is { } mb ? Parsing.Duration("--mutation-budget", mb) : (TimeSpan?)null;
            var (i, n) = Parsing.Shard("--shard", p.GetValue(shard)!);
            var f = p.GetValue(filter)!;
            var plan = Plan(SelectIds(f), p.GetValue(seed), i, n, f, total);
            var dir = p.GetValue(outDir) ?? Path.Combine(".weft", "nightly", $"shard-{i}-of-{n}");
            // The stage belongs to the whole nightly run of Weft's own tests: a run of a filtered subset, or of a user's
            // --assembly tests (no specs of theirs), skips it unless asked for.
            bool implicitBudget = p.GetResult(searchBudget) is null or { Implicit: true };
            var stageBudget = !implicitBudget ? Parsing.Duration("--spec-search-budget", p.GetValue(searchBudget)!)
                : f == "all" && Registry.AssemblyPaths.Count == 0 ? total / 4 : TimeSpan.Zero;
            int code = Run(plan, dir, p.GetValue(resume), Launcher());
            int stage = RunSpecSearch(dir, stageBudget, i, n);
            if (mutationTotal is { } mt && i == 0)
                MutateOrdersCommand.Stage(mt, Path.Combine(dir, "mutation"), Registry.AssemblyPaths.Count == 0 ? RepoRoot.TryFind() : null, Registry.Select(f), $"weft nightly --filter {f} --mutation-budget {ShardPlan.FormatDuration(mt)}", f);
            return Math.Max(code, stage);
        }));
        return cmd;
    }

    /// <summary>A shard plan over the tests in use: its re-run command and results log name the --assembly files.</summary>
    internal static ShardPlan Plan(System.Collections.Generic.IReadOnlyList<string> ids, ulong seed, int index, int count, string filter, TimeSpan total) =>
        ShardPlan.Create(ids, seed, index, count, filter, total) with { Assemblies = Registry.AssemblyPaths };

    /// <summary>Child processes running this program, loading the same --assembly files as this one.</summary>
    internal static ProcessChildLauncher Launcher() =>
        ProcessChildLauncher.ForCurrentProcess().WithArguments(AssemblyOption.Arguments(Registry.AssemblyPaths));

    /// <summary>The ids a filter selects; <c>all</c> leaves out the bench/ shapes (they measure the engine, they check nothing).</summary>
    internal static System.Collections.Generic.IReadOnlyList<string> SelectIds(string filter) =>
        Registry.Select(filter).Select(t => t.Id).Where(id => filter != "all" || !id.StartsWith("bench/", StringComparison.Ordinal)).ToList();

    /// <summary>Knobs of <c>weft explore</c> that a nightly plan overrides (the printed command must re-run the same shard).</summary>
    internal static readonly string[] PlanFixedKnobs = { "WEFT_SEED", "WEFT_ITERATIONS", "WEFT_TIME_BUDGET" };

    /// <summary>The least share of the budget a test can run in: a child process needs this much to start and explore at all.</summary>
    public static readonly TimeSpan MinimumShare = TimeSpan.FromMilliseconds(100);

    internal static int Run(ShardPlan plan, string dir, bool resume, IChildLauncher launcher)
    {
        CheckShare(plan);
        OutputDirectory.Prepare("--out", dir);
        // One run per folder: a second run on the same --out would write a second header and every result twice.
        using var claim = OutputLock.Acquire(dir, plan.Command(dir));
        Ui.Line($"weft nightly: shard {plan.Shard}, {plan.Tests.Count} tests, {ShardPlan.FormatDuration(plan.Budget)} budget ({Ui.Number(plan.Tests.Count == 0 ? 0 : plan.Tests[0].Budget.TotalSeconds, "F1")}s per test), root seed {plan.RootSeed}");
        Ui.Line($"re-run this shard: {plan.Command(dir)}");
        foreach (var knob in PlanFixedKnobs.Where(k => Environment.GetEnvironmentVariable(k) is not null))
            Ui.Line($"note: {knob} does not apply to a nightly run: its plan fixes each test's seed and share of the budget (use --seed and --time-budget)");
        NightlyOutcome outcome;
        if (Ui.Rich)
        {
            outcome = AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"shard {plan.Shard}", maxValue: Math.Max(1, plan.Tests.Count));
                    var runner = new NightlyRunner(launcher, Registry.All, new RichProgress(task));
                    return runner.Run(plan, dir, resume);
                });
        }
        else
        {
            outcome = new NightlyRunner(launcher, Registry.All, new PlainProgress()).Run(plan, dir, resume);
        }
        var merged = MergedResults.From(new[] { outcome.Header }, outcome.Results);
        var junit = Path.Combine(dir, "junit.xml");
        JUnitWriter.Write(merged, junit);
        foreach (var r in outcome.Results.Where(r => !r.Passed))
        {
            Ui.Line("");
            Ui.Line($"{r.Test}: {r.Verdict}" + (r.Crash is { } c ? $": {c.Message}" : r.Bugs.FirstOrDefault() is { } b ? $": {b.Kind} at step {b.Step}: {b.Message}\n  replay: {b.ReplayCommand}" : $": not caught in {r.Iterations} iterations"));
            Ui.Line($"  re-run: {r.RerunCommand}");
        }
        Ui.Line("");
        Ui.Line(string.Create(CultureInfo.InvariantCulture,
            $"nightly shard {plan.Shard}: {outcome.Results.Count} tests ({outcome.Resumed} from an earlier run), {merged.Iterations} schedules, {merged.Steps} steps; {outcome.Results.Count - outcome.Failures} as expected, {outcome.Failures} not"));
        Ui.Line($"results: {Path.Combine(dir, ResultLog.FileName)}; JUnit: {junit}");
        return outcome.Failures == 0 ? Program.Ok : Program.BugFound;
    }

    /// <summary>
    /// The nightly spec-search stage: the stateful search of every spec configuration of this shard against TLC's
    /// manifest (<see cref="SpecSearchStage"/>), its records in <c>search.json</c> beside the shard's results (the
    /// conformance report built from the results folders reads it). Exit 2 when a configuration disagrees with TLC.
    /// </summary>
    internal static int RunSpecSearch(string dir, TimeSpan budget, int shard, int shards)
    {
        Ui.Line("");
        if (budget <= TimeSpan.Zero)
        {
            Ui.Line("spec search: skipped (--spec-search-budget 0, or --filter other than all or --assembly without --spec-search-budget)");
            return Program.Ok;
        }
        Ui.Line($"spec search: stateful search of every spec configuration of shard {shard}/{shards}, {ShardPlan.FormatDuration(budget)} budget");
        var result = SpecSearchStage.Run(RepoRoot.Find(), Ui.Line, budget, shard, shards, out var runs);
        var path = Path.Combine(dir, SpecSearchRun.ResultsFileName);
        SpecSearchRun.Save(runs, path);
        Ui.Line($"spec search: {result.Status.ToString().ToLowerInvariant()}: {result.Detail}; results: {path}");
        return result.Status == StageStatus.Failed ? result.ExitCode : Program.Ok;
    }

    /// <summary>Refuses, once and before any child starts, a budget whose share per test is too small to run a test.</summary>
    internal static void CheckShare(ShardPlan plan)
    {
        if (plan.Tests.Count == 0 || plan.Tests[0].Budget >= MinimumShare) return;
        var least = TimeSpan.FromTicks(MinimumShare.Ticks * plan.Tests.Count);
        throw new WeftInputException(string.Create(CultureInfo.InvariantCulture,
            $"a budget of {ShardPlan.FormatDuration(plan.Budget)} split over {plan.Tests.Count} tests gives each {plan.Tests[0].Budget.TotalMilliseconds:0.###} ms; a test needs at least {MinimumShare.TotalMilliseconds:F0} ms: give at least {least.TotalSeconds:0.#}s or select fewer tests"));
    }

    private sealed class PlainProgress : INightlyProgress
    {
        public void Starting(PlannedTest test, int index, int count) { }

        public void Finished(TestResult result, int index, int count, bool resumed) =>
            Ui.Line(string.Create(CultureInfo.InvariantCulture,
                $"[{index}/{count}] {result.Verdict,-7} {result.Test}: {result.Iterations} schedules in {result.ElapsedSeconds:F1}s{(resumed ? " (from the log)" : "")}{(result.Exhausted ? ", bounded space exhausted" : "")}"));
    }

    private sealed class RichProgress : INightlyProgress
    {
        private readonly ProgressTask _task;

        public RichProgress(ProgressTask task) => _task = task;

        public void Starting(PlannedTest test, int index, int count) =>
            _task.Description = Markup.Escape($"[{index}/{count}] {test.Id}");

        public void Finished(TestResult result, int index, int count, bool resumed)
        {
            _task.Increment(1);
            if (!result.Passed) AnsiConsole.MarkupLine($"[red]{Markup.Escape(result.Verdict)}[/] {Markup.Escape(result.Test)}");
        }
    }
}
