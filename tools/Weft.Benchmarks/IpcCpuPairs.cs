using System;
using System.Collections.Generic;
using System.Threading;
using Weft.Ipc;

namespace Weft.Benchmarks;

/// <summary>
/// <c>ipc-cpu-pairs [--pairs N] [--rounds R]</c>: one-thread acquire/release pairs timed by the thread's own CPU clock
/// (<c>CLOCK_THREAD_CPUTIME_ID</c>), which counts only the time the thread ran, so a machine shared with other jobs
/// does not inflate it as it inflates BenchmarkDotNet's wall clock. Rows run interleaved within each round; each row
/// reports the median over the rounds and its ratio to the baseline, <see cref="Lock"/>. The floor row is the pair's
/// own atomic work: two uncontended CAS on a private word, one per lock and one per unlock. No 2-thread rows (CPU time
/// cannot see the waits of contention: IpcMutexBench measures those). Linux only.
/// </summary>
public static class IpcCpuPairs
{
    /// <summary>The command (options and defaults: <see cref="CustomCommands"/>).</summary>
    public static int Run(int pairs, int rounds)
    {
        var gate = new Lock();
        using var inProcess = IpcMutex.CreateInProcess();
        string name = Parallelism.UniqueName("cpu-mutex");
        using var named = IpcMutex.CreateNamed(name);
        long word = 0;
        var rows = new List<(string Name, Action<int> Body)>
        {
            ("System.Threading.Lock", n => { for (int i = 0; i < n; i++) { gate.Enter(); gate.Exit(); } }),
            ("IpcMutex (in-process segment)", n => { for (int i = 0; i < n; i++) { inProcess.Acquire(); inProcess.Release(); } }),
            ("IpcMutex (named, /dev/shm)", n => { for (int i = 0; i < n; i++) { named.Acquire(); named.Release(); } }),
            ("two uncontended CAS (the pair's own atomics)", n =>
            {
                for (int i = 0; i < n; i++)
                {
                    Interlocked.CompareExchange(ref word, 1, 0);
                    Interlocked.CompareExchange(ref word, 0, 1);
                }
            }),
        };
        try
        {
            var samples = CpuTimePairs.Measure(rows, pairs, rounds);
            CpuTimePairs.Print($"one thread, {pairs:N0} acquire/release pairs per round, {rounds} rounds, thread CPU time per pair", rows, samples);
        }
        finally
        {
            IpcMutex.Unlink(name);
        }
        return 0;
    }
}
