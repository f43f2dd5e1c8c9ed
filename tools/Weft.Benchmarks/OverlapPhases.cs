using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Weft.Reclamation;
using Layer = Weft.Benchmarks.ReclaimerOverlapBench.Layer;
using Layers = Weft.Benchmarks.ReclaimerOverlapBench.Layers;

namespace Weft.Benchmarks;

/// <summary>
/// <see cref="ReclaimerOverlapBench"/>'s rows timed only while the two threads run at once
/// (<c>dotnet run -c Release --project tools/Weft.Benchmarks -- overlap-phases [--phases N] [--pairs K] [--rounds R]</c>).
/// On a machine whose load average is many times its core count two threads of a benchmark seldom run at the same time
/// (BenchmarkDotNet's 2-thread rows there count under one pop in 1,000 taking the other thread's node), so their
/// wall-clock times measure the scheduler, not what the threads cost each other. Here the two threads (dedicated, not
/// pooled) run a row in short phases of K pairs each: both wait at a spinning barrier, then each times its own K pairs
/// with the monotonic clock. A phase counts only if the two threads left the barrier within 10 us of each other, the
/// shorter of their timed intervals overlaps the other by at least 90%, and neither was descheduled for long (interval
/// below 20 us + 2 us per pair); a row's figure is the median of each thread's time per pair over
/// its counted phases, beside the share of phases counted and the pops of the other thread's node per 1,000 pairs in
/// them (how much the threads really met). One thread: the same phases without the barrier. Rows interleaved round by
/// round; ratio to <see cref="ConcurrentStack{T}"/>'s median of the same thread count. Beyond the benchmark's rows, row
/// i gives each thread a stack, reclaimer and pool of its own: nothing is shared, so i against h is what sharing one
/// reclaimer and pool costs when no node and no top word is shared. After the rounds, each 2-thread row over one pool
/// also reports the groups of 8 slots (a line of a per-slot long array) whose slots two threads allocated last, per
/// 1,000 groups in use (<see cref="ReclaimerOverlapBench.Layers.SharedLines"/>), and the pool's remote frees, depot
/// refills, spills and overflow refills per 1,000 pairs and its committed slots (WEFT_POOL_SLOT_HOMES=off compares the pool without slot homes). Before each 2-thread
/// round, <see cref="LineRoundTrip"/> times one cache line's round trip between two threads, printed above the table.
/// </summary>
public static class OverlapPhases
{
    private const double MinOverlap = 0.9, MaxSkewNs = 10_000;

