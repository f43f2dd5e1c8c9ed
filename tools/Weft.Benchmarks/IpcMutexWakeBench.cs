using BenchmarkDotNet.Attributes;
using Weft.Ipc;

namespace Weft.Benchmarks;

/// <summary>
/// The wake step of <see cref="IpcMutex"/> against two alternatives, measured under contention (2 and 4 threads on
/// one lock; time per acquire/release pair per thread). The library's protocol (the baseline, tla/FutexMutex): a
/// release whose CAS fails on the waiters bit exchanges in 0 and wakes one sleeper, which competes for the lock with
/// threads that never slept (barging). The alternatives run in <see cref="WakeVariantMutex"/>, a benchmark-only copy
/// of the word protocol over the same <see cref="ShmSegment"/> futex word:
/// <list type="bullet">
/// <item>hand-off: the release passes the lock to the woken thread (the word goes to a reserved value nobody else may
/// take), so a woken thread never sleeps again, but the lock stays idle while the woken thread is scheduled;</item>
/// <item>spin after wake: the woken thread, finding the lock taken again, spins like a first-time contender before it
/// marks the word and sleeps again.</item>
/// </list>
/// Spin-then-park caps (no spinning, 10, 100 and 1,000 rounds) are the library's own <see cref="IpcOptions.MaxSpin"/>
/// and are compared in <see cref="IpcMutexBench"/>; here the library runs with its default cap of 100.
/// </summary>
[MemoryDiagnoser]
public class IpcMutexWakeBench
{
    public const int Pairs = 20_000;

    [Params(2, 4)]
    public int Threads { get; set; }

    private IpcMutex _library = null!;
    private WakeVariantMutex _handOff = null!, _spinAfterWake = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spin = new IpcOptions { AdaptiveSpin = true };
        _library = IpcMutex.CreateInProcess(spin);
        _handOff = new WakeVariantMutex(WakeVariantMutex.Strategy.HandOff, spin.MaxSpin);
        _spinAfterWake = new WakeVariantMutex(WakeVariantMutex.Strategy.SpinAfterWake, spin.MaxSpin);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _library.Dispose();
        _handOff.Dispose();
        _spinAfterWake.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs, Description = "IpcMutex: exchange 0, wake one, barging")]
    public void Library() => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            _library.Acquire();
            _library.Release();
        }
    });

    [Benchmark(OperationsPerInvoke = Pairs, Description = "hand-off to the woken thread")]
    public void HandOff() => Pairs2(_handOff);

    [Benchmark(OperationsPerInvoke = Pairs, Description = "woken thread spins before sleeping again")]
    public void SpinAfterWake() => Pairs2(_spinAfterWake);

    private void Pairs2(WakeVariantMutex m) => Parallelism.Run(Threads, _ =>
    {
        for (int i = 0; i < Pairs; i++)
        {
            m.Acquire();
            m.Release();
        }
    });
}
