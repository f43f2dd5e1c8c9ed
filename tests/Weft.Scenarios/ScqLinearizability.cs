using System;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// SCQ (<see cref="ScqQueue{T}"/> over two <see cref="ScqRing"/>s) under the scheduler: controlled threads enqueue and
/// dequeue on a queue of one or two slots (rings of two or four entries), so positions wrap around the ring, cycles
/// advance, the queue fills and empties and dequeuers pass enqueuers within a few dozen steps. A <see cref="History"/>
/// records every operation, the main thread drains the queue afterwards (so a lost or duplicated value shows), and the
/// history must be linearizable with respect to <see cref="BoundedQueueModel"/> (slack: one slot per other thread
/// with an operation in flight, SCQ's "full").
///
/// Negative controls: each seeded defect of the ring (<see cref="SeededBug"/> Scq*) must be caught, the wrong-result
/// ones as a non-linearizable history, the missing catch-up by <see cref="ScqTailCaughtUpMonitor"/>, the ignored
/// threshold by <see cref="ScqThresholdBoundedMonitor"/> and, without that monitor under periodic schedules, as the
/// livelock it permits (the engine's step bound).
/// </summary>
public static class ScqLinearizability
{
    // Correct variants.

    [WeftTest("scq/linearizable", Budget = 400, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "two threads enqueue and dequeue on an SCQ of capacity 2 (rings of 4 entries): every history is linearizable")]
    public static void Linearizable() => TwoThreads(capacity: 2, SeededBug.None);

    [WeftTest("scq/linearizable-capacity-1", Budget = 400, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "two threads on an SCQ of capacity 1 (rings of 2 entries: a new cycle every two positions)")]
    public static void LinearizableCapacityOne() => TwoThreads(capacity: 1, SeededBug.None);

    [WeftTest("scq/linearizable-three-threads", Budget = 300, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "three threads enqueue and dequeue on an SCQ of capacity 2, filling and emptying it")]
    public static void LinearizableThreeThreads() => ThreeThreads(capacity: 2, SeededBug.None);

    [WeftTest("scq/linearizable-three-threads-capacity-1", Budget = 4000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "three threads on an SCQ of capacity 1: the workload of the seeded-defect controls, without a defect")]
    public static void LinearizableThreeThreadsCapacityOne() => ThreeThreads(capacity: 1, SeededBug.None);

    [WeftTest("scq/dfs-small", Budget = 2000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "one enqueue+dequeue against one dequeue+enqueue on an SCQ of capacity 1, small enough for exhaustive DFS")]
    public static void DfsSmall() => Small(SeededBug.None);

    // Negative controls: the defects of ScqRing, switched on through the one implementation.

    [WeftTest("scq/enqueue-no-cycle-check", NegativeControl = true, ExpectedMonitor = "RingNoStrandedEntryMonitor", Budget = 2000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "SCQ with the seeded defect 'an enqueuer fills an empty entry of its own cycle': a value lands behind the dequeuer that invalidated it and is lost")]
    public static void EnqueueNoCycleCheck() => TwoThreads(capacity: 1, SeededBug.ScqEnqueueNoCycleCheck);

    [WeftTest("scq/ignore-unsafe", NegativeControl = true, ExpectedMonitor = "RingNoStrandedEntryMonitor", Budget = 4000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "SCQ with the seeded defect 'enqueue ignores the unsafe bit': a value is placed after a dequeuer passed its position and is lost")]
    public static void IgnoreUnsafe() => ThreeThreads(capacity: 1, SeededBug.ScqIgnoreUnsafe);

    [WeftTest("scq/consume-by-store", NegativeControl = true, ExpectedMonitor = "RingNoStrandedEntryMonitor", Budget = 4000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "SCQ with the seeded defect 'consume by load and store': a later cycle's unsafe mark is erased")]
    public static void ConsumeByStore() => ThreeThreads(capacity: 1, SeededBug.ScqConsumeByStore);

    [WeftTest("scq/no-catch-up", NegativeControl = true, ExpectedMonitor = "ScqTailCaughtUpMonitor", Budget = 400,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "SCQ with the seeded defect 'an empty dequeue leaves the tail behind its position'")]
    public static void NoCatchUp() => TwoThreads(capacity: 2, SeededBug.ScqNoCatchUp);

    [WeftTest("scq/no-threshold", NegativeControl = true, ExpectedMonitor = "ScqThresholdBoundedMonitor", Budget = 400,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "SCQ with the seeded defect 'dequeuers ignore the threshold': empty dequeues spend it without bound")]
    public static void NoThreshold() => EmptyDequeues(SeededBug.ScqNoThreshold);

    [WeftTest("scq/empty-dequeues", Budget = 400, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "one thread dequeues an SCQ of capacity 2 six times while another enqueues once and dequeues: empty dequeues stay cheap")]
    public static void EmptyDequeuesCorrect() => EmptyDequeues(SeededBug.None);

