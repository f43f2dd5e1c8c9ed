using System;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Collections;

/// <summary>
/// The linked list of closable rings behind the unbounded queues: LSCQ (R. Nikolaev, "A Scalable, Portable, and
/// Memory-Efficient Lock-Free FIFO Queue", DISC 2019, Figure 9) and LCRQ (A. Morrison and Y. Afek, "Fast Concurrent
/// Queues for x86 Processors", PPoPP 2013, Figure 6) share it; the ring algorithm is the type parameter's business
/// (<see cref="LinkedRing{TItem}"/>).
///
/// Enqueues go to the tail ring; an enqueue that finds it closed (or closes it) links a new ring that already holds
/// its item and swings the tail. Dequeues take from the head ring; one that finds it empty with a successor gives
/// it a last try (an enqueue that drew a position before the ring closed may have completed since the first try),
/// then swings the head and retires the ring.
///
/// Invariant: the rings from head to tail hold the queue's items in FIFO order, every ring but the last is closed,
/// and a closed ring takes no item that did not already hold a position in it. So the items of a ring all precede
/// those of its successor, and a dequeuer leaves a ring only once it is empty for good.
///
/// Rings live beside the slots of the reclaimer's <see cref="NodePool"/>: a ring handle is a pool handle
/// (generation-tagged, so the CASes on head, tail and links are ABA-safe), the ring object of slot i is reused by
/// every generation of slot i, and a ring is reclaimed through the <see cref="Reclaimer"/>:
/// <see cref="Reclaimer.Protect"/> for head, tail and link reads, retire when the head moves past a ring, reuse only
/// once no thread can still reach it (IBR, DEBRA). Every access to a ring reports to the pool
/// (<see cref="NodePool.Accessed"/>), so the scheduler's NoUseAfterFree monitor checks the reclamation. DEBRA+ is
/// refused by the queues: an operation writes shared ring entries before it linearizes, so it cannot be neutralized
/// and restarted.
///
/// Memory: rings are allocated when a slot is first used, then reused; in steady state an operation allocates
/// nothing. The pool's capacity bounds the rings alive (linked or awaiting reclamation).
///
/// Monitors (controlled build): every change of the list's shape (a ring reset, linked, the head or tail moved) and
/// every return from a ring call is reported as a <c>RingListEvent</c> with the ring's closed flag at that moment;
/// RingListLinkedInOrderMonitor and RingListClosedStaysClosedMonitor check the spec's LinkedInOrder and
/// ClosedStaysClosed on them. Every ring call's beginning and return (with its item) and every new ring's first item
/// at its link are reported as a <c>RingListItemEvent</c>; RingListQueueMatchesMonitor checks QueueMatches (no item
/// lost, duplicated or reordered across rings) on both.
///
/// Specification: tla/RingList/RingList.tla, each ring's algorithm abstracted to one step (a bounded FIFO with a
/// closed flag). The labels (<see cref="StepLabel.At"/>) name its pc values; a ring operation and the access check
/// before it follow their label, so a TLC trace replay runs each ring call as one action.
/// </summary>
internal sealed class RingList<TItem>
{
    private readonly Reclaimer _reclaimer;
    private readonly NodePool _pool;
    private readonly Func<LinkedRing<TItem>> _createRing;
    private readonly LinkedRing<TItem>?[] _rings;
    private readonly SeededBug _bug;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif
    private AtomicInt64 _head;
    private AtomicInt64 _tail;

    /// <summary>A list of one empty ring; <paramref name="createRing"/> makes a slot's ring on the slot's first use.</summary>
    public RingList(Reclaimer reclaimer, Func<LinkedRing<TItem>> createRing)
    {
        _reclaimer = reclaimer;
        _pool = reclaimer.Pool;
        _createRing = createRing;
        _bug = reclaimer.Config.SeededBug;
        _rings = new LinkedRing<TItem>?[_pool.Capacity];
        long first = _pool.Allocate();
        RingOf(first).Reset();
        _head = new AtomicInt64(first);
        _tail = new AtomicInt64(first);
        ListChanged(ListChange.Created, first, NodePool.Null);
    }

