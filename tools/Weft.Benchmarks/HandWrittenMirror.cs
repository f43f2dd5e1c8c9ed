using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// The baseline that isolates the atomics layer: Weft's production <c>TreiberStack</c> (bare path) +
/// <c>ImmediateReclaimer</c> + <c>NodePool</c> (cached path) transcribed line for line, with the same abstract
/// reclaimer and virtual <c>Retire</c> and the same pool layout, but raw <see cref="Interlocked"/> and
/// <see cref="Volatile"/> wherever the library calls <c>AtomicInt64</c>/<c>AtomicInt32</c>. The only difference from
/// the library is the layer itself, so "Weft / mirror" is the layer's cost.
/// Invariant and CASes as in the library: <c>_top</c> heads the pushed-but-not-popped nodes; winning the push CAS
/// publishes the node, winning the pop CAS unlinks it; tags make a stale CAS fail.
/// </summary>
internal sealed class HandWrittenMirror
{
    private long _top;
    private readonly MirrorReclaimer _reclaimer;
    private readonly MirrorPool _pool;
    private readonly bool _bare;

    public HandWrittenMirror(int capacity)
    {
        _pool = new MirrorPool(capacity);
        _reclaimer = new MirrorImmediate(_pool);
        _bare = true;
    }

    // Mirrors TreiberStack's bare path (the immediate scheme has no per-operation protocol): the same calls, the
    // same pool entry points, the same virtual Retire; raw Interlocked/Volatile where the library uses the layer.

    public void Push(int me, long value)
    {
        if (_bare)
        {
            PushBare(me, value);
            return;
        }
        throw new NotSupportedException("the benchmark mirrors only the bare path");
    }

    public bool TryPop(int me, out long value)
    {
        if (_bare) return TryPopBare(me, out value);
        throw new NotSupportedException("the benchmark mirrors only the bare path");
    }

    private void PushBare(int me, long value)
    {
        long node = _pool.Allocate(me);
        _pool.SetPayload(node, value);
        while (true)
        {
            long top = Volatile.Read(ref _top);
            _pool.StoreNext(node, top);
            // Winning this CAS publishes node as the new top.
            if (Interlocked.CompareExchange(ref _top, node, top) == top) return;
        }
    }

    private bool TryPopBare(int me, out long value)
    {
        while (true)
        {
            long top = Volatile.Read(ref _top);
            if (top == 0)
            {
                value = 0;
                return false;
            }
            long next = _pool.LoadNext(top);
            // Winning this CAS unlinks top.
            if (Interlocked.CompareExchange(ref _top, next, top) == top)
            {
                value = _pool.Payload(top);
                _reclaimer.Retire(me, top);
                return true;
            }
        }
    }

    private abstract class MirrorReclaimer
    {
        public abstract void BeginOperation(int me);
        public abstract void EndOperation(int me);
        public abstract long Protect(int me, ref long cell);
        public virtual void Validate(int me) { }
        public abstract long Allocate(int me);
        public abstract void Retire(int me, long handle);
    }

    private sealed class MirrorImmediate(MirrorPool pool) : MirrorReclaimer
    {
        public override void BeginOperation(int me) { }
        public override void EndOperation(int me) { }
        public override long Protect(int me, ref long cell) => Volatile.Read(ref cell);
        public override long Allocate(int me) => pool.Allocate(me);

        public override void Retire(int me, long handle)
        {
            pool.MarkRetired(handle);
            pool.Free(me, handle);
        }
    }

    private sealed class MirrorPool
    {
        private const int CacheSize = 32;
        private readonly long[] _next;
        private readonly long[] _payload;
        private readonly int[] _freeNext;
        private readonly int[] _generation;
        private readonly bool _tagged;
        private long _freeHead;
        private readonly int[][] _cache;
        private readonly int[] _cacheCount;
        private readonly bool _statistics;
        private long _allocs, _frees, _hits;

        public MirrorPool(int capacity, bool tagged = true, bool statistics = false)
        {
            _tagged = tagged;
            _statistics = statistics;
            _next = new long[capacity];
            _payload = new long[capacity];
            _freeNext = new int[capacity];
            _generation = new int[capacity];
            for (int i = 0; i < capacity; i++) _freeNext[i] = i + 1 < capacity ? i + 2 : 0;
            _freeHead = 1;
            _cache = new[] { new int[CacheSize] };
            _cacheCount = new int[1];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int IndexOf(long handle) => (int)(uint)handle - 1;

        // As in the library: an untagged pool never bumps a generation, so no test of _tagged is needed here.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long HandleOf(int idx) => ((long)_generation[idx] << 32) | (uint)(idx + 1);

        public long Allocate(int me)
        {
            if ((uint)me < (uint)_cache.Length && _cacheCount[me] > 0)
            {
                if (_statistics) Interlocked.Increment(ref _hits);
                return Allocated(_cache[me][--_cacheCount[me]]);
            }
            while (true)
            {
                long head = Volatile.Read(ref _freeHead);
                int idx = (int)(uint)head - 1;
                if (idx < 0) throw new InvalidOperationException("pool exhausted");
                int next = _freeNext[idx];
                long newHead = (((head >> 32) + 1) << 32) | (uint)next;
                // Winning this CAS makes this thread the owner of slot idx.
                if (Interlocked.CompareExchange(ref _freeHead, newHead, head) == head) return Allocated(idx);
            }
        }

        private long Allocated(int idx)
        {
            if (_statistics) Interlocked.Increment(ref _allocs);
            return HandleOf(idx);
        }

        public void MarkRetired(long handle) => _ = handle;

        public void Free(int me, long handle)
        {
            int idx = IndexOf(handle);
            if (_tagged) _generation[idx]++;
            if (_statistics) Interlocked.Increment(ref _frees);
            if ((uint)me < (uint)_cache.Length && _cacheCount[me] < CacheSize)
            {
                _cache[me][_cacheCount[me]++] = idx;
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

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long LoadNext(long handle) => _next[IndexOf(handle)];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void StoreNext(long handle, long value) => _next[IndexOf(handle)] = value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Payload(long handle) => _payload[IndexOf(handle)];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void SetPayload(long handle, long value) => _payload[IndexOf(handle)] = value;
    }
}
