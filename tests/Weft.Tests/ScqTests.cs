using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Models;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// SCQ outside the scheduler: argument checks, the sequential behaviour against a bounded FIFO (examples and an FsCheck
/// state machine), histories of real threads, zero allocation per operation, and exhaustive DFS of the smallest
/// registered workload. The registered scq/ tests (correct variants and seeded-defect controls) run in
/// CanonicalBugTests with every other registered test.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class ScqTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(int.MinValue)]
    public void A_capacity_that_is_not_a_positive_power_of_two_at_most_2_to_the_30_is_rejected(int capacity)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ScqQueue<long>(capacity));
        Assert.Equal("capacity", e.ParamName);
        Assert.Contains("power of two", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(long.MaxValue)]
    public void A_ring_rejects_an_index_outside_its_capacity(long index)
    {
        var ring = new ScqRing(4);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ring.Enqueue(index));
        Assert.Equal("index", e.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Fills_to_capacity_refuses_then_empties_in_order_over_many_cycles(int capacity)
    {
        var q = new ScqQueue<long>(capacity);
        long next = 0, expected = 0;
        for (int round = 0; round < 500; round++)
        {
            for (int i = 0; i < capacity; i++) Assert.True(q.TryEnqueue(next++));
            Assert.Equal(capacity, q.Count);
            Assert.False(q.TryEnqueue(-1));
            for (int i = 0; i < capacity; i++)
            {
                Assert.True(q.TryDequeue(out long v));
                Assert.Equal(expected++, v);
            }
            Assert.False(q.TryDequeue(out _));
            Assert.Equal(0, q.Count);
        }
    }

    [Fact]
    public void A_dequeued_reference_is_not_kept_by_the_queue()
    {
        var q = new ScqQueue<object>(2);
        var weak = Enqueue(q);
        Dequeue(q);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(weak.IsAlive);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        static WeakReference Enqueue(ScqQueue<object> q)
        {
            var o = new object();
            Assert.True(q.TryEnqueue(o));
            return new WeakReference(o);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        static void Dequeue(ScqQueue<object> q) => Assert.True(q.TryDequeue(out _)); // the value dies with this frame
    }

    [Fact]
    public void Operations_allocate_nothing()
    {
        var q = new ScqQueue<long>(16);
        for (int i = 0; i < 1000; i++) { q.TryEnqueue(i); q.TryDequeue(out _); }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100_000; i++)
        {
            q.TryEnqueue(i);
            q.TryEnqueue(i);
            q.TryDequeue(out _);
            q.TryDequeue(out _);
            q.TryDequeue(out _); // empty
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Real_threads_record_linearizable_histories()
    {
        for (int round = 0; round < 50; round++)
        {
            var q = new ScqQueue<long>(2);
            var h = new History();
            using var start = new System.Threading.Barrier(3);
            var threads = Enumerable.Range(0, 3).Select(t => new System.Threading.Thread(() =>
            {
                start.SignalAndWait();
                for (int i = 0; i < 4; i++)
                {
                    if ((i + t) % 2 == 0)
                    {
                        long v = t * 10 + i;
                        int id = h.Invoke(t, "enqueue", v);
                        h.Respond(id, q.TryEnqueue(v));
                    }
                    else
                    {
                        int id = h.Invoke(t, "dequeue");
                        h.Respond(id, q.TryDequeue(out long v) ? v : Empty.Value);
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Equal(12, h.Count);
            var r = LinearizabilityChecker.Check(h, new BoundedQueueModel(2, slack: 2));
            Assert.True(r.IsLinearizable, r.Witness);
        }
    }

    [Fact]
    public void The_smallest_workload_passes_exhaustive_dfs()
    {
        var test = CanonicalBugTests.Registered("scq/dfs-small");
        var r = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 2, Iterations = 100_000, ScheduleDirectory = TestPaths.ScheduleDir }));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.True(r.Exhausted, $"DFS did not exhaust its space in {r.Iterations} schedules");
    }

    // ------------------------------------------------------------------ FsCheck: the sequential behaviour

    /// <summary>The model: the values in the queue, oldest first, and what the last operation must have returned.</summary>
    private sealed record QueueModelState(ImmutableQueue<long> Items, int Count, object? Expected);

    private sealed class ScqMachine(int capacity) : Machine<ScqQueue<long>, QueueModelState>(200)
    {
        public override Arbitrary<Setup<ScqQueue<long>, QueueModelState>> Setup =>
            Arb.From(Gen.Constant(StateMachine.Setup(() => new ScqQueue<long>(capacity), () => new QueueModelState(ImmutableQueue<long>.Empty, 0, null))));

        public override Gen<Operation<ScqQueue<long>, QueueModelState>> Next(QueueModelState model) =>
            Gen.Frequency(
                (3, Gen.Choose(0, 1000).Select(v => (Operation<ScqQueue<long>, QueueModelState>)new EnqueueOp(v, capacity))),
                (2, Gen.Constant<Operation<ScqQueue<long>, QueueModelState>>(new DequeueOp())));

        private sealed class EnqueueOp(long v, int capacity) : Operation<ScqQueue<long>, QueueModelState>
        {
            public override QueueModelState Run(QueueModelState m) =>
                m.Count < capacity ? new(m.Items.Enqueue(v), m.Count + 1, true) : new(m.Items, m.Count, false);

            public override Property Check(ScqQueue<long> sut, QueueModelState model)
            {
                bool actual = sut.TryEnqueue(v);
                return (Equals(actual, model.Expected) && sut.Count == model.Count).Label($"enqueue returned {actual}, the model {model.Expected}; count {sut.Count}, the model {model.Count}");
            }

            public override string ToString() => $"Enqueue({v})";
        }

        private sealed class DequeueOp : Operation<ScqQueue<long>, QueueModelState>
        {
            public override QueueModelState Run(QueueModelState m) =>
                m.Items.IsEmpty ? new(m.Items, 0, null) : new(m.Items.Dequeue(), m.Count - 1, m.Items.Peek());

            public override Property Check(ScqQueue<long> sut, QueueModelState model)
            {
                object? actual = sut.TryDequeue(out long v) ? v : null;
                return (Equals(actual, model.Expected) && sut.Count == model.Count).Label($"dequeue returned {actual ?? "empty"}, the model {model.Expected ?? "empty"}");
            }

            public override string ToString() => "Dequeue";
        }
    }

    /// <summary>Enqueue/dequeue sequences against an immutable bounded FIFO: results, order, full and empty, count.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Scq_behaves_like_a_sequential_bounded_fifo(int capacity) =>
        FsCheckXunit.Run(new ScqMachine(capacity).ToProperty(), 200);

    /// <summary>
    /// ScqRing, CrqRing and WcqRing report position events through a private mirror of <see cref="Weft.Monitors.RingPositionChange"/> (the
    /// production build cannot see the harness): the two must list the same changes in the same order.
    /// </summary>
    [Theory]
    [InlineData(typeof(ScqRing))]
    [InlineData(typeof(CrqRing))]
    [InlineData(typeof(WcqRing))]
    public void The_ring_s_position_changes_mirror_the_monitor_s(Type ringType)
    {
        var mirror = ringType.GetNestedType("PositionChange", System.Reflection.BindingFlags.NonPublic);
        Assert.NotNull(mirror);
        Assert.Equal(Enum.GetNames(typeof(Weft.Monitors.RingPositionChange)), Enum.GetNames(mirror!));
        foreach (var name in Enum.GetNames(mirror!))
            Assert.Equal((int)Enum.Parse(typeof(Weft.Monitors.RingPositionChange), name), (int)Enum.Parse(mirror!, name));
    }

    /// <summary>
    /// RingNoStrandedEntryMonitor on its own: an index filled at a position the head has passed, with no dequeuer
    /// holding it, fails; the same fill while the position's dequeuer still holds it, then consumed, passes.
    /// </summary>
    [Fact]
    public void The_stranded_index_monitor_fails_only_on_an_index_no_dequeuer_will_take()
    {
        static void Run(Weft.Monitors.RingNoStrandedEntryMonitor m, params (Weft.Monitors.RingPositionChange Change, long Position)[] events)
        {
            foreach (var (change, position) in events) m.On(new Weft.Monitors.RingPositionEvent(1, change, position, 4, 1));
        }

        var ok = new Weft.Monitors.RingNoStrandedEntryMonitor();
        Run(ok, (Weft.Monitors.RingPositionChange.HeadDrawn, 4), (Weft.Monitors.RingPositionChange.Filled, 4), (Weft.Monitors.RingPositionChange.Consumed, 4),
            (Weft.Monitors.RingPositionChange.Filled, 5), (Weft.Monitors.RingPositionChange.HeadDrawn, 5), (Weft.Monitors.RingPositionChange.Consumed, 5));

        var stranded = new Weft.Monitors.RingNoStrandedEntryMonitor();
        var e = Assert.ThrowsAny<Exception>(() => Run(stranded,
            (Weft.Monitors.RingPositionChange.HeadDrawn, 4), (Weft.Monitors.RingPositionChange.DequeueLeft, 4), (Weft.Monitors.RingPositionChange.Filled, 4)));
        Assert.Contains("position 4", e.Message, StringComparison.Ordinal);
        Assert.Contains("stranded", e.Message, StringComparison.Ordinal);
    }
}
