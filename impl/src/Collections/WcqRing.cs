using System;
using System.Numerics;
using System.Runtime.InteropServices;
using Weft.Atomics;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// The bounded wait-free ring of indices of wCQ (R. Nikolaev and B. Ravindran, "wCQ: A Fast Wait-Free Queue with
/// Bounded Memory Usage", SPAA 2022): SCQ's ring (<see cref="ScqRing"/>, Nikolaev DISC 2019) as the fast path, plus a
/// slow path in which a thread that ran out of patience publishes a request that every other thread helps to finish.
/// The paper pairs words with a double-width CAS; here every paired update is redesigned on one 64-bit word (Wcq.md
/// beside this file: the packing, why each paired update of the paper is covered, and the limits).
///
/// Fast path (SCQ). Enqueue: fetch-and-add the tail, fill the entry of the drawn position if its cycle is older, it
/// holds no index and (it is safe or no dequeuer passed the position); else draw again. Dequeue: fetch-and-add the
/// head, take the index if the entry carries the drawn cycle, else invalidate the entry for that cycle (an empty entry
/// moves to the cycle with ⊥c, an occupied one of an older cycle becomes unsafe); the threshold 3n − 1 and the tail
/// catch-up are SCQ's. After <see cref="WcqOptions.EnqueuePatience"/> (<see cref="WcqOptions.DequeuePatience"/>)
/// attempts the operation turns to the slow path.
///
/// Slow path. The thread publishes a request in its <see cref="WcqThreadRecord"/> (kind, initial position, sequence
/// number Seq2 = Seq1) and runs it; helpers run the same code for it. All of them draw the request's positions through
/// one shared per-request counter (LocalTail/LocalHead) by a two-phase increment (SlowIncrement): phase 1 sets the
/// local counter to the global count with the Inc flag, then one CAS moves the global counter up by one position and
/// names the incrementing thread's phase-2 record in the word's owner bits; phase 2 clears Inc on the local counter
/// (anyone who reads the global word with an owner finishes that owner's phase 2 first, then clears the owner). So
/// every helper of a request works on the same positions, in the same order, and a position is drawn for the request
/// exactly once. At each position the helpers must agree whether the request's index goes there: the entry's note
/// (the highest cycle at which a slow helper decided "not here") makes the decision one word: a helper fills only if
/// both the entry's cycle and its note are older than the position's cycle, and a helper that finds the entry
/// unusable raises the note to the cycle first, so one CAS on the (entry, note) word decides for all helpers. A filled
/// entry is pending (finalized bit clear) until a helper (or the dequeuer that meets it) sets Fin on the request's
/// counter at exactly that position; then the finalized bit is set. A slow dequeue shares positions the same way,
/// marks the counter Fin at the position where it found an index, or when the threshold runs out (empty), and the
/// owner takes the index itself after retiring the request.
///
/// Invariant. An index enqueued at position p sits in entry p mod 2n tagged with cycle(p) until the dequeuer of p
/// consumes it; an entry's cycle and note never decrease; a request's counter only moves on from a position p whose
/// entry can no longer take the request's index at p (its cycle or note reached cycle(p)), and never after the index
/// was placed at p (a helper that sees the index at p finishes the request there). Hence each request places its index
/// exactly once, and a helper whose request was retired (Seq1 moved on) places nothing.
///
/// Wait-freedom bound (the paper's argument, in this code's terms; k threads, capacity n). The fast path makes at most
/// Patience attempts, each a bounded number of steps: an attempt's CAS loop retries only when its entry changed, and an
/// entry changes at most a constant number of times per cycle of its position. A request is published before the slow
/// path, and every thread helps one record before every HelpDelay-th of its own operations, round robin over k
/// records, so after at most k · HelpDelay operations of each other thread, every thread that starts an operation first
/// helps the request to completion. From then on only the request's helpers and at most k operations already in flight
/// draw positions; each helper step either advances the request's counter or fails because another thread's step
/// succeeded. A slow enqueue finishes within the positions of one window of 2n entries after the last in-flight
/// operation (the ring holds at most n indices, so at least n of 2n consecutive entries are usable); a slow dequeue
/// decrements the threshold with every position it draws and stops when it is negative, so it draws at most 3n − 1 + k
/// positions after the last enqueue. The bound is therefore O(Patience + k · HelpDelay · (Patience + k + n)) steps of
/// the operation's own thread. Under the scheduler the engine's per-iteration step bound (MaxSteps) is the check: a
/// schedule in which an operation does not finish is reported as a livelock.
///
/// Monitors (controlled build): as in SCQ, every drawn head position (a fast dequeuer's fetch-and-add, a slow dequeue
/// request's global CAS), fill (fast or slow), consume and dequeuer leaving its position is reported to
/// RingNoStrandedEntryMonitor (no index is left behind the head where no dequeuer will take it); slow-path placements go
/// to WcqRequestActiveMonitor and each operation's own steps to WcqStepBoundMonitor.
///
/// Thread records. A ring has a fixed number of records; a caller passes the record id it owns (one thread at a time
/// per id: <see cref="WcqQueue{T}"/> hands them out).
///
/// Linearization: as SCQ (an enqueue at the CAS that fills its entry, a dequeue that returns an index at the CAS or
/// fetch-or that settles the entry for its position, an empty dequeue at the load of the tail or threshold that decides
/// "empty"); a slow enqueue at the helper's CAS that fills the entry.
/// </summary>
public sealed class WcqRing
{
    // ----- Position words (global head and tail): bits [OwnerBits, 64) the position (mod 2^54), bits [0, OwnerBits)
    // the phase-2 owner: 0 none, else the record id + 1. Positions stay in this shifted form everywhere, so a
    // fetch-and-add adds PositionUnit and the owner bits are never carried into.
    private const int OwnerBits = 10;
    private const long PositionUnit = 1L << OwnerBits;
    private const long OwnerMask = PositionUnit - 1;
    private const long PositionMask = ~OwnerMask;

    // ----- Local counters (per request): a position word without owner, with these flags in the owner bits.
    private const long Fin = 1; // the request is finished at this position
    private const long Inc = 2; // phase 2 of the increment to this position is not done yet
    private const long Flags = Fin | Inc;

    // ----- Request kinds (WcqThreadRecord.Kind).
    private const long KindNone = 0;
    private const long KindDequeue = 1;
    private const long KindEnqueueBase = 2;

