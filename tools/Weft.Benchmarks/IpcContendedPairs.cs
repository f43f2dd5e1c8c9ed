using System;
using System.Collections.Generic;
using System.Diagnostics;
using Weft.Ipc;

namespace Weft.Benchmarks;

/// <summary>
/// <c>ipc-contended [--pairs N] [--rounds R] [--threads T]</c>: T threads (default 2) each run N acquire/release pairs
/// (default 200,000) on one lock, per row; the figure is wall time per pair per thread. The rows run interleaved
/// within each of R rounds (default 15, after 2 discarded rounds), and each row reports the median over the rounds and
/// its ratio to the baseline, <see cref="System.Threading.Lock"/>: on a loaded machine every row sees the same mix of
/// neighbours, where BenchmarkDotNet's short job measures each row in its own few seconds. Rows: the library's
/// mutex (in-process, named, and the spin caps 0, 10 and 1,000 beside the default 100) and the benchmark-only wake
/// variants of <see cref="WakeVariantMutex"/> (hand-off, spin after wake). Before the rounds every row is warmed up
/// on one thread until the JIT settles (<see cref="CpuTimePairs.WarmUp"/>). Linux only (the named row needs /dev/shm).
/// </summary>
public static class IpcContendedPairs
{
    /// <summary>The command (options and defaults: <see cref="CustomCommands"/>).</summary>
    public static int Run(int pairs, int rounds, int threads)
    {
        var gate = new System.Threading.Lock();
        var spin = new IpcOptions { AdaptiveSpin = true };
        using var inProcess = IpcMutex.CreateInProcess(spin);
        string name = Parallelism.UniqueName("contended");
        using var named = IpcMutex.CreateNamed(name, spin);
        using var noSpin = IpcMutex.CreateInProcess(new IpcOptions { AdaptiveSpin = false });
        using var cap10 = IpcMutex.CreateInProcess(spin with { MaxSpin = 10 });
        using var cap1000 = IpcMutex.CreateInProcess(spin with { MaxSpin = 1000 });
        using var handOff = new WakeVariantMutex(WakeVariantMutex.Strategy.HandOff, spin.MaxSpin);
        using var spinAfterWake = new WakeVariantMutex(WakeVariantMutex.Strategy.SpinAfterWake, spin.MaxSpin);
        var rows = new List<(string Name, Action<int> Body)>
        {
            ("System.Threading.Lock", n => { for (int i = 0; i < n; i++) { gate.Enter(); gate.Exit(); } }),
            ("IpcMutex (in-process, default: spin cap 100, exchange 0 and wake one)", n => { for (int i = 0; i < n; i++) { inProcess.Acquire(); inProcess.Release(); } }),
            ("IpcMutex (named, /dev/shm)", n => { for (int i = 0; i < n; i++) { named.Acquire(); named.Release(); } }),
            ("IpcMutex (in-process, no spinning)", n => { for (int i = 0; i < n; i++) { noSpin.Acquire(); noSpin.Release(); } }),
            ("IpcMutex (in-process, spin cap 10)", n => { for (int i = 0; i < n; i++) { cap10.Acquire(); cap10.Release(); } }),
            ("IpcMutex (in-process, spin cap 1000)", n => { for (int i = 0; i < n; i++) { cap1000.Acquire(); cap1000.Release(); } }),
            ("wake variant: hand-off to the woken thread", n => { for (int i = 0; i < n; i++) { handOff.Acquire(); handOff.Release(); } }),
            ("wake variant: woken thread spins before sleeping again", n => { for (int i = 0; i < n; i++) { spinAfterWake.Acquire(); spinAfterWake.Release(); } }),
        };
        try
        {
            CpuTimePairs.WarmUp(rows, pairs);
            var samples = new List<double>[rows.Count];
            for (int k = 0; k < rows.Count; k++) samples[k] = new List<double>();
            for (int round = -2; round < rounds; round++)
            {
                for (int k = 0; k < rows.Count; k++)
                {
                    var body = rows[k].Body;
                    long start = Stopwatch.GetTimestamp();
                    Parallelism.Run(threads, _ => body(pairs));
                    double ns = Stopwatch.GetElapsedTime(start).TotalNanoseconds / pairs;
                    if (round >= 0) samples[k].Add(ns);
                }
            }
            CpuTimePairs.Print($"{threads} threads on one lock, {pairs:N0} acquire/release pairs per thread per round, {rounds} rounds, wall time per pair per thread", rows, samples);
        }
        finally
        {
            IpcMutex.Unlink(name);
        }
        return 0;
    }
}
