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
/// Rings form a <see cref="RingList{TItem}"/> of value-slot handles: generation-tagged slots of the reclaimer's
/// <see cref="NodePool"/>, reclaimed through it (IBR, DEBRA) and checked by the scheduler's NoUseAfterFree monitor.
/// DEBRA+ is refused: an operation writes ring entries before it linearizes and cannot be neutralized and restarted.
///
/// Memory: rings are allocated when a ring slot is first used, then reused; in steady state an operation allocates
/// nothing.
/// </summary>
public sealed class LcrqQueue<T>
{
    private readonly RingList<long> _rings;
    private readonly NodePool _valuePool;
    private readonly T[] _values;

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
        var config = reclaimer.Config;
        _valuePool = new NodePool(valueCapacity, tagged: false, threadCaches: reclaimer.MaxThreads, strict: reclaimer.Pool.Strict,
            capacitySetting: "the queue's valueCapacity (every value slot holds a queued value or sits in a thread's cache)");
        _values = new T[valueCapacity];
        _rings = new RingList<long>(reclaimer, () => new LcrqRing(ringCapacity, config));
    }

    /// <summary>Appends <paramref name="value"/> (throws <see cref="PoolExhaustedException"/> if the value or ring pool is exhausted).</summary>
    public void Enqueue(ReclaimerThread t, T value)
    {
        long slot = _valuePool.Allocate(t.Index); // an untagged handle: slot index + 1, in [1, 2^31 - 1]
        _values[NodePool.IndexOf(slot)] = value;
        _valuePool.Accessed(slot, write: true);
        _rings.Enqueue(t, slot);
    }

    /// <summary>Removes the oldest value; false when the queue is empty.</summary>
    public bool TryDequeue(ReclaimerThread t, out T value)
    {
        if (!_rings.TryDequeue(t, out long slot))
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

    /// <summary>
    /// Approximate number of values: the sum of the rings' counts from head to tail (exact when no operation is in
    /// progress). No ring is freed while counted.
    /// </summary>
    public long Count(ReclaimerThread t) => _rings.Count(t);
}