    /// <summary>The most thread records a ring can have (the owner bits name a record + 1).</summary>
    public const int MaxThreads = (1 << OwnerBits) - 1;

    /// <summary>The largest capacity: 2^15 indices (the entry word keeps 22-bit cycles and notes, Wcq.md).</summary>
    public const int MaxCapacity = 1 << 15;

    // ----- Entry word (Wcq.md): [0, w) index (w = order + 1; ⊥ all ones, ⊥c all ones but bit 0), w the unsafe flag,
    // w + 1 the finalized flag (the paper's Enq: 0 while a slow enqueue's index is pending), then the cycle (C bits),
    // then the note (C bits); cycles and notes are compared modulo 2^C.
    private readonly int _order;          // log2(2n)
    private readonly long _capacity;      // n
    private readonly long _slotMask;      // 2n - 1
    private readonly long _indexMask;     // 2^w - 1: also ⊥
    private readonly long _bottomConsumed; // ⊥c = ⊥ - 1
    private readonly long _unsafeBit;
    private readonly long _finalizedBit;
    private readonly int _cycleShift;
    private readonly int _cycleBits;
    private readonly long _cycleMask;
    private readonly int _noteShift;
    private readonly long _thresholdReset; // 3n - 1
    private readonly int _enqueuePatience;
    private readonly int _dequeuePatience;
    private readonly int _helpDelay;
    private readonly SeededBug _bug;

    private readonly AtomicInt64[] _entries;
    private readonly WcqThreadRecord[] _records;
    private PaddedWord _head;
    private PaddedWord _tail;
    private PaddedWord _threshold;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    /// <summary>An empty ring for <paramref name="capacity"/> indices (a power of two, at most 2^15) and
    /// <paramref name="threads"/> thread records (in [1, <see cref="MaxThreads"/>]).</summary>
    public WcqRing(int capacity, int threads, WcqOptions? options = null, WeftConfig? config = null)
    {
        ValidateCapacity(capacity);
        ValidateThreads(threads);
        options ??= WcqOptions.Default;
        options.Validate();
        _bug = (config ?? WeftConfig.Default).SeededBug;
        _enqueuePatience = options.EnqueuePatience;
        _dequeuePatience = options.DequeuePatience;
        _helpDelay = options.HelpDelay;
        _capacity = capacity;
        _order = BitOperations.Log2((uint)capacity) + 1;
        _slotMask = (1L << _order) - 1;
        int indexBits = _order + 1;
        _indexMask = (1L << indexBits) - 1;
        _bottomConsumed = _indexMask - 1;
        _unsafeBit = 1L << indexBits;
        _finalizedBit = 1L << (indexBits + 1);
        _cycleShift = indexBits + 2;
        _cycleBits = (64 - _cycleShift) / 2;
        _cycleMask = (1L << _cycleBits) - 1;
        _noteShift = _cycleShift + _cycleBits;
        _thresholdReset = 3L * capacity - 1;
        _entries = new AtomicInt64[2 * capacity];
        for (int i = 0; i < _entries.Length; i++) _entries[i] = new AtomicInt64(_finalizedBit | _indexMask); // cycle 0, note 0, safe, ⊥
        _records = new WcqThreadRecord[threads];
        for (int i = 0; i < threads; i++) _records[i] = new WcqThreadRecord(i, _helpDelay, threads);
        long start = (2L * capacity) << OwnerBits; // cycle 1: every entry's cycle and note are older
        _head.Value = new AtomicInt64(start);
        _tail.Value = new AtomicInt64(start);
        _threshold.Value = new AtomicInt64(-1); // empty
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="capacity"/> is a power of two in [1, 2^15].</summary>
    public static void ValidateCapacity(int capacity)
    {
        if (capacity <= 0 || capacity > MaxCapacity || !BitOperations.IsPow2(capacity))
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"the capacity must be a power of two in [1, {MaxCapacity}]");
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="threads"/> is in [1, <see cref="MaxThreads"/>].</summary>
    public static void ValidateThreads(int threads)
    {
        if (threads <= 0 || threads > MaxThreads)
            throw new ArgumentOutOfRangeException(nameof(threads), threads, $"the number of threads must be in [1, {MaxThreads}]");
    }

    /// <summary>The number of indices the ring holds at most (n; it has 2n entries).</summary>
    public int Capacity => (int)_capacity;

    /// <summary>The number of thread records.</summary>
    public int Threads => _records.Length;

    /// <summary>The bits of an entry's cycle and note (Wcq.md: the window within which cycles compare correctly).</summary>
    public int CycleBits => _cycleBits;

    // ================================================================== fast path

    /// <summary>
    /// Enqueues <paramref name="index"/> (in [0, capacity)) as thread record <paramref name="thread"/>. The caller
    /// guarantees the ring holds fewer than capacity indices (wCQ: the index was just taken from the other ring), so the
    /// enqueue always succeeds, within the wait-freedom bound.
    /// </summary>
    public void Enqueue(int thread, long index)
    {
        if ((ulong)index >= (ulong)_capacity)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"an index of this ring is in [0, {_capacity})");
        var me = Record(thread);
        OperationStarted(me, dequeue: false);
        EnqueueAs(me, index);
        OperationFinished(me, dequeue: false);
    }

    private void EnqueueAs(WcqThreadRecord me, long index)
    {
        if (--me.NextCheck == 0) Help(me);
        long tail = 0;
        for (int attempt = 0; attempt < _enqueuePatience; attempt++)
        {
            StepLabel.At("enq_faa");
            tail = _tail.Value.FetchAdd(PositionUnit, MemoryOrder.SeqCst) & PositionMask;
            if (TryEnqueueFast(tail, index))
            {
                RearmThreshold();
                return;
            }
        }
        if (_enqueuePatience == 0)
        {
            StepLabel.At("enq_last");
            tail = LastDrawn(ref _tail.Value);
        }
        EnqueueSlow(me, index, tail);
    }

    /// <summary>
    /// Without a fast attempt (patience 0), the request starts from the position before the counter's: one already
    /// drawn, so that a request's first position always differs from its initial one (a helper that still sees the
    /// initial value takes it for a position already dealt with, as in the paper, where it is the last fast attempt).
    /// </summary>
    private static long LastDrawn(ref AtomicInt64 counter) => (counter.Load(MemoryOrder.Acquire) & PositionMask) - PositionUnit;

