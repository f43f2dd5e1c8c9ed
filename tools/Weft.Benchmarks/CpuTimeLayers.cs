using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// <see cref="ReclaimerCostBench"/>'s layers timed by each thread's own CPU clock, on 1 and 2 threads
/// (<c>dotnet run -c Release --project tools/Weft.Benchmarks -- cpu-layers [--pairs N] [--rounds R]</c>): on a machine
/// whose load average is many times its core count, wall-clock times measure the other tenants, while a thread's CPU
/// time counts only the time it ran. On 2 threads both threads start together (a barrier) and a row's figure is their
/// CPU time summed over both, divided by the pairs of both: a thread that spins in a backoff wait or re-reads a line
/// the other took counts that time, a thread descheduled counts nothing (so the 2-thread rows see contention only while
/// both threads run at once, which on a loaded machine is part of the time). Rows interleaved round by round, median
/// over the rounds, ratio to <see cref="ConcurrentStack{T}"/>'s median of the same thread count. Linux only.
/// </summary>
public static class CpuTimeLayers
{
    /// <summary>The command (options and defaults: <see cref="CustomCommands"/>).</summary>
    public static int Run(int pairs, int rounds)
    {
        foreach (int threads in new[] { 1, 2 })
        {
            var rows = Rows(threads);
            var samples = rows.Select(_ => new List<double>()).ToArray();
            foreach (var row in rows) OnThreads(threads, pairs / 10, row.Body); // warm-up
            for (int round = 0; round < rounds; round++)
                for (int k = 0; k < rows.Count; k++) samples[k].Add(OnThreads(threads, pairs, rows[k].Body));
            var printable = rows.Select(r => (r.Name, (Action<int>)(_ => { }))).ToList();
            CpuTimePairs.Print($"{threads} thread(s), {pairs:N0} push/pop pairs per thread per round, {rounds} rounds, CPU time per pair per thread", printable, samples);
            Console.WriteLine();
        }
        return 0;
    }

    /// <summary>The layers: ConcurrentStack first (the baseline), then each layer of <see cref="ReclaimerCostBench"/>.</summary>
    private static List<(string Name, Action<int, int> Body)> Rows(int threads)
    {
        var baseline = new ConcurrentStack<long>();
        ReclaimerCostBench.Rig Rig(ReclamationScheme s, WeftConfig? c = null) => new(s, threads, c ?? WeftConfig.Default);
        var pool = Rig(ReclamationScheme.Immediate);
        var immediate = Rig(ReclamationScheme.Immediate);
        var ibr = Rig(ReclamationScheme.Ibr);
        var debra = Rig(ReclamationScheme.Debra);
        var debraPlus = Rig(ReclamationScheme.DebraPlus);
        var ibrSparse = Rig(ReclamationScheme.Ibr, WeftConfig.Default with { RetireThreshold = 1024 });
        void Full(ReclaimerCostBench.Rig rig, int t, int n)
        {
            var me = rig.Handles[t];
            for (long i = 0; i < n; i++)
            {
                rig.Stack.Push(me, i);
                rig.Stack.TryPop(me, out _);
            }
        }
        return new List<(string, Action<int, int>)>
        {
            ("ConcurrentStack<long>", (_, n) => { for (long i = 0; i < n; i++) { baseline.Push(i); baseline.TryPop(out long _); } }),
            ("1 pool: Allocate + Free (no stack)", (t, n) => ReclaimerCostBench.PoolPairs(pool, t, n)),
            ("2 stack + immediate reuse", (t, n) => Full(immediate, t, n)),
            ("3 stack + IBR brackets, pool free", (t, n) => ReclaimerCostBench.BracketPairs(ibr, t, n)),
            ("3 stack + DEBRA brackets, pool free", (t, n) => ReclaimerCostBench.BracketPairs(debra, t, n)),
            ("3 stack + DEBRA+ brackets, pool free", (t, n) => ReclaimerCostBench.BracketPairs(debraPlus, t, n)),
            ("4 stack + IBR (full)", (t, n) => Full(ibr, t, n)),
            ("4 stack + IBR (full), scan every 1,024", (t, n) => Full(ibrSparse, t, n)),
            ("4 stack + DEBRA (full)", (t, n) => Full(debra, t, n)),
            ("4 stack + DEBRA+ (full)", (t, n) => Full(debraPlus, t, n)),
        };
    }

    /// <summary>Runs <paramref name="body"/>(thread, pairs) on <paramref name="threads"/> threads started together; CPU nanoseconds per pair per thread.</summary>
    internal static double OnThreads(int threads, int pairs, Action<int, int> body)
    {
        if (threads == 1)
        {
            long start = CpuTimePairs.ThreadCpuNanoseconds();
            body(0, pairs);
            return (CpuTimePairs.ThreadCpuNanoseconds() - start) / (double)pairs;
        }
        var cpu = new long[threads];
        using var barrier = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            barrier.SignalAndWait();
            long start = CpuTimePairs.ThreadCpuNanoseconds();
            body(t, pairs);
            cpu[t] = CpuTimePairs.ThreadCpuNanoseconds() - start;
        })).ToArray();
        foreach (var w in workers) w.Start();
        foreach (var w in workers) w.Join();
        return cpu.Sum() / (double)(threads * (long)pairs);
    }
}
