using Weft.Platform;

namespace Weft.Tests;

/// <summary>A Tier 1 comparer that orders 64-bit keys descending (the structures must follow the comparer, not the key's natural order).</summary>
public readonly struct ReverseInt64KeyComparer : IKeyComparer<long>
{
    public int Compare(long x, long y) => y < x ? -1 : y > x ? 1 : 0;
}