    /// <summary>One fast enqueue attempt at <paramref name="tail"/>: false when its entry cannot take the index.</summary>
    private bool TryEnqueueFast(long tail, long index)
    {
        ref AtomicInt64 entry = ref _entries[Slot(tail)];
        long tailCycle = CycleOf(tail);
        StepLabel.At("enq_load");
        long seen = entry.Load(MemoryOrder.Acquire);
        while (true)
        {
            if (!CycleBefore(Cycle(seen), tailCycle) || !EmptyAndFinal(seen)) return false;
            if ((seen & _unsafeBit) != 0)
            {
                StepLabel.At("enq_read_head");
                if (PositionBefore(tail, _head.Value.Load(MemoryOrder.Acquire) & PositionMask)) return false;
            }
            long desired = Entry(tailCycle, NoteAtLeast(seen, tailCycle), _finalizedBit | index);
            StepLabel.At("enq_cas");
            // Winning this CAS places the index at position tail (the enqueue's linearization point); the dequeuer of
            // tail will find it. Losing: a dequeuer or a slow helper changed the entry (or its note); look again.
            long witnessed = entry.CompareExchange(seen, desired, MemoryOrder.AcqRel);
            if (witnessed == seen)
            {
                PositionChanged(PositionChange.Filled, tail);
                return true;
            }
            seen = witnessed;
        }
    }

    /// <summary>
    /// Every enqueue re-arms the threshold (a store only when it moved). SeqCst, as in SCQ (ScqRing.RearmThreshold): a
    /// completed enqueue's re-arm must be visible to every dequeue invoked after it returns, which a release store
    /// waiting in a store buffer is not (found by TSO exploration: a non-linearizable "empty").
    /// </summary>
    private void RearmThreshold()
    {
        StepLabel.At("thr_load");
        if (_threshold.Value.Load(MemoryOrder.Acquire) != _thresholdReset)
        {
            StepLabel.At("thr_store");
            _threshold.Value.Store(_thresholdReset, MemoryOrder.SeqCst);
        }
    }

    /// <summary>Dequeues the oldest index as thread record <paramref name="thread"/>, or returns false when the ring is empty.</summary>
    public bool TryDequeue(int thread, out long index)
    {
        var me = Record(thread);
        OperationStarted(me, dequeue: true);
        bool found = TryDequeueAs(me, out index);
        OperationFinished(me, dequeue: true);
        return found;
    }

    private bool TryDequeueAs(WcqThreadRecord me, out long index)
    {
        index = 0;
        if (_threshold.Value.Load(MemoryOrder.Acquire) < 0) return false; // empty
        if (--me.NextCheck == 0) Help(me);
        long head = 0;
        for (int attempt = 0; attempt < _dequeuePatience; attempt++)
        {
            StepLabel.At("deq_faa");
            head = _head.Value.FetchAdd(PositionUnit, MemoryOrder.SeqCst) & PositionMask;
            PositionChanged(PositionChange.HeadDrawn, head);
            if (TryDequeueFast(head, out index)) return true;
            PositionChanged(PositionChange.DequeueLeft, head);
            if (EmptyAfterMiss(head)) return false;
        }
        if (_dequeuePatience == 0)
        {
            StepLabel.At("deq_last");
            head = LastDrawn(ref _head.Value);
        }
        return DequeueSlow(me, head, out index);
    }

    /// <summary>One fast dequeue attempt at <paramref name="head"/>: take its index, or invalidate its entry for it.</summary>
    private bool TryDequeueFast(long head, out long index)
    {
        ref AtomicInt64 entry = ref _entries[Slot(head)];
        long headCycle = CycleOf(head);
        StepLabel.At("deq_load");
        long seen = entry.Load(MemoryOrder.Acquire);
        while (true)
        {
            long entryCycle = Cycle(seen);
            if (entryCycle == headCycle)
            {
                index = seen & _indexMask; // only the enqueuer of position head writes cycle(head) with an index
                Consume(ref entry, seen, head);
                return true;
            }
            index = 0;
            if (!CycleBefore(entryCycle, headCycle)) return false; // a later cycle owns the entry
            long invalidated = Invalidated(seen, headCycle);
            if (invalidated == seen) return false; // already unsafe
            // Winning this CAS invalidates the entry for position head: no enqueuer of a position ≤ head fills it
            // (empty: its cycle is now head's), or one fills it only while head ≤ its position (unsafe).
            StepLabel.At("deq_cas");
            long witnessed = entry.CompareExchange(seen, invalidated, MemoryOrder.AcqRel);
            if (witnessed == seen) return false;
            seen = witnessed;
        }
    }

    /// <summary>The entry after a dequeuer of <paramref name="headCycle"/> passed it without taking an index.</summary>
    private long Invalidated(long seen, long headCycle) =>
        IsEmptyIndex(seen)
            ? Entry(headCycle, NoteAtLeast(seen, headCycle), (seen & _unsafeBit) | _finalizedBit | _bottomConsumed)
            : seen | _unsafeBit;

    /// <summary>
    /// Takes the index out of an entry of the dequeuer's cycle: a pending slow enqueue is finished first (Fin on its
    /// request at this position, the paper's finalize_request), then one fetch-or sets ⊥ and the finalized bit, keeping
    /// the cycle, the note and a later cycle's unsafe mark.
    /// </summary>
    private void Consume(ref AtomicInt64 entry, long seen, long head)
    {
        if ((seen & _finalizedBit) == 0) FinishRequestAt(head);
        StepLabel.At("cons_or");
        entry.FetchOr(_indexMask | _finalizedBit, MemoryOrder.AcqRel);
        PositionChanged(PositionChange.Consumed, head);
    }

    /// <summary>Marks Fin on the enqueue request (if any) whose counter stands at <paramref name="tail"/>.</summary>
    private void FinishRequestAt(long tail)
    {
        foreach (var record in _records)
        {
            StepLabel.At("fra_load");
            if ((record.LocalTail.Load(MemoryOrder.Acquire) & ~Flags) != tail) continue;
            // Winning this CAS finishes the request at tail: no helper draws another position for it.
            StepLabel.At("fra_cas");
            record.LocalTail.CompareExchange(tail, tail | Fin, MemoryOrder.AcqRel);
            return;
        }
    }

    /// <summary>After a fast dequeue attempt found nothing: SCQ's empty test, catch-up and threshold (true: return empty).</summary>
    private bool EmptyAfterMiss(long head)
    {
        StepLabel.At("deq_read_tail");
        long tail = _tail.Value.Load(MemoryOrder.Acquire) & PositionMask;
        if (!PositionBefore(head + PositionUnit, tail))
        {
            CatchUp(head + PositionUnit);
            StepLabel.At("deq_thr_empty");
            _threshold.Value.FetchAdd(-1, MemoryOrder.AcqRel);
            return true;
        }
        StepLabel.At("deq_thr");
        return _threshold.Value.FetchAdd(-1, MemoryOrder.AcqRel) <= 0;
    }

