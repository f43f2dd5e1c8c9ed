namespace Weft.Collections;

/// <summary>
/// A thread's registration with one <see cref="WcqQueue{T}"/>: the id of its records in the queue's two rings. Use it
/// from one thread at a time (wCQ's per-thread records are written by their owner without synchronization). Obtained
/// from <see cref="WcqQueue{T}.Register"/>; valid for the queue's lifetime.
/// </summary>
public sealed class WcqHandle
{
    internal WcqHandle(object queue, int id)
    {
        Queue = queue;
        Id = id;
    }

    /// <summary>The queue that issued the handle (a handle of another queue is refused).</summary>
    internal object Queue { get; }

    /// <summary>The record id, in [0, the queue's thread count).</summary>
    public int Id { get; }
}
