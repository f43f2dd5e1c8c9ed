using System;
using System.Collections.Generic;
using System.Text;

namespace Weft.Models;

/// <summary>
/// The state of <see cref="StackModel"/>: a persistent singly linked list (push and pop are O(1) and share the
/// rest of the stack), with structural equality and a hash computed incrementally from the values, bottom up, so
/// equal stacks built by different operation sequences hash alike in every process.
/// </summary>
public sealed class StackState : IEquatable<StackState>
{
    // Invariant: Count == (_rest?.Count ?? -1) + 1, and _hash is a function of the values alone (bottom first).
    private readonly long _top;
    private readonly StackState? _rest;
    private readonly int _hash;

    private StackState(long top, StackState? rest)
    {
        _top = top;
        _rest = rest;
        Count = rest is null ? 0 : rest.Count + 1;
        _hash = rest is null ? 17 : unchecked(rest._hash * -1521134295 + Values.Mix(top));
    }

    /// <summary>The empty stack.</summary>
    public static StackState Empty { get; } = new(0, null);

    public int Count { get; }

    public bool IsEmpty => Count == 0;

    /// <summary>The top value; throws on the empty stack.</summary>
    public long Top => IsEmpty ? throw new InvalidOperationException("the stack is empty") : _top;

    public StackState Push(long value) => new(value, this);

    /// <summary>The stack without its top; throws on the empty stack.</summary>
    public StackState Pop() => _rest ?? throw new InvalidOperationException("the stack is empty");

    /// <summary>A stack holding <paramref name="values"/>, the first at the bottom.</summary>
    public static StackState Of(params long[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var s = Empty;
        foreach (var v in values) s = s.Push(v);
        return s;
    }

    /// <summary>The values, top first.</summary>
    public IEnumerable<long> Items
    {
        get
        {
            for (var s = this; !s.IsEmpty; s = s._rest!) yield return s._top;
        }
    }

    public bool Equals(StackState? other)
    {
        if (other is null || other.Count != Count || other._hash != _hash) return false;
        var a = this;
        var b = other;
        while (!ReferenceEquals(a, b))
        {
            if (a._top != b._top) return false;
            a = a._rest!;
            b = b._rest!;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as StackState);

    public override int GetHashCode() => _hash;

    /// <summary><c>[3, 2, 1]</c>, top first.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("[");
        foreach (var v in Items)
        {
            if (sb.Length > 1) sb.Append(", ");
            sb.Append(Values.Format(v));
        }
        return sb.Append(IsEmpty ? "]" : "] (top first)").ToString();
    }
}
