using System;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Ipc;

namespace Weft.Benchmarks;

/// <summary>
/// Post/wait pairs on one semaphore by 1 or 2 threads (each thread posts before it waits, so nobody sleeps: this
/// measures the count word under contention); time per pair per thread. Baseline: <see cref="SemaphoreSlim"/>.
/// </summary>
[MemoryDiagnoser]
public class IpcSemaphoreBench
{
    public const int Pairs = 20_000;

    [Params(1, 2)]
    public int Threads { get; set; }

    private SemaphoreSlim _slim = null!;
    private IpcSemaphore _ipc = null!;
    private IntPtr _posix;
    private string _posixName = "";

    [GlobalSetup]
    public void Setup()
    {
        _slim = new SemaphoreSlim(0);
        _ipc = IpcSemaphore.CreateInProcess(0);
        _posixName = "/" + Parallelism.UniqueName("sem");
        _posix = PosixSemaphore.Create(_posixName, 0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _slim.Dispose();
        _ipc.Dispose();
        PosixSemaphore.Close(_posix);
        PosixSemaphore.Unlink(_posixName);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs, Description = "SemaphoreSlim")]
    public void Slim() => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            _slim.Release();
            _slim.Wait();
        }
    });

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IpcSemaphore")]
    public void Ipc() => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            _ipc.Post();
            _ipc.Wait();
        }
    });

    [Benchmark(OperationsPerInvoke = Pairs, Description = "POSIX named semaphore (sem_open)")]
    public void Posix() => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            PosixSemaphore.Post(_posix);
            PosixSemaphore.Wait(_posix);
        }
    });
}
