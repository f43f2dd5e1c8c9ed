using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The unbounded LCRQ (<see cref="LcrqQueue{T}"/>, rings of <see cref="RingCapacity"/> entries reclaimed by IBR)
/// against <see cref="ConcurrentQueue{T}"/> (the baseline) and LSCQ (<see cref="LscqQueue{T}"/>, same ring size,
/// same reclaimer) measured in the same run: each of <see cref="Threads"/> threads does <see cref="PairsPerThread"/>
/// enqueue/dequeue pairs; time per pair (OperationsPerInvoke). LCRQ must allocate nothing per pair in steady state.
/// </summary>
[MemoryDiagnoser]
public class LcrqBench
{
    public const int PairsPerThread = 20_000;
    public const int RingCapacity = 1024;

    [Params(1, 2)]
    public int Threads { get; set; }

    private ConcurrentQueue<long> _concurrent = null!;
    private LcrqQueue<long> _lcrq = null!;
    private LscqQueue<long> _lscq = null!;
    private ReclaimerThread[] _lcrqThreads = null!;
    private ReclaimerThread[] _lscqThreads = null!;

    [GlobalSetup]
    public void Setup()
    {
        _concurrent = new ConcurrentQueue<long>();
        var lcrqReclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(256, tagged: true, threadCaches: Threads), Threads, WeftConfig.Default);
        var lscqReclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(256, tagged: true, threadCaches: Threads), Threads, WeftConfig.Default);
        _lcrqThreads = new ReclaimerThread[Threads];
        _lscqThreads = new ReclaimerThread[Threads];
        for (int i = 0; i < Threads; i++)
        {
            _lcrqThreads[i] = lcrqReclaimer.Register();
            _lscqThreads[i] = lscqReclaimer.Register();
        }
        _lcrq = new LcrqQueue<long>(lcrqReclaimer, RingCapacity, valueCapacity: 4096);
        _lscq = new LscqQueue<long>(lscqReclaimer, RingCapacity);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PairsPerThread, Description = "ConcurrentQueue<long> pairs")]
    public void ConcurrentPairs() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _concurrent.Enqueue(i); _concurrent.TryDequeue(out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "LcrqQueue<long> + IBR pairs")]
    public void LcrqPairs() => Run(t => { var me = _lcrqThreads[t]; for (long i = 0; i < PairsPerThread; i++) { _lcrq.Enqueue(me, i); _lcrq.TryDequeue(me, out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "LscqQueue<long> + IBR pairs")]
    public void LscqPairs() => Run(t => { var me = _lscqThreads[t]; for (long i = 0; i < PairsPerThread; i++) { _lscq.Enqueue(me, i); _lscq.TryDequeue(me, out long _); } });

    private void Run(System.Action<int> body) => Parallelism.Run(Threads, body);
}
