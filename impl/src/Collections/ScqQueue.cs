using System;
using System.Runtime.CompilerServices;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// SCQ, the bounded lock-free FIFO queue of R. Nikolaev, "A Scalable, Portable, and Memory-Efficient Lock-Free FIFO
/// Queue", DISC 2019 (Figure 7): a data array of n slots and two rings of indices (<see cref="ScqRing"/>), the
/// allocated queue <c>aq</c> and the free queue <c>fq</c>.
///
/// Invariant: every slot index in [0, n) is in exactly one of three places: in <c>fq</c> (the slot is free), in
/// <c>aq</c> (the slot holds a value waiting to be dequeued), or owned by one thread between its two ring operations.
/// So each ring holds at most n indices, the premise under which <see cref="ScqRing.Enqueue"/> always succeeds.
///
/// TryEnqueue takes a free index from <c>fq</c> (none: the queue is full), writes the value into its slot and
/// enqueues the index on <c>aq</c>; the ring's CAS publishes the slot write (release) to the dequeuer that takes the
/// index (acquire). TryDequeue takes an index from <c>aq</c> (none: empty), reads the slot, clears it (so the queue
/// keeps no reference to a dequeued object) and returns the index to <c>fq</c>. FIFO order is <c>aq</c>'s.
/// Linearization: an enqueue at its <c>aq</c> enqueue, a dequeue at its <c>aq</c> dequeue; a full enqueue at the
/// <c>fq</c> dequeue that found no index (every slot was in <c>aq</c> or about to be, which is "full" for SCQ, as in
/// the paper: a dequeue that has taken its index but not yet returned it still occupies its slot).
///
/// Memory: the slots and both rings (4n entries of 8 bytes, three padded counters each) are allocated at construction
/// and never grow; an operation allocates nothing.
/// </summary>
public sealed class ScqQueue<T>
{
    private readonly T[] _slots;
    private readonly ScqRing _allocated;
    private readonly ScqRing _free;
    private readonly SeededBug _bug;

    /// <summary>A queue of <paramref name="capacity"/> values (a power of two in [1, 2^30]).</summary>
    /// <exception cref="ArgumentOutOfRangeException">the capacity is not a positive power of two, or above 2^30.</exception>
    public ScqQueue(int capacity, WeftConfig? config = null)
    {
        ScqRing.ValidateCapacity(capacity);
        _slots = new T[capacity];
        _bug = (config ?? WeftConfig.Default).SeededBug;
        _allocated = new ScqRing(capacity, config);
        _free = new ScqRing(capacity, config);
        for (int i = 0; i < capacity; i++) _free.Enqueue(i); // every slot starts free
    }

    /// <summary>The number of values the queue holds at most.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Approximate number of values (exact when no operation is in progress).</summary>
    public int Count => _allocated.Count;

    /// <summary>Appends <paramref name="value"/>; false when the queue is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryEnqueue(T value)
    {
        if (!_free.TryDequeue(out long index)) return false;
        _slots[index] = value; // published to the dequeuer by the release CAS of the aq enqueue
        _allocated.Enqueue(index);
        return true;
    }

    // The ring of the unbounded queue (LscqQueue, the paper's Figure 9): finalizable, reusable.

    /// <summary>The ring is finalized now, read without a scheduling point (the list's monitors).</summary>
    internal bool PeekFinalized() => (_allocated.PeekTail() & ScqRing.FinalizedBit) != 0;

    /// <summary>
    /// Appends <paramref name="value"/> unless the queue is full or finalized; a full queue is finalized first, so that
    /// once an enqueue has failed here, none succeeds here again (the caller moves on to the next ring).
    /// </summary>
    internal bool TryEnqueueOrFinalize(T value)
    {
        if (!_free.TryDequeue(out long index))
        {
            if (_bug != SeededBug.LscqNoFinalize) _allocated.Close();
            return false;
        }
        _slots[index] = value;
        if (_allocated.TryEnqueueUnlessFinalized(index)) return true;
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _slots[index] = default!;
        _free.Enqueue(index); // finalized meanwhile: give the slot back
        return false;
    }

    /// <summary>Re-arms the threshold of the allocated ring (a dequeuer's last round on a finalized ring).</summary>
    internal void ResetThreshold() => _allocated.ResetThreshold();

    /// <summary>Back to a new empty queue. Only by its sole owner (a ring just taken from its pool).</summary>
    internal void Reset()
    {
        _allocated.Reset();
        _free.Reset();
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_slots);
        for (int i = 0; i < _slots.Length; i++) _free.Enqueue(i);
    }

    /// <summary>Removes the oldest value; false when the queue is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryDequeue(out T value)
    {
        if (!_allocated.TryDequeue(out long index))
        {
            value = default!;
            return false;
        }
        value = _slots[index]; // the aq dequeue acquired the enqueuer's write
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _slots[index] = default!;
        _free.Enqueue(index); // the slot is free again (its reads and writes happen before the fq publication)
        return true;
    }
}