    /// <summary>The command (options and defaults: <see cref="CustomCommands"/>).</summary>
    public static int Run(int phases, int pairs, int rounds)
    {
        foreach (int threads in new[] { 1, 2 })
        {
            var rows = Rows(threads);
            var perPair = rows.Select(_ => new List<double>()).ToArray();
            var counted = new long[rows.Count];
            var foreign = new long[rows.Count];
            foreach (var row in rows) Phases(threads, phases / 4, pairs, row, null); // warm-up
            var roundTrips = new List<double>();
            for (int round = 0; round < rounds; round++)
            {
                if (threads > 1) roundTrips.Add(LineRoundTrip.Measure());
                for (int k = 0; k < rows.Count; k++)
                {
                    var (c, f) = Phases(threads, phases, pairs, rows[k], perPair[k]);
                    counted[k] += c;
                    foreign[k] += f;
                }
            }
            Console.WriteLine($"{threads} thread(s), {rounds} rounds of {phases:N0} phases of {pairs:N0} push/pop pairs per thread; time per pair per thread over the counted phases");
            if (threads > 1)
                Console.WriteLine($"one cache line's round trip between the two threads (LineRoundTrip, before each round): median {Statistics.Median(roundTrips):F1} ns, {roundTrips.Min():F1} to {roundTrips.Max():F1} ns");
            Console.WriteLine("| row | median ns/pair | ratio | phases counted | other thread's node per 1,000 pops | slot lines of both threads per 1,000 used | remote frees, depot refills, spills, overflow refills per 1,000 pairs; committed slots |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            double baseline = Statistics.Median(perPair[0]);
            for (int k = 0; k < rows.Count; k++)
            {
                double m = Statistics.Median(perPair[k]);
                double share = (double)counted[k] / ((long)rounds * phases);
                double per = counted[k] == 0 ? 0 : 1000.0 * foreign[k] / (counted[k] * (double)pairs * threads);
                string lines = "-", remote = "-";
                if (threads > 1 && rows[k].Pool is { } pool)
                {
                    lines = $"{ReclaimerOverlapBench.Layers.SharedLines(pool):F0}";
                    double all = (phases / 4 + (double)rounds * phases) * pairs * threads;
                    var c = Enumerable.Range(0, threads).Select(pool.MagazineCounts).ToArray();
                    remote = $"{c.Sum(x => x.RemoteFrees) * 1000.0 / all:F1}, {c.Sum(x => x.DepotRefills) * 1000.0 / all:F2}, {c.Sum(x => x.Spills) * 1000.0 / all:F2}, {c.Sum(x => x.OverflowRefills) * 1000.0 / all:F2}, {pool.CommittedSlots}";
                }
                Console.WriteLine($"| {rows[k].Name} | {m:F1} | {m / baseline:F2} | {share:P0} | {per:F0} | {lines} | {remote} |");
            }
            Console.WriteLine();
        }
        return 0;
    }

    /// <summary>A row: each thread's body (thread, pairs), its count of pops that took the other thread's value, and the
    /// pool the threads share (null: none), whose slot lines and remote frees are counted after the rounds.</summary>
    private sealed record Row(string Name, Action<int, int> Body, Func<int, long> ForeignPops, Weft.Memory.NodePool? Pool = null);

    private static List<Row> Rows(int threads)
    {
        var baseline = new ConcurrentStack<long>();
        var baselineForeign = new long[(threads + 1) * 16];
        var rows = new List<Row>
        {
            new("ConcurrentStack<long>", (t, n) =>
            {
                for (long i = 0; i < n; i++)
                {
                    baseline.Push((long)t << 40 | i);
                    if (baseline.TryPop(out long v) && v >> 40 != t) baselineForeign[(t + 1) * 16]++;
                }
            }, t => baselineForeign[(t + 1) * 16]),
        };
        void Add(string name, ReclamationScheme scheme, Layer layer, int kind)
        {
            var l = new Layers(scheme, layer, threads);
            Action<int, int> body = kind switch
            {
                0 => l.Pairs,
                1 => (t, n) => l.StackPairs(l.Stack, t, n),
                _ => (t, n) => l.StackPairs(l.OwnStacks[t], t, n),
            };
            rows.Add(new Row(name, body, l.ForeignPopsOf, l.Pool));
        }
        Add("a bare stack, freed at once", ReclamationScheme.Immediate, Layer.Bare, 0);
        Add("a' TreiberStack, immediate reuse", ReclamationScheme.Immediate, Layer.Bare, 1);
        foreach (var (scheme, name) in new[] { (ReclamationScheme.Ibr, "IBR"), (ReclamationScheme.DebraPlus, "DEBRA+") })
        {
            Add($"{name} b + Begin/End", scheme, Layer.Brackets, 0);
            Add($"{name} c + Protect/Validate", scheme, Layer.Protect, 0);
            if (scheme == ReclamationScheme.Ibr) Add($"{name} d + Allocate (birth era)", scheme, Layer.Allocate, 0);
            Add($"{name} e + free deferred 64 pops", scheme, Layer.Deferred, 0);
            Add($"{name} f + Retire", scheme, Layer.Retire, 0);
            Add($"{name} g TreiberStack", scheme, Layer.Retire, 1);
            Add($"{name} h one TreiberStack per thread", scheme, Layer.Retire, 2);
            // h': each thread on its own stack over its own reclaimer, the pool shared (thread t registers as index t).
            var pool = new Weft.Memory.NodePool(1 << 22, tagged: true, threadCaches: threads, initialSlots: Weft.Memory.NodePool.DefaultInitialSlots);
            var mine = new (Weft.Collections.TreiberStack Stack, ReclaimerThread Me)[threads];
            for (int t = 0; t < threads; t++)
            {
                var r = Reclaimer.Create(scheme, pool, threads, Weft.Platform.WeftConfig.FromEnvironment());
                var handles = Enumerable.Range(0, threads).Select(_ => r.Register()).ToArray();
                mine[t] = (new Weft.Collections.TreiberStack(r), handles[t]);
            }
            rows.Add(new Row($"{name} h' one TreiberStack and reclaimer per thread, one pool", (t, n) =>
            {
                var (stack, me) = mine[t];
                for (long i = 0; i < n; i++)
                {
                    stack.Push(me, (long)(t + 1) << 40 | i);
                    stack.TryPop(me, out _);
                }
            }, _ => 0, pool));
            // i: nothing shared at all, each thread on its own stack over its own reclaimer and pool (1-thread rigs).
            var own = Enumerable.Range(0, threads).Select(_ => new Layers(scheme, Layer.Retire, 1)).ToArray();
            rows.Add(new Row($"{name} i one TreiberStack, reclaimer and pool per thread", (t, n) => own[t].StackPairs(own[t].Stack, 0, n), t => own[t].ForeignPopsOf(0)));
        }
        return rows;
    }

    /// <summary>
    /// Runs <paramref name="phases"/> phases of the row on dedicated threads; adds each counted phase's time per pair
    /// (each thread's) to <paramref name="perPair"/>; returns the phases counted and the foreign pops in them.
    /// </summary>
    private static (long Counted, long Foreign) Phases(int threads, int phases, int pairs, Row row, List<double>? perPair)
    {
        var start = new long[threads, phases];
        var end = new long[threads, phases];
        var foreign = new long[threads, phases];
        int arrived = 0;
        void Body(int t)
        {
            for (int p = 0; p < phases; p++)
            {
                if (threads > 1)
                {
                    // A spinning barrier: phase p starts once both threads have arrived p + 1 times.
                    Interlocked.Increment(ref arrived);
                    int spins = 0;
                    while (Volatile.Read(ref arrived) < threads * (p + 1))
                        if (++spins % 65536 == 0) Thread.Yield(); else Thread.SpinWait(8);
                }
                long before = row.ForeignPops(t);
                start[t, p] = Stopwatch.GetTimestamp();
                row.Body(t, pairs);
                end[t, p] = Stopwatch.GetTimestamp();
                foreign[t, p] = row.ForeignPops(t) - before;
            }
        }
        if (threads == 1) Body(0);
        else
        {
            var workers = Enumerable.Range(0, threads).Select(t => new Thread(() => Body(t)) { IsBackground = true }).ToArray();
            foreach (var w in workers) w.Start();
            foreach (var w in workers) w.Join();
        }
        if (perPair is null) return (0, 0);
        double nsPerTick = 1e9 / Stopwatch.Frequency;
        double longest = (20_000 + 2.0 * pairs * 1000) / nsPerTick; // ticks: 20 us + 2 us per pair
        long counted = 0, foreignPops = 0;
        for (int p = 0; p < phases; p++)
        {
            long from = long.MinValue, to = long.MaxValue, first = long.MaxValue, span = 0, shortest = long.MaxValue;
            for (int t = 0; t < threads; t++)
            {
                from = Math.Max(from, start[t, p]);
                first = Math.Min(first, start[t, p]);
                to = Math.Min(to, end[t, p]);
                span = Math.Max(span, end[t, p] - start[t, p]);
                shortest = Math.Min(shortest, end[t, p] - start[t, p]);
            }
            // Both threads left the barrier together (within MaxSkew), neither was descheduled for long, and the shorter
            // interval ran (almost) wholly while the other thread ran too.
            if (span > longest || (from - first) * nsPerTick > MaxSkewNs || (to - from) < MinOverlap * shortest) continue;
            counted++;
            for (int t = 0; t < threads; t++)
            {
                perPair.Add((end[t, p] - start[t, p]) * nsPerTick / pairs);
                foreignPops += foreign[t, p];
            }
        }
        return (counted, foreignPops);
    }
}
