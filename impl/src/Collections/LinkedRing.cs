using Weft.Atomics;
using Weft.Memory;

namespace Weft.Collections;

/// <summary>
/// One ring of a <see cref="RingList{TItem}"/>: a bounded ring that can be closed to enqueues, and the handle of the
/// next ring (<see cref="NodePool.Null"/> until one is linked; set once per generation, by CAS). Reused by every
/// generation of its pool slot: <see cref="Reset"/> is called by the slot's new owner before it publishes the ring.
/// The ring's own algorithm (SCQ, CRQ) guarantees what <see cref="RingList{TItem}"/> relies on: once
/// <see cref="TryEnqueueOrClose"/> has returned false, no later enqueue succeeds on this ring, and an empty
/// dequeue after <see cref="PrepareLastRound"/> on a closed ring means every position an enqueuer drew has been
/// passed by its dequeuer.
/// </summary>
internal abstract class LinkedRing<TItem>
{
    /// <summary>The handle of the next ring, <see cref="NodePool.Null"/> until one is linked.</summary>
    public AtomicInt64 Next;

    /// <summary>Back to an empty open ring with no successor. Only by its sole owner, before publication.</summary>
    public void Reset()
    {
        ResetRing();
        Next.Store(NodePool.Null, MemoryOrder.Release);
    }

    /// <summary>Empties the ring and opens it to enqueues.</summary>
    protected abstract void ResetRing();

    /// <summary>Appends <paramref name="item"/>, or closes the ring for good and returns false.</summary>
    public abstract bool TryEnqueueOrClose(TItem item);

    /// <summary>Removes the oldest item; false when the ring is empty.</summary>
    public abstract bool TryDequeue(out TItem item);

    /// <summary>Called by a dequeuer that found the closed ring empty, before its last try on it.</summary>
    public virtual void PrepareLastRound()
    {
    }

    /// <summary>
    /// The ring is closed to enqueues now, read without a scheduling point or an access report: for the monitors of
    /// the list (RingListLinkedInOrderMonitor, RingListClosedStaysClosedMonitor; controlled build) only.
    /// </summary>
    public abstract bool PeekClosed();

    /// <summary>Approximate number of items in the ring.</summary>
    public abstract long Count { get; }
}
