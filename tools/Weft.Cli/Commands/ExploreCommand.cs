using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Spectre.Console;
using Weft.Strategies;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft explore &lt;test|prefix|all&gt;</c>: explores registered tests and prints a summary.
/// A test expected to pass that shows a bug, or a negative control that is not caught, makes the exit code 2;
/// every bug found writes a schedule and prints the command that replays it.
/// </summary>
internal static class ExploreCommand

{
    public static Command Create()
    {
        var test = new Argument<string>("test") { Description = "A test id, a prefix such as canonical/, or all" };
        var strategy = new Option<string>("--strategy") { Description = $"Strategy: {string.Join(", ", StrategyFactory.Names)}", DefaultValueFactory = _ => "portfolio" };
        strategy.AcceptOnlyFromAmong(StrategyFactory.Names);
        var iterations = new Option<int?>("--iterations") { Description = "Iterations per test (default: each test's budget)" };
        var budget = new Option<string?>("--time-budget") { Description = "Wall-clock budget for the whole run, split evenly over the tests (e.g. 90s, 15m, 1h)" };
        var seed = new Option<ulong>("--seed") { Description = "Root seed", DefaultValueFactory = _ => CheckOptions.Default.Seed };
        var maxSteps = new Option<int?>("--max-steps") { Description = "Step bound per iteration (default: the test's)" };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of n (i/n, zero-based): tests whose index in id order is i mod n" };
        var outDir = new Option<string?>("--out") { Description = "Directory for schedules of bugs found (default .weft/schedules)" };
        var pb = new Option<int>("--preemption-bound") { Description = "Preemption bound of dfs (and of dpor with --dpor-bound class or schedule)", DefaultValueFactory = _ => CheckOptions.Default.PreemptionBound };
        var model = MemoryModelOption.Create();
        var assembly = AssemblyOption.Create();
        var races = RaceDetectorOption.Create();
        var dporBound = DporBoundOption.Create();
        var depth = new Option<int>("--pct-depth") { Description = "PCT depth d (d-1 priority change points)", DefaultValueFactory = _ => CheckOptions.Default.PctDepth };
        var cmd = new Command("explore", "Explore registered tests under the systematic scheduler")
        {
            test, strategy, iterations, budget, seed, maxSteps, shard, outDir, pb, depth, model, assembly, races, dporBound,
        };
        cmd.SetAction(p => Program.Guard(() =>
        {
            AssemblyOption.Apply(p, assembly);
            Parsing.AtLeast("--iterations", p.GetValue(iterations), 1, "a number of iterations");
            Parsing.AtLeast("--max-steps", p.GetValue(maxSteps), 1, "a number of steps per iteration");
            Parsing.AtLeast("--preemption-bound", p.GetValue(pb), 0, "a number of preemptions");
            Parsing.AtLeast("--pct-depth", p.GetValue(depth), 1, "a PCT depth");
            var memoryModel = MemoryModelOption.Parse(p.GetValue(model));
            var tests = Registry.Select(p.GetValue(test)!).ToList();
            if (p.GetValue(shard) is { } sh)
            {
                var (i, n) = Parsing.Shard("--shard", sh);
                tests = tests.Where((_, k) => k % n == i).ToList();
            }
            TimeSpan? perTest = null;
            if (p.GetValue(budget) is { } b) perTest = Parsing.Duration("--time-budget", b) / Math.Max(1, tests.Count);
            var baseOptions = CheckOptions.Default with
            {
                Strategy = p.GetValue(strategy)!,
                Seed = p.GetValue(seed),
                PreemptionBound = p.GetValue(pb),
                PctDepth = p.GetValue(depth),
                ScheduleDirectory = p.GetValue(outDir) is { } o ? System.IO.Path.Combine(Weft.Reporting.OutputDirectory.Prepare("--out", o), "schedules") : null,
            };
            baseOptions = DporBoundOption.Apply(baseOptions, p.GetValue(dporBound)!).WithEnvironment();
            if (p.GetValue(races)) baseOptions = baseOptions with { RaceDetector = true };
            // WEFT_ITERATIONS stands in for --iterations (each test's own budget otherwise).
            int? envIterations = Environment.GetEnvironmentVariable("WEFT_ITERATIONS") is null ? null : baseOptions.Iterations;
            return Run(tests, baseOptions, p.GetValue(iterations) ?? envIterations, p.GetValue(maxSteps), perTest, memoryModel);
        }));
        return cmd;
    }

