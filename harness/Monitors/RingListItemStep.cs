namespace Weft.Monitors;

/// <summary>What a <see cref="RingListItemEvent"/> reports: a ring call of the list beginning or returning, or a new ring's first item.</summary>
public enum RingListItemStep
{
    /// <summary>An enqueue calls <c>TryEnqueueOrClose(Item)</c> on the tail ring <c>Ring</c>.</summary>
    EnqueueCalled,
    /// <summary>The call returned true: <c>Ring</c> took <c>Item</c>.</summary>
    Enqueued,
    /// <summary>The call returned false: <c>Ring</c> is closed and did not take <c>Item</c> (the enqueuer links a new ring).</summary>
    EnqueueRefused,
    /// <summary>A dequeue calls <c>TryDequeue</c> on the head ring <c>Ring</c> (its first try or its last try).</summary>
    DequeueCalled,
    /// <summary>The call returned <c>Item</c>, taken from <c>Ring</c>.</summary>
    Dequeued,
    /// <summary>The call returned false: <c>Ring</c> had no item for it.</summary>
    DequeueFoundEmpty,
    /// <summary>The enqueuer's link CAS won: <c>Ring</c>, the new ring, is on the list holding <c>Item</c>, its first item.</summary>
    LinkedWith,
}
