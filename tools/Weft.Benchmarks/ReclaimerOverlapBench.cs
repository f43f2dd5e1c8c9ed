using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Weft.Atomics;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// What a Treiber push/pop pair costs when two threads overlap, one piece added at a time (1 and 2 threads, each row
/// beside <see cref="ConcurrentStack{T}"/> in the same run; time per pair per thread, <see cref="ReclaimerBench.PairsPerThread"/>
/// pairs per thread per invocation, threads started as in <see cref="ReclaimerBench"/>). Every row but the last runs
/// one transcription of the stack's protected push and pop over its own pool and a top word padded to two cache lines
/// (as <see cref="TreiberStack"/>'s), and each row adds one piece to the row above it:
/// <list type="number">
/// <item>a: the bare stack over the pool, the popped node freed at once into the popper's magazine (immediate reuse);</item>
/// <item>b: + the reclaimer's BeginOperation and EndOperation around the pop (the top read by a plain acquire load):
/// IBR reads the era word and keeps its reservation, DEBRA+ reads its flag and the epoch and keeps its announcement
/// (a new epoch or a raised flag: clears the flag and announces with a SeqCst store) and checks one thread's
/// announcement every eighth pop;</item>
/// <item>c: + Protect and Validate (IBR: the era read after the handle, the reservation's upper end raised when the
/// era moved; DEBRA+: the flag's SeqCst loads);</item>
/// <item>d: + the reclaimer's Allocate (IBR: the era advanced every <see cref="WeftConfig.EpochFrequency"/>
/// allocations, the birth era read and stored; DEBRA+ has no allocation bookkeeping: no row);</item>
/// <item>e: + the free deferred by 64 pops of the same thread (a private FIFO, no reclaimer): a thread's slots now cycle
/// through a working set of about 64 nodes instead of one, which is what a limbo list does to reuse;</item>
/// <item>f: the FIFO replaced by the reclaimer's Retire (IBR: retire era read and stored, the node filed in limbo, a
/// scan of the reservations every 64 retirements that frees what no reservation covers; DEBRA+: the node filed in the
/// current bag, a bag freed at each epoch change): the full protocol in the transcription;</item>
/// <item>g: the real <see cref="TreiberStack"/> under the reclaimer (direct calls instead of the transcription's virtual ones);</item>
/// <item>h: as g, but each thread on a stack of its own over the one reclaimer and pool: the threads share the era or
/// epoch word, the reservations or announcements and the pool's depot, but no top word and no node (no pop takes the
/// other thread's node), so h against g separates what the shared top and the nodes passing between the threads cost
/// from what the reclaimer's and the pool's shared words cost.</item>
/// </list>
/// Rows a to d free a popped node at once although the other thread may still read it: the pool is type-stable and its
/// handles tagged, so the read is harmless and a CAS on a recycled node fails; they measure cost, not a safe stack.
/// After each row the pool's magazine counters (refills off the free list, refills from the depot, spills, growth)
/// are written per 1,000 pairs to the log ("// pool exchanges"), so the pool's share is visible beside the time, with
/// the pops that took a node the other thread pushed (how much the two threads overlapped in that row: on a loaded
/// machine they seldom run at once, and then the 2-thread rows measure little of what overlap costs).
/// </summary>
[MemoryDiagnoser]
public class ReclaimerOverlapBench
{
    private const int Pairs = ReclaimerBench.PairsPerThread;

    /// <summary>The pops a freed node waits in row e (the IBR scan's retire threshold).</summary>
    private const int Delay = 64;

    [Params(1, 2)]
    public int Threads { get; set; }

    private ConcurrentStack<long> _baseline = null!;
    private Layers _current = null!;
    private long _invocations;

    internal enum Layer { Bare, Brackets, Protect, Allocate, Deferred, Retire }

    private void Use(ReclamationScheme scheme, Layer layer)
    {
        _current = new Layers(scheme, layer, Threads);
        _invocations = 0;
    }

    [GlobalSetup(Target = nameof(Concurrent))]
    public void SetupBaseline() => _baseline = new ConcurrentStack<long>();

