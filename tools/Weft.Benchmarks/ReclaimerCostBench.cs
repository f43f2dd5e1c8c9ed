using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Weft.Atomics;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// Where the time of a Treiber push/pop pair goes, on 1 and 2 threads, layer by layer, each layer measured beside
/// <see cref="ConcurrentStack{T}"/> in the same run (time per pair per thread, <see cref="ReclaimerBench.PairsPerThread"/>
/// pairs per thread per invocation):
/// <list type="number">
/// <item>the pool alone: Allocate + SetPayload + Free on the thread's magazine, no stack;</item>
/// <item>the stack over the pool with immediate reuse (the real <see cref="TreiberStack"/>, no reclamation);</item>
/// <item>the same stack steps with the pop inside a reclaimer's brackets (BeginOperation, Protect, Validate,
/// EndOperation; push runs outside them, as in <see cref="TreiberStack"/>), but the node allocated from and freed
/// straight to the pool (neither Allocate's nor Retire's bookkeeping, no scan): a transcription of the stack's
/// protected path, with the same backoff, through an unpadded top word;</item>
/// <item>the full protocol: the real <see cref="TreiberStack"/> under the reclaimer (Allocate and Retire, scans or
/// bag rotations included), with IBR also at a retire threshold of 1,024 instead of 64 (the scan's share).</item>
/// </list>
/// Layer 3 frees a popped node at once although another thread may still read it: the pool is type-stable and its
/// handles tagged, so the read is harmless and the CAS fails on a recycled node; the layer measures the brackets'
/// cost, not a safe stack.
/// </summary>
[MemoryDiagnoser]
public class ReclaimerCostBench
{
    private const int Pairs = ReclaimerBench.PairsPerThread;

    [Params(1, 2)]
    public int Threads { get; set; }

    private ConcurrentStack<long> _baseline = null!;
    private Rig _pool = null!, _immediate = null!, _ibr = null!, _debra = null!, _debraPlus = null!, _ibrSparse = null!;

    /// <summary>A reclaimer over its own pool, its registrations, a stack over it and a bare top word for the transcription.</summary>
    internal sealed class Rig
    {
        public Rig(ReclamationScheme scheme, int threads, WeftConfig config)
        {
            Pool = new NodePool(1 << 22, tagged: true, threadCaches: threads, initialSlots: NodePool.DefaultInitialSlots);
            Reclaimer = Reclaimer.Create(scheme, Pool, threads, config);
            Handles = new ReclaimerThread[threads];
            Backoffs = new Backoff[threads];
            for (int i = 0; i < threads; i++)
            {
                Handles[i] = Reclaimer.Register();
                Backoffs[i] = new Backoff(config, seed: i + 1);
            }
            Stack = new TreiberStack(Reclaimer);
        }

        public readonly NodePool Pool;
        public readonly Reclaimer Reclaimer;
        public readonly ReclaimerThread[] Handles;
        public readonly Backoff[] Backoffs;
        public readonly TreiberStack Stack;
        public AtomicInt64 Top; // not padded: the Rig's other fields are read-only after construction, read once per call
    }

