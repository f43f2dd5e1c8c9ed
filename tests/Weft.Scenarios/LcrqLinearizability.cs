using Weft.Collections;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Scenarios;

/// <summary>
/// LCRQ (<see cref="LcrqQueue{T}"/>) under the scheduler: CRQ rings of one or two entries, so rings fill, are closed,
/// linked, left behind and reclaimed within a few dozen steps, and empty dequeues run ahead of enqueues (the empty
/// transition, the unsafe mark, fixState). Every history (the main thread drains the queue at the end) must be
/// linearizable with respect to the unbounded <see cref="QueueModel"/>; the ring pool is strict, so the
/// NoUseAfterFree monitor (on by default) checks that no thread touches a ring, or a value slot, after it was freed.
/// </summary>
public static class LcrqLinearizability
{
    private static readonly WeftConfig Tiny = WeftConfig.Default with { RetireThreshold = 1, EpochFrequency = 1, EpochCheckInterval = 1 };

    [WeftTest("lcrq/linearizable-ibr", Budget = 400, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "two threads on an LCRQ of one-entry rings reclaimed by IBR: linearizable, no ring used after it was freed")]
    public static void LinearizableIbr() => TwoThreads(ReclamationScheme.Ibr, ringCapacity: 1, SeededBug.None);

    [WeftTest("lcrq/linearizable-debra", Budget = 400, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "two threads on an LCRQ of one-entry rings reclaimed by DEBRA")]
    public static void LinearizableDebra() => TwoThreads(ReclamationScheme.Debra, ringCapacity: 1, SeededBug.None);

    [WeftTest("lcrq/linearizable-leak", Budget = 400, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "two threads on an LCRQ of two-entry rings that are never reclaimed")]
    public static void LinearizableLeak() => TwoThreads(ReclamationScheme.None, ringCapacity: 2, SeededBug.None);

    [WeftTest("lcrq/linearizable-three-threads-ibr", Budget = 300, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "three threads on an LCRQ of two-entry rings reclaimed by IBR (dequeues run ahead of enqueues)")]
    public static void LinearizableThreeThreadsIbr() => ThreeThreads(ReclamationScheme.Ibr, ringCapacity: 2, SeededBug.None);

