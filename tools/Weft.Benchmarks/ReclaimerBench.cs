using System.Collections.Concurrent;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The Treiber stack under each reclaimer against <see cref="ConcurrentStack{T}"/> (the baseline, measured in the
/// same run) on 1 and 2 threads: each thread does <see cref="PairsPerThread"/> push/pop pairs; the reported time is
/// per pair (OperationsPerInvoke). <see cref="MemoryDiagnoser"/> counts allocations on all threads: the Weft stack
/// must allocate nothing in steady state (nodes come from the pool), while ConcurrentStack allocates a node per push.
/// The "elimination" rows are the same stacks built with an <see cref="EliminationArray"/> (elimination backoff: a lost
/// CAS visits the array instead of the plain backoff wait; one slot for two threads).
/// </summary>
[MemoryDiagnoser]
public class ReclaimerBench
{
    public const int PairsPerThread = 20_000;

    [Params(1, 2)]
    public int Threads { get; set; }

    private ConcurrentStack<long> _baseline = null!;
    private TreiberStack _ibr = null!, _debra = null!, _debraPlus = null!, _typeStable = null!;
    private ReclaimerThread[] _ibrT = null!, _debraT = null!, _debraPlusT = null!, _typeStableT = null!;
    private TreiberStack _ibrElim = null!, _debraElim = null!, _debraPlusElim = null!;
    private ReclaimerThread[] _ibrElimT = null!, _debraElimT = null!, _debraPlusElimT = null!;

    [GlobalSetup]
    public void Setup()
    {
        _baseline = new ConcurrentStack<long>();
        (_ibr, _ibrT) = Create(ReclamationScheme.Ibr);
        (_debra, _debraT) = Create(ReclamationScheme.Debra);
        (_debraPlus, _debraPlusT) = Create(ReclamationScheme.DebraPlus);
        (_typeStable, _typeStableT) = Create(ReclamationScheme.Immediate);
        (_ibrElim, _ibrElimT) = Create(ReclamationScheme.Ibr, elimination: true);
        (_debraElim, _debraElimT) = Create(ReclamationScheme.Debra, elimination: true);
        (_debraPlusElim, _debraPlusElimT) = Create(ReclamationScheme.DebraPlus, elimination: true);
    }

    private (TreiberStack, ReclaimerThread[]) Create(ReclamationScheme scheme, bool elimination = false) => CreateStack(scheme, Threads, elimination);

    /// <summary>
    /// A Treiber stack under <paramref name="scheme"/> with <paramref name="threads"/> registered threads (their handles
    /// returned beside it): the stacks of this benchmark and of <see cref="EliminationBench"/>.
    /// </summary>
    /// <param name="elimination">The stack gets an <see cref="EliminationArray"/> (elimination backoff, default: one slot for two threads).</param>
    internal static (TreiberStack, ReclaimerThread[]) CreateStack(ReclamationScheme scheme, int threads, bool elimination)
    {
        // A pool that grows by chunks from 4,096 slots up to 4M: plain DEBRA's limbo bags grow while a thread is
        // preempted inside an operation (the machine is shared), and a growable pool absorbs that instead of failing.
        var pool = new NodePool(1 << 22, tagged: true, threadCaches: threads, initialSlots: NodePool.DefaultInitialSlots);
        var r = Reclaimer.Create(scheme, pool, threads, WeftConfig.Default);
        var handles = new ReclaimerThread[threads];
        for (int i = 0; i < threads; i++) handles[i] = r.Register();
        return (new TreiberStack(r, elimination ? new EliminationArray(r) : null), handles);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PairsPerThread, Description = "ConcurrentStack<long>")]
    public void Concurrent() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _baseline.Push(i); _baseline.TryPop(out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "Treiber + IBR")]
    public void Ibr() => Run(t => Pairs(_ibr, _ibrT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "Treiber + DEBRA")]
    public void Debra() => Run(t => Pairs(_debra, _debraT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "Treiber + DEBRA+")]
    public void DebraPlus() => Run(t => Pairs(_debraPlus, _debraPlusT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "Treiber + immediate reuse (type-stable, tagged)")]
    public void TypeStable() => Run(t => Pairs(_typeStable, _typeStableT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "elimination Treiber + IBR")]
    public void EliminationIbr() => Run(t => Pairs(_ibrElim, _ibrElimT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "elimination Treiber + DEBRA")]
    public void EliminationDebra() => Run(t => Pairs(_debraElim, _debraElimT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "elimination Treiber + DEBRA+")]
    public void EliminationDebraPlus() => Run(t => Pairs(_debraPlusElim, _debraPlusElimT[t]));

    /// <summary>One thread's share: <see cref="PairsPerThread"/> push/pop pairs on <paramref name="s"/>.</summary>
    internal static void Pairs(TreiberStack s, ReclaimerThread me)
    {
        for (long i = 0; i < PairsPerThread; i++)
        {
            s.Push(me, i);
            s.TryPop(me, out _);
        }
    }

    private void Run(System.Action<int> body) => Run(Threads, body);

    /// <summary>Runs <paramref name="body"/> for threads 0 to <paramref name="threads"/> - 1 at once (inline for one).</summary>
    internal static void Run(int threads, System.Action<int> body)
    {
        if (threads == 1)
        {
            body(0);
            return;
        }
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }
}
