using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Weft.Schedules;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft minimize &lt;schedule.yaml&gt; [--budget N] [--time-budget 10s] [--out FILE]</c>: minimizes the failing
/// schedule of a registered test (fewest preemptions, then fewest steps, failing the same way) and writes it beside
/// the input as <c>&lt;name&gt;-minimized.yaml</c>, or to <c>--out</c>. The input is first replayed exactly: a schedule
/// that diverges or no longer fails is an input error. Exit 0 when the minimized schedule is written, 1 on bad input.
/// </summary>
internal static class MinimizeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("schedule") { Description = "A schedule file of a bug (written by weft explore, Checker.Check or a test)" };
        var budget = new Option<int>("--budget") { Description = "The most replays to spend", DefaultValueFactory = _ => CheckOptions.Default.MinimizeReplays };
        var timeBudget = new Option<string?>("--time-budget") { Description = $"The most wall-clock time to spend (e.g. 500ms, 30s; default {CheckOptions.Default.MinimizeTimeBudget.TotalSeconds:0}s)" };
        var output = new Option<string?>("--out") { Description = "Where to write the minimized schedule (default: beside the input, <name>-minimized.yaml)" };
        var assembly = AssemblyOption.Create();
        assembly.Description = "The test assembly to minimize against, instead of the one the schedule records";
        var cmd = new Command("minimize", "Minimize a failing schedule: fewest preemptions, then fewest weak-memory decisions (TSO, RA), then fewest steps, failing the same way")
        {
            file, budget, timeBudget, output, assembly,
        };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var path = p.GetValue(file)!;
            int replays = p.GetValue(budget);
            if (replays <= 0) throw new WeftInputException($"--budget: expected a positive number of replays, found {replays}");
            var time = p.GetValue(timeBudget) is { } tb ? Parsing.Duration("--time-budget", tb) : CheckOptions.Default.MinimizeTimeBudget;
            return Run(path, p.GetValue(output), CheckOptions.Default with { MinimizeReplays = replays, MinimizeTimeBudget = time }, p.GetValue(assembly));
        }));
        return cmd;
    }

    private static int Run(string path, string? output, CheckOptions budget, string[]? assemblies)
    {
        var schedule = ScheduleFile.Read(path);
        if (schedule.Bug is null)
            throw new WeftInputException($"{path}: the schedule records no bug, so there is nothing to minimize");
        var test = ReplayCommand.FindTest(schedule, path, assemblies);
        var options = test.Apply(budget);
        var replay = Checker.Replay(schedule, test.Body, options);
        if (!replay.Reproduced)
            throw new WeftInputException($"{path}: the recorded bug does not reproduce ({(replay.Bug is { } b ? "replay gives " + b.Describe().Split('\n')[0] : "the replay ends without a bug")}); nothing to minimize");
        var result = Checker.Minimize(path, test.Body, options);
        var outPath = output is not null
            ? ScheduleFile.Write(result.Minimized, output)
            : ScheduleFile.WriteNew(result.Minimized, Path.GetDirectoryName(Path.GetFullPath(path)), "-minimized");
        Ui.Line($"minimized {schedule.TestId} (recorded with {schedule.Strategy}, seed {schedule.Seed}, iteration {schedule.Iteration})");
        Ui.Line($"failure: {result.Failure}");
        if (schedule.MemoryModel == MemoryModel.SC)
        {
            Ui.Table(new[] { "schedule", "preemptions", "steps", "replay" }, new[]
            {
                new[] { "as found", Number(result.OriginalPreemptions), Number(result.OriginalSteps), BugReport.DefaultReplayCommand(Path.GetFullPath(path)) },
                new[] { "minimized", Number(result.Preemptions), Number(result.Steps), BugReport.DefaultReplayCommand(outPath) },
            });
        }
        else
        {
            // Under TSO and RA the second cost: store-buffer flushes chosen, stale reads, stores placed before newer ones.
            Ui.Table(new[] { "schedule", "preemptions", "weak-memory decisions", "steps", "replay" }, new[]
            {
                new[] { "as found", Number(result.OriginalPreemptions), Number(result.OriginalWeakDecisions), Number(result.OriginalSteps), BugReport.DefaultReplayCommand(Path.GetFullPath(path)) },
                new[] { "minimized", Number(result.Preemptions), Number(result.WeakDecisions), Number(result.Steps), BugReport.DefaultReplayCommand(outPath) },
            });
        }
        Ui.Line(string.Create(CultureInfo.InvariantCulture, $"{result.Replays} replays in {result.Elapsed.TotalSeconds:F2}s") +
                (result.BudgetExhausted is { } why ? $"; {why}: the minimized schedule may not be minimal" : "; minimization finished within the budget"));
        Ui.Line($"wrote {outPath}");
        return Program.Ok;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
