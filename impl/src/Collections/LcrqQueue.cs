using System;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Collections;

/// <summary>
/// LCRQ, the unbounded lock-free FIFO queue of A. Morrison and Y. Afek, "Fast Concurrent Queues for x86 Processors",
/// PPoPP 2013 (Figure 6): a linked list of CRQ rings (<see cref="CrqRing"/>). Enqueues go to the tail ring; an enqueue
/// that finds it closed (or closes it: full, starving, or at the end of its index range) links a new ring that
/// already holds its value and swings the tail. Dequeues take from the head ring; one that finds it empty with a
/// successor tries it once more (an enqueue that drew a position before the ring closed may have completed since
/// the first try), then swings the head and retires the ring.
///
/// Invariant: the rings from head to tail hold the queue's values in FIFO order, every ring but the last is closed,
/// and a closed ring takes no value. So the values of a ring all precede those of its successor, and a dequeuer
/// leaves a ring only once it is empty for good (after the ring closed, an empty CRQ dequeue means every position
/// an enqueuer drew has been passed by its dequeuer).
///
/// Values. .NET has no CAS2, so a ring entry carries a 32-bit value handle, not the value (Lcrq.md): an enqueue takes
/// a slot of a value pool (a <see cref="NodePool"/> of its own, per-thread caches), writes the value into the slot's
/// cell, and enqueues the slot number; the dequeuer that wins the entry owns the slot, reads the value and frees the
/// slot. A slot is owned by exactly one party at a time (its enqueuer, then the ring entry, then the dequeuer that
/// took it), so slots need no deferred reclamation. The value pool bounds the values in the queue at once
/// (<c>valueCapacity</c>; an enqueue beyond it throws <see cref="PoolExhaustedException"/> naming it).
///
/// Rings live beside the slots of the reclaimer's <see cref="NodePool"/>, as in <see cref="LscqQueue{T}"/>: a ring
/// handle is a generation-tagged pool handle (the CASes on head, tail and links are ABA-safe), the ring object of
/// slot i is reused by every generation of slot i, and a ring is reclaimed through the <see cref="Reclaimer"/>
/// (IBR, DEBRA): protected reads of head, tail and links, retire when the head moves past a ring. Every ring access
/// reports to the pool (<see cref="NodePool.Accessed"/>) for the scheduler's NoUseAfterFree monitor. DEBRA+ is
/// refused: an operation writes ring entries before it linearizes and cannot be neutralized and restarted.
///
/// Memory: rings are allocated when a ring slot is first used, then reused; in steady state an operation allocates
/// nothing.
/// </summary>
public sealed class LcrqQueue<T>
{
    private readonly Reclaimer _reclaimer;
    private readonly NodePool _pool;
    private readonly NodePool _valuePool;
    private readonly T[] _values;
    private readonly int _ringCapacity;
    private readonly WeftConfig _config;
    private readonly LcrqRing?[] _rings;
    private AtomicInt64 _head;
    private AtomicInt64 _tail;

    /// <summary>
    /// An empty queue of rings of <paramref name="ringCapacity"/> entries (a power of two in [1, 2^20]) holding at
    /// most <paramref name="valueCapacity"/> values at once (in [1, 2^31 − 1]; the value array is allocated now).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">a capacity out of range.</exception>
    /// <exception cref="ArgumentException">the reclaimer is DEBRA+ (see the class comment).</exception>
    public LcrqQueue(Reclaimer reclaimer, int ringCapacity, int valueCapacity = 1 << 16)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        CrqRing.ValidateCapacity(ringCapacity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(valueCapacity);
        if (valueCapacity == int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(valueCapacity), valueCapacity, "the value capacity is at most 2^31 - 2");
        if (reclaimer.Neutralizes)
            throw new ArgumentException("LCRQ writes shared ring entries before it linearizes and cannot restart a neutralized operation: use IBR, DEBRA or no reclamation", nameof(reclaimer));
        _reclaimer = reclaimer;
        _pool = reclaimer.Pool;
        _ringCapacity = ringCapacity;
        _config = reclaimer.Config;
        _valuePool = new NodePool(valueCapacity, tagged: false, threadCaches: reclaimer.MaxThreads, strict: _pool.Strict);
        _values = new T[valueCapacity];
        _rings = new LcrqRing?[_pool.Capacity];
        long first = _pool.Allocate();
        RingOf(first).Reset();
        _head = new AtomicInt64(first);
        _tail = new AtomicInt64(first);
    }

