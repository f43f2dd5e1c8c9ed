using System;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Ipc;

namespace Weft.Benchmarks;

/// <summary>
/// Acquire/release pairs on one lock, uncontended (1 thread) and contended (2 threads); time per pair per thread.
/// Baseline: <see cref="System.Threading.Lock"/> (in-process only). The cross-process candidates: Weft's
/// <see cref="IpcMutex"/> (in-process segment, and named in /dev/shm with process-shared futexes), .NET's named
/// <see cref="Mutex"/>, and a POSIX named semaphore used as a lock.
/// </summary>
[MemoryDiagnoser]
public class IpcMutexBench
{
    public const int Pairs = 20_000;

    [Params(1, 2)]
    public int Threads { get; set; }

    private readonly Lock _lock = new();
    private IpcMutex _ipc = null!, _named = null!, _noSpin = null!, _shortSpin = null!, _longSpin = null!;
    private Mutex _dotnet = null!;
    private IntPtr _posix;
    private string _namedName = "", _posixName = "";

    [GlobalSetup]
    public void Setup()
    {
        _ipc = IpcMutex.CreateInProcess();
        // The spin policies compared under contention: none (sleep at once), and the adaptive cap at 10 and 1,000
        // rounds beside the default 100 (the wake strategy is the futex wake of one sleeper by a release that saw 2).
        _noSpin = IpcMutex.CreateInProcess(new IpcOptions { AdaptiveSpin = false });
        _shortSpin = IpcMutex.CreateInProcess(new IpcOptions { AdaptiveSpin = true, MaxSpin = 10 });
        _longSpin = IpcMutex.CreateInProcess(new IpcOptions { AdaptiveSpin = true, MaxSpin = 1000 });
        _namedName = Parallelism.UniqueName("mutex");
        _named = IpcMutex.CreateNamed(_namedName);
        _dotnet = new Mutex(false, Parallelism.UniqueName("dotnet"));
        _posixName = "/" + Parallelism.UniqueName("sem");
        _posix = PosixSemaphore.Create(_posixName, 1);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ipc.Dispose();
        _noSpin.Dispose();
        _shortSpin.Dispose();
        _longSpin.Dispose();
        _named.Dispose();
        IpcMutex.Unlink(_namedName);
        _dotnet.Dispose();
        PosixSemaphore.Close(_posix);
        PosixSemaphore.Unlink(_posixName);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs, Description = "System.Threading.Lock")]
    public void ThreadingLock() => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            _lock.Enter();
            _lock.Exit();
        }
    });

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IpcMutex (in-process segment)")]
    public void Ipc() => AcquireReleasePairs(_ipc);

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IpcMutex (in-process, no spinning)")]
    public void IpcNoSpin() => AcquireReleasePairs(_noSpin);

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IpcMutex (in-process, spin cap 10)")]
    public void IpcShortSpin() => AcquireReleasePairs(_shortSpin);

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IpcMutex (in-process, spin cap 1000)")]
    public void IpcLongSpin() => AcquireReleasePairs(_longSpin);

    private void AcquireReleasePairs(IpcMutex mutex) => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            mutex.Acquire();
            mutex.Release();
        }
    });

    [Benchmark(OperationsPerInvoke = Pairs, Description = "IpcMutex (named, /dev/shm)")]
    public void IpcNamed() => AcquireReleasePairs(_named);

    [Benchmark(OperationsPerInvoke = Pairs, Description = ".NET named Mutex")]
    public void DotnetNamed() => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            _dotnet.WaitOne();
            _dotnet.ReleaseMutex();
        }
    });

    [Benchmark(OperationsPerInvoke = Pairs, Description = "POSIX named semaphore (sem_open) as a lock")]
    public void Posix() => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            PosixSemaphore.Wait(_posix);
            PosixSemaphore.Post(_posix);
        }
    });
}
