using System;
using System.Runtime.CompilerServices;
using Weft.Atomics;
#if WEFT_CONTROLLED
using Weft.Engine;
#endif

namespace Weft.Memory;

/// <summary>
/// A pool of node slots addressed by handles, so that "free" really returns memory for reuse and the bugs
/// the CLR's garbage collector would hide (ABA, use-after-free, double free) stay observable.
///
/// Handles. A handle is a 64-bit word: the low 32 bits hold the slot index plus one (0 is the null handle),
/// the high 32 bits a generation tag. With <c>tagged: true</c> every free bumps the slot's generation, so a
/// handle to a recycled slot no longer compares equal to the new one: a CAS on a stale handle fails, which
/// is how tagged Treiber stacks defeat ABA. With <c>tagged: false</c> the tag is always 0 (the ABA-prone
/// design, kept as a negative control).
///
/// Free list. A Treiber stack of free slot indices whose head word also carries a modification counter
/// (high 32 bits), so the pool's own CAS cannot suffer ABA. <c>_freeNext[i]</c> may be read after slot i was
/// taken by another thread; the head CAS then fails, so that read is benign.
///
/// Checking (controlled build). Each slot records its state and generation. <see cref="Payload"/> and
/// <see cref="SetPayload"/> through a handle whose slot is free, or whose generation is stale, report a
/// <c>NoUseAfterFree</c> violation; freeing a free slot reports <c>NoDoubleFree</c>. Link reads through
/// <see cref="Next"/> are speculative (validated by the structure's CAS) and are not reported in the
/// type-stable mode this pool implements; reclaimers that forbid them check at their own level.
/// </summary>
public sealed class NodePool
{
    public const long Null = 0;

    private readonly AtomicInt64[] _next;
    private readonly long[] _payload;
    private readonly AtomicInt32[] _freeNext;
    private readonly int[] _generation;
    private readonly bool _tagged;
    private AtomicInt64 _freeHead; // (counter << 32) | (index + 1)
    private AtomicInt64 _allocated;
#if WEFT_CONTROLLED
    private readonly bool[] _free;
#endif

    public NodePool(int capacity, bool tagged = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _tagged = tagged;
        _next = new AtomicInt64[capacity];
        _payload = new long[capacity];
        _freeNext = new AtomicInt32[capacity];
        _generation = new int[capacity];
#if WEFT_CONTROLLED
        _free = new bool[capacity];
#endif
        // Initially every slot is free: 1 -> 2 -> ... -> capacity.
        for (int i = 0; i < capacity; i++)
        {
            _freeNext[i] = new AtomicInt32(i + 1 < capacity ? i + 2 : 0);
#if WEFT_CONTROLLED
            _free[i] = true;
#endif
        }
        _freeHead = new AtomicInt64(1);
    }

    public int Capacity => _payload.Length;

    /// <summary>Slots currently allocated (statistics).</summary>
    public long Allocated => _allocated.Peek();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(long handle) => (int)(uint)handle - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long HandleOf(int index) => _tagged ? ((long)_generation[index] << 32) | (uint)(index + 1) : (uint)(index + 1);

    /// <summary>Takes a free slot; throws <see cref="InvalidOperationException"/> when the pool is exhausted.</summary>
    public long Allocate()
    {
        while (true)
        {
            long head = _freeHead.Load(MemoryOrder.Acquire);
            int idx = (int)(uint)head - 1;
            if (idx < 0) throw new InvalidOperationException($"node pool exhausted ({Capacity} slots)");
            int next = _freeNext[idx].Load(MemoryOrder.Relaxed); // may be stale if idx was just taken: the CAS below then fails
            long newHead = ((head >> 32) + 1 << 32) | (uint)next;
            // Winning this CAS makes this thread the sole owner of slot idx.
            if (_freeHead.TryCompareExchange(head, newHead, MemoryOrder.AcqRel))
            {
#if WEFT_CONTROLLED
                _free[idx] = false;
#endif
                _allocated.FetchAdd(1, MemoryOrder.Relaxed);
                return HandleOf(idx);
            }
        }
    }

    /// <summary>Returns the slot of <paramref name="handle"/> to the pool. The caller must own it (no other thread may still use it).</summary>
    /// <remarks>
    /// AggressiveInlining, for the zero-overhead claim of the atomics layer. Each atomics-layer call is a few IL bytes
    /// longer than the raw Interlocked/Volatile call it compiles to (the MemoryOrder argument, the call through the
    /// cell), so Free is 113 IL bytes where the hand-written equivalent is 101. The machine code of every atomic
    /// operation was identical, but the JIT's inliner, whose budget is counted in IL bytes, inlined the hand-written
    /// Free into pop and not this one, and pop paid a call (tools/Weft.Benchmarks, TreiberBench: ratio 1.09).
    /// With the attribute, push+pop compiles to the same instructions as the hand-written version.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Free(long handle)
    {
        int idx = IndexOf(handle);
#if WEFT_CONTROLLED
        CheckLive(handle, "NoDoubleFree", "free");
        _free[idx] = true;
#endif
        if (_tagged) _generation[idx]++;
        _allocated.FetchAdd(-1, MemoryOrder.Relaxed);
        while (true)
        {
            long head = _freeHead.Load(MemoryOrder.Acquire);
            _freeNext[idx].Store((int)(uint)head, MemoryOrder.Relaxed);
            long newHead = ((head >> 32) + 1 << 32) | (uint)(idx + 1);
            // Winning this CAS publishes slot idx on the free list (release: the link store above is visible first).
            if (_freeHead.TryCompareExchange(head, newHead, MemoryOrder.Release)) return;
        }
    }

    /// <summary>The link cell of a node (a Treiber <c>next</c> pointer). Reads may be speculative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref AtomicInt64 Next(long handle) => ref _next[IndexOf(handle)];

    /// <summary>Reads the payload of a live node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Payload(long handle)
    {
#if WEFT_CONTROLLED
        CheckLive(handle, "NoUseAfterFree", "read the payload of");
#endif
        return _payload[IndexOf(handle)];
    }

    /// <summary>Writes the payload of a node the caller owns (before publishing it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetPayload(long handle, long value)
    {
#if WEFT_CONTROLLED
        CheckLive(handle, "NoUseAfterFree", "write the payload of");
#endif
        _payload[IndexOf(handle)] = value;
    }

#if WEFT_CONTROLLED
    private void CheckLive(long handle, string monitor, string what)
    {
        int idx = IndexOf(handle);
        if (idx < 0 || idx >= Capacity) Sched.Fail(monitor, $"{what} invalid handle 0x{handle:x}");
        if (_free[idx]) Sched.Fail(monitor, $"tried to {what} slot {idx}, which is free");
        if (_tagged && (int)(handle >> 32) != _generation[idx])
            Sched.Fail(monitor, $"tried to {what} slot {idx} through a stale handle (generation {(int)(handle >> 32)}, slot is at {_generation[idx]})");
    }
#endif
}
