using System;
using System.Collections.Generic;
using System.Text;

namespace Weft.Models;

/// <summary>
/// A map from 64-bit keys to 64-bit values. Operations: <c>put(k, v)</c> returns the previous value or
/// <see cref="Empty.Value"/>; <c>get(k)</c> returns the value or <see cref="Empty.Value"/>; <c>remove(k)</c> returns the
/// removed value or <see cref="Empty.Value"/>; <c>tryAdd(k, v)</c> adds k with v and returns true when k was absent,
/// else returns false and changes nothing; <c>addOrUpdate(k, a, d)</c> adds k with a when absent, else adds d to its
/// value, and returns the value stored.
/// </summary>
public sealed class MapModel : DeterministicSpec<MapState>
{
    public override MapState Initial => MapState.Empty;

    public override (object? Result, MapState Next) Step(MapState state, Operation op)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(op);
        switch (op.Name)
        {
            case "put":
            {
                long k = op.Int64Arg(0);
                return (Previous(state, k), state.Put(k, op.Int64Arg(1)));
            }
            case "get":
                return (Previous(state, op.Int64Arg(0)), state);
            case "remove":
            {
                long k = op.Int64Arg(0);
                return (Previous(state, k), state.Remove(k));
            }
            case "tryAdd":
            {
                long k = op.Int64Arg(0);
                return state.TryGet(k, out _) ? (false, state) : (true, state.Put(k, op.Int64Arg(1)));
            }
            case "addOrUpdate":
            {
                long k = op.Int64Arg(0);
                long stored = state.TryGet(k, out long v) ? unchecked(v + op.Int64Arg(2)) : op.Int64Arg(1);
                return (stored, state.Put(k, stored));
            }
            default:
                throw Unknown(op, "put(k, v), get(k), remove(k), tryAdd(k, v) and addOrUpdate(k, a, d)");
        }
    }

    private static object Previous(MapState state, long key) => state.TryGet(key, out var v) ? v : Empty.Value;
}