    // Without the ring-list monitors: a thread whose ring was freed and reused under it sees the ring reopened at the
    // end of its call, which RingListClosedStaysClosedMonitor reports first in some schedules; this control shows NoUseAfterFree.
    [WeftTest("lcrq/use-after-free-immediate", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 2000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor) },
        Description = "LCRQ freeing a ring as soon as the head leaves it: a thread that still holds the ring touches it after it was freed")]
    public static void UseAfterFreeImmediate() => ThreeThreads(ReclamationScheme.Immediate, ringCapacity: 1, SeededBug.None);

    [WeftTest("lcrq/ignore-unsafe", NegativeControl = true, ExpectedMonitor = "RingNoStrandedEntryMonitor", Budget = 4000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "LCRQ with the seeded defect 'an enqueuer fills an unsafe entry its dequeuer passed': the value is lost")]
    public static void IgnoreUnsafe() => ThreeThreads(ReclamationScheme.None, ringCapacity: 2, SeededBug.LcrqIgnoreUnsafe);

    [WeftTest("lcrq/no-empty-transition", NegativeControl = true, ExpectedMonitor = "RingNoStrandedEntryMonitor", Budget = 4000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "LCRQ with the seeded defect 'a dequeuer does not mark an empty entry it passes': the enqueuer of that position fills it behind the dequeuer, the value is lost")]
    public static void NoEmptyTransition() => ThreeThreads(ReclamationScheme.None, ringCapacity: 2, SeededBug.LcrqNoEmptyTransition);

    [WeftTest("lcrq/no-close-when-full", NegativeControl = true, ExpectedMonitor = "RingListLinkedInOrderMonitor", Budget = 4000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "LCRQ with the seeded defect 'a full ring is not closed': a new ring is linked after the open one (LinkedInOrder; tla/RingList/MC_NoClose.cfg), where a later enqueue lands, lost or behind values of the new one")]
    public static void NoCloseWhenFull() => ThreeThreads(ReclamationScheme.None, ringCapacity: 1, SeededBug.LcrqNoCloseWhenFull);

    // Only the item monitor: it names the loss itself (RingListLinkedInOrderMonitor would report the open ring first).
    [WeftTest("lcrq/close-dropped", NegativeControl = true, ExpectedMonitor = "RingListQueueMatchesMonitor", Budget = 4000,
        Monitors = new[] { typeof(RingListQueueMatchesMonitor) },
        Description = "LCRQ with the seeded defect 'closing a ring does nothing' (the production build's behaviour while the fetch-or sat in a [Conditional] hook): an enqueue lands in a ring the dequeuers left for good, the value is lost")]
    public static void CloseDropped() => ThreeThreads(ReclamationScheme.None, ringCapacity: 1, SeededBug.LcrqCloseDropped);

    [WeftTest("lcrq/fixstate-reopens", NegativeControl = true, ExpectedMonitor = "CrqClosedStaysClosedMonitor", Budget = 2000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "LCRQ with the seeded defect 'fixState moves the tail of a closed ring': the closed bit is dropped and the ring reopened")]
    public static void FixStateReopens() => TwoThreads(ReclamationScheme.None, ringCapacity: 1, SeededBug.LcrqFixStateReopens);

    [WeftTest("lcrq/ringlist-reopens", NegativeControl = true, ExpectedMonitor = "RingListClosedStaysClosedMonitor", Budget = 2000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "the list's view of LCRQ's seeded defect 'fixState moves the tail of a closed ring' (tla/RingList/MC_Reopens.cfg): a dequeue on the closed ring leaves it open (CRQ's own monitor, which names it first in lcrq/fixstate-reopens, is left off)")]
    public static void RingListReopens() => TwoThreads(ReclamationScheme.None, ringCapacity: 1, SeededBug.LcrqFixStateReopens);

    [WeftTest("lcrq/ringlist-no-last-try", NegativeControl = true, ExpectedMonitor = "RingListQueueMatchesMonitor", Budget = 4000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "LCRQ with the seeded defect 'the head leaves an empty ring with a successor without the last try': an item that completed in the ring meanwhile is lost")]
    public static void RingListNoLastTry() => ThreeThreads(ReclamationScheme.Ibr, ringCapacity: 1, SeededBug.RingListNoLastTry);

    // Without the ring-list monitors: a thread whose ring was freed and reused under it sees the ring reopened at the
    // end of its call, which RingListClosedStaysClosedMonitor reports first in some schedules; this control shows NoUseAfterFree.
    [WeftTest("lcrq/ringlist-free-on-unlink", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 2000,
        Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor) },
        Description = "LCRQ under IBR with the seeded defect 'the dequeuer that unlinks a ring frees it at once': a thread that still holds the ring touches it after it was freed")]
    public static void RingListFreeOnUnlink() => ThreeThreads(ReclamationScheme.Ibr, ringCapacity: 1, SeededBug.RingListFreeOnUnlink);

    [WeftTest("lcrq/dfs-small", Budget = 1000, Monitors = new[] { typeof(RingNoStrandedEntryMonitor), typeof(CrqClosedStaysClosedMonitor), typeof(RingListLinkedInOrderMonitor), typeof(RingListClosedStaysClosedMonitor), typeof(RingListQueueMatchesMonitor) },
        Description = "two enqueues (the second closes the ring and links one) against a dequeue on an LCRQ of one-entry rings under IBR, small enough for exhaustive DFS")]
    public static void DfsSmall() => ReclaimedQueueWorkloads.EnqueuesVsDequeue(Create(ReclamationScheme.Ibr, ringCapacity: 1, SeededBug.None, threads: 3));

    private static void TwoThreads(ReclamationScheme scheme, int ringCapacity, SeededBug bug) =>
        ReclaimedQueueWorkloads.TwoThreads(Create(scheme, ringCapacity, bug, threads: 3));

    private static void ThreeThreads(ReclamationScheme scheme, int ringCapacity, SeededBug bug) =>
        ReclaimedQueueWorkloads.ThreeThreads(Create(scheme, ringCapacity, bug, threads: 4));

    private static RecordedQueue Create(ReclamationScheme scheme, int ringCapacity, SeededBug bug, int threads)
    {
        var pool = new NodePool(32, tagged: true, threadCaches: threads, strict: true);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: threads, Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(scheme, reclaimer.Config, threads, threads);
        var queue = new LcrqQueue<long>(reclaimer, ringCapacity, valueCapacity: 16);
        return new RecordedQueue(reclaimer, queue.Enqueue, queue.TryDequeue);
    }
}
