using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The Treiber stack with elimination backoff (<see cref="EliminationArray"/>, one slot per two threads) against the
/// plain Treiber stack under the same reclaimers (IBR, DEBRA+) and <see cref="ConcurrentStack{T}"/> (the baseline),
/// all in one run, on 1 and 2 threads: each thread does <see cref="PairsPerThread"/> push/pop pairs, as in
/// <see cref="ReclaimerBench"/>; the reported time is per pair. With one thread no CAS is lost and the array is never
/// visited, so its rows measure what the option costs an uncontended stack.
/// </summary>
[MemoryDiagnoser]
public class EliminationBench
{
    public const int PairsPerThread = ReclaimerBench.PairsPerThread;

    [Params(1, 2)]
    public int Threads { get; set; }

    private ConcurrentStack<long> _baseline = null!;
    private TreiberStack _ibr = null!, _debraPlus = null!, _ibrElim = null!, _debraPlusElim = null!;
    private ReclaimerThread[] _ibrT = null!, _debraPlusT = null!, _ibrElimT = null!, _debraPlusElimT = null!;

    [GlobalSetup]
    public void Setup()
    {
        _baseline = new ConcurrentStack<long>();
        (_ibr, _ibrT) = Create(ReclamationScheme.Ibr, elimination: false);
        (_debraPlus, _debraPlusT) = Create(ReclamationScheme.DebraPlus, elimination: false);
        (_ibrElim, _ibrElimT) = Create(ReclamationScheme.Ibr, elimination: true);
        (_debraPlusElim, _debraPlusElimT) = Create(ReclamationScheme.DebraPlus, elimination: true);
    }

    private (TreiberStack, ReclaimerThread[]) Create(ReclamationScheme scheme, bool elimination) => ReclaimerBench.CreateStack(scheme, Threads, elimination);

    [Benchmark(Baseline = true, OperationsPerInvoke = PairsPerThread, Description = "ConcurrentStack<long>")]
    public void Concurrent() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _baseline.Push(i); _baseline.TryPop(out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "Treiber + IBR")]
    public void Ibr() => Run(t => Pairs(_ibr, _ibrT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "Treiber + DEBRA+")]
    public void DebraPlus() => Run(t => Pairs(_debraPlus, _debraPlusT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "elimination Treiber + IBR")]
    public void EliminationIbr() => Run(t => Pairs(_ibrElim, _ibrElimT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "elimination Treiber + DEBRA+")]
    public void EliminationDebraPlus() => Run(t => Pairs(_debraPlusElim, _debraPlusElimT[t]));

    private static void Pairs(TreiberStack s, ReclaimerThread me) => ReclaimerBench.Pairs(s, me);

    private void Run(System.Action<int> body) => ReclaimerBench.Run(Threads, body);
}