    /// <summary>Moves the tail's position up to <paramref name="head"/> (keeping its owner bits) unless it is there already.</summary>
    private void CatchUp(long head)
    {
        while (true)
        {
            StepLabel.At("cu_load");
            long raw = _tail.Value.Load(MemoryOrder.Acquire);
            if (!PositionBefore(raw & PositionMask, head)) return; // enqueuers or other catch-ups got there
            // Winning this CAS moves the tail past the positions the dequeuers invalidated.
            StepLabel.At("cu_cas");
            if (_tail.Value.TryCompareExchange(raw, head | (raw & OwnerMask), MemoryOrder.AcqRel)) return;
            StepLabel.At("cu_head");
            head = _head.Value.Load(MemoryOrder.Acquire) & PositionMask;
        }
    }

    // ================================================================== slow path: requests and helping

    /// <summary>Publishes an enqueue request, runs it (helpers may finish it), and retires it.</summary>
    private void EnqueueSlow(WcqThreadRecord me, long index, long tail)
    {
        StepLabel.At("enq_pub_seq");
        long seq = me.Seq1.Load(MemoryOrder.Acquire);
        StepLabel.At("enq_pub_local");
        me.LocalTail.Store(tail, MemoryOrder.Release);
        StepLabel.At("enq_pub_init");
        me.InitTail.Store(tail, MemoryOrder.Release);
        StepLabel.At("enq_pub_kind");
        me.Kind.Store(KindEnqueueBase + index, MemoryOrder.Release);
        StepLabel.At("enq_pub_seq2");
        me.Seq2.Store(seq, MemoryOrder.SeqCst); // published: Seq1 == Seq2
        DoEnqueueSlow(me, index, seq, tail, me);
        // The owner re-arms the threshold itself before it returns: its run can end on the Fin a helper set, and that
        // helper's own re-arm (after Fin, in FinishEnqueue) may not have happened yet. Without this, a dequeue invoked
        // after this enqueue returned could read the old negative threshold and return "empty" while the index is in
        // the ring (found by the scheduler: wcq/slow-path-outrun, WcqTests.Owner_rearms_threshold_*).
        RearmThreshold();
        StepLabel.At("enq_retire");
        me.Seq1.Store(seq + 1, MemoryOrder.SeqCst); // retired: helpers that read the request from now on do nothing
        StepLabel.At("enq_retire_kind");
        me.Kind.Store(KindNone, MemoryOrder.Release);
    }

    /// <summary>Publishes a dequeue request, runs it, retires it, then takes the index its counter ended at (or none).</summary>
    private bool DequeueSlow(WcqThreadRecord me, long head, out long index)
    {
        StepLabel.At("deq_pub_seq");
        long seq = me.Seq1.Load(MemoryOrder.Acquire);
        StepLabel.At("deq_pub_local");
        me.LocalHead.Store(head, MemoryOrder.Release);
        StepLabel.At("deq_pub_init");
        me.InitHead.Store(head, MemoryOrder.Release);
        StepLabel.At("deq_pub_kind");
        me.Kind.Store(KindDequeue, MemoryOrder.Release);
        StepLabel.At("deq_pub_seq2");
        me.Seq2.Store(seq, MemoryOrder.SeqCst);
        DoDequeueSlow(me, head, me);
        StepLabel.At("deq_retire");
        me.Seq1.Store(seq + 1, MemoryOrder.SeqCst);
        StepLabel.At("deq_retire_kind");
        me.Kind.Store(KindNone, MemoryOrder.Release);

        StepLabel.At("deq_final");
        long final = me.LocalHead.Load(MemoryOrder.Acquire) & ~Flags; // Fin is set: the position the request ended at
        ref AtomicInt64 entry = ref _entries[Slot(final)];
        StepLabel.At("deq_final_entry");
        long seen = entry.Load(MemoryOrder.Acquire);
        if (Cycle(seen) == CycleOf(final) && (seen & _indexMask) < _capacity)
        {
            index = seen & _indexMask;
            Consume(ref entry, seen, final);
            return true;
        }
        index = 0;
        RequestPositionLeft(me, final);
        return false; // the threshold ran out: empty
    }

    /// <summary>Before every HelpDelay-th operation: look at the next record (round robin) and run its request, if any.</summary>
    private void Help(WcqThreadRecord me)
    {
        int cursor = me.HelpCursor;
        if (cursor != me.Id && _bug != SeededBug.WcqNoHelping)
        {
            HelpStarted(me);
            var other = _records[cursor];
            StepLabel.At("help_kind");
            long kind = other.Kind.Load(MemoryOrder.Acquire);
            if (kind == KindDequeue) HelpDequeue(other, me);
            else if (kind >= KindEnqueueBase) HelpEnqueue(other, me);
            cursor = (cursor + 1) % _records.Length;
            HelpFinished(me);
        }
        me.HelpCursor = (cursor + 1) % _records.Length;
        me.NextCheck = _helpDelay;
    }

    /// <summary>Runs <paramref name="owner"/>'s enqueue request if it is still the one published (double collect).</summary>
    private void HelpEnqueue(WcqThreadRecord owner, WcqThreadRecord me)
    {
        StepLabel.At("he_seq2");
        long seq = owner.Seq2.Load(MemoryOrder.Acquire);
        StepLabel.At("he_kind");
        long kind = owner.Kind.Load(MemoryOrder.Acquire);
        StepLabel.At("he_init");
        long tail = owner.InitTail.Load(MemoryOrder.Acquire);
        if (kind < KindEnqueueBase) return;
        StepLabel.At("he_seq1");
        if (owner.Seq1.Load(MemoryOrder.Acquire) != seq && _bug != SeededBug.WcqHelperIgnoresSequence) return; // retired
        RequestHelped(owner, me);
        DoEnqueueSlow(owner, kind - KindEnqueueBase, seq, tail, me);
    }

