using System;
using System.Linq;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The IPC primitives under the scheduler (scenarios in tests/Weft.Scenarios/Ipc.cs and GuardedShm.cs): every correct workload is explored
/// to exhaustion by DFS with preemption bound 2 and passes a PCT budget; every seeded defect is caught by DFS as the
/// deadlock it causes, or as the violation of the invariant it was seeded against, by that invariant's monitor, and its
/// schedule replays to the identical failure. (The default-portfolio budgets of the same
/// tests run in <see cref="CanonicalBugTests"/>.)
/// </summary>
public sealed class IpcSchedulerTests
{
    private static RegisteredTest Test(string id) => CanonicalBugTests.Registered(id);

    public static TheoryData<string> CorrectWorkloads() => new(
        "ipc/mutex", "ipc/mutex-3", "ipc/mutex-spin", "ipc/mutex-timed", "ipc/mutex-processes", "ipc/mutex-owner-crash",
        "ipc/semaphore", "ipc/semaphore-spin", "ipc/semaphore-post-n", "ipc/semaphore-bounded", "ipc/semaphore-timed",
        "ipc/event", "ipc/event-pulse",
        "ipc/shm", "ipc/shm-3", "ipc/shm-crash", "ipc/shm-cleanup", "ipc/shm-recreate", "ipc/shm-new-incarnation",
        "ipc/shm-creator-crash");

    public static TheoryData<string> SeededDefects() => new(
        "ipc/mutex-no-contended-mark", "ipc/semaphore-wake-on-zero-only", "ipc/event-check-then-wait");

    /// <summary>Seeded defects that break a workload's own assertion (no invariant of the spec covers them).</summary>
    public static TheoryData<string> SeededAssertionDefects() => new("ipc/shm-creator-crash-skipped");

    /// <summary>Seeded defects that break a safety invariant: each is caught by the invariant's monitor (its ExpectedMonitor).</summary>
    public static TheoryData<string> SeededInvariantDefects() => new(
        "ipc/mutex-test-then-set", "ipc/mutex-release-by-decrement", "ipc/mutex-mark-by-exchange",
        "ipc/semaphore-no-max-check", "ipc/semaphore-take-by-store", "ipc/semaphore-wake-all-registered", "ipc/semaphore-register-by-store",
        "ipc/event-wake-means-set", "ipc/event-bit-only-check",
        "ipc/shm-attach-over-live-pid", "ipc/shm-detach-skips-clear", "ipc/shm-unlink-without-claim", "ipc/shm-unlink-without-incarnation-check",
        "ipc/shm-cleanup-attach-acqrel-ra");

    [Fact]
    public void Every_ipc_scenario_is_covered_here()
    {
        var listed = CorrectWorkloads().Concat(SeededDefects()).Concat(SeededInvariantDefects()).Concat(SeededAssertionDefects()).Select(r => (string)r.Data).ToHashSet(StringComparer.Ordinal);
        var registered = CanonicalBugTests.All.Where(t => t.Id.StartsWith("ipc/", StringComparison.Ordinal)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(registered.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.All(SeededDefects(), r => Assert.True(Test((string)r.Data).NegativeControl));
        Assert.All(SeededInvariantDefects(), r => Assert.True(Test((string)r.Data) is { NegativeControl: true, ExpectedMonitor: not null }));
    }

    [Theory]
    [MemberData(nameof(SeededInvariantDefects))]
    public void Dfs_catches_the_seeded_defect_as_its_invariant_monitor_and_replays_it(string id)
    {
        var (t, bug) = CaughtByBoundedDfs(id);
        Assert.Equal(t.ExpectedMonitor, bug.Monitor);
    }

    /// <summary>Explores <paramref name="id"/> with DFS (preemption bound 2) and returns the bug it must find and replay.</summary>
    private static (RegisteredTest Test, BugReport Bug) CaughtByBoundedDfs(string id)
    {
        var t = Test(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 2, Iterations = 100_000, ScheduleDirectory = TestPaths.ScheduleDir }));
        return (t, CanonicalBugTests.CaughtAndReplays(t, r));
    }

    [Theory]
    [MemberData(nameof(SeededAssertionDefects))]
    public void Dfs_catches_the_seeded_defect_as_an_assertion_and_replays_it(string id)
    {
        var (_, bug) = CaughtByBoundedDfs(id);
        Assert.Equal(BugKind.Assertion, bug.Kind);
        Assert.Contains("clean-up left it", bug.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CorrectWorkloads))]
    public void Dfs_explores_every_schedule_to_exhaustion_without_a_bug(string id)
    {
        var t = Test(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 2, Iterations = 100_000, ScheduleDirectory = TestPaths.ScheduleDir }));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.True(r.Exhausted, $"DFS stopped after {r.Iterations} schedules without exhausting the bounded space");
        Assert.True(r.Iterations > 20, $"only {r.Iterations} schedules: the workload no longer interleaves");
    }

    [Theory]
    [MemberData(nameof(CorrectWorkloads))]
    public void Pct_budget_passes(string id)
    {
        var t = Test(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "pct", Iterations = 300, ScheduleDirectory = TestPaths.ScheduleDir }));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(300, r.Iterations);
    }

    [Theory]
    [MemberData(nameof(SeededDefects))]
    public void Dfs_catches_the_seeded_defect_as_a_deadlock_and_replays_it(string id)
    {
        var t = Test(id);
        Assert.Equal(BugKind.Deadlock, t.ExpectedBug);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 2, Iterations = 100_000, ScheduleDirectory = TestPaths.ScheduleDir }));
        var bug = CanonicalBugTests.CaughtAndReplays(t, r);
        // The hang is a thread asleep on the primitive's futex word: the lost wake-up, not some other blocking.
        Assert.Contains(bug.Threads, p => p.Status.Contains("futex", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SeededDefects))]
    public void Pct_catches_the_seeded_defect(string id)
    {
        var t = Test(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "pct", Iterations = 1000, ScheduleDirectory = TestPaths.ScheduleDir }));
        Assert.NotNull(r.Bug);
        Assert.Equal(BugKind.Deadlock, r.Bug!.Kind);
    }
}
