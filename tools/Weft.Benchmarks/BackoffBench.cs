using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// What the Treiber stack's CAS backoff buys under contention: <see cref="Threads"/> threads each doing
/// <see cref="PairsPerThread"/> push/pop pairs on one stack (time per pair per thread), with no backoff (the
/// baseline: a lost CAS is retried at once), fixed and adaptive backoff (<see cref="WeftConfig.Backoff"/>), all in
/// the same run, over the default scheme (IBR) and immediate reuse (the bare algorithm). With one thread no CAS is
/// ever lost, so the one-thread rows measure what the backoff costs an uncontended operation: nothing should change.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BackoffBench
{
    public const int PairsPerThread = 20_000;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(BackoffMode.None, BackoffMode.Fixed, BackoffMode.Adaptive)]
    public BackoffMode Backoff { get; set; }

    private TreiberStack _ibr = null!, _typeStable = null!;
    private ReclaimerThread[] _ibrT = null!, _typeStableT = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_ibr, _ibrT) = Create(ReclamationScheme.Ibr);
        (_typeStable, _typeStableT) = Create(ReclamationScheme.Immediate);
    }

    private (TreiberStack, ReclaimerThread[]) Create(ReclamationScheme scheme)
    {
        var pool = new NodePool(1 << 14, tagged: true, threadCaches: Threads);
        var r = Reclaimer.Create(scheme, pool, Threads, WeftConfig.Default with { Backoff = Backoff });
        var handles = new ReclaimerThread[Threads];
        for (int i = 0; i < Threads; i++) handles[i] = r.Register();
        return (new TreiberStack(r), handles);
    }

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "Treiber + IBR")]
    public void Ibr() => Run(t => Pairs(_ibr, _ibrT[t]));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "Treiber + immediate reuse (type-stable, tagged)")]
    public void TypeStable() => Run(t => Pairs(_typeStable, _typeStableT[t]));

    private static void Pairs(TreiberStack s, ReclaimerThread me)
    {
        for (long i = 0; i < PairsPerThread; i++)
        {
            s.Push(me, i);
            s.TryPop(me, out _);
        }
    }

    private void Run(System.Action<int> body) => Parallelism.Run(Threads, body);
}
