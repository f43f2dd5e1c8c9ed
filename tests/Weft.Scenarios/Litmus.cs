using System;
using System.Collections.Generic;
using Weft.Atomics;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Litmus tests of the memory models (the classic shapes of Owens, Sarkar and Sewell, "A better x86 memory model:
/// x86-TSO", TPHOLs 2009, and of the C11 litmus suites): two threads, two locations, the outcome is what each thread's
/// loads returned. Each shape is registered pinned to the model it is about; the outcome tables are checked by
/// tests/Weft.Tests LitmusTests, which explores each shape exhaustively under SC and TSO and compares the set of
/// observed outcomes with the known one:
/// <list type="table">
/// <item>SB (store buffering, Dekker), relaxed stores: r0=r1=0 allowed by TSO, forbidden by SC.</item>
/// <item>SB with SeqCst stores, or with a full fence between store and load: r0=r1=0 forbidden by both.</item>
/// <item>MP (message passing), release store of data then flag, acquire loads of flag then data: flag=1, data=0
/// forbidden by both (TSO keeps stores in order and loads in order).</item>
/// </list>
/// </summary>
public static class Litmus
{
    /// <summary>How SB orders each thread's store before its load.</summary>
    public enum StoreBufferingOrder
    {
        Relaxed,
        SeqCstStores,
        Fence,
    }

    /// <summary>
    /// Receives each iteration's outcome while <see cref="Outcomes"/> collects them (explorations run on the engine's
    /// worker threads, so it is process-wide; the collecting tests run one at a time); null otherwise.
    /// </summary>
    private static volatile Action<string>? _observer;

    /// <summary>Runs <paramref name="explore"/> on <paramref name="body"/> and returns the set of outcomes its iterations observed.</summary>
    public static IReadOnlySet<string> Outcomes(Func<Action, ExplorationResult> explore, Action body, out ExplorationResult result)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        _observer = o => { lock (seen) seen.Add(o); };
        try
        {
            result = explore(body);
        }
        finally
        {
            _observer = null;
        }
        return seen;
    }

    [WeftTest("litmus/sb-relaxed-sc", MemoryModel = "sc", Budget = 500,
        Description = "store buffering with relaxed stores under SC: the weak outcome r0=r1=0 never appears")]
    public static void StoreBufferingRelaxedSc() => StoreBuffering(StoreBufferingOrder.Relaxed, assertStrong: true);

    [WeftTest("litmus/sb-relaxed-tso", MemoryModel = "tso", NegativeControl = true, Budget = 500,
        Description = "store buffering with relaxed stores under TSO: both loads pass the other thread's buffered store (r0=r1=0)")]
    public static void StoreBufferingRelaxedTso() => StoreBuffering(StoreBufferingOrder.Relaxed, assertStrong: true);

    [WeftTest("litmus/sb-seqcst-tso", MemoryModel = "tso", Budget = 500,
        Description = "store buffering with SeqCst stores under TSO: a SeqCst store drains the buffer, so r0=r1=0 never appears")]
    public static void StoreBufferingSeqCstTso() => StoreBuffering(StoreBufferingOrder.SeqCstStores, assertStrong: true);

    [WeftTest("litmus/sb-fence-tso", MemoryModel = "tso", Budget = 500,
        Description = "store buffering with a full fence between store and load under TSO: r0=r1=0 never appears")]
    public static void StoreBufferingFenceTso() => StoreBuffering(StoreBufferingOrder.Fence, assertStrong: true);

    [WeftTest("litmus/mp-release-acquire-tso", MemoryModel = "tso", Budget = 500,
        Description = "message passing with a release flag and acquire loads under TSO: a reader that sees the flag sees the data")]
    public static void MessagePassingTso() => MessagePassing(assertStrong: true);

    /// <summary>
    /// SB: thread 0 stores x=1 then loads y; thread 1 stores y=1 then loads x. The weak outcome is r0=r1=0. Each load's
    /// result goes to a result cell, so the thread reaches one more scheduling point before it ends (thread exit drains
    /// the buffer).
    /// </summary>
    public static void StoreBuffering(StoreBufferingOrder order, bool assertStrong)
    {
        var m = new Locations();
        void Side(int me)
        {
            ref var mine = ref me == 0 ? ref m.X : ref m.Y;
            ref var other = ref me == 0 ? ref m.Y : ref m.X;
            mine.Store(1, order == StoreBufferingOrder.SeqCstStores ? MemoryOrder.SeqCst : MemoryOrder.Relaxed);
            if (order == StoreBufferingOrder.Fence) AtomicFence.SeqCst();
            int r = other.Load(MemoryOrder.Relaxed);
            (me == 0 ? ref m.R0 : ref m.R1).Store(r, MemoryOrder.Relaxed);
        }
        var a = WeftThread.Start(() => Side(0));
        var b = WeftThread.Start(() => Side(1));
        a.Join();
        b.Join();
        int r0 = m.R0.Peek(), r1 = m.R1.Peek();
        _observer?.Invoke($"r0={r0} r1={r1}");
        if (assertStrong) Checker.Assert(!(r0 == 0 && r1 == 0), "store buffering: both loads read 0 (r0=r1=0), which SC forbids");
    }

    /// <summary>MP: thread 0 stores data=1 then flag=1 (release); thread 1 loads flag then data (acquire). Weak: flag=1, data=0.</summary>
    public static void MessagePassing(bool assertStrong)
    {
        var m = new Locations();
        var a = WeftThread.Start(() =>
        {
            m.X.Store(1, MemoryOrder.Release);
            m.Y.Store(1, MemoryOrder.Release);
        });
        var b = WeftThread.Start(() =>
        {
            int flag = m.Y.Load(MemoryOrder.Acquire);
            int data = m.X.Load(MemoryOrder.Acquire);
            m.R0.Store(flag, MemoryOrder.Relaxed);
            m.R1.Store(data, MemoryOrder.Relaxed);
        });
        a.Join();
        b.Join();
        int f = m.R0.Peek(), d = m.R1.Peek();
        _observer?.Invoke($"flag={f} data={d}");
        if (assertStrong) Checker.Assert(!(f == 1 && d == 0), "message passing: the flag was seen but not the data it publishes");
    }

    private sealed class Locations
    {
        public AtomicInt32 X, Y, R0, R1;
    }
}
