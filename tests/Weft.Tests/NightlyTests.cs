using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Weft.Reporting;
using Xunit;
using static Weft.Tests.ReportTestSupport;

namespace Weft.Tests;

/// <summary>Shard plans, the append-only results log, resume, and crash isolation of the nightly runner.</summary>
public sealed class NightlyTests
{
    private static readonly string[] Ids = Enumerable.Range(0, 11).Select(i => $"suite/t{i:00}").Reverse().ToArray();

    [Fact]
    public void A_shard_is_a_pure_function_of_its_inputs()
    {
        var a = ShardPlan.Create(Ids, 99, 1, 3, "all", TimeSpan.FromMinutes(30));
        var b = ShardPlan.Create(Ids.OrderBy(x => x, StringComparer.Ordinal), 99, 1, 3, "all", TimeSpan.FromMinutes(30));
        Assert.Equal(a.Tests, b.Tests);
        Assert.Equal(a.Command("out"), b.Command("out"));
        Assert.Equal("weft nightly --time-budget 30m --shard 1/3 --seed 99 --filter all --out out", a.Command("out"));

        // Round-robin over the sorted ids: shard 1 of 3 holds positions 1, 4, 7, 10.
        Assert.Equal(new[] { "suite/t01", "suite/t04", "suite/t07", "suite/t10" }, a.Tests.Select(t => t.Id));
        Assert.All(a.Tests, t => Assert.Equal(TimeSpan.FromMinutes(30) / 4, t.Budget));

        // The shards partition the tests, and a test's seed does not depend on the shard or the filter.
        var all = Enumerable.Range(0, 3).SelectMany(i => ShardPlan.Create(Ids, 99, i, 3, "all", TimeSpan.FromMinutes(30)).Tests).ToList();
        Assert.Equal(Ids.OrderBy(x => x, StringComparer.Ordinal), all.Select(t => t.Id).OrderBy(x => x, StringComparer.Ordinal));
        var single = ShardPlan.Create(Ids, 99, 0, 1, "suite/", TimeSpan.FromMinutes(30));
        foreach (var t in all) Assert.Equal(single.Tests.Single(s => s.Id == t.Id).Seed, t.Seed);
        Assert.Equal(Ids.Length, all.Select(t => t.Seed).Distinct().Count());
        Assert.NotEqual(ShardPlan.TestSeed(99, "suite/t01"), ShardPlan.TestSeed(100, "suite/t01"));

        // The seed derivation is fixed: a change would silently change every nightly run.
        Assert.Equal(0xE9A3BF4FE6E81401UL, ShardPlan.TestSeed(0x5EED, "canonical/lost-update"));
    }

    [Fact]
    public void The_log_tolerates_a_torn_last_line_and_names_file_line_and_column_of_a_bad_one()
    {
        using var dir = new TempDir();
        var log = Path.Combine(dir.Path, ResultLog.FileName);
        ResultLog.Append(log, Header(tests: new[] { "a", "b" }));
        ResultLog.Append(log, Result("a"));
        File.AppendAllText(log, "{\"type\":\"result\",\"test\":\"b\",\"se");
        var c = ResultLog.Read(log);
        Assert.True(c.TornTail);
        Assert.Equal(new[] { "a" }, c.Results.Select(r => r.Test));
        ResultLog.RepairTornTail(log);
        Assert.EndsWith("\n", File.ReadAllText(log), StringComparison.Ordinal);
        Assert.False(ResultLog.Read(log).TornTail);

        File.AppendAllText(log, "{\"type\":\"result\",\"test\": nope}\n");
        ResultLog.Append(log, Result("b"));
        var e = Assert.Throws<WeftInputException>(() => ResultLog.Read(log));
        Assert.StartsWith(log + ":3:", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Line);
        Assert.True(e.Column > 1);
    }

    /// <summary>A launcher that explores nothing: it answers with a passing result, and can "die" at a given test.</summary>
    private sealed class FakeLauncher : IChildLauncher
    {
        public List<string> Ran { get; } = new();
        public string? KillAt { get; init; }

