using System.Runtime.CompilerServices;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// The key interval of an ordered walk (a range query, or every key): [<see cref="From"/>, <see cref="To"/>] under the
/// Tier 1 comparer <typeparamref name="TComparer"/>, or unbounded (<see cref="All"/>), so a walk over any key type
/// needs no sentinel minimum or maximum key.
/// </summary>
internal readonly struct KeyBounds<TKey, TComparer> where TComparer : struct, IKeyComparer<TKey>
{
    public KeyBounds(TKey fromInclusive, TKey toInclusive)
    {
        From = fromInclusive;
        To = toInclusive;
        Bounded = true;
    }

    /// <summary>Every key.</summary>
    public static KeyBounds<TKey, TComparer> All => default;

    public TKey From { get; }
    public TKey To { get; }

    /// <summary>False for <see cref="All"/>.</summary>
    public bool Bounded { get; }

    /// <summary>Whether <paramref name="key"/> lies below the interval.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Below(TKey key) => Bounded && default(TComparer).Compare(key, From) < 0;

    /// <summary>Whether <paramref name="key"/> lies above the interval.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Above(TKey key) => Bounded && default(TComparer).Compare(key, To) > 0;
}
