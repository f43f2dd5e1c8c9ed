using System;
using System.Diagnostics;
using System.Threading;
using Weft.Collections;
using Weft.Memory;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Plain DEBRA's wait at the pool's maximum (DebraReclaimer.PoolWait.cs), with real threads: a holder thread begins an
/// operation and stays in it, so the epoch cannot move past its announcement, while the test thread fills a fixed pool
/// with retired nodes and allocates once more. Without the wait (DebraPoolWaitMilliseconds 0) that allocation throws at
/// once; with it, it succeeds once the holder leaves its operation, or throws a PoolExhaustedException that says how
/// long it waited and why when the holder never does. Then the scheduler's exploration of the same situation
/// (reclamation/debra-pool-wait) and its seeded defect.
/// </summary>
public sealed class DebraPoolWaitTests
{
    private const int Capacity = 64;

    /// <summary>A fixed pool of <see cref="Capacity"/> slots for two registrations, under plain DEBRA checking one thread per operation.</summary>
    private static Reclaimer NewDebra(int waitMilliseconds) =>
        Reclaimer.Create(ReclamationScheme.Debra, new NodePool(Capacity, tagged: true, threadCaches: 2),
            maxThreads: 2, WeftConfig.Default with { EpochCheckInterval = 1, DebraPoolWaitMilliseconds = waitMilliseconds });

    /// <summary>A thread that registers, begins an operation, and ends it (and unregisters) only when <see cref="Release"/> is set.</summary>
    private sealed class Holder : IDisposable
    {
        private readonly ManualResetEventSlim _inside = new(), _release = new();
        private readonly Thread _thread;

        public Holder(Reclaimer r)
        {
            _thread = new Thread(() =>
            {
                var me = r.Register();
                r.BeginOperation(me);
                _inside.Set();
                _release.Wait();
                r.EndOperation(me);
                r.Unregister(me);
            }) { IsBackground = true };
            _thread.Start();
            Assert.True(_inside.Wait(TimeSpan.FromSeconds(30)), "the holder never began its operation");
        }

        public void Release() => _release.Set();

        public void Dispose()
        {
            _release.Set();
            _thread.Join();
        }
    }

    /// <summary>Allocates and retires (one operation each) until the pool is exhausted; returns how many it took.</summary>
    private static int FillWithRetired(Reclaimer r, ReclaimerThread me)
    {
        for (int taken = 0; ; taken++)
        {
            long h;
            try
            {
                h = r.AllocateRestartable(me); // throws at once at the maximum, whatever the wait
            }
            catch (PoolExhaustedException)
            {
                return taken;
            }
            r.BeginOperation(me);
            r.Retire(me, h);
            r.EndOperation(me);
        }
    }

    [Fact]
    public void Without_the_wait_an_allocation_at_the_maximum_throws_at_once_while_a_thread_holds_its_operation()
    {
        var r = NewDebra(waitMilliseconds: 0);
        using var holder = new Holder(r);
        var me = r.Register();
        Assert.True(FillWithRetired(r, me) <= Capacity);
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<PoolExhaustedException>(() => r.Allocate(me));
        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms without a wait");
        Assert.DoesNotContain("waited", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, me.PoolWaits);
    }

    [Fact]
    public void Without_a_holder_the_same_allocations_never_exhaust_the_pool()
    {
        // The control of the test above: the epoch moves, the bags rotate, and a fixed pool serves any number of them.
        var r = NewDebra(waitMilliseconds: 0);
        var me = r.Register();
        for (int i = 0; i < 20 * Capacity; i++)
        {
            long h = r.Allocate(me);
            r.BeginOperation(me);
            r.Retire(me, h);
            r.EndOperation(me);
        }
        Assert.Equal(0, me.PoolWaits);
    }

    [Fact]
    public void With_the_wait_an_allocation_at_the_maximum_succeeds_once_the_holder_leaves_its_operation()
    {
        var r = NewDebra(waitMilliseconds: 20_000);
        using var holder = new Holder(r);
        var me = r.Register();
        FillWithRetired(r, me);
        var releaser = new Thread(() =>
        {
            Thread.Sleep(300);
            holder.Release();
        });
        var clock = Stopwatch.StartNew();
        releaser.Start();
        long h = r.Allocate(me);
        long waited = clock.ElapsedMilliseconds;
        releaser.Join();
        Assert.NotEqual(NodePool.Null, h);
        Assert.True(waited >= 250, $"the allocation returned after {waited} ms, before the holder left its operation");
        Assert.True(waited < 15_000, $"the allocation returned after {waited} ms");
        Assert.Equal(1, me.PoolWaits);
        Assert.True(me.LongestPoolWait.TotalMilliseconds >= 250);
    }

    [Fact]
    public void The_wait_times_out_with_a_clear_exhaustion_when_the_holder_never_leaves()
    {
        var r = NewDebra(waitMilliseconds: 300);
        using var holder = new Holder(r);
        var me = r.Register();
        FillWithRetired(r, me);
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<PoolExhaustedException>(() => r.Allocate(me));
        Assert.True(clock.ElapsedMilliseconds >= 290, $"gave up after {clock.ElapsedMilliseconds} ms of a 300 ms wait");
        Assert.Equal(Capacity, e.Capacity);
        Assert.Contains($"all {Capacity} slots", e.Message, StringComparison.Ordinal);
        Assert.Contains("Plain DEBRA waited", e.Message, StringComparison.Ordinal);
        Assert.Contains(" ms (", e.Message, StringComparison.Ordinal);
        Assert.Contains("did not leave its operation", e.Message, StringComparison.Ordinal);
        Assert.Contains("WEFT_DEBRA_POOL_WAIT_MS", e.Message, StringComparison.Ordinal);
        Assert.IsType<PoolExhaustedException>(e.InnerException);
        Assert.Equal(1, me.PoolWaits);
        // Once the holder leaves, the same thread allocates again.
        holder.Release();
        Assert.NotEqual(NodePool.Null, r.Allocate(me));
    }