        public ChildOutcome Run(PlannedTest test, string shard, string scheduleDir, TimeSpan timeout)
        {
            if (test.Id == KillAt) throw new OperationCanceledException("killed");
            Ran.Add(test.Id);
            var r = Result(test.Id, shard) with { Seed = test.Seed, BudgetSeconds = test.Budget.TotalSeconds };
            return new ChildOutcome(0, false, System.Text.Json.JsonSerializer.Serialize(r, ResultSchema.Json), "");
        }
    }

    [Fact]
    public void Resume_after_a_killed_run_runs_only_the_missing_tests()
    {
        using var dir = new TempDir();
        var plan = ShardPlan.Create(Ids, 5, 0, 1, "all", TimeSpan.FromSeconds(11));
        var first = new FakeLauncher { KillAt = "suite/t04" };
        Assert.Throws<OperationCanceledException>(() => new NightlyRunner(first, Array.Empty<RegisteredTest>()).Run(plan, dir.Path, resume: false));
        Assert.Equal(4, first.Ran.Count);
        // The kill also tore the line being written.
        File.AppendAllText(Path.Combine(dir.Path, ResultLog.FileName), "{\"type\":\"result\",\"tes");

        var again = Assert.Throws<WeftInputException>(() => new NightlyRunner(new FakeLauncher(), Array.Empty<RegisteredTest>()).Run(plan, dir.Path, resume: false));
        Assert.Contains("--resume", again.Message, StringComparison.Ordinal);
        var other = ShardPlan.Create(Ids, 6, 0, 1, "all", TimeSpan.FromSeconds(11));
        var mismatch = Assert.Throws<WeftInputException>(() => new NightlyRunner(new FakeLauncher(), Array.Empty<RegisteredTest>()).Run(other, dir.Path, resume: true));
        Assert.Contains("another run", mismatch.Message, StringComparison.Ordinal);

        var second = new FakeLauncher();
        var outcome = new NightlyRunner(second, Array.Empty<RegisteredTest>()).Run(plan, dir.Path, resume: true);
        Assert.Equal(Ids.Length - 4, second.Ran.Count);
        Assert.Equal(4, outcome.Resumed);
        Assert.Equal(plan.Tests.Select(t => t.Id), outcome.Results.Select(r => r.Test));
        var log = ResultLog.Read(Path.Combine(dir.Path, ResultLog.FileName));
        Assert.False(log.TornTail);
        Assert.Equal(Ids.Length, log.Results.Count);
        Assert.Equal(plan.Tests.Select(t => t.Seed), log.Results.Select(r => r.Seed));
    }

    [Fact]
    public void A_real_exploration_records_verdicts_bugs_with_their_steps_and_replayable_schedules()
    {
        using var dir = new TempDir();
        var registered = TestRegistry.Discover(typeof(Weft.Scenarios.Canonical).Assembly);
        var plan = ShardPlan.Create(new[] { "canonical/lost-update", "canonical/lost-update-fixed" }, 11, 0, 1, "canonical/lost-update", TimeSpan.FromSeconds(2));
        var outcome = new NightlyRunner(new InProcessLauncher(registered), registered).Run(plan, dir.Path, resume: false);
        var control = outcome.Results.Single(r => r.Test == "canonical/lost-update");
        Assert.Equal(("caught", true, true), (control.Verdict, control.Passed, control.NegativeControl));
        var bug = Assert.Single(control.Bugs);
        Assert.Equal("assertion", bug.Kind);
        Assert.Equal(bug.Step, bug.Steps[^1].Step);
        Assert.Equal(Enumerable.Range(1, bug.Step), bug.Steps.Select(s => s.Step));
        Assert.EndsWith(".cs:47", bug.Location, StringComparison.Ordinal);
        Assert.True(File.Exists(bug.SchedulePath), bug.SchedulePath);
        Assert.StartsWith("weft replay ", bug.ReplayCommand, StringComparison.Ordinal);
        var replay = Checker.Replay(bug.SchedulePath!, registered.Single(t => t.Id == control.Test).Body);
        Assert.True(replay.Reproduced);

        var correct = outcome.Results.Single(r => r.Test == "canonical/lost-update-fixed");
        Assert.Equal(("pass", true), (correct.Verdict, correct.Passed));
        Assert.True(correct.Iterations > 10);
        Assert.Equal(correct.Iterations, correct.IterationsByStrategy.Values.Sum());
        Assert.InRange(correct.ElapsedSeconds, 0.5, 30);
    }