    /// <summary>Appends <paramref name="item"/> (throws <see cref="PoolExhaustedException"/> if the ring pool is exhausted).</summary>
    public void Enqueue(ReclaimerThread t, TItem item)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            while (!TryEnqueueOnce(t, item))
            {
                // The tail moved (a ring was linked by another thread): start again from the new tail.
            }
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>One pass of an enqueue from the tail ring: true when the item is in the queue.</summary>
    private bool TryEnqueueOnce(ReclaimerThread t, TItem item)
    {
        long tail = _reclaimer.Protect(t, ref _tail);
        StepLabel.At("enq_read_next");
        var ring = Touch(tail);
        long next = ring.Next.Load(MemoryOrder.Acquire);
        if (next != NodePool.Null)
        {
            StepLabel.At("enq_help_tail");
            // Winning this CAS swings the tail to the ring linked after it (helping a slow linker).
            if (_tail.TryCompareExchange(tail, next, MemoryOrder.AcqRel)) ListChanged(ListChange.TailMoved, tail, next);
            return false;
        }
        StepLabel.At("enq_ring");
        ItemMoved(ItemChange.EnqueueCalled, tail, item);
        bool taken = Touch(tail).TryEnqueueOrClose(item);
        ItemMoved(taken ? ItemChange.Enqueued : ItemChange.EnqueueRefused, tail, item);
        ListChanged(ListChange.Observed, tail, NodePool.Null);
        if (taken) return true;
        // The ring is closed: link a new ring that already holds the item.
        long fresh = _reclaimer.Allocate(t);
        var freshRing = RingOf(fresh);
        freshRing.Reset();
        ListChanged(ListChange.Reset, fresh, NodePool.Null);
        freshRing.TryEnqueueOrClose(item); // the first position of an empty open ring: always succeeds
        _pool.Accessed(fresh, write: true);
        StepLabel.At("enq_link");
        Touch(tail);
        // Winning this CAS links the new ring after the closed tail ring: the item is enqueued (linearization
        // point), after every item of the closed ring. Losing: another ring was linked first.
        if (ring.Next.TryCompareExchange(NodePool.Null, fresh, _bug == SeededBug.RingListLinkRelaxed ? MemoryOrder.Relaxed : MemoryOrder.AcqRel))
        {
            ListChanged(ListChange.Linked, tail, fresh);
            ItemMoved(ItemChange.LinkedWith, fresh, item);
            StepLabel.At("enq_swing_tail");
            // Winning this CAS swings the tail to the new ring; losing means another thread already helped.
            if (_tail.TryCompareExchange(tail, fresh, MemoryOrder.AcqRel)) ListChanged(ListChange.TailMoved, tail, fresh);
            return true;
        }
        StepLabel.At("enq_discard");
        _pool.Free(t.Index, fresh); // never published: no other thread can have seen it
        return false;
    }

