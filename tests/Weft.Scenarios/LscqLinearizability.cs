using Weft.Collections;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Scenarios;

/// <summary>
/// LSCQ (<see cref="LscqQueue{T}"/>) under the scheduler: rings of one or two values, so rings fill, are finalized,
/// linked, left behind and reclaimed within a few dozen steps. Every history (the main thread drains the queue at the
/// end) must be linearizable with respect to the unbounded <see cref="QueueModel"/>; the pool is strict, so the
/// NoUseAfterFree monitor (on by default) checks that no thread touches a ring after it was freed.
/// </summary>
public static class LscqLinearizability
{
    private static readonly WeftConfig Tiny = WeftConfig.Default with { RetireThreshold = 1, EpochFrequency = 1, EpochCheckInterval = 1 };

    [WeftTest("lscq/linearizable-ibr", Budget = 400, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "two threads on an LSCQ of one-value rings reclaimed by IBR: linearizable, no ring used after it was freed")]
    public static void LinearizableIbr() => TwoThreads(ReclamationScheme.Ibr, ringCapacity: 1, SeededBug.None);

    [WeftTest("lscq/linearizable-debra", Budget = 400, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "two threads on an LSCQ of one-value rings reclaimed by DEBRA")]
    public static void LinearizableDebra() => TwoThreads(ReclamationScheme.Debra, ringCapacity: 1, SeededBug.None);

    [WeftTest("lscq/linearizable-leak", Budget = 400, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "two threads on an LSCQ of two-value rings that are never reclaimed")]
    public static void LinearizableLeak() => TwoThreads(ReclamationScheme.None, ringCapacity: 2, SeededBug.None);

    [WeftTest("lscq/linearizable-three-threads-ibr", Budget = 300, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "three threads on an LSCQ of one-value rings reclaimed by IBR")]
    public static void LinearizableThreeThreadsIbr() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.None);

    // Without the ring-list monitors: a thread whose ring was freed and reused under it sees the ring reopened at the
    // end of its call, which RingListClosedStaysClosedMonitor reports first in some schedules; this control shows NoUseAfterFree.
    [WeftTest("lscq/use-after-free-immediate", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 2000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "LSCQ freeing a ring as soon as the head leaves it: a thread that still holds the ring touches it after it was freed")]
    public static void UseAfterFreeImmediate() => ThreeThreads(ReclamationScheme.Immediate, SeededBug.None);

    [WeftTest("lscq/no-finalize", NegativeControl = true, ExpectedMonitor = "RingListLinkedInOrderMonitor", Budget = 4000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "LSCQ with the seeded defect 'a full ring is not finalized': a new ring is linked after the open one (LinkedInOrder; tla/RingList/MC_NoClose.cfg), where a late enqueue lands ahead of values of the new one")]
    public static void NoFinalize() => ThreeThreads(ReclamationScheme.None, SeededBug.LscqNoFinalize);

    [WeftTest("lscq/ringlist-no-last-try", NegativeControl = true, ExpectedMonitor = "RingListQueueMatchesMonitor", Budget = 4000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "LSCQ with the seeded defect 'the head leaves an empty ring with a successor without the last try': an item that completed in the ring meanwhile is lost")]
    public static void RingListNoLastTry() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.RingListNoLastTry);

    // Without the ring-list monitors: a thread whose ring was freed and reused under it sees the ring reopened at the
    // end of its call, which RingListClosedStaysClosedMonitor reports first in some schedules; this control shows NoUseAfterFree.
    [WeftTest("lscq/ringlist-free-on-unlink", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 2000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "LSCQ under IBR with the seeded defect 'the dequeuer that unlinks a ring frees it at once': a thread that still holds the ring touches it after it was freed")]
    public static void RingListFreeOnUnlink() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.RingListFreeOnUnlink);

    [WeftTest("lscq/ringlist-link-relaxed-race", NegativeControl = true, ExpectedBug = BugKind.DataRace, Budget = 2000, RaceDetector = true,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor) },
        Description = "LSCQ with the seeded defect 'a new ring is linked with a Relaxed CAS': a dequeuer that moves to it reads the slot's ring object unordered with its creation")]
    public static void RingListLinkRelaxedRace() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.RingListLinkRelaxed);

    [WeftTest("lscq/dfs-small", Budget = 1000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(ScqTailCaughtUpMonitor), typeof(ScqThresholdBoundedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "two enqueues (the second links a ring) against a dequeue on an LSCQ of one-value rings under IBR, small enough for exhaustive DFS")]
    public static void DfsSmall() => ReclaimedQueueWorkloads.EnqueuesVsDequeue(Create(ReclamationScheme.Ibr, ringCapacity: 1, SeededBug.None, threads: 3));

    private static void TwoThreads(ReclamationScheme scheme, int ringCapacity, SeededBug bug) =>
        ReclaimedQueueWorkloads.TwoThreads(Create(scheme, ringCapacity, bug, threads: 3));

    private static void ThreeThreads(ReclamationScheme scheme, SeededBug bug) =>
        ReclaimedQueueWorkloads.ThreeThreads(Create(scheme, ringCapacity: 1, bug, threads: 4));

    private static RecordedQueue Create(ReclamationScheme scheme, int ringCapacity, SeededBug bug, int threads)
    {
        Checker.Emit(new ScqThreadsEvent(threads));
        var pool = new NodePool(32, tagged: true, threadCaches: threads, strict: true);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: threads, Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(scheme, reclaimer.Config, threads, threads);
        var queue = new LscqQueue<long>(reclaimer, ringCapacity);
        return new RecordedQueue(reclaimer, queue.Enqueue, queue.TryDequeue);
    }
}
