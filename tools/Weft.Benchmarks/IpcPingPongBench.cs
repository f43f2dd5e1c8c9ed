using System;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Ipc;

namespace Weft.Benchmarks;

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
