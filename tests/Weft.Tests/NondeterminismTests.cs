using System;
using System.Threading;
using Weft.Atomics;
using Weft.Schedules;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// DFS replays a prefix of choices from an earlier iteration; a test body that behaves differently on the same prefix
/// (it depends on something other than the schedule) is reported as a bug, wherever the mismatch is detected.
/// </summary>
public sealed class NondeterminismTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Runs <paramref name="explore"/> on its own thread so that a hang fails the test instead of the run.</summary>
    internal static ExplorationResult WithinSeconds(int seconds, Func<ExplorationResult> explore)
    {
        ExplorationResult? result = null;
        Exception? error = null;
        var t = new Thread(() =>
        {
            try
            {
                result = explore();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error = e;
            }
        }) { IsBackground = true };
        t.Start();
        Assert.True(t.Join(TimeSpan.FromSeconds(seconds)), $"exploration did not finish within {seconds} s");
        if (error is not null) throw new InvalidOperationException("exploration failed", error);
        return result!;
    }

    [Fact]
    public void Mismatch_detected_right_after_a_thread_finishes_is_reported()
    {
        // First iteration: main spawns two threads and loads before finishing (3 options at step 4: main, t1, t2).
        // Later iterations skip the load: step 4 is the choice made after main finished, among 2 threads.
        int runs = 0;
        var r = WithinSeconds(30, () => Checker.Explore(() =>
        {
            int n = Interlocked.Increment(ref runs);
            var x = new Cell();
            WeftThread.Start(() => x.V.Load(MemoryOrder.Relaxed));
            WeftThread.Start(() => x.V.Load(MemoryOrder.Relaxed));
            if (n == 1) x.V.Load(MemoryOrder.Relaxed);
        }, CheckOptions.Default with { Strategy = "dfs", Iterations = 100, ScheduleDirectory = _dir.Path }));

        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.UnhandledException, bug!.Kind);
        Assert.Equal(
            "System.InvalidOperationException: the test is nondeterministic: at step 4 DFS expected 3 options (as in an earlier schedule with the same prefix) but found 2",
            bug.Message);
        Assert.Equal(1, bug.Iteration);
        Assert.Equal(3, bug.Step); // the last decision that was made
        Assert.Equal(3, bug.Schedule.ThreadStepCount);
        // The schedule written for it can be read back.
        Assert.Equal(bug.Schedule.Steps, ScheduleFile.Read(bug.SchedulePath!).Steps);

        // The engine is still usable afterwards.
        var ok = Checker.Explore(() => { }, CheckOptions.Default with { Strategy = "dfs", Iterations = 10 });
        Assert.True(ok.Exhausted);
    }

    [Fact]
    public void Mismatch_detected_at_a_scheduling_point_is_reported_with_a_readable_schedule()
    {
        // First iteration: main spawns one thread and loads twice; later ones spawn a second thread before loading,
        // so the load at step 4 offers 3 threads where the replayed prefix recorded 2.
        int runs = 0;
        var r = WithinSeconds(30, () => Checker.Explore(() =>
        {
            int n = Interlocked.Increment(ref runs);
            var x = new Cell();
            WeftThread.Start(() => x.V.Load(MemoryOrder.Relaxed));
            if (n == 1) x.V.Load(MemoryOrder.Relaxed);
            else WeftThread.Start(() => x.V.Load(MemoryOrder.Relaxed));
            x.V.Load(MemoryOrder.Relaxed);
        }, CheckOptions.Default with { Strategy = "dfs", Iterations = 100, ScheduleDirectory = _dir.Path }));

        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.UnhandledException, bug!.Kind);
        Assert.Contains("the test is nondeterministic: at step 4 DFS expected 2 options", bug.Message, StringComparison.Ordinal);
        Assert.Equal(3, bug.Step);
        Assert.Equal(bug.Schedule.Steps, ScheduleFile.Read(bug.SchedulePath!).Steps);
    }
}
