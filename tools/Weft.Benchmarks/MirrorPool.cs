using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Weft.Platform;

namespace Weft.Benchmarks;

/// <summary>
/// <see cref="HandWrittenMirror"/>'s counterpart of the library's <c>NodePool</c> (one link and one payload word per
/// node, a fixed capacity): generation-tagged handles, per-thread LIFO magazines padded away from each other, a depot
/// of batches and a counter-tagged free list, transcribed with raw <see cref="Interlocked"/>/<see cref="Volatile"/>
/// where the library uses the atomics layer and plain array accesses where it uses <c>Plain</c> or a relaxed access.
/// Invariant as in the library: a slot is in exactly one place (a magazine, the free list, the depot, or allocated);
/// the heads carry modification counters, so a CAS on a head fails if anything was pushed or popped since it was read,
/// which makes every stale link read between the head read and the CAS benign. Not growable: the library pool's growth
/// is reached only when every slot is taken, which a benchmark pushing and popping one node never does.
/// </summary>
internal sealed class MirrorPool
{
    /// <summary>The library's magazine size and batch size (the hot path compares a count with the first).</summary>
    private const int CacheSize = Weft.Memory.NodePool.CacheSize;
    private const int BatchSize = Weft.Memory.NodePool.BatchSize;

    /// <summary>Ints of padding on each side of a magazine, as in the library.</summary>
    private static readonly int MagazinePad = ArchInfo.Current.PaddedStride(sizeof(int));

    private readonly long[] _next;
    private readonly long[] _payload;
    private readonly int[] _freeNext;
    private readonly int[] _batchNext;
    private readonly int[] _generation;
    private readonly bool _tagged;
    private long _freeHead; // (counter << 32) | (index + 1)
    private long _depotHead; // (counter << 32) | (head slot of the top batch + 1)
    private readonly int[][] _cache; // per thread: [pad | count | slots... | pad]
    private readonly bool _statistics;
    private long _allocs, _frees, _peak, _cacheHits;

