using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
using Weft.Platform;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// LCRQ outside the scheduler: argument checks, the CRQ ring's closing, FIFO order across many rings whose slots are
/// reclaimed and reused, the sequential behaviour against an unbounded FIFO (an FsCheck state machine), zero
/// allocation per operation in steady state, histories of real threads, and exhaustive DFS of the smallest registered
/// workload. The registered lcrq/ tests (correct variants and seeded-defect controls) run in CanonicalBugTests.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class LcrqTests
{
    private static readonly WeftConfig Tiny = WeftConfig.Default with { RetireThreshold = 1, EpochFrequency = 1 };

    private static (LcrqQueue<long> Queue, ReclaimerThread Me) Create(ReclamationScheme scheme, int ringCapacity, int valueCapacity = 1024, int rings = 8)
    {
        var reclaimer = Reclaimer.Create(scheme, new NodePool(rings, tagged: true, threadCaches: 1), 1, Tiny);
        return (new LcrqQueue<long>(reclaimer, ringCapacity, valueCapacity), reclaimer.Register());
    }

    [Fact]
    public void Debra_plus_is_refused_because_an_operation_cannot_be_restarted()
    {
        var reclaimer = Reclaimer.Create(ReclamationScheme.DebraPlus, new NodePool(8, tagged: true, threadCaches: 1), 1, Tiny);
        var e = Assert.Throws<ArgumentException>(() => new LcrqQueue<long>(reclaimer, 4));
        Assert.Equal("reclaimer", e.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(6)]
    [InlineData(1 << 21)]
    public void A_ring_capacity_that_is_not_a_power_of_two_at_most_2_to_the_20_is_rejected(int capacity)
    {
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(8, tagged: true, threadCaches: 1), 1, Tiny);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new LcrqQueue<long>(reclaimer, capacity));
        Assert.Equal("capacity", e.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void A_value_capacity_out_of_range_is_rejected(int valueCapacity)
    {
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(8, tagged: true, threadCaches: 1), 1, Tiny);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new LcrqQueue<long>(reclaimer, 4, valueCapacity));
        Assert.Equal("valueCapacity", e.ParamName);
    }

    [Fact]
    public void More_values_than_the_value_capacity_is_a_clear_error()
    {
        var (q, me) = Create(ReclamationScheme.Ibr, 4, valueCapacity: 3);
        for (int i = 0; i < 3; i++) q.Enqueue(me, i);
        var e = Assert.Throws<PoolExhaustedException>(() => q.Enqueue(me, 3));
        Assert.Contains("valueCapacity", e.Message);
        Assert.DoesNotContain("WEFT_POOL_CAPACITY", e.Message, StringComparison.Ordinal); // not the ring pool's setting
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(1L << 32)]
    public void A_crq_handle_that_does_not_fit_32_bits_is_rejected(long handle)
    {
        var ring = new CrqRing(4);
        Assert.Throws<ArgumentOutOfRangeException>(() => ring.TryEnqueue(handle));
    }

    [Fact]
    public void A_full_crq_ring_closes_and_stays_closed()
    {
        var ring = new CrqRing(2);
        Assert.True(ring.TryEnqueue(1));
        Assert.True(ring.TryEnqueue(2));
        Assert.False(ring.IsClosed);
        Assert.False(ring.TryEnqueue(3)); // full: closes
        Assert.True(ring.IsClosed);
        Assert.True(ring.TryDequeue(out long a));
        Assert.True(ring.TryDequeue(out long b));
        Assert.Equal((1L, 2L), (a, b));
        Assert.False(ring.TryEnqueue(4)); // room again, but closed for good
        Assert.False(ring.TryDequeue(out _));
        Assert.Equal(0, ring.Count);
    }

    [Fact]
    public void Empty_dequeues_run_ahead_and_enqueues_still_go_through()
    {
        var ring = new CrqRing(2);
        for (int i = 0; i < 5; i++) Assert.False(ring.TryDequeue(out _));
        Assert.True(ring.TryEnqueue(7)); // fixState moved the tail past the invalidated positions
        Assert.True(ring.TryDequeue(out long v));
        Assert.Equal(7, v);
        Assert.False(ring.IsClosed);
    }

    [Fact]
    public void The_ring_index_range_leaves_a_ring_a_long_life()
    {
        Assert.Equal((1L << 31) - 4, new CrqRing(4).PositionLimit);
        Assert.Equal((1L << 31) - (1L << 20), new CrqRing(CrqRing.MaxCapacity).PositionLimit);
    }

    [Theory]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.Debra)]
    public void Values_come_out_in_order_across_rings_whose_slots_are_reused(ReclamationScheme scheme)
    {
        // 8 ring slots of 2 entries carry 20,000 values in bursts of 5: rings close, link, are left and reused.
        var pool = new NodePool(8, tagged: true, threadCaches: 1, statistics: true);
        var reclaimer = Reclaimer.Create(scheme, pool, 1, Tiny);
        var me = reclaimer.Register();
        var q = new LcrqQueue<long>(reclaimer, 2, valueCapacity: 8);
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
    public void Reference_values_are_not_kept_alive_after_their_dequeue()
    {
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(8, tagged: true, threadCaches: 1), 1, Tiny);
        var me = reclaimer.Register();
        var q = new LcrqQueue<object>(reclaimer, 4, valueCapacity: 4);
        var weak = Enqueue(q, me);
        Assert.True(Dequeue(q, me));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(weak.IsAlive);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        static bool Dequeue(LcrqQueue<object> q, ReclaimerThread me) => q.TryDequeue(me, out _);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        static WeakReference Enqueue(LcrqQueue<object> q, ReclaimerThread me)
        {
            var o = new object();
            q.Enqueue(me, o);
            return new WeakReference(o);
        }
    }

    [Fact]
    public void Operations_allocate_nothing_once_every_slot_has_its_ring()
    {
        var (q, me) = Create(ReclamationScheme.Ibr, 4);
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
        CanonicalBugTests.DfsExhaustsWithoutBug("lcrq/dfs-small");
    }

    [Fact]
    public void Real_threads_record_linearizable_histories()
    {
        for (int round = 0; round < 30; round++)
        {
            var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(64, tagged: true, threadCaches: 3), 3, Tiny);
            var q = new LcrqQueue<long>(reclaimer, 1, valueCapacity: 64);
            var h = AlternatingHistory.Record(reclaimer.Register, "enqueue", (me, v) => { q.Enqueue(me, v); return null; }, "dequeue", q.TryDequeue);
            var r = LinearizabilityChecker.Check(h, new QueueModel());
            Assert.True(r.IsLinearizable, r.Witness);
        }
    }

    // ------------------------------------------------------------------ FsCheck: the sequential behaviour

    /// <summary>The queue under test and the thread that drives it.</summary>
    public sealed record Subject(LcrqQueue<long> Queue, ReclaimerThread Me);

    /// <summary>The model: the values in the queue, oldest first, and what the last dequeue must have returned.</summary>
    private sealed record FifoState(ImmutableQueue<long> Items, int Count, object? Expected);

    private sealed class LcrqMachine(int ringCapacity) : Machine<Subject, FifoState>(200)
    {
        public override Arbitrary<Setup<Subject, FifoState>> Setup =>
            Arb.From(Gen.Constant(StateMachine.Setup(
                () => { var (q, me) = Create(ReclamationScheme.Ibr, ringCapacity, valueCapacity: 256, rings: 256); return new Subject(q, me); },
                () => new FifoState(ImmutableQueue<long>.Empty, 0, null))));

        public override Gen<Operation<Subject, FifoState>> Next(FifoState model) =>
            Gen.Frequency(
                (3, Gen.Choose(0, 1000).Select(v => (Operation<Subject, FifoState>)new EnqueueOp(v))),
                (2, Gen.Constant<Operation<Subject, FifoState>>(new DequeueOp())));

        private sealed class EnqueueOp(long v) : Operation<Subject, FifoState>
        {
            public override FifoState Run(FifoState m) => new(m.Items.Enqueue(v), m.Count + 1, null);

            public override Property Check(Subject sut, FifoState model)
            {
                sut.Queue.Enqueue(sut.Me, v);
                long count = sut.Queue.Count(sut.Me);
                return (count == model.Count).Label($"count {count}, the model {model.Count}");
            }

            public override string ToString() => $"Enqueue({v})";
        }

        private sealed class DequeueOp : Operation<Subject, FifoState>
        {
            public override FifoState Run(FifoState m) =>
                m.Items.IsEmpty ? new(m.Items, 0, null) : new(m.Items.Dequeue(), m.Count - 1, m.Items.Peek());

            public override Property Check(Subject sut, FifoState model)
            {
                object? actual = sut.Queue.TryDequeue(sut.Me, out long v) ? v : null;
                long count = sut.Queue.Count(sut.Me);
                return (Equals(actual, model.Expected) && count == model.Count).Label($"dequeue returned {actual ?? "empty"}, the model {model.Expected ?? "empty"}; count {count}, the model {model.Count}");
            }

            public override string ToString() => "Dequeue";
        }
    }

    /// <summary>Enqueue/dequeue sequences against an immutable FIFO: results, order, empty, count, across ring closings.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Lcrq_behaves_like_a_sequential_unbounded_fifo(int ringCapacity) =>
        FsCheckXunit.Run(new LcrqMachine(ringCapacity).ToProperty(), 200);
}
