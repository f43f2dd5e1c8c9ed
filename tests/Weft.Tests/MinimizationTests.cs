using System;
using System.IO;
using System.Linq;
using Weft.Cli.Commands;
using Weft.Engine;
using Weft.Schedules;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Schedule minimization: a bug found by exploration carries a minimized schedule beside the one as found; the
/// minimized one replays by itself to the same failure, never costs more (fewer preemptions, or as many and no more
/// steps), and reaches the known minimal preemptions of the canonical bugs; guided runs whose decisions run out follow
/// the documented default rule deterministically; <c>weft minimize</c> works on a file and rejects bad input.
/// </summary>
public sealed class MinimizationTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static RegisteredTest Test(string id) => CanonicalBugTests.Registered(id);

    private CheckOptions Options(RegisteredTest t, string strategy, ulong seed) =>
        t.Apply(CheckOptions.Default with
        {
            Strategy = strategy, Seed = seed, Iterations = t.Budget, ScheduleDirectory = _dir.Path,
            MinimizeTimeBudget = TimeSpan.FromMinutes(2), // the replay budget alone decides, so the outcome does not depend on the load
        });

    [Theory]
    [InlineData("canonical/lost-update", "random", 1UL)]
    [InlineData("canonical/lost-update", "pct", 5UL)]
    [InlineData("canonical/lost-update", "portfolio", 2UL)]
    [InlineData("canonical/two-lock-deadlock", "random", 1UL)]
    [InlineData("canonical/two-lock-deadlock", "pct", 3UL)]
    [InlineData("canonical/two-lock-deadlock", "portfolio", 2UL)]
    [InlineData("canonical/check-then-act-10", "random", 1UL)]
    [InlineData("canonical/check-then-act-10", "pct", 2UL)]
    [InlineData("canonical/check-then-act-10", "portfolio", 3UL)]
    [InlineData("canonical/check-then-act-10", "prob", 7919UL)]
    [InlineData("canonical/treiber-aba", "pct", 1UL)]
    [InlineData("canonical/treiber-aba", "portfolio", 2UL)]
    public void Canonical_bug_is_minimized_to_its_known_minimal_preemptions_and_replays_the_same_way(string id, string strategy, ulong seed)
    {
        var test = Test(id);
        var result = Checker.Explore(test.Body, Options(test, strategy, seed));
        var bug = result.Bug;
        Assert.True(bug is not null, $"{id}: no bug with {strategy}, seed {seed}");
        var m = bug!.Minimization;
        Assert.True(m is not null, bug.Describe());

        Assert.True(m!.Preemptions <= MinimizeBench.KnownMinimum[id], $"{id}: {m.Summary()}");
        NeverCostsMore(m);
        Assert.Equal(FailureSignature.Of(bug), m.Failure);

        // Both files exist, and each replays by itself (strict replay) to its own failure.
        Assert.True(File.Exists(bug.SchedulePath));
        Assert.True(File.Exists(m.MinimizedPath));
        Assert.NotEqual(bug.SchedulePath, m.MinimizedPath);
        var original = Checker.Replay(bug.SchedulePath!, test.Body, test.Apply(CheckOptions.Default));
        Assert.True(original.Reproduced);
        var minimized = Checker.Replay(m.MinimizedPath!, test.Body, test.Apply(CheckOptions.Default));
        Assert.True(minimized.Reproduced, minimized.Bug?.Describe() ?? "no bug");
        Assert.Equal(m.Failure, FailureSignature.Of(minimized.Bug!));
        Assert.Equal(m.Steps, minimized.Steps);

        // The file says what it is; the report prints both replay commands and says which is which.
        var file = ScheduleFile.Read(m.MinimizedPath!);
        Assert.Equal(new ScheduleMinimization(Path.GetFileName(bug.SchedulePath!), m.OriginalPreemptions, m.OriginalSteps, m.Preemptions, m.Steps), file.Minimization);
        var text = bug.Describe();
        var lines = text.Split('\n');
        Assert.Contains("  replay: " + bug.ReplayCommand, lines);
        Assert.Contains("  minimized: weft replay " + m.MinimizedPath + " --verbose", lines);
        Assert.Contains(lines, l => l.StartsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"  minimization: {m.OriginalPreemptions} preemption"), StringComparison.Ordinal) && l.Contains(" as found (replay); ", StringComparison.Ordinal));
    }

    /// <summary>The cost order: fewer preemptions first, then fewer steps. Preemptions never grow.</summary>
    private static void NeverCostsMore(MinimizationResult m)
    {
        Assert.True(m.Preemptions <= m.OriginalPreemptions, m.Summary());
        Assert.True(m.Preemptions < m.OriginalPreemptions || m.Steps <= m.OriginalSteps, m.Summary());
    }

    [Theory]
    [InlineData("treiber/ibr-free-by-age")]
    [InlineData("treiber/debra-early-rotation")]
    public void Deep_reclamation_control_is_minimized_without_losing_its_monitor(string id)
    {
        var test = Test(id);
        var bug = Checker.Explore(test.Body, Options(test, "portfolio", 7919)).Bug;
        Assert.True(bug?.Minimization is not null, bug?.Describe() ?? "no bug");
        var m = bug!.Minimization!;
        NeverCostsMore(m);
        var replay = Checker.Replay(m.MinimizedPath!, test.Body, test.Apply(CheckOptions.Default));
        Assert.True(replay.Reproduced);
        Assert.Equal(test.ExpectedMonitor ?? bug.Monitor, replay.Bug!.Monitor);
        Assert.Equal(m.Failure, FailureSignature.Of(replay.Bug));
    }

    [Fact]
    public void A_spent_budget_is_reported_and_the_result_still_fails_the_same_way()
    {
        var test = Test("canonical/check-then-act-10");
        var bug = Checker.Explore(test.Body, Options(test, "random", 1) with { MinimizeReplays = 3 }).Bug!;
        var m = bug.Minimization!;
        Assert.Equal(3, m.Replays);
        Assert.Equal("the budget of 3 replays ran out", m.BudgetExhausted);
        Assert.Contains("minimization stopped early: the budget of 3 replays ran out", bug.Describe(), StringComparison.Ordinal);
        NeverCostsMore(m);
        Assert.True(Checker.Replay(m.MinimizedPath!, test.Body, test.Apply(CheckOptions.Default)).Reproduced);
    }

    [Fact]
    public void Minimization_can_be_turned_off()
    {
        var test = Test("canonical/lost-update");
        var bug = Checker.Explore(test.Body, Options(test, "random", 1) with { MinimizeReplays = 0 }).Bug!;
        Assert.Null(bug.Minimization);
        Assert.Single(Directory.GetFiles(_dir.Path));
        Assert.DoesNotContain("minimized:", bug.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bugs_failing_the_same_way_are_minimized_once()
    {
        var test = Test("canonical/lost-update");
        var r = Checker.Explore(test.Body, Options(test, "random", 1) with { Iterations = 40, StopAtFirstBug = false });
        Assert.True(r.Bugs.Count > 1, $"{r.Bugs.Count} bugs");
        var first = r.Bugs[0].Minimization;
        Assert.NotNull(first);
        foreach (var bug in r.Bugs.Skip(1).Where(b => FailureSignature.Of(b) == first!.Failure))
        {
            Assert.Null(bug.Minimization);
            Assert.Equal("a bug failing the same way was minimized: " + first!.MinimizedPath, bug.MinimizationFailure);
        }
        Assert.Single(Directory.GetFiles(_dir.Path, "*-minimized*.yaml"));
    }

    [Fact]
    public void WEFT_MINIMIZE_variables_are_parsed_strictly()
    {
        var o = CheckOptions.Default.WithEnvironment(v => v switch { "WEFT_MINIMIZE_REPLAYS" => "0", "WEFT_MINIMIZE_TIME" => "7", _ => null });
        Assert.Equal(0, o.MinimizeReplays);
        Assert.Equal(TimeSpan.FromSeconds(7), o.MinimizeTimeBudget);
        var e = Assert.Throws<WeftInputException>(() => CheckOptions.Default.WithEnvironment(v => v == "WEFT_MINIMIZE_REPLAYS" ? "-1" : null));
        Assert.Contains("WEFT_MINIMIZE_REPLAYS", e.Message, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ guided runs: the default rule

    private static ReplayOutcome Guided(RegisteredTest test, Schedule schedule, System.Collections.Generic.IReadOnlyList<ScheduleStep>? sequence)
    {
        using var rt = new ControlledRuntime(schedule.ApplyTo(test.Apply(CheckOptions.Default)), new Strategies.RandomStrategy(0));
        return rt.RunGuided(test.Body, new GuideCursor(sequence, Array.Empty<ScheduleDirective>()), schedule);
    }

    private static string Threads(ReplayOutcome o) => string.Concat(o.Decisions.Where(s => s.IsThread).Select(s => s.Value));

    [Fact]
    public void Without_decisions_a_guided_run_keeps_the_current_thread_else_runs_the_lowest_enabled()
    {
        var test = Test("canonical/lost-update");
        var schedule = Checker.Explore(test.Body, Options(test, "random", 1) with { MinimizeReplays = 0 }).Bug!.Schedule;
        var run = Guided(test, schedule, Array.Empty<ScheduleStep>());
        // t0 spawns both workers and blocks joining t1; t1 (lowest) runs to its end; t0 (lowest) joins it and blocks on
        // t2; t2 runs to its end; t0 returns from that join and reads the counter. No preemption, so no lost update.
        Assert.Equal("00001110022200", Threads(run));
        Assert.Equal(0, run.Preemptions);
        Assert.Null(run.Bug);
    }

    [Fact]
    public void A_schedule_cut_short_continues_by_the_default_rule_deterministically()
    {
        var test = Test("canonical/lost-update");
        var schedule = Checker.Explore(test.Body, Options(test, "random", 1) with { MinimizeReplays = 0 }).Bug!.Schedule;
        var prefix = schedule.Steps.Take(6).ToList();
        var a = Guided(test, schedule, prefix);
        var b = Guided(test, schedule, prefix);
        Assert.Equal(a.Decisions, b.Decisions);
        Assert.Equal(prefix, a.Decisions.Take(6));
        Assert.True(a.Steps > 6);
        // Past the prefix no thread is preempted: every preemption was taken inside it.
        Assert.True(a.Preemptions <= PreemptionsIn(prefix), $"{a.Preemptions} preemptions, the prefix switches {PreemptionsIn(prefix)} times");
    }

    /// <summary>An upper bound of the preemptions in a prefix: its switches between threads.</summary>
    private static int PreemptionsIn(System.Collections.Generic.IReadOnlyList<ScheduleStep> steps)
    {
        int n = 0;
        var threads = steps.Where(s => s.IsThread).Select(s => s.Value).ToList();
        for (int i = 1; i < threads.Count; i++) if (threads[i] != threads[i - 1]) n++;
        return n;
    }

    [Fact]
    public void An_infeasible_decision_falls_back_to_the_default_rule()
    {
        var test = Test("canonical/lost-update");
        var schedule = Checker.Explore(test.Body, Options(test, "random", 1) with { MinimizeReplays = 0 }).Bug!.Schedule;
        // Thread 7 never exists: the decision is consumed and the default (thread 0, the only one) runs instead.
        var run = Guided(test, schedule, new[] { ScheduleStep.ForThread(7, OpKind.Start, "") });
        Assert.Equal("00001110022200", Threads(run));
    }

    // ------------------------------------------------------------------ schedule files and the CLI

    private string FoundSchedule(string id = "canonical/lost-update")
    {
        var test = Test(id);
        return Checker.Explore(test.Body, Options(test, "random", 1) with { MinimizeReplays = 0 }).Bug!.SchedulePath!;
    }

    [Fact]
    public void Weft_minimize_writes_a_minimized_schedule_that_weft_replay_reproduces()
    {
        var input = FoundSchedule();
        var output = Path.Combine(_dir.Path, "out", "min.yaml");
        var (exit, text, err) = WeftCli.Run(_dir.Path, null, "minimize", input, "--budget", "500", "--time-budget", "10m", "--out", output);
        Assert.True(exit == 0, text + err);
        Assert.Contains("as found", text, StringComparison.Ordinal);
        Assert.Contains("weft replay " + input + " --verbose", text, StringComparison.Ordinal);
        Assert.Contains("weft replay " + output + " --verbose", text, StringComparison.Ordinal);
        Assert.Contains("minimization finished within the budget", text, StringComparison.Ordinal);
        var m = ScheduleFile.Read(output).Minimization!;
        Assert.Equal(1, m.Preemptions);
        Assert.True(m.Preemptions <= m.OriginalPreemptions);

        (exit, text, err) = WeftCli.Run(_dir.Path, null, "replay", output);
        Assert.True(exit == Cli.Program.BugFound, text + err);
        Assert.Contains("reproduced: assertion failure", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Weft_minimize_without_out_writes_beside_the_input_and_reports_a_spent_budget()
    {
        var input = FoundSchedule("canonical/check-then-act-10");
        var (exit, text, err) = WeftCli.Run(_dir.Path, null, "minimize", input, "--budget", "2", "--time-budget", "10m");
        Assert.True(exit == 0, text + err);
        Assert.Contains("the budget of 2 replays ran out: the minimized schedule may not be minimal", text, StringComparison.Ordinal);
        var written = Path.Combine(Path.GetDirectoryName(input)!, Path.GetFileNameWithoutExtension(input) + "-minimized.yaml");
        Assert.True(File.Exists(written), text);
    }

    [Fact]
    public void Weft_minimize_rejects_a_malformed_file_with_its_position()
    {
        var bad = Path.Combine(_dir.Path, "bad.yaml");
        File.WriteAllText(bad, "schema: weft-schedule/1\nsteps: [t0 start\n");
        var (exit, _, err) = WeftCli.Run(_dir.Path, null, "minimize", bad);
        Assert.Equal(Cli.Program.InputError, exit);
        Assert.Matches(@"bad\.yaml:\d+:\d+: ", err);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Weft_minimize_rejects_bad_options_and_schedules_without_a_bug()
    {
        var input = FoundSchedule();
        var (exit, _, err) = WeftCli.Run(_dir.Path, null, "minimize", input, "--budget", "0");
        Assert.Equal(Cli.Program.InputError, exit);
        Assert.Contains("--budget: expected a positive number of replays", err, StringComparison.Ordinal);
        (exit, _, err) = WeftCli.Run(_dir.Path, null, "minimize", input, "--time-budget", "soon");
        Assert.Equal(Cli.Program.InputError, exit);
        Assert.Contains("--time-budget: 'soon' is not a duration", err, StringComparison.Ordinal);

        var noBug = ScheduleFile.Read(input) with { Bug = null };
        var path = ScheduleFile.Write(noBug, Path.Combine(_dir.Path, "nobug.yaml"));
        (exit, _, err) = WeftCli.Run(_dir.Path, null, "minimize", path);
        Assert.Equal(Cli.Program.InputError, exit);
        Assert.Contains("records no bug, so there is nothing to minimize", err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_minimized_key_round_trips_and_is_checked()
    {
        var s = ScheduleFile.Read(FoundSchedule()) with { Minimization = new ScheduleMinimization("a.yaml", 4, 13, 1, 13) };
        var text = ScheduleFile.Serialize(s);
        Assert.Equal(s.Minimization, ScheduleFile.Parse(text, "m.yaml").Minimization);
        var edited = string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("digest:", StringComparison.Ordinal)))
            .Replace("  preemptions: 1", "  preemption: 1", StringComparison.Ordinal);
        var e = Assert.Throws<WeftInputException>(() => ScheduleFile.Parse(edited, "m.yaml"));
        Assert.Matches(@"^m\.yaml:\d+:\d+: unknown key 'preemption' in minimized", e.Message);
    }
}