    /// <summary>Runs <paramref name="owner"/>'s dequeue request if it is still the one published (double collect).</summary>
    private void HelpDequeue(WcqThreadRecord owner, WcqThreadRecord me)
    {
        StepLabel.At("hd_seq2");
        long seq = owner.Seq2.Load(MemoryOrder.Acquire);
        StepLabel.At("hd_kind");
        long kind = owner.Kind.Load(MemoryOrder.Acquire);
        StepLabel.At("hd_init");
        long head = owner.InitHead.Load(MemoryOrder.Acquire);
        if (kind != KindDequeue) return;
        StepLabel.At("hd_seq1");
        if (owner.Seq1.Load(MemoryOrder.Acquire) != seq) return;
        RequestHelped(owner, me);
        DoDequeueSlow(owner, head, me);
    }

    // ================================================================== slow path: the shared positions

    /// <summary>The slow enqueue of <paramref name="owner"/>'s request <paramref name="seq"/>, run by its owner or a helper.</summary>
    private void DoEnqueueSlow(WcqThreadRecord owner, long index, long seq, long tail, WcqThreadRecord me)
    {
        while (SlowIncrement(ref _tail.Value, owner, head: false, ref tail, decrementThreshold: false, me))
        {
            StepLabel.At("es_seq1");
            if (owner.Seq1.Load(MemoryOrder.Acquire) != seq && _bug != SeededBug.WcqHelperIgnoresSequence) return; // retired
            if (TryEnqueueSlowAt(owner, index, seq, tail, me)) return;
        }
    }

    /// <summary>
    /// The helpers' decision at the request's position <paramref name="tail"/>: true when the index is placed there
    /// (by this helper or another), false when the position cannot take it (the request moves on).
    /// </summary>
    private bool TryEnqueueSlowAt(WcqThreadRecord owner, long index, long seq, long tail, WcqThreadRecord me)
    {
        ref AtomicInt64 entry = ref _entries[Slot(tail)];
        long tailCycle = CycleOf(tail);
        StepLabel.At("es_load");
        long seen = entry.Load(MemoryOrder.Acquire);
        while (true)
        {
            long entryCycle = Cycle(seen);
            if (entryCycle == tailCycle && (seen & _indexMask) != _bottomConsumed)
            {
                // Another helper placed the request's index here (it may be consumed already): finish it here.
                FinishEnqueue(owner, tail, ref entry, tailCycle);
                return true;
            }
            bool older = CycleBefore(entryCycle, tailCycle) && CycleBefore(Note(seen), tailCycle);
            if (!older && _bug != SeededBug.WcqSlowEnqueueNoCycleCheck) return false; // a later cycle, or "not here" decided
            bool fill = SlowFillable(seen, tail);
            long desired = fill
                ? Entry(tailCycle, tailCycle, index) // safe, pending (finalized bit clear), note = the cycle
                : WithNote(seen, tailCycle);
            // Winning this CAS decides position tail for every helper of the request at once: the index is placed
            // (pending until the request is marked Fin here), or the note says "not here" so no helper places it here.
            // Losing: the entry or its note changed; decide again from what is there now.
            StepLabel.At("es_cas");
            long witnessed = entry.CompareExchange(seen, desired, MemoryOrder.AcqRel);
            if (witnessed != seen)
            {
                seen = witnessed;
                continue;
            }
            if (!fill) return false;
            PositionChanged(PositionChange.Filled, tail);
            EnqueuePlaced(owner, me, seq, tail);
            FinishEnqueue(owner, tail, ref entry, tailCycle);
            return true;
        }
    }

    /// <summary>The slow path's fill test: an empty, finalized entry that is safe or that no dequeuer passed yet.</summary>
    private bool SlowFillable(long seen, long tail)
    {
        if (!EmptyAndFinal(seen)) return false;
        if ((seen & _unsafeBit) == 0) return true;
        StepLabel.At("es_read_head");
        return !PositionBefore(tail, _head.Value.Load(MemoryOrder.Acquire) & PositionMask);
    }

    /// <summary>Marks the request Fin at <paramref name="tail"/>; the winner then sets the entry's finalized bit.</summary>
    private void FinishEnqueue(WcqThreadRecord owner, long tail, ref AtomicInt64 entry, long tailCycle)
    {
        // Winning this CAS finishes the request at tail: its counter never moves again, so no helper places the index
        // elsewhere. Losing: someone (a helper, or the dequeuer that met the pending entry) finished it already.
        StepLabel.At("fe_fin");
        if (owner.LocalTail.TryCompareExchange(tail, tail | Fin, MemoryOrder.AcqRel))
        {
            StepLabel.At("fe_load");
            long seen = entry.Load(MemoryOrder.Acquire);
            while (Cycle(seen) == tailCycle && (seen & _finalizedBit) == 0)
            {
                StepLabel.At("fe_cas");
                // Winning this CAS finalizes the entry (dequeuers take it without looking up the request). Losing to a
                // note change retries; losing to the consuming fetch-or (which sets the bit itself) ends the loop.
                long witnessed = entry.CompareExchange(seen, seen | _finalizedBit, MemoryOrder.AcqRel);
                if (witnessed == seen) break;
                seen = witnessed;
            }
        }
        RearmThreshold();
    }

    /// <summary>The slow dequeue of <paramref name="owner"/>'s request, run by its owner or a helper.</summary>
    private void DoDequeueSlow(WcqThreadRecord owner, long head, WcqThreadRecord me)
    {
        while (SlowIncrement(ref _head.Value, owner, head: true, ref head, decrementThreshold: true, me))
        {
            if (TryDequeueSlowAt(owner, head)) return;
            StepLabel.At("ds_tail");
            long tail = _tail.Value.Load(MemoryOrder.Acquire) & PositionMask;
            if (!PositionBefore(head + PositionUnit, tail)) CatchUp(head + PositionUnit);
            // The threshold ran out. Winning this CAS ends the request empty at this position (the owner finds no
            // index of its cycle there); losing: another helper ended it, here or where it found an index.
            StepLabel.At("ds_thr");
            if (_threshold.Value.Load(MemoryOrder.Acquire) < 0)
            {
                StepLabel.At("ds_empty_fin");
                owner.LocalHead.CompareExchange(head, head | Fin, MemoryOrder.AcqRel);
            }
        }
    }

