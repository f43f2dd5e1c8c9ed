using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Weft.Atomics;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// The bounded ring of indices of SCQ (R. Nikolaev, "A Scalable, Portable, and Memory-Efficient Lock-Free FIFO Queue",
/// DISC 2019, Figure 8): a lock-free FIFO of small integers in [0, capacity) built from fetch-and-add on two position
/// counters and single-width CAS on 64-bit entries. The packing and its limits are in ScqRing.md beside this file.
///
/// Shape. The ring has 2n entries for a capacity of n indices (n a power of two). Positions are 62-bit counters (bit
/// 62 of the tail is the finalized flag of the unbounded queue, LscqQueue):
/// <c>_tail</c> hands out enqueue positions, <c>_head</c> dequeue positions, both by fetch-and-add. Position p maps to
/// entry p mod 2n and to cycle p / 2n. An entry holds (cycle, unsafe bit, index); index ⊥ (2n − 1, all index bits
/// set) means "no index". Initially every entry is (0, safe, ⊥) and both counters are 2n (cycle 1).
///
/// Invariant. An index enqueued at position p sits in entry p mod 2n tagged with cycle(p) until the dequeuer that
/// drew position p consumes it; an entry's cycle never decreases; a dequeuer that draws p and finds the entry of an
/// older cycle bumps it (an empty entry to cycle(p), an occupied one to unsafe) so that no enqueuer of position ≤ p
/// can later fill it behind the dequeuer's back. An enqueuer fills an entry only if its cycle is older than its own,
/// it holds ⊥, and it is safe or no dequeuer has passed the enqueuer's position yet (head ≤ tail position). The ring
/// never holds more than n indices (the caller guarantees it: SCQ's free-index ring holds the rest), so with 2n
/// entries at least n are free in every window of 2n positions, and an enqueuer that dequeuers stop passing finds
/// one of them.
///
/// Threshold. Dequeuers that find nothing could invalidate every entry enqueuers are about to fill, forever (a
/// livelock of lock-free enqueues against empty dequeues). The threshold bounds empty work: every successful enqueue
/// resets it to 3n − 1, every failed dequeue iteration decrements it, and a dequeue that sees it negative returns
/// "empty" at once. The paper proves that a dequeuer that still has work to do finds it within 3n − 1 failed
/// iterations after the last enqueue, so a negative threshold means "empty".
///
/// Catch-up. A dequeuer that finds tail ≤ its head position + 1 (the ring is empty) moves the tail up to its head
/// position + 1, so that later enqueuers do not draw positions the dequeuers already invalidated.
///
/// Monitors (controlled build): every drawn head position, fill, consume and dequeuer leaving its position is
/// reported to RingNoStrandedEntryMonitor (no index is left behind the head where no dequeuer will take it); every
/// threshold decrement is reported to ScqThresholdBoundedMonitor (the threshold
/// stays within [−k, 3n − 1] for k threads) and every empty dequeue that went through the catch-up to
/// ScqTailCaughtUpMonitor (the tail is then past the dequeuer's position).
///
/// Linearization: an enqueue at its successful entry CAS, a dequeue that returns an index at its consuming fetch-or,
/// an empty dequeue at its load of the tail (or of the threshold) that decides "empty".
/// </summary>
public sealed class ScqRing
{
    // Entry layout (ScqRing.md): bits [0, order) index, bit order the unsafe flag, bits [order + 1, 63) the cycle.
    private readonly int _order;          // log2(2n)
    private readonly long _indexMask;     // 2n - 1: also ⊥
    private readonly long _unsafeBit;     // 1 << order
    private readonly int _cycleShift;     // order + 1
    private readonly long _capacity;      // n
    private readonly long _thresholdReset; // 3n - 1
    private readonly SeededBug _bug;

    private readonly AtomicInt64[] _entries;
    private PaddedCounter _head;
    private PaddedCounter _tail;
    private PaddedCounter _threshold;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    /// <summary>An empty ring for <paramref name="capacity"/> indices (a power of two, at most 2^30).</summary>
    public ScqRing(int capacity, WeftConfig? config = null)
    {
        ValidateCapacity(capacity);
        _bug = (config ?? WeftConfig.Default).SeededBug;
        _capacity = capacity;
        _order = BitOperations.Log2((uint)capacity) + 1;
        _indexMask = (1L << _order) - 1;
        _unsafeBit = 1L << _order;
        _cycleShift = _order + 1;
        _thresholdReset = 3L * capacity - 1;
        _entries = new AtomicInt64[2 * capacity];
        for (int i = 0; i < _entries.Length; i++) _entries[i] = new AtomicInt64(_indexMask); // (cycle 0, safe, ⊥)
        long start = 2L * capacity; // cycle 1: every entry's cycle is older
        _head.Value = new AtomicInt64(start);
        _tail.Value = new AtomicInt64(start);
        _threshold.Value = new AtomicInt64(-1); // empty
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="capacity"/> is a power of two in [1, 2^30].</summary>
    public static void ValidateCapacity(int capacity)
    {
        if (capacity <= 0 || capacity > MaxCapacity || !BitOperations.IsPow2(capacity))
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"the capacity must be a power of two in [1, {MaxCapacity}]");
    }

