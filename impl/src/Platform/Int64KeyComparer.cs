using System.Runtime.CompilerServices;

namespace Weft.Platform;

/// <summary>Fast path for <see cref="long"/> keys.</summary>
public readonly struct Int64KeyComparer : IKeyComparer<long>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(long x, long y) => x < y ? -1 : x > y ? 1 : 0;
}
