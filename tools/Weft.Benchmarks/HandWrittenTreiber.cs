using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Weft.Collections;

namespace Weft.Benchmarks;

/// <summary>
/// The baseline of <see cref="TreiberBench"/>: Weft's <see cref="TreiberStack"/> over a tagged
/// <see cref="Weft.Memory.NodePool"/>, written again by hand with <see cref="Interlocked"/> and
/// <see cref="Volatile"/> on raw <c>long</c>/<c>int</c> fields and arrays instead of the atomics layer.
/// Same algorithm, same object shape (a stack object pointing at a separate pool object), same data layout
/// (<c>long[]</c> links, <c>long[]</c> payloads, <c>int[]</c> free-list links, <c>int[]</c> generations),
/// same runtime flags and branches, and each memory order mapped exactly as the production build maps it
/// (Relaxed = plain access, Acquire = <see cref="Volatile.Read(ref long)"/>, CAS = <see cref="Interlocked.CompareExchange(ref long, long, long)"/>).
/// Any difference in the measurements is therefore the cost of the atomics layer itself.
///
/// Invariant: <c>_top</c> is the handle of the first node; following the <c>next</c> links from it visits exactly
/// the pushed-but-not-popped values, newest first. Push and pop linearize at their successful CAS on <c>_top</c>.
/// Handles carry a generation tag (bumped on every free), so a CAS on a stale top fails instead of suffering ABA.
/// </summary>
internal sealed class HandWrittenTreiber
{
    private long _top;
    private readonly HandWrittenNodePool _pool;
    private readonly TreiberReclamation _reclamation;

    public HandWrittenTreiber(HandWrittenNodePool pool, TreiberReclamation reclamation)
    {
        _pool = pool;
        _reclamation = reclamation;
    }

    public void Push(long value)
    {
        long node = _pool.Allocate();
        _pool.SetPayload(node, value);
        while (true)
        {
            long top = Volatile.Read(ref _top);
            _pool.Next(node) = top;
            // Winning this CAS publishes node as the new top with next = the observed top (the CAS is a full
            // fence, so its payload and link are visible to any thread that acquires the new top).
            if (Interlocked.CompareExchange(ref _top, node, top) == top) return;
        }
    }

    public bool TryPop(out long value)
    {
        while (true)
        {
            long top = Volatile.Read(ref _top);
            if (top == HandWrittenNodePool.Null)
            {
                value = 0;
                return false;
            }
            long next = _pool.Next(top); // speculative: validated by the CAS below
            // Winning this CAS removes top from the stack: this thread now owns the node exclusively.
            if (Interlocked.CompareExchange(ref _top, next, top) == top)
            {
                value = _pool.Payload(top);
                if (_reclamation == TreiberReclamation.ImmediateReuse) _pool.Free(top);
                return true;
            }
        }
    }
}

/// <summary>
/// The hand-written twin of <see cref="Weft.Memory.NodePool"/> (production build), with raw arrays and fields.
///
/// Handles: low 32 bits = slot index + 1 (0 is null), high 32 bits = the slot's generation when tagged; every
/// free bumps the generation, so a handle to a recycled slot never equals the new handle.
/// Free list: a Treiber stack of slot indices whose head word carries a modification counter in its high 32
/// bits, so the pool's own CAS cannot suffer ABA. <c>_freeNext[i]</c> may be read after slot i was taken by
/// another thread; the head CAS then fails, so that read is benign.
/// </summary>
internal sealed class HandWrittenNodePool
{
    public const long Null = 0;

    private readonly long[] _next;
    private readonly long[] _payload;
    private readonly int[] _freeNext;
    private readonly int[] _generation;
    private readonly bool _tagged;
    private long _freeHead; // (counter << 32) | (index + 1)
    private long _allocated;

    public HandWrittenNodePool(int capacity, bool tagged = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _tagged = tagged;
        _next = new long[capacity];
        _payload = new long[capacity];
        _freeNext = new int[capacity];
        _generation = new int[capacity];
        // Initially every slot is free: 1 -> 2 -> ... -> capacity.
        for (int i = 0; i < capacity; i++) _freeNext[i] = i + 1 < capacity ? i + 2 : 0;
        _freeHead = 1;
    }

    public int Capacity => _payload.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(long handle) => (int)(uint)handle - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long HandleOf(int index) => _tagged ? ((long)_generation[index] << 32) | (uint)(index + 1) : (uint)(index + 1);

    public long Allocate()
    {
        while (true)
        {
            long head = Volatile.Read(ref _freeHead);
            int idx = (int)(uint)head - 1;
            if (idx < 0) throw new InvalidOperationException($"node pool exhausted ({Capacity} slots)");
            int next = _freeNext[idx]; // may be stale if idx was just taken: the CAS below then fails
            long newHead = ((head >> 32) + 1 << 32) | (uint)next;
            // Winning this CAS makes this thread the sole owner of slot idx.
            if (Interlocked.CompareExchange(ref _freeHead, newHead, head) == head)
            {
                Interlocked.Add(ref _allocated, 1);
                return HandleOf(idx);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // as NodePool.Free: the mirror keeps the production attributes
    public void Free(long handle)
    {
        int idx = IndexOf(handle);
        if (_tagged) _generation[idx]++;
        Interlocked.Add(ref _allocated, -1);
        while (true)
        {
            long head = Volatile.Read(ref _freeHead);
            _freeNext[idx] = (int)(uint)head;
            long newHead = ((head >> 32) + 1 << 32) | (uint)(idx + 1);
            // Winning this CAS publishes slot idx on the free list (the CAS is a full fence: the link store above
            // is visible first).
            if (Interlocked.CompareExchange(ref _freeHead, newHead, head) == head) return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref long Next(long handle) => ref _next[IndexOf(handle)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Payload(long handle) => _payload[IndexOf(handle)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetPayload(long handle, long value) => _payload[IndexOf(handle)] = value;
}