    private long AllocateValueSlot(ReclaimerThread t)
    {
        try
        {
            return _valuePool.Allocate(t.Index);
        }
        catch (PoolExhaustedException e)
        {
            throw new PoolExhaustedException(
                $"LCRQ value capacity exhausted: all {e.Capacity} value slots hold queued values (or sit in threads' caches); raise the queue's valueCapacity", e);
        }
    }

    /// <summary>Appends <paramref name="value"/> (throws <see cref="PoolExhaustedException"/> if the value or ring pool is exhausted).</summary>
    public void Enqueue(ReclaimerThread t, T value)
    {
        long slot = AllocateValueSlot(t); // an untagged handle: slot index + 1, in [1, 2^31 - 1]
        _values[NodePool.IndexOf(slot)] = value;
        _valuePool.Accessed(slot, write: true);
        _reclaimer.BeginOperation(t);
        try
        {
            while (!TryEnqueueOnce(t, slot))
            {
                // The tail moved (a ring was linked by another thread): start again from the new tail.
            }
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>One pass of an enqueue from the tail ring: true when the value slot is in the queue.</summary>
    private bool TryEnqueueOnce(ReclaimerThread t, long slot)
    {
        long tail = _reclaimer.Protect(t, ref _tail);
        var ring = Touch(tail);
        long next = ring.Next.Load(MemoryOrder.Acquire);
        if (next != NodePool.Null)
        {
            // Winning this CAS swings the tail to the ring linked after it (helping a slow linker).
            _tail.TryCompareExchange(tail, next, MemoryOrder.AcqRel);
            return false;
        }
        if (ring.Ring.TryEnqueue(slot)) return true;
        // The ring is closed: link a new ring that already holds the value.
        long fresh = _reclaimer.Allocate(t);
        var freshRing = RingOf(fresh);
        freshRing.Reset();
        freshRing.Ring.TryEnqueue(slot); // position 0 of an empty open ring: always succeeds
        _pool.Accessed(fresh, write: true);
        Touch(tail);
        // Winning this CAS links the new ring after the closed tail ring: the value is enqueued (linearization
        // point), after every value of the closed ring. Losing: another ring was linked first.
        if (ring.Next.TryCompareExchange(NodePool.Null, fresh, MemoryOrder.AcqRel))
        {
            // Winning this CAS swings the tail to the new ring; losing means another thread already helped.
            _tail.TryCompareExchange(tail, fresh, MemoryOrder.AcqRel);
            return true;
        }
        _pool.Free(t.Index, fresh); // never published: no other thread can have seen it
        return false;
    }

    /// <summary>Removes the oldest value; false when the queue is empty.</summary>
    public bool TryDequeue(ReclaimerThread t, out T value)
    {
        long slot = DequeueSlot(t);
        if (slot == NodePool.Null)
        {
            value = default!;
            return false;
        }
        int index = NodePool.IndexOf(slot);
        _valuePool.Accessed(slot, write: false);
        value = _values[index];
        _values[index] = default!; // no stale reference kept alive
        _valuePool.Free(t.Index, slot);
        return true;
    }

    /// <summary>The value slot of the oldest value, taken out of its ring; <see cref="NodePool.Null"/> when empty.</summary>
    private long DequeueSlot(ReclaimerThread t)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            while (true)
            {
                long head = _reclaimer.Protect(t, ref _head);
                var ring = Touch(head);
                if (ring.Ring.TryDequeue(out long slot)) return slot;
                long next = ring.Next.Load(MemoryOrder.Acquire);
                if (next == NodePool.Null) return NodePool.Null; // the head ring is the last one, and it is empty
                // The ring is closed (a successor is linked only after it closed). An enqueue that drew a position
                // before the closing may have completed since our first try: one more try takes it, or sees the
                // ring empty for good.
                if (ring.Ring.TryDequeue(out slot)) return slot;
                // Winning this CAS unlinks the empty closed ring: this thread retires it.
                if (_head.TryCompareExchange(head, next, MemoryOrder.AcqRel)) _reclaimer.Retire(t, head);
            }
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>
    /// Approximate number of values: the sum of the rings' counts from head to tail (exact when no operation is in
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
                count += ring.Ring.Count;
                handle = _reclaimer.Protect(t, ref ring.Next);
            }
            return count;
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>The ring of <paramref name="handle"/>, its access reported to the pool (NoUseAfterFree).</summary>
    private LcrqRing Touch(long handle)
    {
        _pool.Accessed(handle, write: false);
        return RingOf(handle);
    }

    /// <summary>The ring object of a slot, created on the slot's first use (by its owner, before publication).</summary>
    private LcrqRing RingOf(long handle)
    {
        int slot = NodePool.IndexOf(handle);
        return _rings[slot] ??= new LcrqRing(_ringCapacity, _config);
    }
}
