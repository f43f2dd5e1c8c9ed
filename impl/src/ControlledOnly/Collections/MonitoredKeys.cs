using System.Runtime.CompilerServices;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// Controlled build: whether a structure keyed by <typeparamref name="TKey"/> under <typeparamref name="TComparer"/>
/// reports its keys to the monitors, and as what. The skiplist monitors compare keys as 64-bit integers in their
/// natural order, so only integer keys under a natural-order comparer are reported (any other order would read as
/// unsorted); other instantiations run unmonitored (their structural checks are the tests' quiescent shape checks).
/// </summary>
internal static class MonitoredKeys<TKey, TComparer> where TComparer : struct, IKeyComparer<TKey>
{
    public static bool Reported { get; } =
        (typeof(TKey) == typeof(long) && (typeof(TComparer) == typeof(Int64KeyComparer) || typeof(TComparer) == typeof(DefaultKeyComparer<long>)))
        || (typeof(TKey) == typeof(int) && (typeof(TComparer) == typeof(Int32KeyComparer) || typeof(TComparer) == typeof(DefaultKeyComparer<int>)));

    /// <summary>The key as the monitors see it (0 for a key type that is not reported).</summary>
    public static long ToInt64(TKey key) =>
        typeof(TKey) == typeof(long) ? Unsafe.As<TKey, long>(ref key) : typeof(TKey) == typeof(int) ? Unsafe.As<TKey, int>(ref key) : 0;
}
