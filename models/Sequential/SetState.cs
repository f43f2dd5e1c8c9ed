using System;
using System.Collections.Generic;

namespace Weft.Models;

/// <summary>The state of <see cref="SetModel"/>: an immutable sorted array of keys, with structural equality and a
/// deterministic hash.</summary>
public sealed class SetState : IEquatable<SetState>
{
    // Invariant: _keys is strictly increasing and never mutated after construction; _hash == ValueList.Hash(_keys, Seed).
    private const int Seed = 29;
    private readonly long[] _keys;
    private readonly int _hash;

    private SetState(long[] keys)
    {
        _keys = keys;
        _hash = ValueList.Hash(keys, Seed);
    }

    public static SetState Empty { get; } = new(Array.Empty<long>());

    public static SetState Of(params long[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var s = Empty;
        foreach (var k in keys) s = s.Add(k);
        return s;
    }

    public int Count => _keys.Length;

    /// <summary>The keys in increasing order.</summary>
    public IReadOnlyList<long> Keys => _keys;

    public bool Contains(long key) => Array.BinarySearch(_keys, key) >= 0;

    public SetState Add(long key)
    {
        int i = Array.BinarySearch(_keys, key);
        return i >= 0 ? this : new(ValueList.Insert(_keys, ~i, key));
    }

    public SetState Remove(long key)
    {
        int i = Array.BinarySearch(_keys, key);
        return i < 0 ? this : new(ValueList.RemoveAt(_keys, i));
    }

    public bool Equals(SetState? other) =>
        other is not null && (ReferenceEquals(this, other) || (other._hash == _hash && _keys.AsSpan().SequenceEqual(other._keys)));

    public override bool Equals(object? obj) => Equals(obj as SetState);

    public override int GetHashCode() => _hash;

    /// <summary><c>{1, 2, 3}</c>.</summary>
    public override string ToString() => "{" + ValueList.Format(_keys, "")[1..^1] + "}";
}
