using System;
using System.Collections.Generic;

namespace Weft.Models;

/// <summary>
/// A bounded FIFO queue of 64-bit values holding at most <see cref="Capacity"/> of them. Operations:
/// <c>enqueue(v)</c> returns true (the value was appended) or false (the queue is full); <c>dequeue()</c> returns the
/// oldest value and removes it, or <see cref="Empty.Value"/>.
///
/// <see cref="Slack"/> states how much earlier than "exactly full" an implementation may say full. A queue whose
/// operations hold a slot outside the abstract queue (SCQ: an enqueuer that took a free slot but has not yet
/// published its value, a dequeuer that took its value but has not yet returned the slot) may refuse an enqueue while
/// other threads' operations in flight hold slots: with k other threads, <c>false</c> is allowed from
/// <c>Capacity - k</c> values on. A <c>true</c> is never allowed at <c>Capacity</c> values, and order, loss and
/// duplication are checked exactly.
/// </summary>
public sealed class BoundedQueueModel : ISequentialSpec<QueueState>
{
    public BoundedQueueModel(int capacity, int slack = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(slack);
        Capacity = capacity;
        Slack = slack;
    }

    public int Capacity { get; }

    public int Slack { get; }

    public QueueState Initial => QueueState.Empty;

    public (bool Ok, QueueState Next) Apply(QueueState state, Operation op, object? result)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(op);
        switch (op.Name)
        {
            case "enqueue":
                if (result is true) return state.Count < Capacity ? (true, state.Enqueue(op.Int64Arg(0))) : (false, state);
                return (result is false && MayRefuse(state), state);
            case "dequeue":
                if (state.IsEmpty) return (result is Empty, state);
                return (Values.Same(state.Head, result), state.Dequeue());
            default:
                throw new ArgumentException($"{op}: unknown operation; this specification defines enqueue(v) and dequeue()", nameof(op));
        }
    }

    public IEnumerable<QueueState> ApplyPending(QueueState state, Operation op)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(op);
        switch (op.Name)
        {
            case "enqueue":
                if (state.Count < Capacity) yield return state.Enqueue(op.Int64Arg(0));
                if (MayRefuse(state)) yield return state;
                break;
            case "dequeue":
                yield return state.IsEmpty ? state : state.Dequeue();
                break;
            default:
                throw new ArgumentException($"{op}: unknown operation; this specification defines enqueue(v) and dequeue()", nameof(op));
        }
    }

    private bool MayRefuse(QueueState state) => state.Count >= Capacity - Slack;
}