    [Fact]
    public void A_child_that_crashes_or_exits_is_that_tests_failure_and_the_run_goes_on()
    {
        using var dir = new TempDir();
        var ids = new[] { "selftest/exit", "selftest/pass", "selftest/stack-overflow" };
        var plan = ShardPlan.Create(ids, 1, 0, 1, "selftest/", TimeSpan.FromSeconds(3));
        var outcome = new NightlyRunner(Launcher(), Array.Empty<RegisteredTest>()).Run(plan, dir.Path, resume: false);
        var byId = outcome.Results.ToDictionary(r => r.Test);

        var exit = byId["selftest/exit"];
        Assert.Equal("CRASH", exit.Verdict);
        Assert.False(exit.Passed);
        Assert.Equal(42, exit.Crash!.ExitCode);

        var so = byId["selftest/stack-overflow"];
        Assert.Equal("CRASH", so.Verdict);
        Assert.Contains("stack overflow", so.Crash!.Message, StringComparison.Ordinal);
        Assert.True(so.Crash.Output.Length <= 4200, "the child's output is bounded");

        var pass = byId["selftest/pass"];
        Assert.Equal("pass", pass.Verdict);
        Assert.True(pass.Iterations > 0);
        Assert.Equal(plan.Tests.Single(t => t.Id == "selftest/pass").Seed, pass.Seed);
        Assert.Equal(3, ResultLog.Read(Path.Combine(dir.Path, ResultLog.FileName)).Results.Count);
    }

    [Fact]
    public void Killing_weft_nightly_mid_run_loses_nothing_and_resume_finishes_it()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "shard");
        var env = new Dictionary<string, string?> { ["WEFT_SELFTEST"] = "1" };
        string[] args = { "nightly", "--time-budget", "6s", "--filter", "selftest/", "--seed", "3", "--out", outDir };
        var psi = new ProcessStartInfo(WeftExe.File) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
        foreach (var a in WeftExe.Prefix.Concat(args)) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        psi.Environment["WEFT_SELFTEST"] = "1";
        var log = Path.Combine(outDir, ResultLog.FileName);
        using (var p = Process.Start(psi)!)
        {
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            // Wait for the first result (selftest/exit), then kill the parent and its child mid-way through selftest/pass.
            var sw = Stopwatch.StartNew();
            while (sw.Elapsed < TimeSpan.FromSeconds(60) && (!File.Exists(log) || File.ReadAllLines(log).Length < 2)) Thread.Sleep(20);
            Thread.Sleep(300);
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        var partial = ResultLog.Read(log);
        Assert.InRange(partial.Results.Count, 1, 2);

        var (code, output, err) = RunWeft(dir.Path, env, args.Append("--resume").ToArray());
        Assert.True(code == 2, $"exit {code}: {output}\n{err}"); // selftest/exit and selftest/stack-overflow crash
        Assert.Contains("from an earlier run", output, StringComparison.Ordinal);
        var full = ResultLog.Read(log);
        Assert.Equal(new[] { "selftest/exit", "selftest/pass", "selftest/stack-overflow" }, full.Results.Select(r => r.Test));
        Assert.Equal(JsonSerializer.Serialize(partial.Results[0], ResultSchema.Json), JsonSerializer.Serialize(full.Results[0], ResultSchema.Json));
        Assert.True(File.Exists(Path.Combine(outDir, "junit.xml")));
    }
}