    /// <summary>The largest capacity: 2^30 indices (2^31 entries would overflow an array length).</summary>
    public const int MaxCapacity = 1 << 30;

    /// <summary>The number of indices the ring holds at most (n; it has 2n entries).</summary>
    public int Capacity => (int)_capacity;

    /// <summary>The reset value of the threshold, 3n − 1.</summary>
    public long ThresholdReset => _thresholdReset;

    /// <summary>
    /// Enqueues <paramref name="index"/> (in [0, capacity)). The caller guarantees that the ring holds fewer than
    /// capacity indices (SCQ: the index was just taken from the other ring), so the enqueue always succeeds.
    /// </summary>
    public void Enqueue(long index)
    {
        if ((ulong)index >= (ulong)_capacity)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"an index of this ring is in [0, {_capacity})");
        while (!TryEnqueueAt(DrawTail(), index))
        {
            // The entry of the drawn position was not fillable (a dequeuer passed it, or it still holds an index of
            // an older cycle): draw the next position.
        }
        RearmThreshold();
    }

    /// <summary>
    /// Every enqueue re-arms the threshold (a store only when it moved: the word is shared by every operation). SeqCst,
    /// as the paper's <c>atomic_store</c>: the enqueue has completed once this returns, and a dequeue invoked after that
    /// must not read the old negative threshold and report empty. A release store may still sit in the store buffer
    /// (x86): TSO exploration found exactly that history (enqueue returned, a later dequeue returned empty).
    /// </summary>
    private void RearmThreshold()
    {
        StepLabel.At("enq_thr_load");
        if (_threshold.Value.Load(MemoryOrder.Acquire) == _thresholdReset) return;
        StepLabel.At("enq_thr_store");
        _threshold.Value.Store(_thresholdReset, MemoryOrder.SeqCst);
    }

    /// <summary>An enqueuer's next position: fetch-and-add on the tail (may carry the finalized bit).</summary>
    private long DrawTail()
    {
        StepLabel.At("enq_faa");
        return _tail.Value.FetchAdd(1, MemoryOrder.SeqCst);
    }

    // Finalization (LSCQ, the paper's Figure 9): bit 62 of the tail closes the ring to enqueues. Only the unbounded
    // queue (LscqQueue) finalizes rings; positions stay below 2^62 (ScqRing.md).

    /// <summary>The tail bit that closes a ring to enqueues.</summary>
    internal const long FinalizedBit = 1L << 62;

    private const long PositionMask = FinalizedBit - 1;

    /// <summary>
    /// Enqueues <paramref name="index"/> unless the ring is finalized (then false, and the index was not enqueued).
    /// The caller guarantees, as for <see cref="Enqueue"/>, that the ring holds fewer than capacity indices.
    /// </summary>
    internal bool TryEnqueueUnlessFinalized(long index)
    {
        while (true)
        {
            long tail = DrawTail();
            if ((tail & FinalizedBit) != 0) return false; // closed: the index goes to the next ring
            if (TryEnqueueAt(tail, index)) break;
        }
        RearmThreshold();
        return true;
    }

    /// <summary>
    /// Finalizes the ring (closes it to enqueues): every later fetch-and-add on the tail returns the finalized bit.
    /// An atomic or, idempotent: the first one closes the ring, later ones change nothing.
    /// </summary>
    internal void Close() => _tail.Value.FetchOr(FinalizedBit, MemoryOrder.AcqRel);

    /// <summary>Re-arms the threshold (LSCQ: a dequeuer gives a finalized ring one more full round before leaving it).</summary>
    internal void ResetThreshold() => _threshold.Value.Store(_thresholdReset, MemoryOrder.SeqCst); // SeqCst: see RearmThreshold

    /// <summary>Back to the state of a new empty ring. Only by the ring's sole owner (a ring just taken from its pool).</summary>
    internal void Reset()
    {
        for (int i = 0; i < _entries.Length; i++) _entries[i].Store(_indexMask, MemoryOrder.Relaxed);
        _head.Value.Store(2 * _capacity, MemoryOrder.Relaxed);
        _tail.Value.Store(2 * _capacity, MemoryOrder.Relaxed);
        _threshold.Value.Store(-1, MemoryOrder.Release);
        PositionChanged(PositionChange.Reset, 2 * _capacity);
    }

    /// <summary>One enqueue attempt at position <paramref name="tail"/>: false when its entry cannot take the index.</summary>
    private bool TryEnqueueAt(long tail, long index)
    {
        ref AtomicInt64 entry = ref _entries[tail & _indexMask];
        long tailCycle = tail >> _order;
        long desired = (tailCycle << _cycleShift) | index; // (cycle(tail), safe, index)
        while (true)
        {
            StepLabel.At("enq_load");
            long seen = entry.Load(MemoryOrder.Acquire);
            if (!Fillable(seen, tail, tailCycle)) return false;
            StepLabel.At("enq_cas");
            // Winning this CAS places the index at position tail: the enqueue takes effect (linearization point) and
            // the dequeuer that draws tail will find it. Losing means a dequeuer bumped the entry: look again.
            if (entry.TryCompareExchange(seen, desired, MemoryOrder.AcqRel))
            {
                PositionChanged(PositionChange.Filled, tail);
                return true;
            }
        }
    }

    /// <summary>The enqueuer of position <paramref name="tail"/> may fill an entry holding <paramref name="seen"/>.</summary>
    private bool Fillable(long seen, long tail, long tailCycle)
    {
        if ((seen & _indexMask) != _indexMask) return false; // holds an index (of an older cycle: not yet consumed)
        bool olderCycle = (seen >> _cycleShift) < tailCycle;
        if (!olderCycle && _bug != SeededBug.ScqEnqueueNoCycleCheck) return false; // a dequeuer of this position passed
        if ((seen & _unsafeBit) == 0 || _bug == SeededBug.ScqIgnoreUnsafe) return true;
        // Unsafe: a dequeuer of a later cycle passed while the entry held an index. Fill only if no dequeuer has
        // drawn this position yet (it will come and find the index).
        StepLabel.At("enq_read_head");
        return _head.Value.Load(MemoryOrder.Acquire) <= tail;
    }

    /// <summary>Dequeues the oldest index, or returns false when the ring is empty.</summary>
    public bool TryDequeue(out long index)
    {
        index = 0;
        if (_threshold.Value.Load(MemoryOrder.Acquire) < 0 && _bug != SeededBug.ScqNoThreshold) return false; // empty
        while (true)
        {
            StepLabel.At("deq_faa");
            long head = _head.Value.FetchAdd(1, MemoryOrder.SeqCst);
            PositionChanged(PositionChange.HeadDrawn, head);
            var outcome = DequeueAt(head, out index);
            if (outcome == DequeueOutcome.Dequeued) return true;
            PositionChanged(PositionChange.DequeueLeft, head);
            StepLabel.At("deq_read_tail");
            long rawTail = _tail.Value.Load(MemoryOrder.Acquire);
            if ((rawTail & PositionMask) <= head + 1)
            {
                // Empty: no enqueuer holds a position past ours. Move the tail up so that enqueuers skip the entries
                // the dequeuers invalidated (a finalized ring takes no more enqueues: nothing to skip), and spend a
                // unit of the threshold.
                if ((rawTail & FinalizedBit) == 0) CatchUp(rawTail, head + 1);
                StepLabel.At("deq_thr_dec_empty");
                long spent = _threshold.Value.FetchAdd(-1, MemoryOrder.AcqRel); // its own statement: ThresholdDecremented is compiled away in production
                ThresholdDecremented(spent - 1);
                EmptyAfterCatchUp(head);
                return false;
            }
            // Winning nothing: each failed iteration spends one unit; the last unit ends the dequeue as empty.
            StepLabel.At("deq_thr_dec");
            long threshold = _threshold.Value.FetchAdd(-1, MemoryOrder.AcqRel);
            ThresholdDecremented(threshold - 1);
            if (threshold <= 0 && _bug != SeededBug.ScqNoThreshold) return false;
        }
    }

    private enum DequeueOutcome { Dequeued, Nothing }

    /// <summary>One dequeue attempt at position <paramref name="head"/>: take its index, or invalidate the entry for it.</summary>
    private DequeueOutcome DequeueAt(long head, out long index)
    {
        ref AtomicInt64 entry = ref _entries[head & _indexMask];
        long headCycle = head >> _order;
        while (true)
        {
            StepLabel.At("deq_load");
            long seen = entry.Load(MemoryOrder.Acquire);
            long entryCycle = seen >> _cycleShift;
            if (entryCycle == headCycle)
            {
                // The enqueuer of position head filled it (only that enqueuer writes cycle(head) with an index here).
                index = seen & _indexMask;
                StepLabel.At("deq_consume");
                Consume(ref entry, seen);
                PositionChanged(PositionChange.Consumed, head);
                return DequeueOutcome.Dequeued;
            }
            index = 0;
            if (entryCycle > headCycle) return DequeueOutcome.Nothing; // a later cycle already owns it
            long invalidated = (seen & _indexMask) == _indexMask
                ? (headCycle << _cycleShift) | (seen & _unsafeBit) | _indexMask // empty: move it to our cycle
                : seen | _unsafeBit;                                            // occupied by an older cycle: unsafe
            // Winning this CAS invalidates the entry for position head: no enqueuer of a position ≤ head fills it
            // now (empty case), or one fills it only while head ≤ its position (unsafe case). Losing: look again.
            StepLabel.At("deq_cas");
            if (entry.TryCompareExchange(seen, invalidated, MemoryOrder.AcqRel)) return DequeueOutcome.Nothing;
        }
    }

    /// <summary>
    /// Marks a taken entry empty, keeping its cycle and unsafe bit: an atomic or of ⊥ into the index bits, so a
    /// concurrent dequeuer of a later cycle that sets the unsafe bit meanwhile is never overwritten.
    /// </summary>
    private void Consume(ref AtomicInt64 entry, long seen)
    {
        if (_bug == SeededBug.ScqConsumeByStore)
        {
            entry.Store(seen | _indexMask, MemoryOrder.Release); // the seeded defect: a later unsafe mark is lost
            return;
        }
        entry.FetchOr(_indexMask, MemoryOrder.AcqRel);
    }

    /// <summary>
    /// Moves the tail from <paramref name="tail"/> up to <paramref name="head"/>, unless enqueuers or other
    /// catch-ups got it there first.
    /// </summary>
    private void CatchUp(long tail, long head)
    {
        if (_bug == SeededBug.ScqNoCatchUp) return;
        while (true)
        {
            StepLabel.At("deq_catchup_cas");
            // Winning this CAS moves the tail past the positions the dequeuers invalidated: enqueuers draw fresh ones.
            if (_tail.Value.TryCompareExchange(tail, head, MemoryOrder.AcqRel)) return;
            StepLabel.At("deq_catchup_read_head");
            head = _head.Value.Load(MemoryOrder.Acquire);
            StepLabel.At("deq_catchup_read_tail");
            tail = _tail.Value.Load(MemoryOrder.Acquire);
            if (tail >= head) return; // someone else caught up (or enqueuers moved ahead)
        }
    }

    /// <summary>
    /// Controlled build: reports an empty dequeue that went through the catch-up to the monitors
    /// (ScqTailCaughtUpMonitor) with the tail now. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void EmptyAfterCatchUp(long head)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<ScqEmptyDequeueEvent>() || (_tail.Value.Peek() & FinalizedBit) != 0) return;
        SchedulingHooks.Emit(new ScqEmptyDequeueEvent(_id, head, _tail.Value.Peek(), SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>Controlled build: reports the threshold after a decrement (ScqThresholdBoundedMonitor). Compiled away in production.</summary>
    /// <summary>What happened at a position, for RingNoStrandedEntryMonitor: the names and order of
    /// <c>Weft.Monitors.RingPositionChange</c>, which the production build cannot see (ScqTests checks they agree).</summary>
    private enum PositionChange { HeadDrawn, DequeueLeft, Filled, Consumed, Reset }

    /// <summary>Reports a position event to RingNoStrandedEntryMonitor (controlled build).</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void PositionChanged(PositionChange change, long position)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<RingPositionEvent>()) return;
        SchedulingHooks.Emit(new RingPositionEvent(_id, (RingPositionChange)(int)change, position & PositionMask, 2 * _capacity, SchedulingHooks.ThreadId));
#endif
    }

    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void ThresholdDecremented(long threshold)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<ScqThresholdEvent>()) return;
        SchedulingHooks.Emit(new ScqThresholdEvent(_id, threshold, _thresholdReset, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>Approximate number of indices: tail − head, clamped to [0, capacity] (exact when quiescent).</summary>
    public int Count
    {
        get
        {
            long head = _head.Value.Load(MemoryOrder.Acquire);
            long tail = _tail.Value.Load(MemoryOrder.Acquire) & PositionMask;
            return (int)Math.Clamp(tail - head, 0, _capacity);
        }
    }

    /// <summary>The threshold, read without a scheduling point (monitors and tests).</summary>
    internal long PeekThreshold() => _threshold.Value.Peek();

    internal long PeekHead() => _head.Value.Peek();

    internal long PeekTail() => _tail.Value.Peek();

    /// <summary>Entry <paramref name="slot"/> decoded: (cycle, unsafe, index; ⊥ = 2n − 1).</summary>
    internal (long Cycle, bool Unsafe, long Index) PeekEntry(int slot)
    {
        long e = _entries[slot].Peek();
        return (e >> _cycleShift, (e & _unsafeBit) != 0, e & _indexMask);
    }

    /// <summary>A counter alone on its cache lines (128 bytes: adjacent-line prefetch), so head, tail and threshold
    /// updates by different threads do not invalidate each other.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct PaddedCounter
    {
        [FieldOffset(64)] public AtomicInt64 Value;
    }
}
