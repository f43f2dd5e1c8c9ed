using System;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Collections;

/// <summary>
/// LSCQ, the unbounded lock-free FIFO queue of R. Nikolaev, "A Scalable, Portable, and Memory-Efficient Lock-Free
/// FIFO Queue", DISC 2019 (Figure 9): a linked list of SCQ rings (<see cref="ScqQueue{T}"/>). Enqueues go to the tail
/// ring; an enqueue that finds it full finalizes it (closes it to enqueues), links a new ring that already holds its
/// value, and swings the tail. Dequeues take from the head ring; one that finds it empty with a successor gives it
/// one more round (threshold re-armed, for enqueues that drew a position before the finalization and are still
/// completing), then swings the head and retires the ring.
///
/// Invariant: the rings from head to tail hold the queue's values in FIFO order, every ring but the last is
/// finalized, and a finalized ring takes no enqueue that did not already hold a position in it. So the values of a
/// ring all precede those of its successor, and a dequeuer leaves a ring only once it is empty for good.
///
/// Rings live beside the slots of a <see cref="NodePool"/>: a ring handle is a pool handle (generation-tagged, so
/// the CASes on head, tail and links are ABA-safe), the ring object of slot i is reused by every generation of
/// slot i, and a ring is reclaimed through the <see cref="Reclaimer"/>: <see cref="Reclaimer.Protect"/> for the
/// head and tail reads, retire when the head moves past a ring, reuse only once no thread can still reach it
/// (IBR, DEBRA). Every access to a ring reports to the pool (<see cref="NodePool.Accessed"/>), so the scheduler's
/// NoUseAfterFree monitor checks the reclamation. DEBRA+ is refused: an LSCQ operation writes shared ring entries
/// before it linearizes, so it cannot be neutralized and restarted (README, design decisions).
///
/// Memory: rings are allocated when a slot is first used, then reused; in steady state an operation allocates
/// nothing. The pool's capacity bounds the rings alive (linked or awaiting reclamation).
/// </summary>
public sealed class LscqQueue<T>
{
    private readonly Reclaimer _reclaimer;
    private readonly NodePool _pool;
    private readonly int _ringCapacity;
    private readonly WeftConfig _config;
    private readonly LscqRing<T>?[] _rings;
    private AtomicInt64 _head;
    private AtomicInt64 _tail;

    /// <summary>An empty queue of rings of <paramref name="ringCapacity"/> values (a power of two in [1, 2^30]).</summary>
    /// <exception cref="ArgumentOutOfRangeException">the ring capacity is not a positive power of two, or above 2^30.</exception>
    /// <exception cref="ArgumentException">the reclaimer is DEBRA+ (see the class comment).</exception>
    public LscqQueue(Reclaimer reclaimer, int ringCapacity)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        ScqRing.ValidateCapacity(ringCapacity);
        if (reclaimer.Neutralizes)
            throw new ArgumentException("LSCQ writes shared ring entries before it linearizes and cannot restart a neutralized operation: use IBR, DEBRA or no reclamation", nameof(reclaimer));
        _reclaimer = reclaimer;
        _pool = reclaimer.Pool;
        _ringCapacity = ringCapacity;
        _config = reclaimer.Config;
        _rings = new LscqRing<T>?[_pool.Capacity];
        long first = _pool.Allocate();
        RingOf(first).Reset();
        _head = new AtomicInt64(first);
        _tail = new AtomicInt64(first);
    }

    /// <summary>Appends <paramref name="value"/> (never fails; throws <see cref="InvalidOperationException"/> if the ring pool is exhausted).</summary>
    public void Enqueue(ReclaimerThread t, T value)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            while (!TryEnqueueOnce(t, value))
            {
                // The tail moved (a ring was linked by another thread): start again from the new tail.
            }
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>One pass of an enqueue from the tail ring: true when the value is in the queue.</summary>
    private bool TryEnqueueOnce(ReclaimerThread t, T value)
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
        if (ring.Queue.TryEnqueueOrFinalize(value)) return true;
        // The ring is full and finalized: link a new ring that already holds the value.
        long fresh = _reclaimer.Allocate(t);
        var freshRing = RingOf(fresh);
        freshRing.Reset();
        freshRing.Queue.TryEnqueue(value);
        _pool.Accessed(fresh, write: true);
        Touch(tail);
        // Winning this CAS links the new ring after the finalized tail ring: the value is enqueued (linearization
        // point), after every value of the finalized ring. Losing: another ring was linked first.
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
        _reclaimer.BeginOperation(t);
        try
        {
            while (true)
            {
                long head = _reclaimer.Protect(t, ref _head);
                var ring = Touch(head);
                if (ring.Queue.TryDequeue(out value)) return true;
                long next = ring.Next.Load(MemoryOrder.Acquire);
                if (next == NodePool.Null) return false; // the head ring is the last one, and it is empty
                // The ring is finalized. Enqueues that drew a position before the finalization may still complete:
                // one more full round over it (threshold re-armed) takes them or invalidates their positions.
                ring.Queue.ResetThreshold();
                if (ring.Queue.TryDequeue(out value)) return true;
                // Winning this CAS unlinks the empty finalized ring: this thread retires it.
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
                count += ring.Queue.Count;
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
    private LscqRing<T> Touch(long handle)
    {
        _pool.Accessed(handle, write: false);
        return RingOf(handle);
    }

    /// <summary>The ring object of a slot, created on the slot's first use (by its owner, before publication).</summary>
    private LscqRing<T> RingOf(long handle)
    {
        int slot = NodePool.IndexOf(handle);
        return _rings[slot] ??= new LscqRing<T>(_ringCapacity, _config);
    }
}
