using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Weft.Collections;

namespace Weft.Benchmarks;

/// <summary>
/// wCQ (<see cref="WcqQueue{T}"/>, capacity <see cref="Capacity"/>, the paper's default patience and help delay) against
/// <see cref="ConcurrentQueue{T}"/> (the baseline) and SCQ (<see cref="ScqQueue{T}"/>, wCQ's fast path alone), in the
/// same run. The workloads of <see cref="ScqBench"/>, time per operation pair (OperationsPerInvoke):
/// <list type="bullet">
/// <item><b>Pairs</b>: each of <see cref="Threads"/> threads does <see cref="PairsPerThread"/> enqueue/dequeue pairs.</item>
/// <item><b>Handoff</b> (Threads = 2 only; 1 reports the same pairs on one thread): one producer enqueues, one consumer
/// dequeues, each spinning while the queue is full or empty.</item>
/// </list>
/// wCQ threads pass the handle they registered at setup (worker i uses handle i), so no thread-local lookup is timed.
/// <see cref="MemoryDiagnoser"/> counts allocations on all threads: wCQ and SCQ must allocate nothing per operation.
/// </summary>
[MemoryDiagnoser]
public class WcqBench
{
    public const int PairsPerThread = 20_000;
    public const int Capacity = 1024;

    [Params(1, 2)]
    public int Threads { get; set; }

    private ConcurrentQueue<long> _concurrent = null!;
    private ScqQueue<long> _scq = null!;
    private WcqQueue<long> _wcq = null!;
    private WcqHandle[] _handles = null!;

    [GlobalSetup]
    public void Setup()
    {
        _concurrent = new ConcurrentQueue<long>();
        _scq = new ScqQueue<long>(Capacity);
        _wcq = new WcqQueue<long>(Capacity, threads: 2);
        _handles = new[] { _wcq.Register(), _wcq.Register() };
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PairsPerThread, Description = "ConcurrentQueue<long> pairs")]
    public void ConcurrentPairs() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _concurrent.Enqueue(i); _concurrent.TryDequeue(out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "ScqQueue<long> pairs")]
    public void ScqPairs() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _scq.TryEnqueue(i); _scq.TryDequeue(out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "WcqQueue<long> pairs")]
    public void WcqPairs() => Run(t =>
    {
        var me = _handles[t];
        for (long i = 0; i < PairsPerThread; i++) { _wcq.TryEnqueue(me, i); _wcq.TryDequeue(me, out long _); }
    });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "ConcurrentQueue<long> handoff")]
    public void ConcurrentHandoff() => Handoff(
        i => { _concurrent.Enqueue(i); return true; },
        () => _concurrent.TryDequeue(out _));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "ScqQueue<long> handoff")]
    public void ScqHandoff() => Handoff(i => _scq.TryEnqueue(i), () => _scq.TryDequeue(out _));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "WcqQueue<long> handoff")]
    public void WcqHandoff() => Handoff(i => _wcq.TryEnqueue(_handles[0], i), () => _wcq.TryDequeue(_handles[1], out _));

    private void Run(System.Action<int> body) => Parallelism.Run(Threads, body);

    /// <summary>One producer and one consumer (Threads = 2); on one thread, alternating enqueue and dequeue.</summary>
    private void Handoff(System.Func<long, bool> enqueue, System.Func<bool> dequeue)
    {
        if (Threads == 1)
        {
            for (long i = 0; i < PairsPerThread; i++) { enqueue(i); dequeue(); }
            return;
        }
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            () => { for (long i = 0; i < PairsPerThread; i++) { var spin = new SpinWait(); while (!enqueue(i)) spin.SpinOnce(-1); } },
            () => { for (long i = 0; i < PairsPerThread; i++) { var spin = new SpinWait(); while (!dequeue()) spin.SpinOnce(-1); } });
    }
}
