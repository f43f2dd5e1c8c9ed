using System;
using System.Linq;
using Weft.Atomics;
using Weft.Schedules;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Replay follows a schedule exactly and reports the first departure as a <see cref="ReplayDivergenceException"/>
/// naming the step and the expected and actual scheduling points.
/// </summary>
public sealed class ReplayDivergenceTests
{
    // Source lines of the operations below (set when the body runs); asserted in the divergence messages.
    private static int _storeLine;
    private static int _loadLine;

    /// <summary>
    /// Main spawns one thread that touches a cell, joins it, and fails. <paramref name="variant"/> = 0: the thread
    /// stores; 1: the same thread loads at another line instead; 2: it stores and then loads.
    /// </summary>
    private static void Body(int variant, bool fail = true)
    {
        var c = new Cell();
        var t = WeftThread.Start(() =>
        {
            if (variant != 1)
            {
                _storeLine = CallerPosition.Line(); c.V.Store(1, MemoryOrder.Release);
            }
            if (variant != 0)
            {
                _loadLine = CallerPosition.Line(); c.V.Load(MemoryOrder.Acquire);
            }
        });
        t.Join();
        Checker.Assert(!fail, "always fails");
    }

    private static BugReport Record(int variant)
    {
        using var dir = new TempDir();
        var r = Checker.Explore(() => Body(variant), CheckOptions.Default with { Strategy = "dfs", Iterations = 1, ScheduleDirectory = dir.Path });
        Assert.NotNull(r.Bug);
        return r.Bug!;
    }

    private static int IndexOfStep(Schedule s, Func<ScheduleStep, bool> p)
    {
        for (int i = 0; i < s.Steps.Count; i++) if (p(s.Steps[i])) return i;
        throw new InvalidOperationException("step not found");
    }

    [Fact]
    public void Replay_against_the_recording_body_reproduces_the_bug()
    {
        var bug = Record(0);
        var replay = Checker.Replay(bug.Schedule, () => Body(0));
        Assert.True(replay.Reproduced);
        Assert.Equal(bug.Step, replay.Steps);
        Assert.Equal(bug.Schedule.ThreadStepCount, replay.LogLines.Count);
    }