    [GlobalSetup]
    public void Setup()
    {
        _baseline = new ConcurrentStack<long>();
        _pool = new Rig(ReclamationScheme.Immediate, Threads, WeftConfig.Default);
        _immediate = new Rig(ReclamationScheme.Immediate, Threads, WeftConfig.Default);
        _ibr = new Rig(ReclamationScheme.Ibr, Threads, WeftConfig.Default);
        _debra = new Rig(ReclamationScheme.Debra, Threads, WeftConfig.Default);
        _debraPlus = new Rig(ReclamationScheme.DebraPlus, Threads, WeftConfig.Default);
        _ibrSparse = new Rig(ReclamationScheme.Ibr, Threads, WeftConfig.Default with { RetireThreshold = 1024 });
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs, Description = "ConcurrentStack<long>")]
    public void Concurrent() => Run(_ => { for (long i = 0; i < Pairs; i++) { _baseline.Push(i); _baseline.TryPop(out long _); } });

    [Benchmark(OperationsPerInvoke = Pairs, Description = "1 pool: Allocate + Free (no stack)")]
    public void PoolOnly() => Run(t => PoolPairs(_pool, t, Pairs));

    [Benchmark(OperationsPerInvoke = Pairs, Description = "2 stack + immediate reuse")]
    public void StackImmediate() => Run(t => ReclaimerBench.Pairs(_immediate.Stack, _immediate.Handles[t]));

    [Benchmark(OperationsPerInvoke = Pairs, Description = "3 stack + IBR brackets, pool free")]
    public void IbrBrackets() => Run(t => BracketPairs(_ibr, t, Pairs));

    [Benchmark(OperationsPerInvoke = Pairs, Description = "3 stack + DEBRA brackets, pool free")]
    public void DebraBrackets() => Run(t => BracketPairs(_debra, t, Pairs));

    [Benchmark(OperationsPerInvoke = Pairs, Description = "3 stack + DEBRA+ brackets, pool free")]
    public void DebraPlusBrackets() => Run(t => BracketPairs(_debraPlus, t, Pairs));

    [Benchmark(OperationsPerInvoke = Pairs, Description = "4 stack + IBR (full)")]
    public void IbrFull() => Run(t => ReclaimerBench.Pairs(_ibr.Stack, _ibr.Handles[t]));

    [Benchmark(OperationsPerInvoke = Pairs, Description = "4 stack + IBR (full), scan every 1,024")]
    public void IbrFullSparseScan() => Run(t => ReclaimerBench.Pairs(_ibrSparse.Stack, _ibrSparse.Handles[t]));

    [Benchmark(OperationsPerInvoke = Pairs, Description = "4 stack + DEBRA (full)")]
    public void DebraFull() => Run(t => ReclaimerBench.Pairs(_debra.Stack, _debra.Handles[t]));

    [Benchmark(OperationsPerInvoke = Pairs, Description = "4 stack + DEBRA+ (full)")]
    public void DebraPlusFull() => Run(t => ReclaimerBench.Pairs(_debraPlus.Stack, _debraPlus.Handles[t]));

    private void Run(System.Action<int> body) => ReclaimerBench.Run(Threads, body);

    internal static void PoolPairs(Rig rig, int t, int pairs)
    {
        NodePool pool = rig.Pool;
        int me = rig.Handles[t].Index;
        for (long i = 0; i < pairs; i++)
        {
            long h = pool.Allocate(me);
            pool.SetPayload(h, i);
            pool.FreeLocal(me, h);
        }
    }

    internal static void BracketPairs(Rig rig, int t, int pairs)
    {
        for (long i = 0; i < pairs; i++)
        {
            Push(rig, t, i);
            Pop(rig, t);
        }
    }

    /// <summary>TreiberStack's protected push (outside the brackets) with the node from the pool (Allocate's bookkeeping left out).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Push(Rig rig, int t, long value)
    {
        int me = rig.Handles[t].Index;
        long node = rig.Pool.Allocate(me);
        rig.Pool.SetPayload(node, value);
        for (int failures = 0; ; failures++)
        {
            long top = rig.Top.Load(MemoryOrder.Acquire);
            rig.Pool.StoreNext(node, top, MemoryOrder.Relaxed);
            // Winning this CAS publishes node as the new top.
            if (rig.Top.TryCompareExchange(top, node, MemoryOrder.Release))
            {
                if (failures != 0) rig.Backoffs[t].Succeeded();
                return;
            }
            rig.Backoffs[t].Wait();
        }
    }

    /// <summary>TreiberStack's protected pop with the unlinked node freed straight to the pool (Retire left out).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Pop(Rig rig, int t)
    {
        ReclaimerThread me = rig.Handles[t];
        Reclaimer r = rig.Reclaimer;
        int failures = 0;
        while (true)
        {
            r.BeginOperation(me);
            try
            {
                for (; ; failures++)
                {
                    long top = r.Protect(me, ref rig.Top);
                    if (top == NodePool.Null) return 0;
                    long next = rig.Pool.LoadNext(top, MemoryOrder.Relaxed);
                    r.Validate(me);
                    // Winning this CAS unlinks top.
                    if (rig.Top.TryCompareExchange(top, next, MemoryOrder.AcqRel))
                    {
                        long value = rig.Pool.Payload(top);
                        rig.Pool.FreeLocal(me.Index, top); // at once, as immediate reuse frees
                        if (failures != 0) rig.Backoffs[t].Succeeded();
                        return value;
                    }
                    rig.Backoffs[t].Wait();
                }
            }
            catch (NeutralizedException)
            {
                // DEBRA+ neutralized this thread before its CAS: start over.
            }
            finally
            {
                r.EndOperation(me);
            }
        }
    }
}
