using System;
using System.Collections.Generic;

namespace Weft.Models;

/// <summary>The state of <see cref="QueueModel"/>: an immutable array, oldest first, with structural equality and a
/// deterministic hash.</summary>
public sealed class QueueState : IEquatable<QueueState>
{
    // Invariant: _items is never mutated after construction; _hash == ValueList.Hash(_items, Seed).
    private const int Seed = 23;
    private readonly long[] _items;
    private readonly int _hash;

    private QueueState(long[] items)
    {
        _items = items;
        _hash = ValueList.Hash(items, Seed);
    }

    public static QueueState Empty { get; } = new(Array.Empty<long>());

    /// <summary>A queue holding <paramref name="values"/>, the first oldest.</summary>
    public static QueueState Of(params long[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new((long[])values.Clone());
    }

    public int Count => _items.Length;

    public bool IsEmpty => _items.Length == 0;

    /// <summary>The oldest value; throws on the empty queue.</summary>
    public long Head => IsEmpty ? throw new InvalidOperationException("the queue is empty") : _items[0];

    public QueueState Enqueue(long value) => new(ValueList.Insert(_items, _items.Length, value));

    /// <summary>The queue without its oldest value; throws on the empty queue.</summary>
    public QueueState Dequeue() => IsEmpty ? throw new InvalidOperationException("the queue is empty") : new(ValueList.RemoveAt(_items, 0));

    /// <summary>The values, oldest first.</summary>
    public IReadOnlyList<long> Items => _items;

    public bool Equals(QueueState? other) =>
        other is not null && (ReferenceEquals(this, other) || (other._hash == _hash && _items.AsSpan().SequenceEqual(other._items)));

    public override bool Equals(object? obj) => Equals(obj as QueueState);

    public override int GetHashCode() => _hash;

    /// <summary><c>[1, 2, 3]</c>, oldest first.</summary>
    public override string ToString() => ValueList.Format(_items, " (oldest first)");
}
