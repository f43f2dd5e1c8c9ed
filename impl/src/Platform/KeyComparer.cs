using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Weft.Platform;

/// <summary>
/// Tier 1 "comparator": the key ordering of the skiplists and trees. Structures take the comparer as a struct type
/// parameter (<c>TComparer : struct, IKeyComparer&lt;TKey&gt;</c>) so the JIT specializes and inlines the compare:
/// the integer and ordinal-string fast paths cost a subtraction-free compare, not an interface call.
/// </summary>
public interface IKeyComparer<in TKey>
{
    int Compare(TKey x, TKey y);
}

/// <summary>Fast path for <see cref="int"/> keys.</summary>
public readonly struct Int32KeyComparer : IKeyComparer<int>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(int x, int y) => x < y ? -1 : x > y ? 1 : 0;
}

/// <summary>Fast path for <see cref="long"/> keys.</summary>
public readonly struct Int64KeyComparer : IKeyComparer<long>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(long x, long y) => x < y ? -1 : x > y ? 1 : 0;
}

/// <summary>Fast path for strings: ordinal (culture-independent, so orders agree across machines).</summary>
public readonly struct OrdinalStringKeyComparer : IKeyComparer<string>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(string x, string y) => string.CompareOrdinal(x, y);
}

/// <summary>Any <see cref="IComparable{T}"/> key through <see cref="Comparer{T}.Default"/>.</summary>
public readonly struct DefaultKeyComparer<TKey> : IKeyComparer<TKey>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(TKey x, TKey y) => Comparer<TKey>.Default.Compare(x, y);
}