    public MirrorPool(int capacity, bool tagged, int threadCaches, bool statistics = false)
    {
        _tagged = tagged;
        _statistics = statistics;
        _next = new long[capacity];
        _payload = new long[capacity];
        _freeNext = new int[capacity];
        _batchNext = new int[capacity];
        _generation = new int[capacity];
        for (int i = 0; i < capacity; i++) _freeNext[i] = i + 1 < capacity ? i + 2 : 0;
        _freeHead = 1;
        _cache = new int[threadCaches][];
        for (int i = 0; i < threadCaches; i++) _cache[i] = new int[2 * MagazinePad + 1 + CacheSize];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOf(long handle) => (int)(uint)handle - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long HandleOf(int index) => ((long)_generation[index] << 32) | (uint)(index + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Allocate() => Allocated(TakeShared());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Allocate(int threadIndex)
    {
        if ((uint)threadIndex < (uint)_cache.Length)
        {
            int[] magazine = _cache[threadIndex];
            int count = magazine[MagazinePad];
            if (count > 0)
            {
                if (_statistics) Interlocked.Add(ref _cacheHits, 1);
                magazine[MagazinePad] = count - 1;
                return Allocated(magazine[MagazinePad + count]);
            }
            return Allocated(Refill(magazine));
        }
        return Allocate();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Allocated(int idx)
    {
        if (_statistics) CountAllocation();
        return HandleOf(idx);
    }

    private void CountAllocation()
    {
        long live = Interlocked.Add(ref _allocs, 1) - Volatile.Read(ref _frees);
        long peak = Volatile.Read(ref _peak);
        while (live > peak && Interlocked.CompareExchange(ref _peak, live, peak) != peak) peak = Volatile.Read(ref _peak);
    }

    public void MarkRetired(long handle) => _ = handle;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Free(int threadIndex, long handle)
    {
        int idx = Released(handle);
        if ((uint)threadIndex < (uint)_cache.Length)
        {
            int[] magazine = _cache[threadIndex];
            int count = magazine[MagazinePad];
            if (count == CacheSize) count = SpillHalf(magazine);
            magazine[MagazinePad + 1 + count] = idx;
            magazine[MagazinePad] = count + 1;
            return;
        }
        PushChain(idx, idx);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Released(long handle)
    {
        int idx = IndexOf(handle);
        if (_tagged) _generation[idx] = _generation[idx] + 1; // the freeing thread owns the slot
        if (_statistics) Interlocked.Add(ref _frees, 1);
        return idx;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long LoadNext(long handle) => _next[IndexOf(handle)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void StoreNext(long handle, long value) => _next[IndexOf(handle)] = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Payload(long handle) => _payload[IndexOf(handle)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetPayload(long handle, long value) => _payload[IndexOf(handle)] = value;

    // The shared structures (the library's NodePool.FreeLists.cs), reached only when a magazine is empty or full.

    private int TakeShared()
    {
        int idx = TryPopShared();
        if (idx >= 0) return idx;
        int batch = TryPopBatch();
        if (batch < 0) throw new InvalidOperationException("pool exhausted");
        int rest = _freeNext[batch] - 1;
        if (rest >= 0) PushBatch(rest);
        return batch;
    }

    private int Refill(int[] magazine)
    {
        int single = TryPopShared();
        if (single >= 0) return single;
        int batch = TryPopBatch();
        if (batch < 0) throw new InvalidOperationException("pool exhausted");
        return LoadChain(magazine, batch);
    }

    private int LoadChain(int[] magazine, int head)
    {
        int count = 0, idx = head;
        while (true)
        {
            int next = _freeNext[idx] - 1;
            if (next < 0) break;
            magazine[MagazinePad + 1 + count++] = idx;
            idx = next;
        }
        magazine[MagazinePad] = count;
        return idx;
    }

    private int SpillHalf(int[] magazine)
    {
        int first = MagazinePad + 1;
        for (int i = 0; i < BatchSize - 1; i++) _freeNext[magazine[first + i]] = magazine[first + i + 1] + 1;
        _freeNext[magazine[first + BatchSize - 1]] = 0;
        PushBatch(magazine[first]);
        for (int i = 0; i < CacheSize - BatchSize; i++) magazine[first + i] = magazine[first + BatchSize + i];
        magazine[MagazinePad] = CacheSize - BatchSize;
        return CacheSize - BatchSize;
    }

    private int TryPopShared()
    {
        while (true)
        {
            long head = Volatile.Read(ref _freeHead);
            int idx = (int)(uint)head - 1;
            if (idx < 0) return -1;
            int next = _freeNext[idx]; // may be stale if idx was just taken: the CAS below then fails
            long newHead = (((head >> 32) + 1) << 32) | (uint)next;
            // Winning this CAS makes this thread the sole owner of slot idx.
            if (Interlocked.CompareExchange(ref _freeHead, newHead, head) == head) return idx;
        }
    }

    private void PushChain(int first, int last)
    {
        while (true)
        {
            long head = Volatile.Read(ref _freeHead);
            _freeNext[last] = (int)(uint)head;
            long newHead = (((head >> 32) + 1) << 32) | (uint)(first + 1);
            // Winning this CAS publishes the chain on the free list.
            if (Interlocked.CompareExchange(ref _freeHead, newHead, head) == head) return;
        }
    }

    private void PushBatch(int head)
    {
        while (true)
        {
            long top = Volatile.Read(ref _depotHead);
            _batchNext[head] = (int)(uint)top;
            long newTop = (((top >> 32) + 1) << 32) | (uint)(head + 1);
            // Winning this CAS publishes the batch in the depot.
            if (Interlocked.CompareExchange(ref _depotHead, newTop, top) == top) return;
        }
    }

    private int TryPopBatch()
    {
        while (true)
        {
            long top = Volatile.Read(ref _depotHead);
            int head = (int)(uint)top - 1;
            if (head < 0) return -1;
            int next = _batchNext[head]; // may be stale: the CAS below then fails
            long newTop = (((top >> 32) + 1) << 32) | (uint)next;
            // Winning this CAS makes this thread the sole owner of the batch.
            if (Interlocked.CompareExchange(ref _depotHead, newTop, top) == top) return head;
        }
    }
}
