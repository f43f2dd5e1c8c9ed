using System;
using System.IO;
using System.Linq;
using Weft.Schedules;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Schedule minimization under TSO and RA: the minimizer removes store-buffer flushes, stale reads and early store
/// placements with the thread directives, and the cost is preemptions, then weak-memory decisions, then steps. The
/// registered weak-memory negative controls are minimized to schedules that replay (strict replay, from their files)
/// to the same failure, with no more preemptions and no more steps than the schedule as found; the weak decision a
/// bug needs survives (message passing with a relaxed flag needs its one stale read of the data); <c>weft minimize</c>
/// works on a TSO schedule file.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class WeakMemoryMinimizationTests : IDisposable
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
    [InlineData("litmus/mp-relaxed-flag-ra", "random", 1UL, 1)]
    [InlineData("litmus/mp-relaxed-flag-ra", "portfolio", 2UL, 1)]
    [InlineData("litmus/2+2w-relaxed-ra", "random", 1UL, 1)]
    [InlineData("litmus/sb-relaxed-ra", "random", 3UL, -1)]
    [InlineData("litmus/sb-relaxed-tso", "random", 1UL, 0)]
    [InlineData("treiber/ibr-reservation-release-tso", "portfolio", 7919UL, -1)]
    [InlineData("treiber/debra-announcement-release-tso", "portfolio", 7919UL, -1)]
    public void Weak_memory_control_is_minimized_and_replays_the_same_way(string id, string strategy, ulong seed, int weakDecisions)
    {
        var test = Test(id);
        var bug = Checker.Explore(test.Body, Options(test, strategy, seed)).Bug;
        Assert.True(bug is not null, $"{id}: no bug with {strategy}, seed {seed}");
        var m = bug!.Minimization;
        Assert.True(m is not null, bug.Describe());
        Assert.Null(m!.BudgetExhausted);

        Assert.True(m.Preemptions <= m.OriginalPreemptions, m.Summary());
        Assert.True(m.WeakDecisions <= m.OriginalWeakDecisions, m.Summary());
        Assert.True(m.Steps <= m.OriginalSteps, m.Summary());
        if (weakDecisions >= 0) Assert.True(m.WeakDecisions == weakDecisions, $"{id}: {m.Summary()}");

        // The minimized file carries its model and both costs, and replays strictly, by itself, to the same failure.
        var file = ScheduleFile.Read(m.MinimizedPath!);
        Assert.Equal(test.Apply(CheckOptions.Default).MemoryModel, file.MemoryModel);
        Assert.Equal(m.WeakDecisions, file.Minimization!.WeakDecisions);
        Assert.Equal(m.OriginalWeakDecisions, file.Minimization.OriginalWeakDecisions);
        var replay = Checker.Replay(m.MinimizedPath!, test.Body, test.Apply(CheckOptions.Default));
        Assert.True(replay.Reproduced, replay.Bug?.Describe() ?? "no bug");
        Assert.Equal(m.Failure, FailureSignature.Of(replay.Bug!));
        Assert.Equal(m.Steps, replay.Steps);
        Assert.Contains(" weak-memory decision", bug.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Message_passing_keeps_exactly_its_stale_read()
    {
        // The failure is "flag seen, data not": the one stale read is the data load's, and the log says so.
        var test = Test("litmus/mp-relaxed-flag-ra");
        var bug = Checker.Explore(test.Body, Options(test, "random", 5)).Bug!;
        var replay = Checker.Replay(bug.Minimization!.MinimizedPath!, test.Body, test.Apply(CheckOptions.Default));
        Assert.Single(replay.LogLines, l => l.Contains("read stale", StringComparison.Ordinal));
        Assert.Equal(1, bug.Minimization.WeakDecisions);
    }

    [Fact]
    public void Weft_minimize_works_on_a_tso_schedule_file()
    {
        var test = Test("treiber/ibr-reservation-release-tso");
        var bug = Checker.Explore(test.Body, Options(test, "portfolio", 7919) with { MinimizeReplays = 0 }).Bug;
        Assert.True(bug?.SchedulePath is not null, bug?.Describe() ?? "no bug");
        Assert.Null(bug!.Minimization);
        var output = Path.Combine(_dir.Path, "min.yaml");
        var run = WeftCli.Run(_dir.Path, null, "minimize", bug.SchedulePath!, "--out", output);
        Assert.True(run.Exit == 0, $"exit {run.Exit}\n{run.Out}\n{run.Err}");
        Assert.Contains("weak-memory decisions", run.Out, StringComparison.Ordinal);
        var minimized = ScheduleFile.Read(output);
        Assert.Equal(MemoryModel.TSO, minimized.MemoryModel);
        Assert.True(minimized.Minimization!.Preemptions <= minimized.Minimization.OriginalPreemptions);
        Assert.True(minimized.Minimization.Steps <= minimized.Minimization.OriginalSteps);
        var replay = WeftCli.Run(_dir.Path, null, "replay", output);
        Assert.True(replay.Exit == 2, $"exit {replay.Exit}\n{replay.Out}\n{replay.Err}");
        Assert.Contains("reproduced: ", replay.Out, StringComparison.Ordinal);
    }
}
