using System;
using System.Collections.Generic;
using System.Threading;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The pool's growth by chunks up to its capacity and its per-thread magazines: a growable pool hands out every slot
/// up to the maximum exactly once, exhaustion at the maximum is the clear error it was and leaves the pool and the
/// structure over it usable, and slots moved through the depot in batches between a producer and a consumer thread
/// are neither lost nor handed out twice, with fresh generations.
/// </summary>
public sealed class NodePoolGrowthTests
{
    [Fact]
    public void A_growable_pool_grows_by_chunks_to_its_capacity_and_hands_out_each_slot_once()
    {
        var pool = new NodePool(5000, tagged: true, threadCaches: 1, initialSlots: 100);
        Assert.Equal(5000, pool.Capacity);
        Assert.Equal(100, pool.CommittedSlots);
        var seen = new HashSet<int>();
        for (int i = 0; i < 5000; i++) Assert.True(seen.Add(NodePool.IndexOf(pool.Allocate(0))), $"slot handed out twice at allocation {i}");
        Assert.Equal(5000, pool.CommittedSlots);
        // 100 -> 1,124 (at least MinimumChunk) -> 2,248 (doubling) -> 4,496 -> 5,000 (the capacity).
        var e = Assert.Throws<PoolExhaustedException>(() => pool.Allocate(0));
        Assert.Equal(5000, e.Capacity);
        Assert.Contains("all 5000 slots", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_chunk_starts_with_zeroed_links_payloads_and_generations()
    {
        var pool = new NodePool(3000, tagged: true, links: 2, payloadWords: 2, initialSlots: 1);
        long first = pool.Allocate();
        long grown = pool.Allocate(); // from the first added chunk
        Assert.Equal(1 + NodePool.MinimumChunk, pool.CommittedSlots);
        Assert.Equal(0, grown >> 32);
        Assert.Equal(0, pool.LoadLink(grown, 1, Weft.Atomics.MemoryOrder.Relaxed));
        Assert.Equal(0, pool.Word(grown, 1));
        Assert.NotEqual(NodePool.IndexOf(first), NodePool.IndexOf(grown));
    }

    [Fact]
    public void A_treiber_stack_over_a_growable_pool_fails_at_the_maximum_and_stays_intact()
    {
        var pool = new NodePool(2048, tagged: true, threadCaches: 1, initialSlots: 16);
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, pool, 1, WeftConfig.Default);
        var me = reclaimer.Register();
        var stack = new TreiberStack(reclaimer);
        for (long v = 0; v < 2048; v++) stack.Push(me, v);
        Assert.Throws<PoolExhaustedException>(() => stack.Push(me, 9999));
        for (long v = 2047; v >= 0; v--)
        {
            Assert.True(stack.TryPop(me, out long got));
            Assert.Equal(v, got);
        }
        Assert.False(stack.TryPop(me, out _));
        reclaimer.Flush(me);
        stack.Push(me, 1); // the pool is usable again once nodes are reclaimed
        Assert.True(stack.TryPop(me, out long one));
        Assert.Equal(1, one);
    }

    [Fact]
    public void A_producer_and_a_consumer_exchange_slots_through_the_depot_without_loss_or_duplication()
    {
        const int Rounds = 200_000, InFlight = 64;
        var pool = new NodePool(4096, tagged: true, threadCaches: 2, statistics: true, initialSlots: 256);
        var channel = new System.Collections.Concurrent.BlockingCollection<long>(InFlight);
        var live = new int[pool.Capacity];
        string? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                for (int i = 0; i < Rounds; i++)
                {
                    long h = pool.Allocate(0);
                    if (Interlocked.Exchange(ref live[NodePool.IndexOf(h)], 1) != 0) failure ??= $"slot {NodePool.IndexOf(h)} allocated while live";
                    channel.Add(h);
                }
                channel.CompleteAdding();
            }
            catch (Exception e) { failure ??= e.ToString(); channel.CompleteAdding(); }
        });
        var consumer = new Thread(() =>
        {
            try
            {
                foreach (long h in channel.GetConsumingEnumerable())
                {
                    if (Interlocked.Exchange(ref live[NodePool.IndexOf(h)], 0) != 1) failure ??= $"slot {NodePool.IndexOf(h)} freed while free";
                    pool.Free(1, h); // the consumer's magazine fills and spills batches the producer takes back
                }
            }
            catch (Exception e) { failure ??= e.ToString(); }
        });
        producer.Start();
        consumer.Start();
        producer.Join();
        consumer.Join();
        Assert.Null(failure);
        var st = pool.Statistics;
        Assert.Equal(Rounds, st.Allocations);
        Assert.Equal(Rounds, st.Frees);
        Assert.True(pool.CommittedSlots <= 4096);
        // Every slot is back in a magazine, the depot or the free list, or not yet committed: drain them all through
        // both threads' magazines, each exactly once.
        var seen = new HashSet<int>();
        for (int i = 0; i < pool.Capacity; i++)
        {
            long h;
            try { h = pool.Allocate(1); }
            catch (PoolExhaustedException) { h = pool.Allocate(0); }
            Assert.True(seen.Add(NodePool.IndexOf(h)), $"slot {NodePool.IndexOf(h)} handed out twice");
        }
        Assert.Throws<PoolExhaustedException>(() => pool.Allocate(0));
        Assert.Throws<PoolExhaustedException>(() => pool.Allocate(1));
    }

    [Fact]
    public void A_shared_pool_hands_two_threads_runs_of_contiguous_slots_and_every_slot_once()
    {
        // A large pool's magazines refill with runs of BatchSize contiguous slots off the free list (one CAS each):
        // the two threads' first runs are disjoint whole lines of every per-slot array, handed out in index order.
        var pool = new NodePool(8192, tagged: true, threadCaches: 2, initialSlots: 4096);
        int first = NodePool.IndexOf(pool.Allocate(0)), second = NodePool.IndexOf(pool.Allocate(1));
        Assert.Equal((0, NodePool.BatchSize), (first, second));
        Assert.Equal((1, NodePool.BatchSize + 1), (NodePool.IndexOf(pool.Allocate(0)), NodePool.IndexOf(pool.Allocate(1))));
        Assert.Equal(new MagazineCounters(1, 0, 0, 0), pool.MagazineCounts(0));
        var seen = new HashSet<int> { first, second, 1, NodePool.BatchSize + 1 };
        for (int i = 4; i < 8192; i++) Assert.True(seen.Add(NodePool.IndexOf(pool.Allocate(i % 2))), $"allocation {i} handed out a slot twice");
        Assert.Equal(8192, pool.CommittedSlots);
        Assert.Throws<PoolExhaustedException>(() => pool.Allocate(0));

        // A small pool (under eight magazines' worth of slots per thread) refills one slot at a time, and chains its
        // chunks in strides of two cache lines of ints: two threads' first slots do not share a line of any per-slot array.
        int stride = ArchInfo.Current.PaddedStride(sizeof(int));
        var small = new NodePool(1024, tagged: true, threadCaches: 2);
        Assert.Equal((0, stride), (NodePool.IndexOf(small.Allocate(0)), NodePool.IndexOf(small.Allocate(1))));

        // A pool with one magazine keeps the index order.
        var single = new NodePool(4096, tagged: true, threadCaches: 1);
        Assert.Equal((0, 1), (NodePool.IndexOf(single.Allocate(0)), NodePool.IndexOf(single.Allocate(0))));
    }
}
