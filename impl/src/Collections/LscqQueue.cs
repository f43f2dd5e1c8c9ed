using System;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Collections;

/// <summary>
/// LSCQ, the unbounded lock-free FIFO queue of R. Nikolaev, "A Scalable, Portable, and Memory-Efficient Lock-Free
/// FIFO Queue", DISC 2019 (Figure 9): a linked list (<see cref="RingList{TItem}"/>) of finalizable SCQ rings
/// (<see cref="ScqQueue{T}"/>). An enqueue that finds the tail ring full finalizes it (closes it to enqueues) and
/// links a new ring that already holds its value; a dequeuer that finds a finalized ring empty re-arms its threshold
/// for one more full round (enqueues that drew a position before the finalization may still complete), then moves
/// the head past it and retires it.
///
/// Invariant (the ring list's): the rings from head to tail hold the queue's values in FIFO order, every ring but
/// the last is finalized, and a finalized ring takes no enqueue that did not already hold a position in it.
///
/// Rings are slots of the reclaimer's <see cref="NodePool"/>, reclaimed through it (IBR, DEBRA) and checked by the
/// scheduler's NoUseAfterFree monitor (<see cref="RingList{TItem}"/>). DEBRA+ is refused: an LSCQ operation writes
/// shared ring entries before it linearizes, so it cannot be neutralized and restarted (README, design decisions).
/// In steady state an operation allocates nothing.
/// </summary>
public sealed class LscqQueue<T>
{
    private readonly RingList<T> _rings;

    /// <summary>An empty queue of rings of <paramref name="ringCapacity"/> values (a power of two in [1, 2^30]).</summary>
    /// <exception cref="ArgumentOutOfRangeException">the ring capacity is not a positive power of two, or above 2^30.</exception>
    /// <exception cref="ArgumentException">the reclaimer is DEBRA+ (see the class comment).</exception>
    public LscqQueue(Reclaimer reclaimer, int ringCapacity)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        ScqRing.ValidateCapacity(ringCapacity);
        if (reclaimer.Neutralizes)
            throw new ArgumentException("LSCQ writes shared ring entries before it linearizes and cannot restart a neutralized operation: use IBR, DEBRA or no reclamation", nameof(reclaimer));
        var config = reclaimer.Config;
        _rings = new RingList<T>(reclaimer, () => new LscqRing<T>(ringCapacity, config));
    }

    /// <summary>Appends <paramref name="value"/> (never fails; throws <see cref="PoolExhaustedException"/> if the ring pool is exhausted).</summary>
    public void Enqueue(ReclaimerThread t, T value) => _rings.Enqueue(t, value);

    /// <summary>Removes the oldest value; false when the queue is empty.</summary>
    public bool TryDequeue(ReclaimerThread t, out T value) => _rings.TryDequeue(t, out value);

    /// <summary>
    /// Approximate number of values: the sum of the rings' counts from head to tail (exact when no operation is in
    /// progress). No ring is freed while counted.
    /// </summary>
    public long Count(ReclaimerThread t) => _rings.Count(t);
}
