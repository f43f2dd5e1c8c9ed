using System;
using System.Collections.Generic;

namespace Weft.Models;

/// <summary>
/// A set of 64-bit keys. Operations: <c>add(k)</c> returns true when k was absent; <c>remove(k)</c> returns true
/// when k was present; <c>contains(k)</c> returns whether k is present.
/// </summary>
public sealed class SetModel : DeterministicSpec<SetState>
{
    public override SetState Initial => SetState.Empty;

    public override (object? Result, SetState Next) Step(SetState state, Operation op)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(op);
        switch (op.Name)
        {
            case "add":
            {
                long k = op.Int64Arg(0);
                return state.Contains(k) ? (false, state) : (true, state.Add(k));
            }
            case "remove":
            {
                long k = op.Int64Arg(0);
                return state.Contains(k) ? (true, state.Remove(k)) : (false, state);
            }
            case "contains":
                return (state.Contains(op.Int64Arg(0)), state);
            default:
                throw Unknown(op, "add(k), remove(k) and contains(k)");
        }
    }
}
