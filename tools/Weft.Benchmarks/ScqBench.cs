using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Weft.Collections;

namespace Weft.Benchmarks;

/// <summary>
/// SCQ (<see cref="ScqQueue{T}"/>, capacity <see cref="Capacity"/>) against <see cref="ConcurrentQueue{T}"/> (the
/// baseline) and a bounded queue behind one lock (<see cref="LockedBoundedQueue{T}"/>), measured in the same run.
/// Two workloads, time reported per operation pair (OperationsPerInvoke):
/// <list type="bullet">
/// <item><b>Pairs</b>: each of <see cref="Threads"/> threads does <see cref="PairsPerThread"/> enqueue/dequeue pairs.</item>
/// <item><b>Handoff</b> (Threads = 2 only; 1 reports the same pairs on one thread): one producer enqueues
/// <see cref="PairsPerThread"/> values and one consumer dequeues them, each spinning while the queue is full or empty.</item>
/// </list>
/// <see cref="MemoryDiagnoser"/> counts allocations on all threads: SCQ and the locked queue must allocate nothing
/// per operation (their memory is fixed at construction).
/// </summary>
[MemoryDiagnoser]
public class ScqBench
{
    public const int PairsPerThread = 20_000;
    public const int Capacity = 1024;

    [Params(1, 2)]
    public int Threads { get; set; }

    private ConcurrentQueue<long> _concurrent = null!;
    private ScqQueue<long> _scq = null!;
    private LockedBoundedQueue<long> _locked = null!;

    [GlobalSetup]
    public void Setup()
    {
        _concurrent = new ConcurrentQueue<long>();
        _scq = new ScqQueue<long>(Capacity);
        _locked = new LockedBoundedQueue<long>(Capacity);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PairsPerThread, Description = "ConcurrentQueue<long> pairs")]
    public void ConcurrentPairs() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _concurrent.Enqueue(i); _concurrent.TryDequeue(out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "ScqQueue<long> pairs")]
    public void ScqPairs() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _scq.TryEnqueue(i); _scq.TryDequeue(out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "locked bounded queue pairs")]
    public void LockedPairs() => Run(_ => { for (long i = 0; i < PairsPerThread; i++) { _locked.TryEnqueue(i); _locked.TryDequeue(out long _); } });

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "ConcurrentQueue<long> handoff")]
    public void ConcurrentHandoff() => Handoff(
        i => { _concurrent.Enqueue(i); return true; },
        () => _concurrent.TryDequeue(out _));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "ScqQueue<long> handoff")]
    public void ScqHandoff() => Handoff(i => _scq.TryEnqueue(i), () => _scq.TryDequeue(out _));

    [Benchmark(OperationsPerInvoke = PairsPerThread, Description = "locked bounded queue handoff")]
    public void LockedHandoff() => Handoff(i => _locked.TryEnqueue(i), () => _locked.TryDequeue(out _));

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
