using System;
using System.Runtime.InteropServices;
using Weft.Atomics;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// One CRQ ring of LCRQ (A. Morrison and Y. Afek, "Fast Concurrent Queues for x86 Processors", PPoPP 2013, Figures
/// 3–5): a concurrent ring queue of R entries driven by fetch-and-add on two position counters, which a tail enqueuer
/// closes when it cannot make progress. It carries 32-bit value handles (1 … 2^32 − 1; 0 is ⊥); the values themselves
/// live in <see cref="LcrqQueue{T}"/>'s value array. The paper's CAS2 on the 128-bit entry (safe, index, value) is
/// replaced by one 64-bit CAS on a packed word; the packing and its limits are in Lcrq.md beside this file.
///
/// Shape. <c>_tail</c> hands out enqueue positions, <c>_head</c> dequeue positions (fetch-and-add). Position p maps
/// to entry p mod R. An entry holds (unsafe bit, index, value handle): the index is the position it is ready for (an
/// enqueuer of position t fills an empty entry whose index is ≤ t and writes index t), the handle is ⊥ when empty.
/// Initially entry i is (safe, i, ⊥). Bit 62 of the tail is the closed bit: once set, every enqueue on the ring fails.
///
/// Invariant. A value enqueued at position t sits in entry t mod R with index t until the dequeuer of position t
/// takes it; the dequeuer of position h leaves entry h mod R with index > h or marked so that no enqueuer of position
/// h fills it after the dequeuer passed: an empty entry is moved to index h + R ("empty transition"), an entry still
/// holding an older value is marked unsafe, and an enqueuer fills an unsafe entry only while head ≤ its position
/// (no dequeuer of its position can have passed). Entry indices only grow. A closed ring takes no new value, so its
/// values all precede those of the ring linked after it.
///
/// Closing. An enqueuer that fails and finds the ring full (t − head ≥ R) or that has failed <see cref="StarvationLimit"/>
/// times closes the ring (fetch-or of the closed bit) and fails, and so does one whose position would let an entry
/// index overflow its 31 bits (<see cref="PositionLimit"/>): a ring is closed before its index bits can wrap.
///
/// Monitor (controlled build): every closing, every fixState move of the tail and every reset is reported to
/// CrqClosedStaysClosedMonitor (a closed ring's tail keeps its closed bit until the ring is reset for reuse).
///
/// Linearization: an enqueue at its winning entry CAS; a dequeue that returns a value at its winning entry CAS; an
/// empty dequeue at its read of the tail that finds tail ≤ h + 1.
/// </summary>
public sealed class CrqRing
{
    // Entry layout (Lcrq.md): bits [0, 32) value handle (0 = ⊥), bits [32, 63) index, bit 63 unsafe (1 = unsafe).
    private const int IndexShift = 32;
    private const long HandleMask = 0xFFFF_FFFFL;
    private const long IndexMask = 0x7FFF_FFFFL;
    private const long UnsafeBit = long.MinValue; // bit 63

    /// <summary>The tail bit that closes the ring to enqueues.</summary>
    internal const long ClosedBit = 1L << 62;
    private const long PositionMask = ClosedBit - 1;

    /// <summary>Failed enqueue attempts after which an enqueuer closes the ring (the paper's "starving").</summary>
    public const int StarvationLimit = 16;

    /// <summary>The largest ring: 2^20 entries (an entry index t + R must stay below 2^31 for a useful lifetime).</summary>
    public const int MaxCapacity = 1 << 20;