    [GlobalSetup(Target = nameof(Bare))] public void SetupBare() => Use(ReclamationScheme.Immediate, Layer.Bare);
    [GlobalSetup(Target = nameof(IbrBrackets))] public void SetupIbrBrackets() => Use(ReclamationScheme.Ibr, Layer.Brackets);
    [GlobalSetup(Target = nameof(IbrProtect))] public void SetupIbrProtect() => Use(ReclamationScheme.Ibr, Layer.Protect);
    [GlobalSetup(Target = nameof(IbrAllocate))] public void SetupIbrAllocate() => Use(ReclamationScheme.Ibr, Layer.Allocate);
    [GlobalSetup(Target = nameof(IbrDeferred))] public void SetupIbrDeferred() => Use(ReclamationScheme.Ibr, Layer.Deferred);
    [GlobalSetup(Target = nameof(IbrRetire))] public void SetupIbrRetire() => Use(ReclamationScheme.Ibr, Layer.Retire);
    [GlobalSetup(Target = nameof(IbrStack))] public void SetupIbrStack() => Use(ReclamationScheme.Ibr, Layer.Retire);
    [GlobalSetup(Target = nameof(DebraPlusBrackets))] public void SetupDebraPlusBrackets() => Use(ReclamationScheme.DebraPlus, Layer.Brackets);
    [GlobalSetup(Target = nameof(DebraPlusProtect))] public void SetupDebraPlusProtect() => Use(ReclamationScheme.DebraPlus, Layer.Protect);
    [GlobalSetup(Target = nameof(DebraPlusDeferred))] public void SetupDebraPlusDeferred() => Use(ReclamationScheme.DebraPlus, Layer.Deferred);
    [GlobalSetup(Target = nameof(DebraPlusRetire))] public void SetupDebraPlusRetire() => Use(ReclamationScheme.DebraPlus, Layer.Retire);
    [GlobalSetup(Target = nameof(DebraPlusStack))] public void SetupDebraPlusStack() => Use(ReclamationScheme.DebraPlus, Layer.Retire);
    [GlobalSetup(Target = nameof(IbrStackPerThread))] public void SetupIbrStackPerThread() => Use(ReclamationScheme.Ibr, Layer.Retire);
    [GlobalSetup(Target = nameof(DebraPlusStackPerThread))] public void SetupDebraPlusStackPerThread() => Use(ReclamationScheme.DebraPlus, Layer.Retire);

