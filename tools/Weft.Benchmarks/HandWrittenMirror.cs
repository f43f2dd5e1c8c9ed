using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Weft.Platform;

namespace Weft.Benchmarks;

/// <summary>
/// The baseline that isolates the atomics layer: Weft's production <c>TreiberStack</c> (bare path) +
/// <c>ImmediateReclaimer</c> + <c>NodePool</c> (per-thread magazines, depot, free list) transcribed line for line, with
/// raw <see cref="Interlocked"/> and <see cref="Volatile"/> (or a plain access, for a relaxed one) wherever the library
/// calls <c>AtomicInt64</c>/<c>AtomicInt32</c>/<c>Plain</c>. Everything else is the library's: the same dispatch
/// (<c>_bare</c>), the same tests of the stack's options on the paths (elimination first, the pop's first look, the
/// seeded defects <see cref="SeededBug.TreiberPopReturnsNext"/> and <see cref="SeededBug.DoubleRetire"/>, all off
/// here, as in the measured library stack), the same out-of-line retry paths, the same abstract reclaimer with a
/// virtual <c>Retire</c> reached through a registration object (<see cref="MirrorThread"/>), the same pool layout.
/// Where the library picks a memory order at run time (the pop's top read and CAS, the push's CAS, for the seeded
/// defects of relaxed orders), the mirror writes the access a hand-written stack uses: an acquire read and a full
/// CAS. So "Weft / mirror" is the layer's cost, and nothing else.
/// Invariant and CASes as in the library: <c>_top</c> heads the pushed-but-not-popped nodes; winning the push CAS
/// publishes the node, winning the pop CAS unlinks it; generation tags make a stale CAS fail.
/// The seeded defects on these paths are transcribed too (a mirror built with one does what the library does with it,
/// which is how <see cref="MirrorCheck"/> shows that it can tell the two apart); elimination is not (the benchmark
/// builds the library stack without it): the out-of-line path that would serve it throws.
/// </summary>
internal sealed class HandWrittenMirror
{
    private TopLine _top;
    private readonly MirrorReclaimer _reclaimer;
    private readonly MirrorPool _pool;
    private readonly bool _bare;
    private readonly bool _popReturnsNext;
    private readonly bool _eliminateFirst;
    private readonly bool _popLooksFirst;

    /// <param name="config">The configuration whose seeded defect the mirror's paths test, as the library's do (null: the defaults, none).</param>
    public HandWrittenMirror(int capacity, WeftConfig? config = null)
    {
        _reclaimer = new MirrorImmediate(new MirrorPool(capacity, tagged: true, threadCaches: 1), config ?? WeftConfig.Default);
        _pool = _reclaimer.Pool;
        _bare = true; // immediate reuse: no per-operation protocol, as the library decides from the scheme
        _eliminateFirst = false; // no elimination array, as the library stack the benchmark builds
        _popLooksFirst = false;
        _popReturnsNext = _reclaimer.Config.SeededBug == SeededBug.TreiberPopReturnsNext;
    }

    /// <summary>The registration of the benchmark's one thread (slot 0, as the library reclaimer's first registration).</summary>
    public MirrorThread Register() => new(0, _reclaimer.Config);

    public void Push(MirrorThread t, long value)
    {
        if (_bare) PushBare(t, value);
        else PushProtected(t, value);
    }

    public bool TryPop(MirrorThread t, out long value)
    {
        if (_bare) return TryPopBare(t, out value);
        (bool popped, value) = TryPopProtected(t);
        return popped;
    }

    // The protected paths of the library (IBR, DEBRA): out of line there, out of line here; the benchmark mirrors
    // only immediate reuse, whose operations never take them.

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushProtected(MirrorThread t, long value) => throw new NotSupportedException($"the mirror transcribes only the bare path ({t.Index}, {value})");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (bool Popped, long Value) TryPopProtected(MirrorThread t) => throw new NotSupportedException($"the mirror transcribes only the bare path ({t.Index})");

    private long PayloadNode(long top, long next) => _popReturnsNext && next != 0 ? next : top;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LostCas(MirrorThread t) => t.Backoff.Wait();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Uncontended(MirrorThread t) => t.Backoff.Succeeded();

    private void PushBare(MirrorThread t, long value)
    {
        long node = _pool.Allocate(t.Index);
        _pool.SetPayload(node, value);
        if (_eliminateFirst || !PushAttemptBare(node)) PushBareContended(t, node);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushBareContended(MirrorThread t, long node)
    {
        if (_eliminateFirst) throw new NotSupportedException("the mirror has no elimination array");
        do LostCas(t);
        while (!PushAttemptBare(node));
        Uncontended(t);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool PushAttemptBare(long node)
    {
        long top = Volatile.Read(ref _top.Value);
        _pool.StoreNext(node, top);
        // Winning this CAS publishes node as the new top with next = the observed top.
        return Interlocked.CompareExchange(ref _top.Value, node, top) == top;
    }

    private bool TryPopBare(MirrorThread t, out long value)
    {
        if (_popLooksFirst) throw new NotSupportedException("the mirror has no elimination array");
        var outcome = PopAttemptBare(t, out value);
        if (outcome != PopOutcome.LostCas) return outcome == PopOutcome.Popped;
        (bool popped, value) = TryPopBareContended(t);
        return popped;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (bool Popped, long Value) TryPopBareContended(MirrorThread t)
    {
        while (true)
        {
            LostCas(t);
            var outcome = PopAttemptBare(t, out long value);
            if (outcome == PopOutcome.LostCas) continue;
            Uncontended(t);
            return (outcome == PopOutcome.Popped, value);
        }
    }

    private enum PopOutcome { Empty, Popped, LostCas }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PopOutcome PopAttemptBare(MirrorThread t, out long value)
    {
        long top = Volatile.Read(ref _top.Value);
        if (top == 0)
        {
            value = 0;
            return PopOutcome.Empty;
        }
        long next = _pool.LoadNext(top); // speculative: validated by the CAS below
        // Winning this CAS unlinks top: this thread now owns the node until it retires it.
        if (Interlocked.CompareExchange(ref _top.Value, next, top) != top)
        {
            value = 0;
            return PopOutcome.LostCas;
        }
        value = _pool.Payload(PayloadNode(top, next));
        _reclaimer.Retire(t, top);
        return PopOutcome.Popped;
    }

    /// <summary>The top word at offset 64 of 128 bytes, as in the library.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct TopLine
    {
        [FieldOffset(64)] public long Value;
    }
}
