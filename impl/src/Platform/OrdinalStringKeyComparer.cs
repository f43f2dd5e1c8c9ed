using System.Runtime.CompilerServices;

namespace Weft.Platform;

/// <summary>Fast path for strings: ordinal (culture-independent, so orders agree across machines).</summary>
public readonly struct OrdinalStringKeyComparer : IKeyComparer<string>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(string x, string y) => string.CompareOrdinal(x, y);
}
