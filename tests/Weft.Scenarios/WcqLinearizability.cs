using System;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// wCQ (<see cref="WcqQueue{T}"/> over two <see cref="WcqRing"/>s) under the scheduler: controlled threads enqueue and
/// dequeue on a queue of one or two slots (rings of two or four entries), so positions wrap, cycles advance, the queue
/// fills and empties and dequeuers pass enqueuers within a few dozen steps. Each history, with the main thread's drain
/// at the end, must be linearizable with respect to <see cref="BoundedQueueModel"/> (slack: one slot per other thread
/// with an operation in flight, SCQ's "full"). The slow-path workloads set the fast-path patience to 0 and the help
/// delay to 1: every operation publishes a request and runs the slow path, and every operation first runs another
/// thread's pending request, so the two-phase increments, the notes and the Fin handshake are what is explored.
/// <see cref="RingNoStrandedEntryMonitor"/> follows every position of both rings (no index left behind the head where no
/// dequeuer will take it), <see cref="WcqRequestActiveMonitor"/> watches every slow-path placement, <see cref="WcqStepBoundMonitor"/> every
/// operation's own steps against the wait-freedom bound.
///
/// Negative controls: the seeded defects of the ring (<see cref="SeededBug"/> Wcq*) must be caught.
/// </summary>
public static class WcqLinearizability
{
    private static readonly WcqOptions SlowPathOnly = new() { EnqueuePatience = 0, DequeuePatience = 0, HelpDelay = 1 };

    // Correct variants: the fast path (default patience).

    [WeftTest("wcq/linearizable", Budget = 300, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "two threads enqueue and dequeue on a wCQ of capacity 2 (rings of 4 entries): every history is linearizable")]
    public static void Linearizable() => TwoThreads(capacity: 2, WcqOptions.Default, SeededBug.None);

    [WeftTest("wcq/linearizable-capacity-1", Budget = 300, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "two threads on a wCQ of capacity 1 (rings of 2 entries: a new cycle every two positions)")]
    public static void LinearizableCapacityOne() => TwoThreads(capacity: 1, WcqOptions.Default, SeededBug.None);

    [WeftTest("wcq/dfs-small", Budget = 2000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "one enqueue+dequeue against one dequeue+enqueue on a wCQ of capacity 1, small enough for exhaustive DFS")]
    public static void DfsSmall() => Small(WcqOptions.Default, SeededBug.None);

    // Correct variants: the slow path and helping (patience 0, help delay 1).

    [WeftTest("wcq/slow-path-helping", Budget = 300, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "two threads on a wCQ of capacity 1 whose every operation takes the slow path and first helps the other thread's request")]
    public static void SlowPathHelping() => TwoThreads(capacity: 1, SlowPathOnly, SeededBug.None);

    [WeftTest("wcq/slow-path-three-threads", Budget = 200, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "three threads on a wCQ of capacity 1, every operation on the slow path with helping")]
    public static void SlowPathThreeThreads() => ThreeThreads(capacity: 1, SlowPathOnly, SeededBug.None);

    [WeftTest("wcq/slow-path-dfs-small", Budget = 2000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "the smallest workload with every operation on the slow path, small enough for bounded DFS")]
    public static void SlowPathDfsSmall() => Small(SlowPathOnly, SeededBug.None);

    // Budget 1000: the default portfolio (seed 0x5EED) first meets a slow enqueue that returns on a helper's Fin before
    // that helper re-armed the threshold at iteration 407 (fixed in WcqRing.EnqueueSlow: the owner re-arms itself).
    [WeftTest("wcq/slow-path-outrun", Budget = 1000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "one slow-path enqueue against a thread running eight operations on a wCQ of capacity 2: helping keeps every operation within its wait-freedom bound")]
    public static void SlowPathOutrun() => Outrun(SlowPathOnly, SeededBug.None);

    // Negative controls: the defects of WcqRing, switched on through the one implementation.

    [WeftTest("wcq/helper-ignores-sequence", NegativeControl = true, ExpectedMonitor = "WcqRequestActiveMonitor", Budget = 4000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "wCQ with the seeded defect 'a helper runs an enqueue request without checking that it is still published': a retired request's index is placed again")]
    public static void HelperIgnoresSequence() => ThreeThreads(capacity: 1, SlowPathOnly, SeededBug.WcqHelperIgnoresSequence);

