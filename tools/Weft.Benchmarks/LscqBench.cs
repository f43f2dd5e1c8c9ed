using System.Collections.Concurrent;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The unbounded LSCQ (<see cref="LscqQueue{T}"/>, rings of <see cref="RingCapacity"/> values reclaimed by IBR)
/// against <see cref="ConcurrentQueue{T}"/> (the baseline) and an unbounded <see cref="Channel{T}"/>, measured in the
/// same run: each of <see cref="Threads"/> threads does <see cref="PairsPerThread"/> enqueue/dequeue pairs; time per
/// pair (OperationsPerInvoke). LSCQ must allocate nothing per pair once its pool slots have their rings.
/// </summary>
[MemoryDiagnoser]
public class LscqBench
{
    public const int PairsPerThread = 20_000;
    public const int RingCapacity = 1024;

    [Params(1, 2)]
    public int Threads { get; set; }

    private ConcurrentQueue<long> _concurrent = null!;
    private Channel<long> _channel = null!;
    private LscqQueue<long> _lscq = null!;
    private ReclaimerThread[] _me = null!;

    [GlobalSetup]
    public void Setup()
    {
        _concurrent = new ConcurrentQueue<long>();
        _channel = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(256, tagged: true, threadCaches: Threads), Threads, WeftConfig.Default);
        _me = new ReclaimerThread[Threads];
        for (int i = 0; i < Threads; i++) _me[i] = reclaimer.Register();
        _lscq = new LscqQueue<long>(reclaimer, RingCapacity);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PairsPerThread, Description = "ConcurrentQueue<long> pairs")]
    public void ConcurrentPairs() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _concurrent.Enqueue(i); _concurrent.TryDequeue(out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "LscqQueue<long> + IBR pairs")]
    public void LscqPairs() => Run(t => { var me = _me[t]; for (long i = 0; i < PairsPerThread; i++) { _lscq.Enqueue(me, i); _lscq.TryDequeue(me, out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "unbounded Channel<long> pairs")]
    public void ChannelPairs() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _channel.Writer.TryWrite(i); _channel.Reader.TryRead(out long _); } });

    private void Run(System.Action<int> body) => Parallelism.Run(Threads, body);
}