    /// <summary>
    /// The helpers' work at the request's position <paramref name="head"/>: true (and the request marked Fin there)
    /// when an index of head's cycle is there for the owner to take; else the entry is invalidated for head's cycle.
    /// </summary>
    private bool TryDequeueSlowAt(WcqThreadRecord owner, long head)
    {
        ref AtomicInt64 entry = ref _entries[Slot(head)];
        long headCycle = CycleOf(head);
        StepLabel.At("ds_load");
        long seen = entry.Load(MemoryOrder.Acquire);
        while (true)
        {
            long entryCycle = Cycle(seen);
            if (entryCycle == headCycle && (seen & _indexMask) != _bottomConsumed)
            {
                // Winning this CAS ends the request at head with an index to take; losing: another helper did.
                StepLabel.At("ds_fin");
                owner.LocalHead.CompareExchange(head, head | Fin, MemoryOrder.AcqRel);
                return true;
            }
            if (!CycleBefore(entryCycle, headCycle)) return false; // a later cycle, or already invalidated for head
            // First, for an occupied entry: raise the note, so that no lagging slow enqueuer of a cycle ≤ head's fills
            // it once its index is taken. Then invalidate it for head's cycle, as the fast path does.
            bool raiseNote = !IsEmptyIndex(seen) && CycleBefore(Note(seen), headCycle);
            long desired = raiseNote ? WithNote(seen, headCycle) : Invalidated(seen, headCycle);
            if (desired == seen) return false; // already unsafe
            // Winning this CAS raises the note (then go on to invalidate) or invalidates the entry for head's cycle.
            StepLabel.At("ds_cas");
            long witnessed = entry.CompareExchange(seen, desired, MemoryOrder.AcqRel);
            if (witnessed != seen) seen = witnessed;
            else if (raiseNote) seen = desired;
            else return false;
        }
    }

    /// <summary>
    /// The two-phase increment of the global counter <paramref name="global"/> on behalf of <paramref name="owner"/>'s
    /// request (the paper's slow_F&amp;A). <paramref name="prev"/> is the caller's view of the request's counter; on true
    /// it is the request's next position. False: the request is finished (Fin).
    /// </summary>
    private bool SlowIncrement(ref AtomicInt64 global, WcqThreadRecord owner, bool head, ref long prev, bool decrementThreshold, WcqThreadRecord me)
    {
        ref AtomicInt64 local = ref head ? ref owner.LocalHead : ref owner.LocalTail;
        long localId = 2L * owner.Id + (head ? 1 : 0);
        StepLabel.At("si_load");
        long observed = global.Load(MemoryOrder.Acquire);
        long count;
        while (true)
        {
            StepLabel.At("si_local");
            if ((local.Load(MemoryOrder.Acquire) & Fin) != 0) return false;
            count = FinishPhase2(ref global, head, observed);
            // Phase 1. Winning this CAS moves the request's counter to the global count, flagged Inc (not yet drawn).
            // Losing: another helper moved it; adopt its value (finished, settled at a position, or mid-increment).
            StepLabel.At("si_phase1");
            long witnessed = local.CompareExchange(prev, count | Inc, MemoryOrder.AcqRel);
            if (witnessed == prev && head && (prev & Flags) == 0 && prev != count) RequestPositionLeft(owner, prev);
            if (witnessed != prev)
            {
                prev = witnessed;
                if ((witnessed & Fin) != 0) return false;
                if ((witnessed & Inc) == 0) return true; // another helper completed the increment: work at prev
                count = witnessed & ~Flags;
            }
            else prev = count | Inc;
            PublishPhase2(me, localId, count);
            // Winning this CAS draws position count for the request: the global counter moves past it, naming this
            // thread's phase-2 record until the request's counter is settled. Losing: the global counter moved (an
            // owner is pending, or others drew positions); help, then retry with the new count.
            StepLabel.At("si_global");
            if (global.TryCompareExchange(count, (count + PositionUnit) | (me.Id + 1L), MemoryOrder.AcqRel))
            {
                if (head) PositionChanged(PositionChange.HeadDrawn, count);
                break;
            }
            StepLabel.At("si_reload");
            observed = global.Load(MemoryOrder.Acquire);
        }
        if (decrementThreshold)
        {
            StepLabel.At("si_thr");
            _threshold.Value.FetchAdd(-1, MemoryOrder.AcqRel);
        }
        // Phase 2. Winning this CAS settles the request's counter at count; losing: a reader of the global word did it.
        StepLabel.At("si_phase2");
        local.CompareExchange(count | Inc, count, MemoryOrder.AcqRel);
        // Winning this CAS clears the owner bits (phase 2 is done); losing: a reader cleared them, or the tail caught up.
        StepLabel.At("si_clear");
        global.CompareExchange((count + PositionUnit) | (me.Id + 1L), count + PositionUnit, MemoryOrder.AcqRel);
        prev = count;
        return true;
    }

    /// <summary>Records phase 2 ("settle counter localId at count") in this thread's record, inside Seq1 … Seq2.</summary>
    private static void PublishPhase2(WcqThreadRecord me, long localId, long count)
    {
        StepLabel.At("pp_load");
        long seq = me.Phase2Seq1.Load(MemoryOrder.Acquire) + 1;
        StepLabel.At("pp_seq1");
        me.Phase2Seq1.Store(seq, MemoryOrder.Release);
        StepLabel.At("pp_local");
        me.Phase2Local.Store(localId, MemoryOrder.Release);
        StepLabel.At("pp_count");
        me.Phase2Count.Store(count, MemoryOrder.Release);
        StepLabel.At("pp_seq2");
        me.Phase2Seq2.Store(seq, MemoryOrder.Release);
    }

    /// <summary>
    /// Returns the position of the global word <paramref name="observed"/> once no phase 2 is pending on it: a named
    /// owner's phase 2 is done first (its request counter settled), then the owner bits are cleared.
    ///
    /// The owner bits can outlive their phase: a fetch-and-add or a catch-up that moves the word makes the owner's own
    /// clearing CAS fail, and the owner may by then have published its next phase 2 (for this counter, or for the other
    /// one) whose global CAS has not happened yet. Settling that phase early would let the request work at a position
    /// someone else then draws. So a phase is applied only if it is about this counter (<paramref name="head"/>) and its
    /// count is below the position read: the phase that installed the owner bits drew its count, below the word's
    /// position, while a later phase read the global count after those bits were cleared, at or past it.
    /// </summary>
    private long FinishPhase2(ref AtomicInt64 global, bool head, long observed)
    {
        while ((observed & OwnerMask) != 0)
        {
            var owner = _records[(int)(observed & OwnerMask) - 1];
            StepLabel.At("fp_seq2");
            long seq = owner.Phase2Seq2.Load(MemoryOrder.Acquire);
            StepLabel.At("fp_local");
            long localId = owner.Phase2Local.Load(MemoryOrder.Acquire);
            StepLabel.At("fp_count");
            long count = owner.Phase2Count.Load(MemoryOrder.Acquire);
            bool thisPhase = ((localId & 1) != 0) == head && PositionBefore(count, observed & PositionMask);
            StepLabel.At("fp_seq1");
            if (owner.Phase2Seq1.Load(MemoryOrder.Acquire) == seq && thisPhase)
            {
                ref AtomicInt64 local = ref (localId & 1) != 0 ? ref _records[localId >> 1].LocalHead : ref _records[localId >> 1].LocalTail;
                // Winning this CAS settles the owner's request counter at count (its phase 2); losing: done already.
                StepLabel.At("fp_settle");
                local.CompareExchange(count | Inc, count, MemoryOrder.AcqRel);
            }
            // Winning this CAS clears the owner bits, the phase 2 they announce being complete; losing: re-read.
            StepLabel.At("fp_clear");
            long witnessed = global.CompareExchange(observed, observed & PositionMask, MemoryOrder.AcqRel);
            if (witnessed == observed) return observed & PositionMask;
            observed = witnessed;
        }
        return observed;
    }