    private readonly long _capacity;
    private readonly int _mask;
    private readonly SeededBug _bug;
    private readonly AtomicInt64[] _entries;
    private PaddedCounter _head;
    private PaddedCounter _tail;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    /// <summary>An empty ring of <paramref name="capacity"/> entries (a power of two in [1, 2^20]).</summary>
    public CrqRing(int capacity, WeftConfig? config = null)
    {
        ValidateCapacity(capacity);
        _bug = (config ?? WeftConfig.Default).SeededBug;
        _capacity = capacity;
        _mask = capacity - 1;
        _entries = new AtomicInt64[capacity];
        Reset();
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="capacity"/> is a power of two in [1, 2^20].</summary>
    public static void ValidateCapacity(int capacity)
    {
        if (capacity <= 0 || capacity > MaxCapacity || (capacity & (capacity - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"the ring capacity must be a power of two in [1, {MaxCapacity}]");
    }

    /// <summary>Entries of the ring (R).</summary>
    public int Capacity => (int)_capacity;

    /// <summary>Enqueue positions stay below this (2^31 − R): the index an entry takes, at most position + R, fits in 31 bits.</summary>
    public long PositionLimit => IndexMask + 1 - _capacity;

    /// <summary>True once an enqueuer closed the ring (it takes no more values).</summary>
    public bool IsClosed => (_tail.Value.Load(MemoryOrder.Acquire) & ClosedBit) != 0;

    /// <summary>Back to an empty open ring: entry i = (safe, i, ⊥), head = tail = 0. Only by the ring's sole owner.</summary>
    internal long PeekHead() => _head.Value.Peek();

    internal long PeekTail() => _tail.Value.Peek();

    /// <summary>Entry <paramref name="slot"/> decoded: (unsafe, index, value handle; 0 = ⊥).</summary>
    internal (bool Unsafe, long Index, long Value) PeekEntry(int slot)
    {
        long e = _entries[slot].Peek();
        return ((e & UnsafeBit) != 0, (e >> IndexShift) & IndexMask, e & HandleMask);
    }

    internal void Reset()
    {
        for (int i = 0; i < _entries.Length; i++) _entries[i].Store((long)i << IndexShift, MemoryOrder.Relaxed);
        _head.Value.Store(0, MemoryOrder.Relaxed);
        _tail.Value.Store(0, MemoryOrder.Release);
        TailChanged(TailReset, 0);
        PositionChanged(PositionChange.Reset, 0);
    }

    /// <summary>
    /// Enqueues value handle <paramref name="handle"/> (in [1, 2^32)); false when the ring is closed (then the handle
    /// was not enqueued and the caller goes to the next ring).
    /// </summary>
    public bool TryEnqueue(long handle)
    {
        if (handle <= 0 || handle > HandleMask)
            throw new ArgumentOutOfRangeException(nameof(handle), handle, "a CRQ value handle is in [1, 2^32 - 1]");
        for (int attempt = 1; ; attempt++)
        {
            StepLabel.At("enq_faa");
            long tail = _tail.Value.FetchAdd(1, MemoryOrder.SeqCst);
            if ((tail & ClosedBit) != 0) return false;
            if (tail >= PositionLimit)
            {
                Close(); // the next index would not fit in 31 bits: this ring's lifetime is over
                return false;
            }
            if (TryEnqueueAt(tail, handle)) return true;
            StepLabel.At("enq_full_head");
            long head = _head.Value.Load(MemoryOrder.Acquire);
            if (tail - head >= _capacity)
            {
                if (_bug != SeededBug.LcrqNoCloseWhenFull) Close();
                return false; // full: the value goes to a new ring
            }
            if (attempt >= StarvationLimit)
            {
                Close();
                return false;
            }
        }
    }

    /// <summary>One enqueue attempt at position <paramref name="tail"/>: false when its entry cannot take the value.</summary>
    private bool TryEnqueueAt(long tail, long handle)
    {
        ref AtomicInt64 entry = ref _entries[tail & _mask];
        StepLabel.At("enq_load");
        long seen = entry.Load(MemoryOrder.Acquire);
        if ((seen & HandleMask) != 0) return false;                      // occupied
        if (((seen >> IndexShift) & IndexMask) > tail) return false;     // a dequeuer of this position already passed
        bool safe = (seen & UnsafeBit) == 0 || _bug == SeededBug.LcrqIgnoreUnsafe;
        if (!safe && HeadPassed(tail)) return false; // unsafe and our dequeuer may have passed
        long desired = (tail << IndexShift) | handle;                     // (safe, tail, handle)
        // Winning this CAS (the paper's CAS2 (s, idx, ⊥) → (1, t, x)) places the value at position tail: the enqueue
        // takes effect (linearization point) and the dequeuer of tail will take it. Losing: a dequeuer moved the
        // entry on or marked it, or another enqueuer filled it: draw a new position.
        StepLabel.At("enq_cas");
        if (!entry.TryCompareExchange(seen, desired, MemoryOrder.AcqRel)) return false;
        PositionChanged(PositionChange.Filled, tail);
        return true;
    }

    /// <summary>An enqueuer's check of an unsafe entry: has a dequeuer drawn a position past <paramref name="tail"/>?</summary>
    private bool HeadPassed(long tail)
    {
        StepLabel.At("enq_unsafe_head");
        return _head.Value.Load(MemoryOrder.Acquire) > tail;
    }

    /// <summary>Closes the ring to enqueues (a fetch-or of the closed bit: the first closes it, later ones change nothing).</summary>
    internal void Close()
    {
        StepLabel.At("enq_close");
        // The fetch-or is a statement of its own, never an argument of TailChanged: a [Conditional] call is removed
        // with its arguments in the production build, which would leave the ring open there while the controlled
        // build closes it. An open ring with a successor loses values: a later enqueue lands in it after the
        // dequeuers left it for good. Analyzer rule WEFT004 rejects that shape; lcrq/close-dropped (seeded
        // LcrqCloseDropped) shows the loss.
        if (_bug == SeededBug.LcrqCloseDropped) return;
        long closedTail = _tail.Value.FetchOr(ClosedBit, MemoryOrder.AcqRel) | ClosedBit;
        TailChanged(TailClosed, closedTail);
    }

    /// <summary>Dequeues the oldest value handle, or returns false when the ring is empty.</summary>
    public bool TryDequeue(out long handle)
    {
        while (true)
        {
            StepLabel.At("deq_faa");
            long head = _head.Value.FetchAdd(1, MemoryOrder.SeqCst);
            PositionChanged(PositionChange.HeadDrawn, head);
            if (head < PositionLimit && DequeueAt(head, out handle)) return true;
            PositionChanged(PositionChange.DequeueLeft, head);
            StepLabel.At("deq_read_tail");
            long tail = _tail.Value.Load(MemoryOrder.Acquire) & PositionMask;
            if (tail <= head + 1)
            {
                FixState();
                handle = 0;
                return false; // empty (linearized at the read of the tail)
            }
        }
    }

    /// <summary>
    /// The dequeuer of position <paramref name="head"/> at its entry: takes the value enqueued at head, or leaves the
    /// entry so that no enqueuer of head fills it later. True with the handle when it took one.
    /// </summary>
    private bool DequeueAt(long head, out long handle)
    {
        ref AtomicInt64 entry = ref _entries[head & _mask];
        handle = 0;
        while (true)
        {
            StepLabel.At("deq_load");
            long seen = entry.Load(MemoryOrder.Acquire);
            long index = (seen >> IndexShift) & IndexMask;
            if (index > head) return false; // a later cycle owns it: the enqueuer of head cannot fill it
            long value = seen & HandleMask;
            long flags = seen & UnsafeBit;
            if (value != 0)
            {
                if (index == head)
                {
                    // Winning this CAS (the paper's CAS2 (s, h, x) → (s, h + R, ⊥)) takes the value enqueued at head:
                    // this dequeuer owns its handle (linearization point). Losing cannot happen to another dequeuer
                    // (only the dequeuer of head takes it), only to a concurrent unsafe mark: look again.
                    StepLabel.At("deq_take");
                    if (entry.TryCompareExchange(seen, flags | ((head + _capacity) << IndexShift), MemoryOrder.AcqRel))
                    {
                        handle = value;
                        PositionChanged(PositionChange.Consumed, head);
                        return true;
                    }
                }
                // Winning this CAS (CAS2 (s, idx, x) → (0, idx, x)) marks the entry unsafe: it holds an older value,
                // so the enqueuer of head, finding it free later, fills it only while head ≤ its position. Losing:
                // the older value was taken meanwhile, or another dequeuer marked it: look again.
                else if (MarkUnsafe(ref entry, seen)) return false;
            }
            else
            {
                if (_bug == SeededBug.LcrqNoEmptyTransition) return false;
                // Winning this CAS (CAS2 (s, idx, ⊥) → (s, h + R, ⊥)) moves the empty entry past position head: the
                // enqueuer of head can no longer fill it behind this dequeuer. Losing: an enqueuer filled it (perhaps
                // ours, then we take it) or the entry moved on: look again.
                StepLabel.At("deq_advance");
                if (entry.TryCompareExchange(seen, flags | ((head + _capacity) << IndexShift), MemoryOrder.AcqRel)) return false;
            }
        }
    }

    private static bool MarkUnsafe(ref AtomicInt64 entry, long seen)
    {
        StepLabel.At("deq_mark");
        return entry.TryCompareExchange(seen, seen | UnsafeBit, MemoryOrder.AcqRel);
    }

    /// <summary>
    /// The paper's fixState: after dequeuers overshot the tail, moves the tail up to the head, so that enqueuers draw
    /// positions whose entries the dequeuers did not invalidate. A closed ring is left alone.
    /// </summary>
    private void FixState()
    {
        while (true)
        {
            StepLabel.At("fix_read_tail");
            long tail = _tail.Value.Load(MemoryOrder.Acquire);
            StepLabel.At("fix_read_head");
            long head = _head.Value.Load(MemoryOrder.Acquire);
            if ((tail & ClosedBit) != 0 && _bug != SeededBug.LcrqFixStateReopens) return;
            if (head <= (tail & PositionMask)) return;
            // Winning this CAS moves the tail up to the head: no enqueuer draws a position a dequeuer passed.
            // Losing: an enqueuer or another fix moved the tail: look again.
            StepLabel.At("fix_cas");
            if (_tail.Value.TryCompareExchange(tail, head, MemoryOrder.AcqRel))
            {
                TailChanged(TailMoved, head);
                return;
            }
        }
    }

    // The tail changes reported to the monitor (Weft.Monitors.CrqTailChange: Closed, Moved, Reset).
    private const int TailClosed = 0, TailMoved = 1, TailReset = 2;

    /// <summary>Controlled build: reports a change of the tail (CrqClosedStaysClosedMonitor). Compiled away in production.</summary>
    /// <summary>What happened at a position, for RingNoStrandedEntryMonitor: the names and order of
    /// <c>Weft.Monitors.RingPositionChange</c>, which the production build cannot see (ScqTests checks they agree).</summary>
    private enum PositionChange { HeadDrawn, DequeueLeft, Filled, Consumed, Reset }

    /// <summary>Reports a position event to RingNoStrandedEntryMonitor (controlled build).</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void PositionChanged(PositionChange change, long position)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<RingPositionEvent>()) return;
        SchedulingHooks.Emit(new RingPositionEvent(_id, (RingPositionChange)(int)change, position & PositionMask, _capacity, SchedulingHooks.ThreadId));
#endif
    }

    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void TailChanged(int change, long tail)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<CrqTailEvent>()) return;
        SchedulingHooks.Emit(new CrqTailEvent(_id, tail, (CrqTailChange)change, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>
    /// Approximate number of values: the entries holding a value (exact when quiescent; O(R)). Not tail − head: once
    /// the ring is closed, failing enqueuers still move the tail.
    /// </summary>
    public int Count
    {
        get
        {
            int count = 0;
            for (int i = 0; i < _entries.Length; i++)
                if ((_entries[i].Load(MemoryOrder.Acquire) & HandleMask) != 0) count++;
            return count;
        }
    }

    /// <summary>A counter alone on its cache lines (128 bytes), so head and tail updates do not invalidate each other.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct PaddedCounter
    {
        [FieldOffset(64)] public AtomicInt64 Value;
    }
}