    /// <summary>Removes the oldest item; false when the queue is empty.</summary>
    public bool TryDequeue(ReclaimerThread t, out TItem item)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            while (true)
            {
                long head = _reclaimer.Protect(t, ref _head);
                StepLabel.At("deq_ring");
                var ring = Touch(head);
                ItemMoved(ItemChange.DequeueCalled, head, default);
                bool taken = ring.TryDequeue(out item);
                ItemTaken(head, taken, item);
                ListChanged(ListChange.Observed, head, NodePool.Null);
                if (taken) return true;
                StepLabel.At("deq_read_next");
                long next = Touch(head).Next.Load(MemoryOrder.Acquire);
                if (next == NodePool.Null) return false; // the head ring is the last one, and it is empty
                // The ring is closed (a successor is linked only after it closed). An enqueue that drew a position
                // before the closing may have completed since the first try: a last try takes it, or sees the ring
                // empty for good. (The seeded defect skips it.)
                if (_bug != SeededBug.RingListNoLastTry)
                {
                    StepLabel.At("deq_last_try");
                    Touch(head).PrepareLastRound();
                    ItemMoved(ItemChange.DequeueCalled, head, default);
                    taken = ring.TryDequeue(out item);
                    ItemTaken(head, taken, item);
                    ListChanged(ListChange.Observed, head, NodePool.Null);
                    if (taken) return true;
                }
                StepLabel.At("deq_swing_head");
                // Winning this CAS unlinks the empty closed ring: this thread retires it (the seeded defect frees it
                // at once, while other threads may still hold it).
                if (_head.TryCompareExchange(head, next, MemoryOrder.AcqRel))
                {
                    ListChanged(ListChange.HeadMoved, head, next);
                    if (_bug == SeededBug.RingListFreeOnUnlink) _pool.Free(t.Index, head);
                    else _reclaimer.Retire(t, head);
                }
            }
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>
    /// Approximate number of items: the sum of the rings' counts from head to tail (exact when no operation is in
    /// progress). Every link is read through <see cref="Reclaimer.Protect"/>, so no ring is freed while counted.
    /// </summary>
    public long Count(ReclaimerThread t)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            long count = 0;
            long handle = _reclaimer.Protect(t, ref _head);
            while (handle != NodePool.Null)
            {
                var ring = Touch(handle);
                count += ring.Count;
                handle = _reclaimer.Protect(t, ref ring.Next);
            }
            return count;
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>The head handle now, without a scheduling point (spec models' refinement mappings).</summary>
    internal long PeekHead() => _head.Peek();

    /// <summary>The tail handle now, without a scheduling point (spec models' refinement mappings).</summary>
    internal long PeekTail() => _tail.Peek();

    /// <summary>The ring object of pool slot <paramref name="slot"/>, or null if the slot was never used (spec models).</summary>
    internal LinkedRing<TItem>? RingAtSlot(int slot) => _rings[slot];

    /// <summary>What changed, for the list's monitors: the names and order of <c>Weft.Monitors.RingListChange</c>, which
    /// the production build cannot see (RingListMonitorTests checks they agree).</summary>
    private enum ListChange { Created, Reset, Linked, HeadMoved, TailMoved, Observed }

    /// <summary>
    /// Reports a change of the list, or a return from a call on <paramref name="ring"/>, with that ring's closed flag
    /// now (read without a scheduling point): <paramref name="other"/> is the linked successor or the handle the head or
    /// tail moved to. Controlled build only; compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void ListChanged(ListChange change, long ring, long other)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<RingListEvent>()) return;
        bool closed = _rings[NodePool.IndexOf(ring)]?.PeekClosed() ?? false;
        SchedulingHooks.Emit(new RingListEvent(_id, (RingListChange)(int)change, ring, other, closed, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>What a ring call or a link did with an item, for RingListQueueMatchesMonitor: the names and order of
    /// <c>Weft.Monitors.RingListItemStep</c> (RingListMonitorTests checks they agree).</summary>
    private enum ItemChange { EnqueueCalled, Enqueued, EnqueueRefused, DequeueCalled, Dequeued, DequeueFoundEmpty, LinkedWith }

    /// <summary>The return of a dequeue's call on <paramref name="ring"/>: the item taken, or empty.</summary>
    private void ItemTaken(long ring, bool taken, TItem item) =>
        ItemMoved(taken ? ItemChange.Dequeued : ItemChange.DequeueFoundEmpty, ring, taken ? item : default);

    /// <summary>
    /// Reports a ring call beginning or returning, or a new ring linked with its first item (boxed for the monitor).
    /// Emitted with no scheduling point since the call or the link CAS. Controlled build only; compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void ItemMoved(ItemChange change, long ring, TItem? item)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<RingListItemEvent>()) return;
        SchedulingHooks.Emit(new RingListItemEvent(_id, (RingListItemStep)(int)change, ring, item, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>The ring of <paramref name="handle"/>, its access reported to the pool (NoUseAfterFree).</summary>
    private LinkedRing<TItem> Touch(long handle)
    {
        _pool.Accessed(handle, write: false);
        return RingOf(handle);
    }

    /// <summary>
    /// The ring object of a slot, created on the slot's first use (by its owner, before publication: the link CAS that
    /// publishes the slot orders the creation before every reader, which the race detector checks through <see cref="Plain"/>).
    /// </summary>
    private LinkedRing<TItem> RingOf(long handle)
    {
        ref var cell = ref _rings[NodePool.IndexOf(handle)];
        var ring = Plain.Read(ref cell);
        if (ring is null)
        {
            ring = _createRing();
            Plain.Write(ref cell, ring);
        }
        return ring;
    }
}
