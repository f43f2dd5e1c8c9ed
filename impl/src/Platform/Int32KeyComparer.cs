using System.Runtime.CompilerServices;

namespace Weft.Platform;

/// <summary>Fast path for <see cref="int"/> keys.</summary>
public readonly struct Int32KeyComparer : IKeyComparer<int>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(int x, int y) => x < y ? -1 : x > y ? 1 : 0;
}