    // The livelock a missing threshold permits: every enqueue preempted between its fetch-and-add and its load while
    // the dequeuer invalidates that entry, round after round. Only a schedule that repeats one pattern shows it, so the
    // pair is pinned to the periodic strategy; without the threshold monitor (which names the defect first in
    // scq/no-threshold), the engine's step bound reports it. The correct ring passes the same strategy and bound.

    [WeftTest("scq/no-threshold-livelock", NegativeControl = true, ExpectedBug = BugKind.StepBoundExceeded, Strategy = "periodic", MaxSteps = 400, Budget = 3000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor) },
        Description = "SCQ with the seeded defect 'dequeuers ignore the threshold' under periodic schedules: an empty dequeue and an enqueue keep undoing each other, and the step bound reports the livelock")]
    public static void NoThresholdLivelock() => EmptyDequeues(SeededBug.ScqNoThreshold);

    [WeftTest("scq/empty-dequeues-periodic", Strategy = "periodic", MaxSteps = 400, Budget = 3000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "the workload of scq/no-threshold-livelock on the correct ring, under the same periodic schedules and step bound: the threshold ends every empty dequeue, so no livelock")]
    public static void EmptyDequeuesPeriodic() => EmptyDequeues(SeededBug.None);

    // Workloads.

    private static void TwoThreads(int capacity, SeededBug bug)
    {
        Checker.Emit(new ScqThreadsEvent(3)); // a, b, then main drains
        var queue = new ScqQueue<long>(capacity, WeftConfig.Default with { SeededBug = bug });
        var history = new History();
        var a = WeftThread.Start(() =>
        {
            Enqueue(queue, history, 1);
            Dequeue(queue, history);
            Enqueue(queue, history, 2);
            Dequeue(queue, history);
        });
        var b = WeftThread.Start(() =>
        {
            Enqueue(queue, history, 3);
            Enqueue(queue, history, 4);
            Dequeue(queue, history);
        });
        a.Join();
        b.Join();
        DrainAndCheck(queue, history, threads: 2);
    }

    private static void ThreeThreads(int capacity, SeededBug bug)
    {
        Checker.Emit(new ScqThreadsEvent(4)); // a, b, c, then main drains
        var queue = new ScqQueue<long>(capacity, WeftConfig.Default with { SeededBug = bug });
        var history = new History();
        var a = WeftThread.Start(() =>
        {
            Enqueue(queue, history, 1);
            Dequeue(queue, history);
            Enqueue(queue, history, 2);
        });
        var b = WeftThread.Start(() =>
        {
            Dequeue(queue, history);
            Enqueue(queue, history, 3);
            Dequeue(queue, history);
        });
        var c = WeftThread.Start(() =>
        {
            Enqueue(queue, history, 4);
            Dequeue(queue, history);
            Dequeue(queue, history);
        });
        a.Join();
        b.Join();
        c.Join();
        DrainAndCheck(queue, history, threads: 3);
    }

    private static void EmptyDequeues(SeededBug bug)
    {
        Checker.Emit(new ScqThreadsEvent(3)); // a, b, then main drains
        var queue = new ScqQueue<long>(2, WeftConfig.Default with { SeededBug = bug });
        var history = new History();
        var a = WeftThread.Start(() =>
        {
            for (int i = 0; i < 6; i++) Dequeue(queue, history);
        });
        var b = WeftThread.Start(() =>
        {
            Enqueue(queue, history, 1);
            Dequeue(queue, history);
        });
        a.Join();
        b.Join();
        DrainAndCheck(queue, history, threads: 2);
    }

    private static void Small(SeededBug bug)
    {
        Checker.Emit(new ScqThreadsEvent(3)); // a, b, then main drains
        var queue = new ScqQueue<long>(1, WeftConfig.Default with { SeededBug = bug });
        var history = new History();
        var a = WeftThread.Start(() =>
        {
            Enqueue(queue, history, 1);
            Dequeue(queue, history);
        });
        var b = WeftThread.Start(() =>
        {
            Dequeue(queue, history);
            Enqueue(queue, history, 2);
        });
        a.Join();
        b.Join();
        DrainAndCheck(queue, history, threads: 2);
    }

    private static void Enqueue(ScqQueue<long> queue, History history, long value)
    {
        int id = history.Invoke(Checker.CurrentThreadId, "enqueue", value);
        history.Respond(id, queue.TryEnqueue(value));
    }

    private static object Dequeue(ScqQueue<long> queue, History history)
    {
        int id = history.Invoke(Checker.CurrentThreadId, "dequeue");
        object result = queue.TryDequeue(out long v) ? v : Empty.Value;
        history.Respond(id, result);
        return result;
    }

    /// <summary>Dequeues until empty (at most capacity + 1 times), then checks the history.</summary>
    private static void DrainAndCheck(ScqQueue<long> queue, History history, int threads)
    {
        for (int i = 0; i <= queue.Capacity; i++)
            if (Dequeue(queue, history) is Empty) break;
        var r = LinearizabilityChecker.Check(history, new BoundedQueueModel(queue.Capacity, slack: threads - 1));
        Checker.Assert(r.IsLinearizable, r.Witness);
    }
}
