using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Weft.Ipc;

namespace Weft.Benchmarks;

/// <summary>
/// POSIX named semaphores through P/Invoke (<c>sem_open</c>, <c>sem_wait</c>, <c>sem_post</c>): the cross-process
/// primitive C programs use on Linux, the reference for the IPC benchmarks.
/// </summary>
internal static partial class PosixSemaphore
{
    private const int OCreat = 0x40, OExcl = 0x80;

    // sem_open is variadic (mode and value follow when O_CREAT is given); on the 64-bit Linux ABIs the two extra
    // integer arguments travel in the same registers as fixed ones.
    [LibraryImport("libc", EntryPoint = "sem_open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr SemOpen(string name, int oflag, uint mode, uint value);

    [LibraryImport("libc", EntryPoint = "sem_wait", SetLastError = true)]
    public static partial int Wait(IntPtr sem);

    [LibraryImport("libc", EntryPoint = "sem_post", SetLastError = true)]
    public static partial int Post(IntPtr sem);

    [LibraryImport("libc", EntryPoint = "sem_close", SetLastError = true)]
    public static partial int Close(IntPtr sem);

    [LibraryImport("libc", EntryPoint = "sem_unlink", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Unlink(string name);

    public static IntPtr Create(string name, uint value)
    {
        IntPtr s = SemOpen(name, OCreat | OExcl, 0x180 /* 0600 */, value);
        if (s == IntPtr.Zero || s == -1) throw new InvalidOperationException($"sem_open({name}) failed with errno {Marshal.GetLastPInvokeError()}");
        return s;
    }

    public static IntPtr Open(string name)
    {
        IntPtr s = SemOpen(name, 0, 0, 0);
        if (s == IntPtr.Zero || s == -1) throw new InvalidOperationException($"sem_open({name}) failed with errno {Marshal.GetLastPInvokeError()}");
        return s;
    }
}

/// <summary>Runs <paramref name="body"/> on <paramref name="threads"/> threads (or inline for one).</summary>
internal static class Parallelism
{
    public static void Run(int threads, Action<int> body)
    {
        if (threads == 1)
        {
            body(0);
            return;
        }
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }

    public static string UniqueName(string kind) => $"weft-bench-{Environment.ProcessId}-{kind}-{Guid.NewGuid():N}"[..48];
}

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
    public void Ipc() => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            _ipc.Acquire();
            _ipc.Release();
        }
    });

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
    public void IpcNamed() => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            _named.Acquire();
            _named.Release();
        }
    });

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

/// <summary>
/// Blocking hand-off: two threads pass a token through two semaphores (A posts to B and waits on its own), so every
/// round trip sleeps and wakes twice (a partner thread is started per invocation); time per round trip. Baseline: <see cref="SemaphoreSlim"/>.
/// </summary>
[MemoryDiagnoser]
public class IpcPingPongBench
{
    public const int RoundTrips = 5_000;

    private SemaphoreSlim _slimA = null!, _slimB = null!;
    private IpcSemaphore _ipcA = null!, _ipcB = null!;
    private IntPtr _posixA, _posixB;
    private string _nameA = "", _nameB = "";

    [GlobalSetup]
    public void Setup()
    {
        _slimA = new SemaphoreSlim(0);
        _slimB = new SemaphoreSlim(0);
        _ipcA = IpcSemaphore.CreateInProcess(0);
        _ipcB = IpcSemaphore.CreateInProcess(0);
        _nameA = "/" + Parallelism.UniqueName("a");
        _nameB = "/" + Parallelism.UniqueName("b");
        _posixA = PosixSemaphore.Create(_nameA, 0);
        _posixB = PosixSemaphore.Create(_nameB, 0);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _slimA.Dispose();
        _slimB.Dispose();
        _ipcA.Dispose();
        _ipcB.Dispose();
        PosixSemaphore.Close(_posixA);
        PosixSemaphore.Close(_posixB);
        PosixSemaphore.Unlink(_nameA);
        PosixSemaphore.Unlink(_nameB);
    }

    /// <summary>The partner runs on a thread of its own: both sides block, so they must not share a pool thread.</summary>
    private static void PingPong(Action postA, Action waitA, Action postB, Action waitB)
    {
        var partner = new Thread(() =>
        {
            for (int i = 0; i < RoundTrips; i++)
            {
                waitB();
                postA();
            }
        });
        partner.Start();
        for (int i = 0; i < RoundTrips; i++)
        {
            postB();
            waitA();
        }
        partner.Join();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RoundTrips, Description = "SemaphoreSlim ping-pong")]
    public void Slim() => PingPong(() => _slimA.Release(), () => _slimA.Wait(), () => _slimB.Release(), () => _slimB.Wait());

    [Benchmark(OperationsPerInvoke = RoundTrips, Description = "IpcSemaphore ping-pong")]
    public void Ipc() => PingPong(() => _ipcA.Post(), _ipcA.Wait, () => _ipcB.Post(), _ipcB.Wait);

    [Benchmark(OperationsPerInvoke = RoundTrips, Description = "POSIX semaphore ping-pong")]
    public void Posix() => PingPong(() => PosixSemaphore.Post(_posixA), () => PosixSemaphore.Wait(_posixA),
        () => PosixSemaphore.Post(_posixB), () => PosixSemaphore.Wait(_posixB));
}