    [WeftTest("wcq/slow-enqueue-no-cycle-check", NegativeControl = true, ExpectedMonitor = "RingNoStrandedEntryMonitor", Budget = 4000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(WcqRequestActiveMonitor), typeof(WcqStepBoundMonitor) },
        Description = "wCQ with the seeded defect 'the slow enqueue fills an entry without the cycle check': a value lands where its dequeuer already passed and is lost")]
    public static void SlowEnqueueNoCycleCheck() => TwoThreads(capacity: 1, SlowPathOnly, SeededBug.WcqSlowEnqueueNoCycleCheck);

    // Workloads.

    private static WcqQueue<long> Create(int capacity, int threads, WcqOptions options, SeededBug bug) =>
        new(capacity, threads, options, WeftConfig.Default with { SeededBug = bug });

    private static void TwoThreads(int capacity, WcqOptions options, SeededBug bug)
    {
        var queue = Create(capacity, threads: 3, options, bug); // a, b, then main drains
        var history = new History();
        WcqHandle main = queue.Register(), ha = queue.Register(), hb = queue.Register();
        var a = WeftThread.Start(() =>
        {
            Enqueue(queue, ha, history, 1);
            Dequeue(queue, ha, history);
            Enqueue(queue, ha, history, 2);
            Dequeue(queue, ha, history);
        });
        var b = WeftThread.Start(() =>
        {
            Enqueue(queue, hb, history, 3);
            Enqueue(queue, hb, history, 4);
            Dequeue(queue, hb, history);
        });
        a.Join();
        b.Join();
        DrainAndCheck(queue, main, history, threads: 2);
    }

    private static void ThreeThreads(int capacity, WcqOptions options, SeededBug bug)
    {
        var queue = Create(capacity, threads: 4, options, bug); // a, b, c, then main drains
        var history = new History();
        WcqHandle main = queue.Register(), ha = queue.Register(), hb = queue.Register(), hc = queue.Register();
        var a = WeftThread.Start(() =>
        {
            Enqueue(queue, ha, history, 1);
            Dequeue(queue, ha, history);
        });
        var b = WeftThread.Start(() =>
        {
            Dequeue(queue, hb, history);
            Enqueue(queue, hb, history, 3);
        });
        var c = WeftThread.Start(() =>
        {
            Enqueue(queue, hc, history, 4);
            Dequeue(queue, hc, history);
        });
        a.Join();
        b.Join();
        c.Join();
        DrainAndCheck(queue, main, history, threads: 3);
    }

    /// <summary>Thread a makes one enqueue and one dequeue while thread b makes four enqueue/dequeue pairs: b can
    /// outrun a's slow path unless b helps a's request.</summary>
    private static void Outrun(WcqOptions options, SeededBug bug)
    {
        var queue = Create(2, threads: 3, options, bug);
        var history = new History();
        WcqHandle main = queue.Register(), ha = queue.Register(), hb = queue.Register();
        var a = WeftThread.Start(() =>
        {
            Enqueue(queue, ha, history, 1);
            Dequeue(queue, ha, history);
        });
        var b = WeftThread.Start(() =>
        {
            for (long v = 2; v < 6; v++)
            {
                Enqueue(queue, hb, history, v);
                Dequeue(queue, hb, history);
            }
        });
        a.Join();
        b.Join();
        DrainAndCheck(queue, main, history, threads: 2);
    }

    private static void Small(WcqOptions options, SeededBug bug)
    {
        var queue = Create(1, threads: 3, options, bug);
        var history = new History();
        WcqHandle main = queue.Register(), ha = queue.Register(), hb = queue.Register();
        var a = WeftThread.Start(() =>
        {
            Enqueue(queue, ha, history, 1);
            Dequeue(queue, ha, history);
        });
        var b = WeftThread.Start(() =>
        {
            Dequeue(queue, hb, history);
            Enqueue(queue, hb, history, 2);
        });
        a.Join();
        b.Join();
        DrainAndCheck(queue, main, history, threads: 2);
    }

    private static void Enqueue(WcqQueue<long> queue, WcqHandle handle, History history, long value)
    {
        int id = history.Invoke(Checker.CurrentThreadId, "enqueue", value);
        history.Respond(id, queue.TryEnqueue(handle, value));
    }

    private static object Dequeue(WcqQueue<long> queue, WcqHandle handle, History history)
    {
        int id = history.Invoke(Checker.CurrentThreadId, "dequeue");
        object result = queue.TryDequeue(handle, out long v) ? v : Empty.Value;
        history.Respond(id, result);
        return result;
    }

    /// <summary>Dequeues until empty (at most capacity + 1 times), then checks the history.</summary>
    private static void DrainAndCheck(WcqQueue<long> queue, WcqHandle main, History history, int threads)
    {
        for (int i = 0; i <= queue.Capacity; i++)
            if (Dequeue(queue, main, history) is Empty) break;
        var r = LinearizabilityChecker.Check(history, new BoundedQueueModel(queue.Capacity, slack: threads - 1));
        Checker.Assert(r.IsLinearizable, r.Witness);
    }
}
