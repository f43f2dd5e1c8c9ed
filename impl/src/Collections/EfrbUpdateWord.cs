using System.Runtime.CompilerServices;

namespace Weft.Collections;

/// <summary>
/// The update field of an EFRB tree node (<see cref="EfrbTree{TKey, TValue, TComparer}"/>) as one 64-bit word: an
/// info record's pool handle with the state in bits 30-31 of its low half. A handle's low half is a slot index plus
/// one, below 2^30 in a pool of at most <see cref="MaxCapacity"/> slots, so those bits are free; the high half is the
/// handle's generation tag, which makes every word a fresh record produces unique (no ABA on the field).
/// </summary>
public static class EfrbUpdateWord
{
    /// <summary>No operation is changing the node's children (the record is the last one that did, never dereferenced).</summary>
    public const int Clean = 0;

    /// <summary>An insert (the record is an IInfo) is replacing one of the node's children.</summary>
    public const int IFlag = 1;

    /// <summary>A delete (a DInfo) is replacing one of the node's children by a grandchild.</summary>
    public const int DFlag = 2;

    /// <summary>The node is being removed by a delete (a DInfo); final.</summary>
    public const int Mark = 3;

    /// <summary>The largest pool an EFRB tree accepts: slot index plus one stays below bit 30.</summary>
    public const int MaxCapacity = (1 << 30) - 2;

    private const int Shift = 30;
    private const long StateBits = 3L << Shift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Pack(int state, long info) => (info & ~StateBits) | ((long)state << Shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int StateOf(long word) => (int)((word & StateBits) >> Shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long InfoOf(long word) => word & ~StateBits;
}
