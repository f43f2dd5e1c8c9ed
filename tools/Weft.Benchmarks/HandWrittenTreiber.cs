using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// The baseline of <see cref="TreiberBench"/>: the same Treiber stack (R. K. Treiber, IBM RJ 5118, 1986) over the same
/// pool layout as Weft's production build (generation-tagged handles, a tagged free list, a per-thread cache), with
/// immediate reuse of popped nodes, written the way one writes it by hand: raw <see cref="Interlocked"/> and
/// <see cref="Volatile"/> on fields and array slots, and no reclaimer abstraction.
/// Invariant: <c>_top</c> heads the list of pushed-but-not-popped nodes; both operations linearize at their CAS;
/// tags make a CAS on a recycled node's stale handle fail, so immediate reuse in this type-stable pool is safe.
/// Single-threaded use in the benchmark; the cache is owned by thread index 0.
/// </summary>
internal sealed class HandWrittenTreiber
{
    private const int CacheSize = 32;

    private long _top;
    private readonly long[] _next;
    private readonly long[] _payload;
    private readonly int[] _freeNext;
    private readonly int[] _generation;
    private long _freeHead; // (counter << 32) | (index + 1)
    private readonly int[] _cache = new int[CacheSize];
    private int _cacheCount;

    public HandWrittenTreiber(int capacity)
    {
        _next = new long[capacity];
        _payload = new long[capacity];
        _freeNext = new int[capacity];
        _generation = new int[capacity];
        for (int i = 0; i < capacity; i++) _freeNext[i] = i + 1 < capacity ? i + 2 : 0;
        _freeHead = 1;
    }

    public void Push(long value)
    {
        long node = Allocate();
        _payload[(int)(uint)node - 1] = value;
        while (true)
        {
            long top = Volatile.Read(ref _top);
            _next[(int)(uint)node - 1] = top;
            // Winning this CAS publishes node as the new top with next = the observed top.
            if (Interlocked.CompareExchange(ref _top, node, top) == top) return;
        }
    }

    public bool TryPop(out long value)
    {
        while (true)
        {
            long top = Volatile.Read(ref _top);
            if (top == 0)
            {
                value = 0;
                return false;
            }
            long next = _next[(int)(uint)top - 1]; // speculative: validated by the CAS below
            // Winning this CAS unlinks top: this thread owns the node.
            if (Interlocked.CompareExchange(ref _top, next, top) == top)
            {
                value = _payload[(int)(uint)top - 1];
                Free(top);
                return true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long HandleOf(int idx) => ((long)_generation[idx] << 32) | (uint)(idx + 1);

    private long Allocate()
    {
        if (_cacheCount > 0) return HandleOf(_cache[--_cacheCount]);
        while (true)
        {
            long head = Volatile.Read(ref _freeHead);
            int idx = (int)(uint)head - 1;
            if (idx < 0) throw new InvalidOperationException("pool exhausted");
            int next = Volatile.Read(ref _freeNext[idx]);
            long newHead = (((head >> 32) + 1) << 32) | (uint)next;
            // Winning this CAS makes this thread the sole owner of slot idx.
            if (Interlocked.CompareExchange(ref _freeHead, newHead, head) == head) return HandleOf(idx);
        }
    }

    private void Free(long handle)
    {
        int idx = (int)(uint)handle - 1;
        _generation[idx]++;
        if (_cacheCount < CacheSize)
        {
            _cache[_cacheCount++] = idx;
            return;
        }
        while (true)
        {
            long head = Volatile.Read(ref _freeHead);
            _freeNext[idx] = (int)(uint)head;
            long newHead = (((head >> 32) + 1) << 32) | (uint)(idx + 1);
            // Winning this CAS publishes slot idx on the free list.
            if (Interlocked.CompareExchange(ref _freeHead, newHead, head) == head) return;
        }
    }
}