    /// <summary>An EFRB tree under plain DEBRA over a strict pool of <see cref="Capacity"/> slots, with the given wait at its maximum.</summary>
    private static (NodePool Pool, Reclaimer Reclaimer, EfrbTree<long, long, Int64KeyComparer> Tree) EfrbTreeOverPool(int waitMilliseconds)
    {
        var pool = new NodePool(Capacity, tagged: true, threadCaches: 2, strict: true,
            links: EfrbTree<long, long, Int64KeyComparer>.LinksPerNode, payloadWords: EfrbTree<long, long, Int64KeyComparer>.PayloadWordsPerNode);
        var r = Reclaimer.Create(ReclamationScheme.Debra, pool, maxThreads: 2,
            WeftConfig.Default with { EpochCheckInterval = 1, DebraPoolWaitMilliseconds = waitMilliseconds });
        return (pool, r, new EfrbTree<long, long, Int64KeyComparer>(r));
    }

    [Fact]
    public void An_efrb_insert_at_the_maximum_leaves_its_operation_waits_and_restarts()
    {
        var (_, r, tree) = EfrbTreeOverPool(waitMilliseconds: 20_000);
        using var holder = new Holder(r);
        var me = r.Register();
        // Adds and removes keys while the holder keeps every bag full, until an insert or delete finds the pool at its
        // maximum, leaves its operation and waits; the holder leaves its own once that wait has begun.
        var release = new Thread(() =>
        {
            while (me.PoolWaits == 0) Thread.Sleep(1);
            Thread.Sleep(200);
            holder.Release();
        }) { IsBackground = true };
        release.Start();
        long key = 0;
        for (int i = 0; i < 4 * Capacity; i++)
        {
            Assert.True(tree.TryAdd(me, key, key));
            Assert.True(tree.TryRemove(me, key));
            key++;
        }
        release.Join();
        Assert.True(me.PoolWaits >= 1, "no insert or delete ever waited");
        Assert.Empty(tree.PeekKeys());
        Assert.Null(tree.QuiescentViolation());
    }

    [Fact]
    public void An_efrb_insert_with_fewer_free_slots_than_it_needs_gives_up_after_the_wait()
    {
        var (pool, r, tree) = EfrbTreeOverPool(waitMilliseconds: 300);
        var me = r.Register();
        // Every slot held but two: an insert takes four, so it cannot succeed, and each wait finds a slot at once (the
        // ones the failed attempt returned). The wait must still run out instead of restarting the insert forever.
        var held = new System.Collections.Generic.List<long>();
        for (long h; TryTake(r, me, out h);) held.Add(h);
        pool.Free(me.Index, held[^1]);
        pool.Free(me.Index, held[^2]);
        Exception? thrown = null;
        var inserter = new Thread(() =>
        {
            try { tree.TryAdd(me, 1, 1); }
            catch (Exception e) { thrown = e; }
        }) { IsBackground = true };
        inserter.Start();
        Assert.True(inserter.Join(TimeSpan.FromSeconds(30)), "the insert restarted without end instead of running the wait out");
        var exhausted = Assert.IsType<PoolExhaustedException>(thrown);
        Assert.Contains("Plain DEBRA waited", exhausted.Message, StringComparison.Ordinal);
        Assert.Empty(tree.PeekKeys());
        Assert.Equal(2, pool.AuditFreeSlots()); // the wait handed back the slots it held when it ran out
    }

    private static bool TryTake(Reclaimer r, ReclaimerThread me, out long h)
    {
        try
        {
            h = r.AllocateRestartable(me);
            return true;
        }
        catch (PoolExhaustedException)
        {
            h = NodePool.Null;
            return false;
        }
    }

    [Fact]
    public void The_wait_is_configured_by_weft_debra_pool_wait_ms_and_a_bad_value_is_a_clear_error()
    {
        Assert.Equal(2000, WeftConfig.Default.DebraPoolWaitMilliseconds);
        Assert.Equal(0, WeftConfig.Default.WithEnvironment(n => n == "WEFT_DEBRA_POOL_WAIT_MS" ? "0" : null).DebraPoolWaitMilliseconds);
        Assert.Equal(750, WeftConfig.Default.WithEnvironment(n => n == "WEFT_DEBRA_POOL_WAIT_MS" ? "750" : null).DebraPoolWaitMilliseconds);
        var e = Assert.Throws<ConfigException>(() => WeftConfig.Default.WithEnvironment(n => n == "WEFT_DEBRA_POOL_WAIT_MS" ? "-1" : null));
        Assert.Equal("WEFT_DEBRA_POOL_WAIT_MS: '-1' is not a non-negative integer", e.Message);
    }

    [Fact]
    public void The_scheduler_finds_no_memory_violation_and_the_push_always_waits()
    {
        var t = CanonicalBugTests.Registered("reclamation/debra-pool-wait");
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Iterations = t.Budget, ScheduleDirectory = TestPaths.ScheduleDir }));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(t.Budget, r.Iterations);
    }

    [Fact]
    public void The_seeded_wait_that_frees_the_bags_without_the_epoch_is_caught_as_use_after_free_and_replays()
    {
        var t = CanonicalBugTests.Registered("reclamation/debra-pool-wait-frees-limbo");
        Assert.Equal(nameof(NoUseAfterFreeMonitor), t.ExpectedMonitor);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Iterations = t.Budget, ScheduleDirectory = TestPaths.ScheduleDir }));
        CanonicalBugTests.CaughtAndReplays(t, r, nameof(NoUseAfterFreeMonitor));
    }
}
