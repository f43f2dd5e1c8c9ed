using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Weft.Reporting;

/// <summary>
/// Runs one shard of a nightly exploration: each planned test in a child process (<see cref="IChildLauncher"/>),
/// its result appended to <c>results.jsonl</c> in the output directory as soon as it is known. A child that ends
/// without a result (crash, stack overflow, kill) or outlives its budget by a wide margin becomes that test's
/// failure (verdict <c>CRASH</c>), and the run goes on. With <c>resume</c>, a log written by the same plan is read
/// back and its tests are skipped; a log written by another plan is refused.
/// </summary>
public sealed class NightlyRunner
{
    private readonly IChildLauncher _launcher;
    private readonly INightlyProgress? _progress;
    private readonly IReadOnlyDictionary<string, RegisteredTest> _tests;

    public NightlyRunner(IChildLauncher launcher, IReadOnlyList<RegisteredTest> tests, INightlyProgress? progress = null)
    {
        _launcher = launcher;
        _progress = progress;
        _tests = tests.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>How long a child may run past its budget before it is killed: setup, JIT and the last iteration.</summary>
    public static TimeSpan Timeout(TimeSpan budget) => budget + TimeSpan.FromSeconds(Math.Max(60, budget.TotalSeconds * 0.5));

    public NightlyOutcome Run(ShardPlan plan, string outDir, bool resume)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Directory.CreateDirectory(outDir);
        var log = Path.Combine(outDir, ResultLog.FileName);
        var done = new Dictionary<string, TestResult>(StringComparer.Ordinal);
        RunHeader header;
        if (File.Exists(log) && new FileInfo(log).Length > 0)
        {
            if (!resume)
                throw new WeftInputException($"{log} already holds results; pass --resume to continue that run, or choose another --out");
            var content = ResultLog.Read(log);
            if (!plan.Matches(content.Header))
                throw new WeftInputException(
                    $"{log}: written by another run ({content.Header.Command}); --resume continues only the same command: {plan.Command(outDir)}");
            if (content.TornTail) ResultLog.RepairTornTail(log);
            header = content.Header;
            foreach (var r in content.Results) done[r.Test] = r;
        }
        else
        {
            header = plan.Header(outDir);
            ResultLog.Append(log, header);
        }

        var scheduleDir = Path.Combine(outDir, "schedules");
        var results = new List<TestResult>();
        int resumed = 0;
        for (int i = 0; i < plan.Tests.Count; i++)
        {
            var t = plan.Tests[i];
            if (done.TryGetValue(t.Id, out var earlier))
            {
                results.Add(earlier);
                resumed++;
                _progress?.Finished(earlier, i + 1, plan.Tests.Count, resumed: true);
                continue;
            }
            _progress?.Starting(t, i + 1, plan.Tests.Count);
            var outcome = _launcher.Run(t, plan.Shard, scheduleDir, Timeout(t.Budget));
            var result = Interpret(t, plan.Shard, outcome);
            ResultLog.Append(log, result);
            results.Add(result);
            _progress?.Finished(result, i + 1, plan.Tests.Count, resumed: false);
        }
        return new NightlyOutcome(outDir, header, results, resumed);
    }

    /// <summary>Turns a child's outcome into a result: its own result line, or a CRASH failure saying why there is none.</summary>
    public TestResult Interpret(PlannedTest t, string shard, ChildOutcome o)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(o);
        if (o.ResultLine is { } line && !o.TimedOut)
        {
            try
            {
                var r = JsonSerializer.Deserialize<TestResult>(line, ResultSchema.Json);
                if (r is not null && r.Test == t.Id) return r;
            }
            catch (JsonException)
            {
                // Reported below as a child without a valid result.
            }
        }
        _tests.TryGetValue(t.Id, out var reg);
        string message = o.TimedOut
            ? string.Create(CultureInfo.InvariantCulture, $"the child process did not finish within {Timeout(t.Budget).TotalSeconds:F0}s (budget {t.Budget.TotalSeconds:F1}s) and was killed")
            : o.ResultLine is null
                ? string.Create(CultureInfo.InvariantCulture, $"the child process exited with code {o.ExitCode} without reporting a result{CrashHint(o)}")
                : "the child process printed a malformed result line";
        return new TestResult
        {
            Test = t.Id,
            Shard = shard,
            Seed = t.Seed,
            BudgetSeconds = t.Budget.TotalSeconds,
            NegativeControl = reg?.NegativeControl ?? false,
            ExpectedBug = reg is null ? "assertion" : Schedules.ScheduleFile.KindName(reg.ExpectedBug),
            Strategy = "",
            Iterations = 0,
            Steps = 0,
            ElapsedSeconds = 0,
            Exhausted = false,
            Verdict = "CRASH",
            Passed = false,
            Crash = new CrashInfo(o.ExitCode, o.TimedOut, message, o.Output),
            Finished = DateTimeOffset.UtcNow,
        };
    }

    private static string CrashHint(ChildOutcome o)
    {
        if (o.Output.Contains("Stack overflow", StringComparison.Ordinal)) return " (stack overflow)";
        return o.ExitCode switch
        {
            134 => " (aborted: SIGABRT)",
            137 => " (killed: SIGKILL)",
            139 => " (segmentation fault)",
            _ => "",
        };
    }
}
