using System.Numerics;
using System.Runtime.CompilerServices;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// The tower heights of a skiplist's new nodes (<see cref="LockFreeSkipList{TKey, TComparer}"/>, <see cref="LockedSkipList{TKey, TComparer}"/>):
/// geometric with p = 1/2, capped at the list's maximum level, from a per-thread xorshift generator (one cache line
/// per thread, so drawing a height shares nothing between threads). Each drawn height is offered to the harness
/// (<see cref="Nondeterminism.Choose"/>): under the scheduler it is a recorded, explored and replayed choice.
/// </summary>
internal sealed class TowerHeights
{
    private const int Stride = 8; // one cache line per thread's generator state

    private readonly ulong[] _states;
    private readonly int _maxLevel;

    public TowerHeights(int maxThreads, int maxLevel)
    {
        _maxLevel = maxLevel;
        _states = new ulong[maxThreads * Stride];
        for (int i = 0; i < maxThreads; i++) _states[i * Stride] = 0x9E3779B97F4A7C15UL * (ulong)(i + 1);
    }

    /// <summary>A tower height in 1 .. maxLevel for a node the thread <paramref name="threadIndex"/> inserts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int threadIndex)
    {
        ref ulong state = ref _states[threadIndex * Stride];
        ulong x = state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        state = x;
        int level = BitOperations.TrailingZeroCount(x | (1UL << (_maxLevel - 1)));
        Nondeterminism.Choose(_maxLevel, ref level);
        return level + 1;
    }
}
