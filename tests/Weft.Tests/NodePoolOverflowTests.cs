using System.Linq;
using Weft.Memory;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Overflow batches (NodePool.Overflow.cs): with slot homes a full magazine keeps its own slots on its thread's
/// overflow stack instead of the shared depot; the owner's refills take them back, the other thread grows the pool
/// instead, and only at the pool's capacity may another thread take them. Explored under the scheduler by the registered
/// tests <c>pool/overflow-at-capacity</c> and its negative control (tests/Weft.Scenarios/NodePoolOverflow.cs): the
/// owner reloading from its overflow stack races with a thread at the capacity moving the same batches to the depot;
/// with the seeded defect <see cref="Weft.Platform.SeededBug.NodePoolOverflowPopPlainStore"/> (the pop's new head
/// stored instead of CASed) both take one batch.
/// </summary>
public sealed class NodePoolOverflowTests
{
    [Fact]
    public void The_owner_reloading_while_a_thread_at_the_capacity_takes_its_overflow_never_shares_or_loses_a_slot()
    {
        var test = CanonicalBugTests.All.Single(t => t.Id == "pool/overflow-at-capacity");
        var r = Checker.Explore(test.Body, CanonicalBugTests.Options(test));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(test.Budget, r.Iterations);
    }

    [Fact]
    public void An_overflow_pop_that_stores_the_head_instead_of_its_CAS_hands_one_batch_to_both_threads()
    {
        var test = CanonicalBugTests.All.Single(t => t.Id == "pool/overflow-at-capacity-plain-store");
        Assert.True(test.NegativeControl);
        var bug = CanonicalBugTests.CaughtAndReplays(test, Checker.Explore(test.Body, CanonicalBugTests.Options(test)));
        Assert.True(bug.Message.Contains("handed to both threads", System.StringComparison.Ordinal)
            || bug.Monitor == "NoDoubleFreeMonitor" && bug.Message.Contains("which is still allocated", System.StringComparison.Ordinal), bug.Describe());
    }

    private static NodePool TwoHomes(int capacity = 1 << 12) =>
        new(capacity, tagged: true, threadCaches: 2, initialSlots: 2 * NodePool.BatchSize, slotHomes: true);

    [Fact]
    public void A_spill_keeps_the_owners_slots_for_its_refills_and_the_other_thread_grows_the_pool_instead()
    {
        var pool = TwoHomes();
        // Thread 0 takes runs of its own (its home) and frees them all: its magazine fills and spills its oldest batch.
        var own = Enumerable.Range(0, NodePool.CacheSize + NodePool.BatchSize).Select(_ => pool.Allocate(0)).ToArray();
        foreach (long h in own) pool.Free(0, h);
        Assert.Equal(1, pool.MagazineCounts(0).Spills);
        // Thread 1, with nothing of its own, takes runs off the free list and grows the pool: never one of thread 0's slots.
        var ownSlots = own.Select(NodePool.IndexOf).ToHashSet();
        int committed = pool.CommittedSlots;
        for (int i = 0; i < 4 * NodePool.BatchSize; i++) Assert.DoesNotContain(NodePool.IndexOf(pool.Allocate(1)), ownSlots);
        Assert.Equal(0, pool.MagazineCounts(1).DepotRefills);
        Assert.True(pool.CommittedSlots > committed, "thread 1 did not grow the pool");
        // Thread 0 hands its magazine out, then reloads the spilled batch: every slot it freed comes back to it.
        var again = Enumerable.Range(0, own.Length).Select(_ => NodePool.IndexOf(pool.Allocate(0))).ToHashSet();
        Assert.True(again.SetEquals(ownSlots));
        Assert.Equal(1, pool.MagazineCounts(0).OverflowRefills);
        Assert.Equal(pool.CommittedSlots - own.Length - 4 * NodePool.BatchSize, pool.AuditFreeSlots());
    }

    [Fact]
    public void A_spill_sends_slots_of_another_home_back_to_it()
    {
        var pool = TwoHomes();
        long theirs = pool.Allocate(1); // thread 1's home
        var own = Enumerable.Range(0, NodePool.CacheSize + NodePool.BatchSize).Select(_ => pool.Allocate(0)).ToArray(); // whole runs: the magazine is empty
        pool.FreeLocal(0, theirs); // at once: the oldest slot of thread 0's magazine
        foreach (long h in own.Skip(1)) pool.Free(0, h); // the magazine fills and spills its oldest batch, theirs first
        Assert.Equal(1, pool.MagazineCounts(0).Spills);
        Assert.Equal(1, pool.MagazineCounts(0).RemoteFrees); // the spill sent theirs home
        for (int i = 0; i < NodePool.BatchSize - 1; i++) pool.Allocate(1); // the rest of thread 1's run
        Assert.Equal(NodePool.IndexOf(theirs), NodePool.IndexOf(pool.Allocate(1)));
        Assert.Equal(1, pool.MagazineCounts(1).RemoteDrains);
    }

    [Fact]
    public void At_the_capacity_a_thread_takes_another_threads_spilled_slots_rather_than_fail_and_they_keep_their_home()
    {
        // A fixed pool, every slot taken by thread 0 (its home); thread 0 frees a magazine and a batch more (one spill).
        int capacity = 8 * 2 * NodePool.CacheSize;
        var pool = new NodePool(capacity, tagged: true, threadCaches: 2, slotHomes: true);
        var taken = Enumerable.Range(0, capacity).Select(_ => pool.Allocate(0)).ToArray();
        var spilled = taken.Take(NodePool.BatchSize).Select(NodePool.IndexOf).ToHashSet(); // the oldest frees
        foreach (long h in taken.Take(NodePool.CacheSize + NodePool.BatchSize)) pool.Free(0, h);
        Assert.Equal(1, pool.MagazineCounts(0).Spills);
        // Thread 1 has nothing and the pool cannot grow: it takes the spilled batch (through the depot), not an exhaustion error.
        var got = Enumerable.Range(0, NodePool.BatchSize).Select(_ => pool.Allocate(1)).ToArray();
        Assert.True(got.Select(NodePool.IndexOf).ToHashSet().SetEquals(spilled));
        Assert.Equal(1, pool.MagazineCounts(1).DepotRefills);
        // The batch did not move its groups' home: thread 1's free sends a slot back to thread 0.
        pool.Free(1, got[0]);
        Assert.Equal(1, pool.MagazineCounts(1).RemoteFrees);
        Assert.Equal(NodePool.CacheSize + 1, pool.AuditFreeSlots());
        // Only when nothing is left outside thread 0's magazine does thread 1 fail: after thread 0's remote-free list.
        Assert.NotEqual(0, pool.Allocate(1));
        var e = Assert.Throws<PoolExhaustedException>(() => pool.Allocate(1));
        Assert.Equal(capacity, e.Capacity);
    }
}
