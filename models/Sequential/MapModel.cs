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

/// <summary>The state of <see cref="MapModel"/>: immutable parallel arrays of keys (sorted) and values, with structural
/// equality and a deterministic hash.</summary>
public sealed class MapState : IEquatable<MapState>
{
    // Invariant: _keys is strictly increasing, _values[i] is the value of _keys[i], neither array is mutated after
    // construction, and _hash is a function of the two arrays alone.
    private readonly long[] _keys;
    private readonly long[] _values;
    private readonly int _hash;

    private MapState(long[] keys, long[] values)
    {
        _keys = keys;
        _values = values;
        _hash = unchecked(ValueList.Hash(keys, 31) * -1521134295 + ValueList.Hash(values, 37));
    }

    public static MapState Empty { get; } = new(Array.Empty<long>(), Array.Empty<long>());

    public int Count => _keys.Length;

    /// <summary>The keys in increasing order.</summary>
    public IReadOnlyList<long> Keys => _keys;

    public bool TryGet(long key, out long value)
    {
        int i = Array.BinarySearch(_keys, key);
        value = i >= 0 ? _values[i] : 0;
        return i >= 0;
    }

    public MapState Put(long key, long value)
    {
        int i = Array.BinarySearch(_keys, key);
        if (i >= 0) return _values[i] == value ? this : new(_keys, ValueList.Replace(_values, i, value));
        return new(ValueList.Insert(_keys, ~i, key), ValueList.Insert(_values, ~i, value));
    }

    public MapState Remove(long key)
    {
        int i = Array.BinarySearch(_keys, key);
        return i < 0 ? this : new(ValueList.RemoveAt(_keys, i), ValueList.RemoveAt(_values, i));
    }

    public bool Equals(MapState? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (other._hash == _hash && _keys.AsSpan().SequenceEqual(other._keys) && _values.AsSpan().SequenceEqual(other._values)));

    public override bool Equals(object? obj) => Equals(obj as MapState);

    public override int GetHashCode() => _hash;

    /// <summary><c>{1: 10, 2: 20}</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("{");
        for (int i = 0; i < _keys.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Values.Format(_keys[i])).Append(": ").Append(Values.Format(_values[i]));
        }
        return sb.Append('}').ToString();
    }
}
