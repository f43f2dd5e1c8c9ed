using System;
using System.Linq;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
using Weft.Platform;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// LSCQ outside the scheduler: argument checks, FIFO order across many rings whose slots are reclaimed and reused,
/// zero allocation per operation once every ring slot has its ring, and histories of real threads. The registered
/// lscq/ tests run in CanonicalBugTests.
/// </summary>
public sealed class LscqTests
{
    private static readonly WeftConfig Tiny = WeftConfig.Default with { RetireThreshold = 1, EpochFrequency = 1 };

    [Fact]
    public void Debra_plus_is_refused_because_an_operation_cannot_be_restarted()
    {
        var reclaimer = Reclaimer.Create(ReclamationScheme.DebraPlus, new NodePool(8, tagged: true, threadCaches: 1), 1, Tiny);
        var e = Assert.Throws<ArgumentException>(() => new LscqQueue<long>(reclaimer, 4));
        Assert.Equal("reclaimer", e.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_ring_capacity_that_is_not_a_power_of_two_is_rejected(int capacity)
    {
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(8, tagged: true, threadCaches: 1), 1, Tiny);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LscqQueue<long>(reclaimer, capacity));
    }

    [Theory]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.Debra)]
    public void Values_come_out_in_order_across_rings_whose_slots_are_reused(ReclamationScheme scheme)
    {
        // A pool of 8 rings of 2 values carries 20,000 values in bursts of 5: rings are linked, left and reused.
        var pool = new NodePool(8, tagged: true, threadCaches: 1, statistics: true);
        var reclaimer = Reclaimer.Create(scheme, pool, 1, Tiny);
        var me = reclaimer.Register();
        var q = new LscqQueue<long>(reclaimer, 2);
        long next = 0, expected = 0;
        for (int round = 0; round < 4000; round++)
        {
            for (int i = 0; i < 5; i++) q.Enqueue(me, next++);
            Assert.Equal(5, q.Count(me));
            for (int i = 0; i < 5; i++)
            {
                Assert.True(q.TryDequeue(me, out long v));
                Assert.Equal(expected++, v);
            }
            Assert.False(q.TryDequeue(me, out _));
            Assert.Equal(0, q.Count(me));
        }
        Assert.True(pool.Statistics.Allocations > 1000, $"rings allocated: {pool.Statistics.Allocations}");
    }

    [Fact]
    public void Operations_allocate_nothing_once_every_slot_has_its_ring()
    {
        var pool = new NodePool(8, tagged: true, threadCaches: 1);
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, pool, 1, Tiny);
        var me = reclaimer.Register();
        var q = new LscqQueue<long>(reclaimer, 4);
        void Burst()
        {
            for (int i = 0; i < 10; i++) q.Enqueue(me, i);
            for (int i = 0; i < 11; i++) q.TryDequeue(me, out _);
        }
        for (int i = 0; i < 100; i++) Burst();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++) Burst();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void The_smallest_workload_passes_exhaustive_dfs()
    {
        CanonicalBugTests.DfsExhaustsWithoutBug("lscq/dfs-small");
    }

    [Fact]
    public void Real_threads_record_linearizable_histories()
    {
        for (int round = 0; round < 30; round++)
        {
            var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(64, tagged: true, threadCaches: 3), 3, Tiny);
            var q = new LscqQueue<long>(reclaimer, 1);
            var h = AlternatingHistory.Record(reclaimer.Register, "enqueue", (me, v) => { q.Enqueue(me, v); return null; }, "dequeue", q.TryDequeue);
            var r = LinearizabilityChecker.Check(h, new QueueModel());
            Assert.True(r.IsLinearizable, r.Witness);
        }
    }
}
