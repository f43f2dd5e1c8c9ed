using System;
using System.Collections.Generic;
using Weft.Atomics;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Litmus tests of the memory models (the classic shapes of Owens, Sarkar and Sewell, "A better x86 memory model:
/// x86-TSO", TPHOLs 2009, and of the C11 litmus suites): two threads, two locations, the outcome is what each thread's
/// loads returned. Each shape is registered pinned to the model it is about; the outcome tables are checked by
/// tests/Weft.Tests LitmusTests, which explores each shape exhaustively under SC, TSO and RA and compares the set of
/// observed outcomes with the known one (the README's litmus table lists them all, with C11's verdict):
/// <list type="table">
/// <item>SB (store buffering, Dekker), relaxed stores: r0=r1=0 allowed by TSO, forbidden by SC.</item>
/// <item>SB with SeqCst stores, or with a full fence between store and load: r0=r1=0 forbidden by both.</item>
/// <item>MP (message passing), release store of data then flag, acquire loads of flag then data: flag=1, data=0
/// forbidden by both (TSO keeps stores in order and loads in order), and by RA (the acquire load of the flag
/// synchronizes with its release store). With a relaxed flag store RA allows it; with fences between the stores and
/// between the loads RA forbids it again.</item>
/// <item>LB (load buffering): r0=r1=1 is allowed by C11 for relaxed accesses but needs a load to read a store that has
/// not run yet: RA produces it with a promise (a relaxed load reads a later store's certified value); SC and TSO never
/// do, nor does RA with acquire loads and release stores, SeqCst accesses, a fence between each load and store, or
/// stores whose value comes from the load (out of thin air).</item>
/// <item>IRIW (independent reads of independent writes): the readers disagree on the order of the two writes; RA
/// allows it with acquire loads, SeqCst loads forbid it; SC and TSO (multi-copy atomic) forbid it.</item>
/// <item>2+2W: both locations end with the first store of their thread; C11 allows it for relaxed and release stores
/// and forbids it for SeqCst stores or with a full fence between each thread's stores. SC and TSO never produce it
/// (mo is the order in which stores reach memory); RA produces it by placing a store before an unordered newer one in
/// modification order.</item>
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
        /// <summary>SeqCst stores and SeqCst loads.</summary>
        SeqCst,
    }

    /// <summary>How 2+2W orders each thread's two stores.</summary>
    public enum TwoPlusTwoWritesOrder
    {
        Relaxed,
        Release,
        SeqCst,
        /// <summary>Relaxed stores with a full fence between them.</summary>
        Fence,
    }

    /// <summary>How LB orders each thread's load before its store.</summary>
    public enum LoadBufferingOrder
    {
        Relaxed,
        /// <summary>Acquire loads, release stores.</summary>
        ReleaseAcquire,
        SeqCst,
        /// <summary>Relaxed accesses with a full fence between each thread's load and store.</summary>
        Fence,
        /// <summary>Relaxed accesses; each thread stores 1 only when its load returned 1 (a causal cycle: out of thin air).</summary>
        Dependency,
    }

    /// <summary>How MP orders its two stores and its two loads.</summary>
    public enum MessagePassingOrder
    {
        /// <summary>Release stores, acquire loads.</summary>
        ReleaseAcquire,
        /// <summary>Relaxed stores (the flag is not a release), acquire loads.</summary>
        RelaxedFlag,
        /// <summary>Relaxed stores and loads, a full fence between the stores and between the loads.</summary>
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
            mine.Store(1, order is StoreBufferingOrder.SeqCstStores or StoreBufferingOrder.SeqCst ? MemoryOrder.SeqCst : MemoryOrder.Relaxed);
            if (order == StoreBufferingOrder.Fence) AtomicFence.SeqCst();
            int r = other.Load(order == StoreBufferingOrder.SeqCst ? MemoryOrder.SeqCst : MemoryOrder.Relaxed);
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
    public static void MessagePassing(bool assertStrong) => MessagePassing(MessagePassingOrder.ReleaseAcquire, assertStrong);

    /// <summary>MP with the orders of <paramref name="order"/>: thread 0 stores data=1 then flag=1; thread 1 loads flag then data.</summary>
    public static void MessagePassing(MessagePassingOrder order, bool assertStrong)
    {
        var m = new Locations();
        var store = order == MessagePassingOrder.ReleaseAcquire ? MemoryOrder.Release : MemoryOrder.Relaxed;
        var load = order == MessagePassingOrder.Fence ? MemoryOrder.Relaxed : MemoryOrder.Acquire;
        var a = WeftThread.Start(() =>
        {
            m.X.Store(1, store);
            if (order == MessagePassingOrder.Fence) AtomicFence.SeqCst();
            m.Y.Store(1, store);
        });
        var b = WeftThread.Start(() =>
        {
            int flag = m.Y.Load(load);
            if (order == MessagePassingOrder.Fence) AtomicFence.SeqCst();
            int data = m.X.Load(load);
            m.R0.Store(flag, MemoryOrder.Relaxed);
            m.R1.Store(data, MemoryOrder.Relaxed);
        });
        a.Join();
        b.Join();
        int f = m.R0.Peek(), d = m.R1.Peek();
        _observer?.Invoke($"flag={f} data={d}");
        if (assertStrong) Checker.Assert(!(f == 1 && d == 0), "message passing: the flag was seen but not the data it publishes");
    }

    /// <summary>
    /// LB: thread 0 loads x then stores y=1; thread 1 loads y then stores x=1 (with the orders of <paramref name="order"/>).
    /// The weak outcome r0=r1=1 needs each load to read the other thread's later store.
    /// </summary>
    public static void LoadBuffering(LoadBufferingOrder order, bool assertStrong)
    {
        var m = new Locations();
        var load = order switch
        {
            LoadBufferingOrder.ReleaseAcquire => MemoryOrder.Acquire,
            LoadBufferingOrder.SeqCst => MemoryOrder.SeqCst,
            _ => MemoryOrder.Relaxed,
        };
        var store = order switch
        {
            LoadBufferingOrder.ReleaseAcquire => MemoryOrder.Release,
            LoadBufferingOrder.SeqCst => MemoryOrder.SeqCst,
            _ => MemoryOrder.Relaxed,
        };
        void Side(int me)
        {
            ref var source = ref me == 0 ? ref m.X : ref m.Y;
            ref var target = ref me == 0 ? ref m.Y : ref m.X;
            int r = source.Load(load);
            m.Results[me] = r;
            if (order == LoadBufferingOrder.Fence) AtomicFence.SeqCst();
            if (order != LoadBufferingOrder.Dependency || r == 1) target.Store(1, store);
        }
        var a = WeftThread.Start(() => Side(0));
        var b = WeftThread.Start(() => Side(1));
        a.Join();
        b.Join();
        int r0 = m.Results[0], r1 = m.Results[1];
        _observer?.Invoke($"r0={r0} r1={r1}");
        if (assertStrong) Checker.Assert(!(r0 == 1 && r1 == 1), "load buffering: each load read the other thread's later store (r0=r1=1)");
    }

    /// <summary>
    /// IRIW: two writers store x=1 and y=1 (release, or SeqCst); reader 0 loads x then y, reader 1 loads y then x
    /// (acquire, or SeqCst). Weak: reader 0 sees x=1, y=0 and reader 1 sees y=1, x=0 (they disagree on the order of the
    /// writes). The outcome is printed <c>x y / y x</c> as each reader saw them.
    /// </summary>
    public static void IndependentReads(bool seqCst, bool assertStrong)
    {
        var m = new Locations();
        var store = seqCst ? MemoryOrder.SeqCst : MemoryOrder.Release;
        var load = seqCst ? MemoryOrder.SeqCst : MemoryOrder.Acquire;
        var w0 = WeftThread.Start(() => m.X.Store(1, store));
        var w1 = WeftThread.Start(() => m.Y.Store(1, store));
        var r0 = WeftThread.Start(() =>
        {
            m.Results[0] = m.X.Load(load);
            m.Results[1] = m.Y.Load(load);
        });
        var r1 = WeftThread.Start(() =>
        {
            m.Results[2] = m.Y.Load(load);
            m.Results[3] = m.X.Load(load);
        });
        w0.Join();
        w1.Join();
        r0.Join();
        r1.Join();
        var r = m.Results;
        _observer?.Invoke($"{r[0]}{r[1]}/{r[2]}{r[3]}");
        if (assertStrong)
            Checker.Assert(!(r[0] == 1 && r[1] == 0 && r[2] == 1 && r[3] == 0), "IRIW: the readers saw the two independent writes in opposite orders");
    }

    /// <summary>
    /// 2+2W: thread 0 stores x=1 then y=2; thread 1 stores y=1 then x=2 (<paramref name="order"/>). Weak: x=1 and y=1
    /// at the end, i.e. each location's modification order puts the other thread's store last although each thread's
    /// first store is sequenced before its second.
    /// </summary>
    public static void TwoPlusTwoWrites(TwoPlusTwoWritesOrder order, bool assertStrong)
    {
        var m = new Locations();
        var store = order switch
        {
            TwoPlusTwoWritesOrder.SeqCst => MemoryOrder.SeqCst,
            TwoPlusTwoWritesOrder.Release => MemoryOrder.Release,
            _ => MemoryOrder.Relaxed,
        };
        bool fence = order == TwoPlusTwoWritesOrder.Fence;
        var a = WeftThread.Start(() =>
        {
            m.X.Store(1, store);
            if (fence) AtomicFence.SeqCst();
            m.Y.Store(2, store);
        });
        var b = WeftThread.Start(() =>
        {
            m.Y.Store(1, store);
            if (fence) AtomicFence.SeqCst();
            m.X.Store(2, store);
        });
        a.Join();
        b.Join();
        int x = m.X.Load(MemoryOrder.Acquire), y = m.Y.Load(MemoryOrder.Acquire);
        _observer?.Invoke($"x={x} y={y}");
        if (assertStrong) Checker.Assert(!(x == 1 && y == 1), "2+2W: both locations ended with the first store of their thread");
    }

    // ---- registered under the release/acquire model ----

    [WeftTest("litmus/sb-relaxed-ra", MemoryModel = "ra", NegativeControl = true, Budget = 500,
        Description = "store buffering with relaxed accesses under RA: each load reads the initial 0 (r0=r1=0)")]
    public static void StoreBufferingRelaxedRa() => StoreBuffering(StoreBufferingOrder.Relaxed, assertStrong: true);

    [WeftTest("litmus/sb-seqcst-ra", MemoryModel = "ra", Budget = 500,
        Description = "store buffering with SeqCst stores and loads under RA: r0=r1=0 never appears")]
    public static void StoreBufferingSeqCstRa() => StoreBuffering(StoreBufferingOrder.SeqCst, assertStrong: true);

    [WeftTest("litmus/sb-fence-ra", MemoryModel = "ra", Budget = 500,
        Description = "store buffering with a full fence between store and load under RA: r0=r1=0 never appears")]
    public static void StoreBufferingFenceRa() => StoreBuffering(StoreBufferingOrder.Fence, assertStrong: true);

    [WeftTest("litmus/mp-release-acquire-ra", MemoryModel = "ra", Budget = 500,
        Description = "message passing with a release flag and acquire loads under RA: a reader that sees the flag sees the data")]
    public static void MessagePassingRa() => MessagePassing(MessagePassingOrder.ReleaseAcquire, assertStrong: true);

    [WeftTest("litmus/mp-relaxed-flag-ra", MemoryModel = "ra", NegativeControl = true, Budget = 500,
        Description = "message passing with a relaxed flag store under RA: the reader sees the flag but not the data (found under RA, not under TSO or SC)")]
    public static void MessagePassingRelaxedFlagRa() => MessagePassing(MessagePassingOrder.RelaxedFlag, assertStrong: true);

    [WeftTest("litmus/mp-fence-ra", MemoryModel = "ra", Budget = 500,
        Description = "message passing with relaxed accesses and fences between the stores and between the loads under RA: the data is seen")]
    public static void MessagePassingFenceRa() => MessagePassing(MessagePassingOrder.Fence, assertStrong: true);

    [WeftTest("litmus/lb-relaxed-ra", MemoryModel = "ra", NegativeControl = true, Budget = 500,
        Description = "load buffering with relaxed accesses under RA: each load reads the other thread's later store through a promise (r0=r1=1, allowed by C11; found under RA, not under TSO or SC)")]
    public static void LoadBufferingRa() => LoadBuffering(LoadBufferingOrder.Relaxed, assertStrong: true);

    [WeftTest("litmus/lb-release-acquire-ra", MemoryModel = "ra", Budget = 500,
        Description = "load buffering with acquire loads and release stores under RA: r0=r1=1 never appears (acquire loads read no promise)")]
    public static void LoadBufferingReleaseAcquireRa() => LoadBuffering(LoadBufferingOrder.ReleaseAcquire, assertStrong: true);

    [WeftTest("litmus/lb-dependency-ra", MemoryModel = "ra", Budget = 500,
        Description = "load buffering where each store of 1 needs its thread's load to have read 1, under RA: r0=r1=1 (out of thin air) never appears")]
    public static void LoadBufferingDependencyRa() => LoadBuffering(LoadBufferingOrder.Dependency, assertStrong: true);

    [WeftTest("litmus/iriw-acquire-ra", MemoryModel = "ra", NegativeControl = true, Budget = 2000,
        Description = "IRIW with release writers and acquire readers under RA: the readers see the independent writes in opposite orders")]
    public static void IndependentReadsRa() => IndependentReads(seqCst: false, assertStrong: true);

    [WeftTest("litmus/iriw-seqcst-ra", MemoryModel = "ra", Budget = 2000,
        Description = "IRIW with SeqCst writers and readers under RA: the readers agree on the order of the writes")]
    public static void IndependentReadsSeqCstRa() => IndependentReads(seqCst: true, assertStrong: true);

    [WeftTest("litmus/2+2w-relaxed-ra", MemoryModel = "ra", NegativeControl = true, Budget = 500,
        Description = "2+2W with relaxed stores under RA: both locations end with the first store of their thread (x=y=1, allowed by C11; found under RA, not under TSO or SC)")]
    public static void TwoPlusTwoWritesRa() => TwoPlusTwoWrites(TwoPlusTwoWritesOrder.Relaxed, assertStrong: true);

    [WeftTest("litmus/2+2w-seqcst-ra", MemoryModel = "ra", Budget = 500,
        Description = "2+2W with SeqCst stores under RA: x=y=1 never appears (modification order agrees with the SeqCst order)")]
    public static void TwoPlusTwoWritesSeqCstRa() => TwoPlusTwoWrites(TwoPlusTwoWritesOrder.SeqCst, assertStrong: true);

    [WeftTest("litmus/2+2w-fence-ra", MemoryModel = "ra", Budget = 500,
        Description = "2+2W with relaxed stores and a full fence between each thread's stores under RA: x=y=1 never appears")]
    public static void TwoPlusTwoWritesFenceRa() => TwoPlusTwoWrites(TwoPlusTwoWritesOrder.Fence, assertStrong: true);

    private sealed class Locations
    {
        public AtomicInt32 X, Y, R0, R1;

        /// <summary>Per-thread results of the newer shapes: plain fields, read by the main thread after it joined the writers.</summary>
        public readonly int[] Results = new int[4];
    }
}
