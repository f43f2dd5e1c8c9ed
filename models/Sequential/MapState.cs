using System;
using System.Collections.Generic;
using System.Text;

namespace Weft.Models;

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