    [Fact]
    public void Replay_log_has_one_line_per_step_with_the_values()
    {
        var bug = Record(2);
        var replay = Checker.Replay(bug.Schedule, () => Body(2));
        Assert.True(replay.Reproduced);
        var lines = replay.LogLines;
        Assert.Equal(bug.Schedule.ThreadStepCount, lines.Count);
        Assert.Equal("    1  t0   start", lines[0]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"t1\s+store\s+{System.Text.RegularExpressions.Regex.Escape(CallerPosition.At(_storeLine))}\s+1$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"t1\s+load\s+{System.Text.RegularExpressions.Regex.Escape(CallerPosition.At(_loadLine))}\s+1$"));
    }

    [Fact]
    public void Replay_against_a_different_body_names_the_step_and_both_points()
    {
        var bug = Record(0);
        int storeIndex = IndexOfStep(bug.Schedule, s => s.IsThread && s.Op == OpKind.Store);
        int step = storeIndex + 1; // no value steps in this schedule: step numbers are 1-based indexes
        Assert.DoesNotContain(bug.Schedule.Steps, s => !s.IsThread);

        var e = Assert.Throws<ReplayDivergenceException>(() => Checker.Replay(bug.Schedule, () => Body(1)));
        Assert.Equal(
            $"step {step}: expected thread 1 at store {CallerPosition.At(_storeLine)}, actual thread 1 at load {CallerPosition.At(_loadLine)}",
            e.Message);
    }

    [Fact]
    public void Replay_of_a_schedule_that_ends_early_says_the_program_goes_on()
    {
        var bug = Record(0);
        var steps = bug.Schedule.Steps.Take(bug.Schedule.Steps.Count - 1).ToArray();
        var last = bug.Schedule.Steps[^1];
        var e = Assert.Throws<ReplayDivergenceException>(() => Checker.Replay(bug.Schedule with { Steps = steps, Bug = null }, () => Body(0)));
        Assert.StartsWith($"step {steps.Length + 1}: the schedule has ended but the program goes on; enabled: ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("enabled: " + last.PointText, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_of_a_schedule_longer_than_the_program_says_where_the_program_finished()
    {
        var bug = Record(0);
        int n = bug.Schedule.Steps.Count;
        var extra = ScheduleStep.ForThread(1, OpKind.Load, "Extra.cs:3");
        var sched = bug.Schedule with { Steps = bug.Schedule.Steps.Append(extra).ToArray(), Bug = null };
        var e = Assert.Throws<ReplayDivergenceException>(() => Checker.Replay(sched, () => Body(0, fail: false)));
        Assert.Equal($"the program finished at step {n} but the schedule has {n + 1} steps: next expected thread 1 at load Extra.cs:3", e.Message);
    }

    [Fact]
    public void Replay_of_a_step_whose_thread_is_not_enabled_says_why()
    {
        var bug = Record(0);
        // Body 2 loads after its store: where the schedule resumes thread 0 (after the join), thread 1 is still running.
        var e = Assert.Throws<ReplayDivergenceException>(() => Checker.Replay(bug.Schedule, () => Body(2)));
        int joinResume = bug.Schedule.Steps.Count;
        Assert.Equal(ScheduleStep.ForThread(0, OpKind.Join, bug.Schedule.Steps[^1].Location), bug.Schedule.Steps[^1]);
        Assert.StartsWith($"step {joinResume}: expected thread 0 at join {bug.Schedule.Steps[^1].Location}, but thread 0 is blocked joining thread 1", e.Message, StringComparison.Ordinal);
        Assert.Contains($"enabled: thread 1 at load {CallerPosition.At(_loadLine)}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edited_schedule_without_digest_diverges_at_the_edited_step()
    {
        var bug = Record(0);
        var text = ScheduleFile.Serialize(bug.Schedule);
        var storeLoc = CallerPosition.At(_storeLine);
        var edited = string.Join("\n", text.Split('\n')
            .Where(l => !l.StartsWith("digest:", StringComparison.Ordinal))
            .Select(l => l == $"- t1 store {storeLoc}" ? $"- t1 store {CallerPosition.File()}:9999" : l));
        Assert.NotEqual(text, edited);
        var parsed = ScheduleFile.Parse(edited, "edited.yaml");
        int step = IndexOfStep(parsed, s => s.IsThread && s.Op == OpKind.Store) + 1;

        // The divergence names where the edited step is written: its line in the file, after "- ".
        int line = Array.IndexOf(edited.Split('\n'), $"- t1 store {CallerPosition.File()}:9999") + 1;

        var e = Assert.Throws<ReplayDivergenceException>(() => Checker.Replay(parsed, () => Body(0)));
        Assert.Equal($"edited.yaml:{line}:3: step {step}: expected thread 1 at store {CallerPosition.File()}:9999, actual thread 1 at store {storeLoc}", e.Message);
    }

    [Fact]
    public void Edited_schedule_naming_a_thread_that_does_not_exist_diverges()
    {
        var bug = Record(0);
        var steps = bug.Schedule.Steps.ToArray();
        int i = Array.FindIndex(steps, s => s.IsThread && s.Value == 1 && s.Op == OpKind.Start);
        steps[i] = ScheduleStep.ForThread(7, OpKind.Start, "");
        var e = Assert.Throws<ReplayDivergenceException>(() => Checker.Replay(bug.Schedule with { Steps = steps }, () => Body(0)));
        Assert.StartsWith($"step {i + 1}: expected thread 7 at start, but thread 7 does not exist; enabled: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("thread 1 at start", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edited_first_step_diverges_at_step_one()
    {
        var bug = Record(0);
        var steps = bug.Schedule.Steps.ToArray();
        steps[0] = ScheduleStep.ForThread(0, OpKind.Load, "Nowhere.cs:1");
        var e = Assert.Throws<ReplayDivergenceException>(() => Checker.Replay(bug.Schedule with { Steps = steps }, () => Body(0)));
        Assert.Equal("step 1: expected thread 0 at load Nowhere.cs:1, actual thread 0 at start", e.Message);
        // The runtime is left usable: a fresh replay still reproduces.
        Assert.True(Checker.Replay(bug.Schedule, () => Body(0)).Reproduced);
    }

    [Fact]
    public void Value_step_where_a_thread_step_is_expected_diverges()
    {
        var bug = Record(0);
        var steps = bug.Schedule.Steps.ToList();
        steps.Insert(2, ScheduleStep.ForValue(1));
        var e = Assert.Throws<ReplayDivergenceException>(() => Checker.Replay(bug.Schedule with { Steps = steps }, () => Body(0)));
        Assert.StartsWith("step 3: the schedule expected a value choice (v1) but the program reached a scheduling point", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_replay_checks_the_number_of_options()
    {
        static void ChooseBody(int n) => Checker.Assert(Checker.Choose(n) != 2, "chose 2");
        using var dir = new TempDir();
        var r = Checker.Explore(() => ChooseBody(3), CheckOptions.Default with { Strategy = "dfs", Iterations = 10, ScheduleDirectory = dir.Path });
        Assert.NotNull(r.Bug);
        Assert.Equal(ScheduleStep.ForValue(2), r.Bug!.Schedule.Steps[^1]);
        Assert.True(Checker.Replay(r.Bug.Schedule, () => ChooseBody(3)).Reproduced);
        var e = Assert.Throws<ReplayDivergenceException>(() => Checker.Replay(r.Bug.Schedule, () => ChooseBody(2)));
        Assert.Contains("the schedule chose 2 but the program offers only 2 options", e.Message, StringComparison.Ordinal);
    }
}
