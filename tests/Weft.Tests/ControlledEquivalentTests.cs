using System.Threading;
using System.Threading.Tasks;
using Weft.Threading.Async;
using Weft.Rewriting;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The controlled equivalents rewritten code calls (harness/Rewriting), called here as the rewriter's output calls them:
/// the monitor excludes, is reentrant, times out when the strategy says and deadlocks when nothing can wake it; the
/// semaphore and the event block and wake as controlled operations. Each property is shown holding and, on a seeded
/// variant, failing.
/// </summary>
public sealed class ControlledEquivalentTests : System.IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CheckOptions Options(int iterations = 300) => CheckOptions.Default with { Iterations = iterations, TestId = "controlled-equivalents", ScheduleDirectory = _dir.Path };

    private sealed class Counter
    {
        public int Value;
    }

    /// <summary>Read, yield (a scheduling point), write: without exclusion two of these lose an update.</summary>
    private static void SlowIncrement(Counter c)
    {
        int seen = c.Value;
        ControlledThreads.Yield(null, 0);
        c.Value = seen + 1;
    }

    private static void TwoThreads(System.Action each)
    {
        var other = WeftThread.Start(each);
        each();
        other.Join();
    }

    [Fact]
    public void Monitor_excludes_and_is_reentrant_and_without_it_an_update_is_lost()
    {
        var locked = Checker.Explore(() =>
        {
            var c = new Counter();
            var gate = new object();
            TwoThreads(() =>
            {
                ControlledMonitor.Enter(gate, null, 0);
                ControlledMonitor.Enter(gate, null, 0); // reentrant
                SlowIncrement(c);
                ControlledMonitor.Exit(gate, null, 0);
                Checker.Assert(ControlledMonitor.IsEntered(gate, null, 0), "still held once");
                ControlledMonitor.Exit(gate, null, 0);
            });
            Checker.Assert(c.Value == 2, "an update was lost");
        }, Options());
        Assert.Null(locked.Bug);

        var unlocked = Checker.Explore(() =>
        {
            var c = new Counter();
            TwoThreads(() => SlowIncrement(c));
            Checker.Assert(c.Value == 2, "an update was lost");
        }, Options());
        Assert.Equal(BugKind.Assertion, Assert.IsType<BugReport>(unlocked.Bug).Kind);
    }

    [Fact]
    public void Monitor_exit_by_a_thread_that_does_not_hold_it_throws_as_the_clr_does()
    {
        var r = Checker.Explore(() => ControlledMonitor.Exit(new object(), null, 0), Options(5));
        var bug = Assert.IsType<BugReport>(r.Bug);
        Assert.Equal(BugKind.UnhandledException, bug.Kind);
        Assert.Contains("SynchronizationLockException", bug.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Monitor_wait_without_a_pulse_deadlocks_and_a_timed_wait_times_out_instead()
    {
        var untimed = Checker.Explore(() =>
        {
            var gate = new object();
            ControlledMonitor.Enter(gate, null, 0);
            ControlledMonitor.Wait(gate, null, 0);
        }, Options(5));
        Assert.Equal(BugKind.Deadlock, Assert.IsType<BugReport>(untimed.Bug).Kind);

        var timed = Checker.Explore(() =>
        {
            var gate = new object();
            ControlledMonitor.Enter(gate, null, 0);
            Checker.Assert(!ControlledMonitor.Wait(gate, 100, null, 0), "nobody pulsed, yet the wait says it was pulsed");
            Checker.Assert(ControlledMonitor.IsEntered(gate, null, 0), "the wait returned without the monitor");
            ControlledMonitor.Exit(gate, null, 0);
        }, Options(20));
        Assert.Null(timed.Bug);
    }

    [Fact]
    public void Monitor_pulse_wakes_a_waiter_that_then_holds_the_monitor_again()
    {
        var r = Checker.Explore(() =>
        {
            var gate = new object();
            var c = new Counter();
            var waiter = WeftThread.Start(() =>
            {
                ControlledMonitor.Enter(gate, null, 0);
                while (c.Value == 0) ControlledMonitor.Wait(gate, null, 0);
                Checker.Assert(ControlledMonitor.IsEntered(gate, null, 0), "woke without the monitor");
                ControlledMonitor.Exit(gate, null, 0);
            });
            ControlledMonitor.Enter(gate, null, 0);
            c.Value = 1;
            ControlledMonitor.Pulse(gate, null, 0);
            ControlledMonitor.Exit(gate, null, 0);
            waiter.Join();
        }, Options());
        Assert.Null(r.Bug);
    }

    [Fact]
    public void SemaphoreSlim_of_one_permit_excludes_and_of_two_does_not()
    {
        static void Body(int permits)
        {
            using var semaphore = new SemaphoreSlim(permits);
            var c = new Counter();
            TwoThreads(() =>
            {
                ControlledSemaphoreSlim.Wait(semaphore, null, 0);
                SlowIncrement(c);
                ControlledSemaphoreSlim.Release(semaphore, null, 0);
            });
            Checker.Assert(c.Value == 2, "an update was lost");
            Checker.Assert(semaphore.CurrentCount == permits, "permits leaked");
        }
        Assert.Null(Checker.Explore(() => Body(1), Options()).Bug);
        Assert.Equal(BugKind.Assertion, Assert.IsType<BugReport>(Checker.Explore(() => Body(2), Options()).Bug).Kind);
    }

    [Fact]
    public void SemaphoreSlim_WaitAsync_shares_the_count_with_Wait_excludes_across_await_and_deadlocks_when_never_released()
    {
        static System.Action Body(int permits) => WeftAsync.Test(async () =>
        {
            var semaphore = new SemaphoreSlim(permits);
            var c = new Counter();
            async Task Deposit()
            {
                await ControlledSemaphoreSlim.WaitAsync(semaphore, "Deposit.cs", 7);
                int seen = c.Value;
                await ControlledTask.Delay(1, null, 0);
                c.Value = seen + 1;
                ControlledSemaphoreSlim.Release(semaphore, null, 0);
            }
            await Task.WhenAll(ControlledTask.Run(Deposit, null, 0), ControlledTask.Run(Deposit, null, 0));
            Checker.Assert(c.Value == 2, "an update was lost");
            Checker.Assert(semaphore.CurrentCount == permits, "permits leaked");
            // The sync Wait sees the units the async waits gave back.
            Checker.Assert(ControlledSemaphoreSlim.Wait(semaphore, 0, null, 0), "the count is not shared with Wait");
        });
        Assert.Null(Checker.Explore(Body(1), Options()).Bug);
        Assert.Equal(BugKind.Assertion, Assert.IsType<BugReport>(Checker.Explore(Body(2), Options()).Bug).Kind);

        var neverReleased = Checker.Explore(WeftAsync.Test(async () =>
        {
            var semaphore = new SemaphoreSlim(0);
            await ControlledSemaphoreSlim.WaitAsync(semaphore, "Deposit.cs", 7);
        }), Options(5));
        var deadlock = Assert.IsType<BugReport>(neverReleased.Bug);
        Assert.Equal(BugKind.Deadlock, deadlock.Kind);
        Assert.Contains("Deposit.cs:7", deadlock.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ManualResetEventSlim_wait_blocks_until_set_and_deadlocks_when_never_set()
    {
        static void Body(bool set)
        {
            using var signal = new ManualResetEventSlim(false);
            var c = new Counter();
            var waiter = WeftThread.Start(() =>
            {
                ControlledManualResetEventSlim.Wait(signal, null, 0);
                Checker.Assert(c.Value == 1, "woke before the event was set");
            });
            c.Value = 1;
            if (set) ControlledManualResetEventSlim.Set(signal, null, 0);
            waiter.Join();
            Checker.Assert(ControlledManualResetEventSlim.IsSet(signal, null, 0) == set, "IsSet disagrees");
        }
        Assert.Null(Checker.Explore(() => Body(set: true), Options()).Bug);
        Assert.Equal(BugKind.Deadlock, Assert.IsType<BugReport>(Checker.Explore(() => Body(set: false), Options(20)).Bug).Kind);
    }
}