    // ================================================================== words

    private WcqThreadRecord Record(int thread)
    {
        if ((uint)thread >= (uint)_records.Length)
            throw new ArgumentOutOfRangeException(nameof(thread), thread, $"a thread record of this ring is in [0, {_records.Length})");
        return _records[thread];
    }

    private long Slot(long position) => (long)((ulong)position >> OwnerBits) & _slotMask;

    private long CycleOf(long position) => (long)((ulong)position >> (OwnerBits + _order)) & _cycleMask;

    private long Cycle(long entry) => (entry >> _cycleShift) & _cycleMask;

    private long Note(long entry) => (long)((ulong)entry >> _noteShift) & _cycleMask;

    private long Entry(long cycle, long note, long low) => (note << _noteShift) | (cycle << _cycleShift) | low;

    private long WithNote(long entry, long note) => (entry & ((1L << _noteShift) - 1)) | (note << _noteShift);

    /// <summary>The note kept when an entry moves to <paramref name="cycle"/>: at least that cycle (Wcq.md: raising a
    /// note to the entry's own cycle changes no decision, and keeps it within the comparison window).</summary>
    private long NoteAtLeast(long entry, long cycle) => CycleBefore(Note(entry), cycle) ? cycle : Note(entry);

    /// <summary>a &lt; b for C-bit cycles compared modulo 2^C (correct while they are within 2^(C−1) of each other).</summary>
    private bool CycleBefore(long a, long b) => ((a - b) << (64 - _cycleBits)) < 0;

    /// <summary>a &lt; b for position words compared modulo 2^54.</summary>
    private static bool PositionBefore(long a, long b) => a - b < 0;

    private bool IsEmptyIndex(long entry) => (entry & _indexMask) >= _bottomConsumed;

    private bool EmptyAndFinal(long entry) => IsEmptyIndex(entry) && (entry & _finalizedBit) != 0;

    /// <summary>Approximate number of indices: tail − head, clamped to [0, capacity] (exact when quiescent).</summary>
    public int Count
    {
        get
        {
            long head = _head.Value.Load(MemoryOrder.Acquire) & PositionMask;
            long tail = _tail.Value.Load(MemoryOrder.Acquire) & PositionMask;
            return (int)Math.Clamp((tail - head) >> OwnerBits, 0, _capacity);
        }
    }

    // ================================================================== controlled-build reports

