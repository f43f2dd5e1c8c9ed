using System;
using System.Collections.Generic;

namespace Weft.Models;

/// <summary>
/// A FIFO queue of 64-bit values. Operations: <c>enqueue(v)</c> returns nothing (null); <c>dequeue()</c> returns the
/// oldest value and removes it, or <see cref="Empty.Value"/>; <c>peek()</c> returns the oldest value or
/// <see cref="Empty.Value"/>.
/// </summary>
public sealed class QueueModel : DeterministicSpec<QueueState>
{
    public override QueueState Initial => QueueState.Empty;

    public override (object? Result, QueueState Next) Step(QueueState state, Operation op)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(op);
        switch (op.Name)
        {
            case "enqueue":
                return (null, state.Enqueue(op.Int64Arg(0)));
            case "dequeue":
                return state.IsEmpty ? (Empty.Value, state) : (state.Head, state.Dequeue());
            case "peek":
                return (state.IsEmpty ? Empty.Value : state.Head, state);
            default:
                throw Unknown(op, "enqueue(v), dequeue() and peek()");
        }
    }
}