    /// <summary>Writes the pool's exchanges per 1,000 pairs of the row just measured (the baseline has no pool).</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (_current is null || _invocations == 0) return;
        var pool = _current.Pool;
        var c = Enumerable.Range(0, Threads).Select(pool.MagazineCounts).ToArray();
        double per = 1000.0 / (_invocations * Threads * (double)Pairs);
        Console.WriteLine($"// pool exchanges per 1,000 pairs ({Threads} thread(s), {_current.Name}): free-list refills {c.Sum(x => x.FreeListRefills) * per:F2}, " +
            $"depot refills {c.Sum(x => x.DepotRefills) * per:F2}, spills {c.Sum(x => x.Spills) * per:F2}, grows {c.Sum(x => x.Grows) * per:F4}, committed slots {pool.CommittedSlots:N0}, " +
            $"pops of the other thread's node {_current.ForeignPops * per:F1}");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs, Description = "ConcurrentStack<long>")]
    public void Concurrent() => ReclaimerBench.Run(Threads, _ => { for (long i = 0; i < Pairs; i++) { _baseline.Push(i); _baseline.TryPop(out long _); } });

    [Benchmark(OperationsPerInvoke = Pairs, Description = "a bare stack, freed at once")]
    public void Bare() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IBR b + Begin/End")]
    public void IbrBrackets() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IBR c + Protect/Validate")]
    public void IbrProtect() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IBR d + Allocate (birth era)")]
    public void IbrAllocate() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IBR e + free deferred 64 pops")]
    public void IbrDeferred() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IBR f + Retire (limbo, scan, free)")]
    public void IbrRetire() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IBR g TreiberStack")]
    public void IbrStack() => RunStack();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "DEBRA+ b + Begin/End")]
    public void DebraPlusBrackets() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "DEBRA+ c + Protect/Validate")]
    public void DebraPlusProtect() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "DEBRA+ e + free deferred 64 pops")]
    public void DebraPlusDeferred() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "DEBRA+ f + Retire (bags, rotation, free)")]
    public void DebraPlusRetire() => RunLayer();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "DEBRA+ g TreiberStack")]
    public void DebraPlusStack() => RunStack();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IBR h one TreiberStack per thread")]
    public void IbrStackPerThread() => RunStackPerThread();

    [Benchmark(OperationsPerInvoke = Pairs, Description = "DEBRA+ h one TreiberStack per thread")]
    public void DebraPlusStackPerThread() => RunStackPerThread();

    private void RunLayer()
    {
        _invocations++;
        var layers = _current;
        ReclaimerBench.Run(Threads, t => layers.Pairs(t, Pairs));
    }

    private void RunStack()
    {
        _invocations++;
        var layers = _current;
        ReclaimerBench.Run(Threads, t => layers.StackPairs(layers.Stack, t, Pairs));
    }

    private void RunStackPerThread()
    {
        _invocations++;
        var layers = _current;
        ReclaimerBench.Run(Threads, t => layers.StackPairs(layers.OwnStacks[t], t, Pairs));
    }

    /// <summary>The top word at offset 64 of 128 bytes, as <see cref="TreiberStack"/>'s.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct PaddedTop
    {
        [FieldOffset(64)] public AtomicInt64 Value;
    }

    /// <summary>One row's pool, reclaimer, registrations, top word and per-thread delay lines (and the real stack for row g).</summary>
    internal sealed class Layers
    {
        public readonly string Name;
        public readonly NodePool Pool;
        public readonly TreiberStack Stack;
        public readonly TreiberStack[] OwnStacks;
        public readonly ReclaimerThread[] Handles;
        private readonly Reclaimer _reclaimer;
        private readonly Layer _layer;
        private readonly bool _brackets, _protect, _allocate;
        private readonly Backoff[] _backoffs;
        private readonly long[][] _delayLines;
        private readonly int[] _delayHeads; // per thread, HeadStride ints (128 bytes, two cache lines) apart
        private const int HeadStride = 32;
        private readonly long[] _foreignPops; // per thread, 16 longs apart
        private PaddedTop _top;

        public Layers(ReclamationScheme scheme, Layer layer, int threads)
        {
            Name = $"{scheme} {layer}";
            _layer = layer;
            _brackets = layer >= Layer.Brackets;
            _protect = layer >= Layer.Protect;
            _allocate = layer >= Layer.Allocate;
            Pool = new NodePool(1 << 22, tagged: true, threadCaches: threads, initialSlots: NodePool.DefaultInitialSlots);
            _reclaimer = Reclaimer.Create(scheme, Pool, threads, WeftConfig.FromEnvironment());
            Handles = new ReclaimerThread[threads];
            _backoffs = new Backoff[threads];
            for (int i = 0; i < threads; i++)
            {
                Handles[i] = _reclaimer.Register();
                _backoffs[i] = new Backoff(WeftConfig.Default, seed: i + 1);
            }
            // Each thread's delay line in its own array, with a line of padding after it (the arrays are the thread's own).
            _delayLines = Enumerable.Range(0, threads).Select(_ => new long[Delay + 16]).ToArray();
            _delayHeads = new int[(threads + 1) * HeadStride];
            _foreignPops = new long[(threads + 1) * 16];
            Stack = new TreiberStack(_reclaimer);
            OwnStacks = Enumerable.Range(0, threads).Select(_ => new TreiberStack(_reclaimer)).ToArray();
        }

        /// <summary>Pops, over all rows and threads, of a value the other thread pushed (read once the threads are quiet).</summary>
        public long ForeignPops => Enumerable.Range(0, Handles.Length).Sum(ForeignPopsOf);

        /// <summary>Pops by thread <paramref name="t"/> of a value the other thread pushed (read by thread t itself, or once it is quiet).</summary>
        public long ForeignPopsOf(int t) => _foreignPops[(t + 1) * 16];

        /// <summary>A value thread <paramref name="t"/> pushes: its index plus one above bit 40, so a pop can tell whose
        /// push it took, and a slot's payload which thread allocated it last (0: never allocated).</summary>
        private static long Tagged(int t, long i) => (long)(t + 1) << 40 | i;

        private void Popped(int t, long value)
        {
            if (value >> 40 != t + 1) _foreignPops[(t + 1) * 16]++;
        }

        /// <summary>
        /// Of the groups of 8 slots (one 64-byte line of a per-slot long array: links, payload, a reclaimer's eras, at
        /// index granularity) that hold a slot some thread allocated, the share, per 1,000, that hold slots last allocated
        /// by two different threads: lines both cores wrote. Read from the payloads (<see cref="Tagged"/>) once the
        /// threads are quiet; a snapshot of the last allocations, not a count over the run.
        /// </summary>
        public static double SharedLines(NodePool pool)
        {
            long used = 0, both = 0;
            for (int line = 0; line + 8 <= pool.CommittedSlots; line += 8)
            {
                long owners = 0;
                for (int s = line; s < line + 8; s++)
                {
                    long owner = pool.Payload(s + 1) >> 40; // a handle of slot s (generation 0: production reads ignore it)
                    if (owner is > 0 and < 63) owners |= 1L << (int)owner;
                }
                if (owners == 0) continue;
                used++;
                if ((owners & (owners - 1)) != 0) both++;
            }
            return used == 0 ? 0 : 1000.0 * both / used;
        }

        /// <summary>Row g and h: <paramref name="n"/> push/pop pairs on a real stack.</summary>
        public void StackPairs(TreiberStack stack, int t, int n)
        {
            var me = Handles[t];
            for (long i = 0; i < n; i++)
            {
                stack.Push(me, Tagged(t, i));
                if (stack.TryPop(me, out long v)) Popped(t, v);
            }
        }

        public void Pairs(int t, int n)
        {
            for (long i = 0; i < n; i++)
            {
                Push(t, Tagged(t, i));
                Pop(t);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Push(int t, long value)
        {
            var me = Handles[t];
            long node = _allocate ? _reclaimer.Allocate(me) : Pool.Allocate(me.Index);
            Pool.SetPayload(node, value);
            for (int failures = 0; ; failures++)
            {
                long top = _top.Value.Load(MemoryOrder.Acquire);
                Pool.StoreNext(node, top, MemoryOrder.Relaxed);
                // Winning this CAS publishes node as the new top.
                if (_top.Value.TryCompareExchange(top, node, MemoryOrder.Release))
                {
                    if (failures != 0) _backoffs[t].Succeeded();
                    return;
                }
                _backoffs[t].Wait();
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Pop(int t)
        {
            var me = Handles[t];
            if (!_brackets)
            {
                PopAttempts(t, me);
                return;
            }
            while (true)
            {
                _reclaimer.BeginOperation(me);
                try
                {
                    PopAttempts(t, me);
                    return;
                }
                catch (NeutralizedException)
                {
                    // DEBRA+ neutralized this thread before its CAS: start over.
                }
                finally
                {
                    _reclaimer.EndOperation(me);
                }
            }
        }

        private void PopAttempts(int t, ReclaimerThread me)
        {
            for (int failures = 0; ; failures++)
            {
                long top = _protect ? _reclaimer.Protect(me, ref _top.Value) : _top.Value.Load(MemoryOrder.Acquire);
                if (top == NodePool.Null) return;
                long next = Pool.LoadNext(top, MemoryOrder.Relaxed);
                if (_protect) _reclaimer.Validate(me);
                // Winning this CAS unlinks top: this thread owns it until it frees or retires it.
                if (_top.Value.TryCompareExchange(top, next, MemoryOrder.AcqRel))
                {
                    Popped(t, Pool.Payload(top));
                    Release(me, t, top);
                    if (failures != 0) _backoffs[t].Succeeded();
                    return;
                }
                _backoffs[t].Wait();
            }
        }

        private void Release(ReclaimerThread me, int t, long node)
        {
            if (_layer == Layer.Retire) _reclaimer.Retire(me, node);
            else if (_layer != Layer.Deferred) Pool.FreeLocal(me.Index, node); // at once, as immediate reuse frees
            else
            {
                // A FIFO of Delay nodes: the node popped Delay pops ago leaves it and is freed.
                long[] line = _delayLines[t];
                int at = _delayHeads[(t + 1) * HeadStride];
                long old = line[at];
                line[at] = node;
                _delayHeads[(t + 1) * HeadStride] = at + 1 == Delay ? 0 : at + 1;
                if (old != NodePool.Null) Pool.Free(me.Index, old);
            }
        }
    }
}
