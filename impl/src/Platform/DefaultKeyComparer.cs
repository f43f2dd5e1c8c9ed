using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Weft.Platform;

/// <summary>Any <see cref="IComparable{T}"/> key through <see cref="Comparer{T}.Default"/>.</summary>
public readonly struct DefaultKeyComparer<TKey> : IKeyComparer<TKey>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Compare(TKey x, TKey y) => Comparer<TKey>.Default.Compare(x, y);
}