    private static int Run(List<RegisteredTest> tests, CheckOptions baseOptions, int? iterations, int? maxSteps, TimeSpan? perTest, MemoryModel? memoryModel = null)
    {
        var results = new List<(RegisteredTest Test, ExplorationResult Result)>();
        var sw = Stopwatch.StartNew();
        CheckOptions OptionsFor(RegisteredTest t)
        {
            var o = t.Apply(baseOptions with { Iterations = iterations ?? t.Budget });
            if (maxSteps is { } ms) o = o with { MaxSteps = ms };
            if (memoryModel is { } mm) o = o with { MemoryModel = mm }; // the command line overrides a test's pinned model
            if (perTest is { } pt) o = o with { TimeBudget = pt, Iterations = iterations ?? int.MaxValue };
            return o;
        }

        if (Ui.Rich)
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    foreach (var t in tests)
                    {
                        var o = OptionsFor(t);
                        var task = ctx.AddTask(Markup.Escape(t.Id), maxValue: o.TimeBudget is { } tb ? tb.TotalSeconds : o.Iterations);
                        var start = Stopwatch.StartNew();
                        var r = Checker.Explore(t.Body, o with
                        {
                            Progress = (done, _) => task.Value = o.TimeBudget is not null ? start.Elapsed.TotalSeconds : done,
                        });
                        task.Value = task.MaxValue;
                        results.Add((t, r));
                    }
                });
        }
        else
        {
            foreach (var t in tests)
            {
                var r = Checker.Explore(t.Body, OptionsFor(t));
                results.Add((t, r));
                Ui.Line($"{Verdict(t, r),-8} {r.Summary()}");
            }
        }

        Ui.Table(new[] { "test", "expect", "verdict", "iterations", "it/s", "time", "strategy" },
            results.Select(x => new[]
            {
                x.Test.Id,
                x.Test.NegativeControl ? "bug" : "pass",
                Verdict(x.Test, x.Result),
                x.Result.Iterations.ToString(CultureInfo.InvariantCulture) + (x.Result.Exhausted ? " (all)" : ""),
                Ui.Number(x.Result.IterationsPerSecond),
                Ui.Number(x.Result.Elapsed.TotalSeconds, "F2") + "s",
                x.Result.Strategy,
            }));
        int failures = 0;
        foreach (var (t, r) in results)
        {
            if (r.Bug is { } bug)
            {
                Ui.Line("");
                Ui.Line($"{t.Id}: {(t.NegativeControl ? "caught (negative control)" : "BUG")}: {bug.Describe()}");
            }
            if (!Passed(t, r))
            {
                failures++;
                if (t.NegativeControl && r.Bug is null)
                    Ui.Line($"{t.Id}: MISSED: the seeded bug was not found in {r.Iterations} iterations");
            }
        }
        long steps = results.Sum(x => x.Result.Steps);
        int iters = results.Sum(x => x.Result.Iterations);
        Ui.Line("");
        Ui.Line(string.Create(CultureInfo.InvariantCulture,
            $"explored {results.Count} tests: {iters} iterations, {steps} steps in {sw.Elapsed.TotalSeconds:F1}s; {results.Count - failures} as expected, {failures} not"));
        return failures == 0 ? Program.Ok : Program.BugFound;
    }

    /// <summary>Explores tests with the default strategy, splitting <paramref name="total"/> evenly (the verify pipeline's stage).</summary>
    internal static int RunAll(IReadOnlyList<RegisteredTest> tests, TimeSpan total) =>
        Run(tests.ToList(), CheckOptions.Default.WithEnvironment(), null, null, total / Math.Max(1, tests.Count));

    internal static bool Passed(RegisteredTest t, ExplorationResult r) =>
        t.NegativeControl ? t.IsExpectedBug(r.Bug) : r.Bug is null;

    /// <summary>
    /// caught (the declared kind, and the declared monitor when the control names one), WRONG (another bug), MISSED
    /// (none) for negative controls; pass, proved, BUG otherwise.
    /// </summary>
    internal static string Verdict(RegisteredTest t, ExplorationResult r) => (t.NegativeControl, r.Bug) switch
    {
        (true, { } b) when t.IsExpectedBug(b) => "caught",
        (true, { }) => "WRONG",
        (true, null) => "MISSED",
        (false, null) => r.Exhausted ? "proved" : "pass",
        (false, { }) => "BUG",
    };
}
