using System;
using System.Linq;
using System.Threading;
using Weft.Memory;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Slot homes and the remote-free lists (NodePool.RemoteFree.cs). Explored under the scheduler (the registered tests
/// <c>pool/remote-free</c> and its negative control, in tests/Weft.Scenarios/NodePoolRemoteFree.cs): two threads free
/// each other's slots to their homes' lists while each takes its own list back; with the seeded defect
/// <see cref="Weft.Platform.SeededBug.NodePoolRemoteLinkAfterPublish"/> (the slot published before it is linked) the
/// home's take follows a stale link and NoDoubleFreeMonitor reports a slot handed out while still allocated. The facts
/// below check the production build's behaviour directly.
/// </summary>
public sealed class NodePoolRemoteFreeTests
{
    [Fact]
    public void Two_threads_freeing_each_others_slots_hand_none_out_twice_and_lose_none()
    {
        var test = CanonicalBugTests.Registered("pool/remote-free");
        var r = Checker.Explore(test.Body, CanonicalBugTests.Options(test));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(test.Budget, r.Iterations);
    }

    [Fact]
    public void A_remote_free_that_publishes_before_it_links_hands_out_a_slot_still_allocated()
    {
        var test = CanonicalBugTests.Registered("pool/remote-free-link-after-publish");
        Assert.True(test.NegativeControl);
        var bug = CanonicalBugTests.CaughtAndReplays(test, Checker.Explore(test.Body, CanonicalBugTests.Options(test)));
        Assert.Equal("NoDoubleFreeMonitor", bug.Monitor);
        Assert.Contains("which is still allocated", bug.Message, StringComparison.Ordinal);
    }

    private static NodePool TwoHomes(bool homes, int capacity = 1 << 12) =>
        new(capacity, tagged: true, threadCaches: 2, initialSlots: 2 * NodePool.BatchSize, slotHomes: homes);

    [Fact]
    public void A_slot_freed_by_the_other_thread_goes_back_to_its_home_and_is_reused_there()
    {
        var pool = TwoHomes(homes: true);
        Assert.True(pool.SlotHomes);
        long a = pool.Allocate(0); // thread 0's first run: its home
        long b = pool.Allocate(1); // thread 1's first run
        Assert.NotEqual(NodePool.IndexOf(a) / NodePool.BatchSize, NodePool.IndexOf(b) / NodePool.BatchSize);
        pool.Free(1, a); // thread 1 frees thread 0's slot: onto thread 0's remote-free list, not thread 1's magazine
        Assert.Equal(1, pool.MagazineCounts(1).RemoteFrees);
        for (int i = 0; i < NodePool.BatchSize - 1; i++) Assert.NotEqual(NodePool.IndexOf(a), NodePool.IndexOf(pool.Allocate(1)));
        // Thread 0 empties its magazine (the rest of its run); its next refill takes its remote-free list back.
        for (int i = 0; i < NodePool.BatchSize - 1; i++) pool.Allocate(0);
        long again = pool.Allocate(0);
        Assert.Equal(NodePool.IndexOf(a), NodePool.IndexOf(again));
        Assert.NotEqual(a, again); // a new generation
        Assert.Equal(1, pool.MagazineCounts(0).RemoteDrains);
    }

    [Fact]
    public void A_free_at_once_keeps_the_slot_in_the_freeing_magazine_and_the_slot_keeps_its_home()
    {
        var pool = TwoHomes(homes: true);
        long a = pool.Allocate(0); // thread 0's home
        pool.Allocate(1);
        pool.FreeLocal(1, a); // at once: into thread 1's magazine, no remote free
        Assert.Equal(0, pool.MagazineCounts(1).RemoteFrees);
        long reused = pool.Allocate(1);
        Assert.Equal(NodePool.IndexOf(a), NodePool.IndexOf(reused));
        pool.Free(1, reused); // a deferred free of the same slot still sends it to thread 0, its home
        Assert.Equal(1, pool.MagazineCounts(1).RemoteFrees);
        Assert.Equal(pool.CommittedSlots - 1, pool.AuditFreeSlots());
    }

    [Fact]
    public void Immediate_reuse_frees_at_once_and_a_deferring_reclaimer_frees_home()
    {
        foreach (var scheme in new[] { Weft.Reclamation.ReclamationScheme.Immediate, Weft.Reclamation.ReclamationScheme.Ibr })
        {
            var pool = TwoHomes(homes: true);
            var r = Weft.Reclamation.Reclaimer.Create(scheme, pool, 2, Weft.Platform.WeftConfig.Default);
            var t0 = r.Register();
            var t1 = r.Register();
            long a = pool.Allocate(t0.Index);
            pool.Allocate(t1.Index);
            r.BeginOperation(t1);
            r.Retire(t1, a);
            r.EndOperation(t1);
            r.Flush(t1); // IBR frees what no reservation covers: a, to its home
            Assert.Equal(scheme == Weft.Reclamation.ReclamationScheme.Immediate ? 0 : 1, pool.MagazineCounts(t1.Index).RemoteFrees);
        }
    }

    [Fact]
    public void A_remote_list_longer_than_a_magazine_fills_it_and_keeps_the_rest_in_overflow_batches()
    {
        var pool = TwoHomes(homes: true);
        const int Freed = NodePool.CacheSize + 100;
        var own = Enumerable.Range(0, Freed).Select(_ => pool.Allocate(0)).ToArray(); // runs of thread 0's home
        foreach (long h in own) pool.Free(1, h); // all onto thread 0's remote-free list
        Assert.Equal(Freed, pool.MagazineCounts(1).RemoteFrees);
        // Thread 0 hands out the rest of its last run, then takes its list back: a full magazine, the rest onto its
        // overflow stack in batches (not the shared free list, where thread 1 would take them), whose refills hand the
        // rest out; nothing lost, nothing twice.
        var again = new System.Collections.Generic.List<int>();
        while (pool.MagazineCounts(0).RemoteDrains == 0) again.Add(NodePool.IndexOf(pool.Allocate(0)));
        Assert.True(again.Count <= NodePool.BatchSize);
        var ownSlots = own.Select(NodePool.IndexOf).ToHashSet();
        for (int i = 0; i < 2 * NodePool.BatchSize; i++) Assert.DoesNotContain(NodePool.IndexOf(pool.Allocate(1)), ownSlots);
        var drained = new[] { again[^1] }.Concat(Enumerable.Range(0, Freed - 1).Select(_ => NodePool.IndexOf(pool.Allocate(0)))).ToList();
        Assert.Equal(2, pool.MagazineCounts(0).OverflowRefills); // the rest: 99 slots, a batch of 64 and one of 35
        Assert.Equal(Freed, drained.Distinct().Count());
        Assert.True(drained.ToHashSet().SetEquals(own.Select(NodePool.IndexOf)));
        Assert.Equal(pool.CommittedSlots - Freed - (again.Count - 1) - 2 * NodePool.BatchSize, pool.AuditFreeSlots());
    }

    [Fact]
    public void Without_slot_homes_a_freed_slot_stays_with_the_freeing_thread()
    {
        var pool = TwoHomes(homes: false);
        Assert.False(pool.SlotHomes);
        long a = pool.Allocate(0);
        pool.Allocate(1);
        pool.Free(1, a);
        Assert.Equal(NodePool.IndexOf(a), NodePool.IndexOf(pool.Allocate(1)));
        Assert.Equal(0, pool.MagazineCounts(1).RemoteFrees);
    }

    [Fact]
    public void Small_pools_and_single_magazines_have_no_homes()
    {
        Assert.False(new NodePool(1024, threadCaches: 2, slotHomes: true).SlotHomes); // refills take one slot
        Assert.False(new NodePool(1 << 12, threadCaches: 1, slotHomes: true).SlotHomes);
        Assert.False(new NodePool(1 << 12, threadCaches: 0, slotHomes: true).SlotHomes);
    }

    [Fact]
    public void Slots_on_a_remote_free_list_are_counted_by_the_audit_and_reached_before_exhaustion()
    {
        // A fixed pool, every slot taken by thread 0 (its home); thread 1 frees ten of them, onto thread 0's list.
        int capacity = 8 * 2 * NodePool.CacheSize;
        var pool = new NodePool(capacity, tagged: true, threadCaches: 2, slotHomes: true);
        var taken = Enumerable.Range(0, capacity).Select(_ => pool.Allocate(0)).ToArray();
        Assert.Throws<PoolExhaustedException>(() => pool.Allocate(1));
        foreach (long h in taken.Take(10)) pool.Free(1, h); // onto thread 0's remote-free list
        Assert.Equal(10, pool.AuditFreeSlots());
        // Thread 1 has nothing of its own and the pool is at its capacity: it takes thread 0's list rather than fail.
        var got = Enumerable.Range(0, 10).Select(_ => pool.Allocate(1)).Select(NodePool.IndexOf).ToHashSet();
        Assert.True(got.SetEquals(taken.Take(10).Select(NodePool.IndexOf)));
        Assert.Equal(0, pool.AuditFreeSlots());
        var e = Assert.Throws<PoolExhaustedException>(() => pool.Allocate(1));
        Assert.Equal(capacity, e.Capacity);
    }

    [Fact]
    public void Two_threads_freeing_each_others_slots_under_real_concurrency_lose_and_duplicate_nothing()
    {
        var pool = new NodePool(1 << 16, tagged: true, threadCaches: 2, initialSlots: NodePool.DefaultInitialSlots, slotHomes: true);
        const int Rounds = 20_000, Held = 200;
        var handOff = new long[2][];
        using var barrier = new Barrier(2);
        void Run(int t)
        {
            var mine = new long[Held];
            for (int r = 0; r < Rounds / Held; r++)
            {
                for (int i = 0; i < Held; i++) mine[i] = pool.Allocate(t);
                handOff[t] = mine.ToArray();
                barrier.SignalAndWait();
                foreach (long h in handOff[1 - t]) pool.Free(t, h); // the other thread's slots: to its home
                barrier.SignalAndWait();
            }
        }
        var threads = new[] { new Thread(() => Run(0)), new Thread(() => Run(1)) };
        foreach (var th in threads) th.Start();
        foreach (var th in threads) th.Join();
        Assert.Equal(pool.CommittedSlots, pool.AuditFreeSlots());
        Assert.True(pool.MagazineCounts(0).RemoteFrees > 0 && pool.MagazineCounts(0).RemoteDrains > 0);
    }
}