    /// <summary>Controlled build: a slow-path CAS placed <paramref name="owner"/>'s index (WcqRequestActiveMonitor).</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void EnqueuePlaced(WcqThreadRecord owner, WcqThreadRecord me, long seq, long tail)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<WcqSlowEnqueuePlacedEvent>()) return;
        SchedulingHooks.Emit(new WcqSlowEnqueuePlacedEvent(_id, owner.Id, me.Id, seq, owner.Seq1.Peek(), (long)((ulong)tail >> OwnerBits)));
#endif
    }

    /// <summary>What happened at a position, for RingNoStrandedEntryMonitor: the names and order of
    /// <c>Weft.Monitors.RingPositionChange</c>, which the production build cannot see (ScqTests checks they agree).
    /// WcqRing never resets, so it never reports <c>Reset</c>.</summary>
    private enum PositionChange { HeadDrawn, DequeueLeft, Filled, Consumed, Reset }

    /// <summary>
    /// Controlled build: reports a position event to RingNoStrandedEntryMonitor (positions unshifted). A fast dequeuer
    /// holds the position it drew until it consumes or leaves it; a slow dequeue request holds each position drawn for
    /// it (by whichever helper's global CAS) until its counter moves on (phase 1) or its owner takes the index or
    /// finds none at the final position. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void PositionChanged(PositionChange change, long position)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<RingPositionEvent>()) return;
        SchedulingHooks.Emit(new RingPositionEvent(_id, (RingPositionChange)(int)change, (long)((ulong)position >> OwnerBits), 2 * _capacity, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>
    /// Controlled build: <paramref name="owner"/>'s dequeue request leaves <paramref name="position"/>. Its initial
    /// position was never drawn for the request (the last fast attempt left it already; with patience 0 it may be
    /// another dequeuer's, still held by that one), so leaving it is not reported.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void RequestPositionLeft(WcqThreadRecord owner, long position)
    {
#if WEFT_CONTROLLED
        if (position == owner.InitHead.Peek()) return;
        PositionChanged(PositionChange.DequeueLeft, position);
#endif
    }

    /// <summary>Controlled build: <paramref name="me"/> starts helping <paramref name="owner"/>'s published request.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void RequestHelped(WcqThreadRecord owner, WcqThreadRecord me)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<WcqHelpEvent>()) return;
        SchedulingHooks.Emit(new WcqHelpEvent(_id, owner.Id, me.Id, owner.Kind.Peek() == KindDequeue));
#endif
    }

    /// <summary>
    /// The wait-freedom bound of one operation, in scheduling points (shared-memory accesses) of the operation's own
    /// thread, split as tla/wCQ/wCQ.tla's WaitFree states it: <c>Help</c> is the run of another thread's request the
    /// operation may start with, <c>Own</c> everything else. With k records, capacity n and patience P (of the
    /// operation's kind):
    ///   Own  = 8 + P · (8 + 2k) + 16 · Positions,  Positions = 2n + 2k (enqueue), 3n + 2k (dequeue)
    ///   Help = 16 · (3n + 2k)
    /// The paper's argument, counted in this code's accesses. A fast attempt is at most 8 accesses plus two per other
    /// thread whose CAS on the same entry it loses. Once every thread helps a request (within k · HelpDelay operations
    /// of each other thread; with the patience and help delay of the tests, at once), only its helpers and the k
    /// operations in flight draw positions: a slow enqueue finds an entry it can fill within one window of 2n
    /// positions (the ring holds at most n indices), a slow dequeue stops when the threshold (3n − 1, decremented by
    /// every position it draws) runs out; either also loses at most one increment to each of the k threads and sees
    /// at most one position drawn by each of the k operations in flight. A position costs a helper 16 of its own
    /// accesses on average: the two-phase increment (12 with its phase-2 record and the threshold) and the entry's load
    /// and CAS; finishing a foreign phase 2 and a catch-up are paid once per other thread, not per position. The
    /// constants are checked, not proved for every k and n: TLC checks WaitFree in the wCQ spec's configurations, and
    /// <see cref="WcqStepBoundMonitor"/> reports any operation above the bound in every wcq/ test (the constant 20
    /// already lets wcq/no-helping pass its budget; 12 is exceeded by correct runs).
    /// </summary>
    internal (long Own, long Help) StepBound(bool dequeue)
    {
        long k = _records.Length;
        long patience = dequeue ? _dequeuePatience : _enqueuePatience;
        long positions = (dequeue ? 3 * _capacity : 2 * _capacity) + 2 * k;
        return (8 + patience * (8 + 2 * k) + 16 * positions, 16 * (3 * _capacity + 2 * k));
    }

    /// <summary>Controlled build: an operation of <paramref name="me"/> begins (its own steps are counted from here).</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private static void OperationStarted(WcqThreadRecord me, bool dequeue)
    {
#if WEFT_CONTROLLED
        me.OperationThread = SchedulingHooks.CurrentThread;
        me.OperationIsDequeue = dequeue;
        me.OperationStart = SchedulingHooks.OwnSteps;
        me.HelpStart = me.HelpEnd = 0;
        me.InOperation = true;
#endif
    }

    /// <summary>Controlled build: the operation ended; its own steps go to <see cref="WcqStepBoundMonitor"/>.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void OperationFinished(WcqThreadRecord me, bool dequeue)
    {
#if WEFT_CONTROLLED
        me.OperationEnd = SchedulingHooks.OwnSteps;
        me.InOperation = false;
        if (!SchedulingHooks.Wants<WcqOperationStepsEvent>()) return;
        var bound = StepBound(dequeue);
        SchedulingHooks.Emit(new WcqOperationStepsEvent(_id, me.Id, dequeue, me.OperationEnd - me.OperationStart, me.HelpEnd - me.HelpStart,
            bound.Own, bound.Help));
#endif
    }

    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private static void HelpStarted(WcqThreadRecord me)
    {
#if WEFT_CONTROLLED
        me.HelpStart = me.HelpEnd = SchedulingHooks.OwnSteps;
        me.InHelp = true;
#endif
    }

    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private static void HelpFinished(WcqThreadRecord me)
    {
#if WEFT_CONTROLLED
        me.HelpEnd = SchedulingHooks.OwnSteps;
        me.InHelp = false;
#endif
    }

    // ================================================================== refinement mapping (tla/wCQ, models/Specs/WcqModel.cs)

    /// <summary>The position (unshifted) and phase-2 owner (0 or record + 1) of the head or tail word.</summary>
    internal (long Position, long Owner) PeekGlobal(bool head)
    {
        long w = head ? _head.Value.Peek() : _tail.Value.Peek();
        return ((long)((ulong)w >> OwnerBits), w & OwnerMask);
    }

    internal long PeekThreshold() => _threshold.Value.Peek();

    /// <summary>Entry <paramref name="slot"/> decoded: cycle, note, unsafe, finalized, index (⊥ = 2^w − 1, ⊥c = ⊥ − 1).</summary>
    internal (long Cycle, long Note, bool Unsafe, bool Final, long Index) PeekEntry(int slot)
    {
        long e = _entries[slot].Peek();
        return (Cycle(e), Note(e), (e & _unsafeBit) != 0, (e & _finalizedBit) != 0, e & _indexMask);
    }

    /// <summary>A request counter decoded: position (unshifted), Fin, Inc.</summary>
    internal static (long Position, bool Fin, bool Inc) DecodeLocal(long word) =>
        ((long)((ulong)word >> OwnerBits), (word & Fin) != 0, (word & Inc) != 0);

    /// <summary>Record <paramref name="thread"/>'s shared words (positions unshifted) and its private help state.</summary>
    internal WcqRecordView PeekRecord(int thread)
    {
        var r = _records[thread];
        return new WcqRecordView(r.Seq1.Peek(), r.Seq2.Peek(), r.Kind.Peek(), DecodeLocal(r.LocalTail.Peek()),
            (long)((ulong)r.InitTail.Peek() >> OwnerBits), DecodeLocal(r.LocalHead.Peek()), (long)((ulong)r.InitHead.Peek() >> OwnerBits),
            r.Phase2Seq1.Peek(), r.Phase2Local.Peek(), (long)((ulong)r.Phase2Count.Peek() >> OwnerBits), r.Phase2Seq2.Peek(),
            r.NextCheck, r.HelpCursor);
    }

#if WEFT_CONTROLLED
    /// <summary>Controlled build, for the wCQ spec's refinement mapping: the own steps of record
    /// <paramref name="thread"/>'s current (or last) operation, and of those the steps it took in Help.</summary>
    internal (long Steps, long HelpSteps) PeekSteps(int thread)
    {
        var r = _records[thread];
        long now = r.OperationThread?.OwnSteps ?? 0;
        long end = r.InOperation ? now : r.OperationEnd;
        long helpEnd = r.InHelp ? now : r.HelpEnd;
        return (end - r.OperationStart, helpEnd - r.HelpStart);
    }

    /// <summary>Controlled build: the bound of record <paramref name="thread"/>'s current (or last) operation.</summary>
    internal (long Own, long Help) PeekStepBound(int thread) => StepBound(_records[thread].OperationIsDequeue);
#endif

    /// <summary>A word alone on its cache lines (128 bytes: adjacent-line prefetch).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct PaddedWord
    {
        [FieldOffset(64)] public AtomicInt64 Value;
    }
}
