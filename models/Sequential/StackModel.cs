using System;
using System.Collections.Generic;
using System.Text;

namespace Weft.Models;

/// <summary>
/// A LIFO stack of 64-bit values. Operations: <c>push(v)</c> returns nothing (null); <c>pop()</c> returns the top
/// value and removes it, or <see cref="Empty.Value"/>; <c>peek()</c> returns the top value or
/// <see cref="Empty.Value"/>.
/// </summary>
public sealed class StackModel : DeterministicSpec<StackState>
{
    public override StackState Initial => StackState.Empty;

    public override (object? Result, StackState Next) Step(StackState state, Operation op)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(op);
        switch (op.Name)
        {
            case "push":
                return (null, state.Push(op.Int64Arg(0)));
            case "pop":
                return state.IsEmpty ? (Empty.Value, state) : (state.Top, state.Pop());
            case "peek":
                return (state.IsEmpty ? Empty.Value : state.Top, state);
            default:
                throw Unknown(op, "push(v), pop() and peek()");
        }
    }
}
