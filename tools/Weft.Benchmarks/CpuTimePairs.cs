using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// One-thread push/pop pairs timed by the thread's own CPU clock
/// (<c>dotnet run -c Release --project tools/Weft.Benchmarks -- cpu-pairs [--pairs N] [--rounds R] [--atomics]</c>):
/// <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c> counts only the time the thread ran, so on a machine whose load
/// average is many times its core count (where BenchmarkDotNet's wall-clock times grow with every other tenant and
/// their standard deviations reach their means) the per-pair cost stays measurable. The baseline,
/// <see cref="ConcurrentStack{T}"/>, runs in the same process, interleaved with the other rows round by round; each
/// row reports the median over the rounds and its ratio to the baseline's median. The second row is
/// <see cref="HandWrittenMirror"/>, the baseline of the atomics layer's cost (TreiberBench): the immediate-reuse row
/// against it is that cost measured by the CPU clock. Not a substitute for the
/// BenchmarkDotNet table (no warm-up analysis, no 2-thread rows: CPU time cannot see the waits of contention); it
/// separates what the code costs from what the load adds. A second table breaks a pop's reclamation protocol into
/// steps per scheme against two uncontended CAS (the same breakdown as ReclaimerStepBench, by the CPU clock). Linux only.
/// With <c>--atomics</c> only the rows of the atomics layer's cost run (ConcurrentStack, the mirror, immediate reuse),
/// and no second table: the stack's methods are then called with the immediate scheme alone, as in a program that uses
/// one scheme (and as in TreiberBench, whose cases run in processes of their own). With the other schemes' rows in the
/// process, the stack's shared methods (Push, TryPop) carry a profile of all four, and the JIT's profile-guided Tier-1
/// code for the immediate row then depends on when it samples them: its loop compiled to anything from 725 to 1,626
/// bytes from one run to the next (DOTNET_JitDisasmSummary=1), with or without inlined push and pop, where the mirror's,
/// whose methods only its row calls, compiled to the same code in every run.
/// </summary>
public static partial class CpuTimePairs
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out Timespec time);

    internal static long ThreadCpuNanoseconds()
    {
        if (ClockGetTime(ThreadCpuClock, out var t) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    /// <summary>The command (options and defaults: <see cref="CustomCommands"/>).</summary>
    public static int Run(int pairs, int rounds, bool atomicsOnly)
    {
        if (MirrorCheck.Run() is { } mirrorError)
        {
            Console.Error.WriteLine($"weft-bench cpu-pairs: the hand-written mirror does not compute what the library stack computes: {mirrorError}");
            return 1;
        }
        var baseline = new ConcurrentStack<long>();
        var mirror = new HandWrittenMirror(1024);
        var mirrorThread = mirror.Register();
        var rows = new List<(string Name, Action<int> Body)>
        {
            ("ConcurrentStack<long>", n => { for (long i = 0; i < n; i++) { baseline.Push(i); baseline.TryPop(out _); } }),
            ("Weft's Treiber code transcribed with raw Interlocked (TreiberBench's baseline)", n => { for (long i = 0; i < n; i++) { mirror.Push(mirrorThread, i); mirror.TryPop(mirrorThread, out _); } }),
        };
        foreach (var (scheme, name) in new[]
        {
            (ReclamationScheme.Immediate, "Treiber + immediate reuse (type-stable, tagged)"),
            (ReclamationScheme.Ibr, "Treiber + IBR"),
            (ReclamationScheme.Debra, "Treiber + DEBRA"),
            (ReclamationScheme.DebraPlus, "Treiber + DEBRA+"),
        }.Where(row => !atomicsOnly || row.Item1 == ReclamationScheme.Immediate))
        {
            var pool = new NodePool(1 << 22, tagged: true, threadCaches: 1, initialSlots: NodePool.DefaultInitialSlots);
            var reclaimer = Reclaimer.Create(scheme, pool, 1, WeftConfig.Default);
            var me = reclaimer.Register();
            var stack = new TreiberStack(reclaimer);
            rows.Add((name, n => { for (long i = 0; i < n; i++) { stack.Push(me, i); stack.TryPop(me, out _); } }));
        }
        Print($"one thread, {pairs:N0} push/pop pairs per round, {rounds} rounds, thread CPU time per pair", rows, Measure(rows, pairs, rounds));
        if (atomicsOnly) return 0;
        var steps = StepRows();
        Print($"one thread, {pairs:N0} repetitions per round, {rounds} rounds: a pop's reclamation steps, thread CPU time per repetition", steps, Measure(steps, pairs, rounds));
        return 0;
    }

    /// <summary>
    /// Where a reclaimer's time goes, step by step, against the pair's own atomic work (two uncontended CAS on a
    /// private word): each scheme's brackets with one protected read, and the whole protocol of a pop (the brackets,
    /// the protected read, retiring a node allocated through the reclaimer, so scans and bag rotations are included
    /// amortized).
    /// </summary>
    private static List<(string Name, Action<int> Body)> StepRows()
    {
        long word = 0;
        var rows = new List<(string Name, Action<int> Body)>
        {
            ("two uncontended CAS (the pair's own atomics)", n =>
            {
                for (int i = 0; i < n; i++)
                {
                    System.Threading.Interlocked.CompareExchange(ref word, 1, 0);
                    System.Threading.Interlocked.CompareExchange(ref word, 0, 1);
                }
            }),
        };
        foreach (var scheme in new[] { ReclamationScheme.Immediate, ReclamationScheme.Ibr, ReclamationScheme.Debra, ReclamationScheme.DebraPlus })
        {
            var pool = new NodePool(1 << 22, tagged: true, threadCaches: 1, initialSlots: NodePool.DefaultInitialSlots);
            var r = Reclaimer.Create(scheme, pool, 1, WeftConfig.Default);
            var me = r.Register();
            var cell = new Weft.Atomics.AtomicInt64(pool.Allocate(me.Index));
            rows.Add(($"{scheme}: Begin + Protect + Validate + End", n =>
            {
                for (int i = 0; i < n; i++)
                {
                    r.BeginOperation(me);
                    _ = r.Protect(me, ref cell);
                    r.Validate(me);
                    r.EndOperation(me);
                }
            }));
            rows.Add(($"{scheme}: Allocate + Begin + Protect + Validate + Retire + End", n =>
            {
                for (int i = 0; i < n; i++)
                {
                    long h = r.Allocate(me);
                    r.BeginOperation(me);
                    _ = r.Protect(me, ref cell);
                    r.Validate(me);
                    r.Retire(me, h);
                    r.EndOperation(me);
                }
            }));
        }
        return rows;
    }

    /// <summary>
    /// Runs every row <paramref name="rounds"/> times, rows interleaved within a round; CPU nanoseconds per repetition.
    /// A warm-up (<see cref="WarmUp"/>) runs first, and the line it prints also gives the number of methods the JIT
    /// compiled during the measured rounds (0 when the warm-up was sufficient: every row ran its final code).
    /// </summary>
    internal static List<double>[] Measure(List<(string Name, Action<int> Body)> rows, int repetitions, int rounds)
    {
        var samples = rows.Select(_ => new List<double>()).ToArray();
        var warmUp = WarmUp(rows, repetitions);
        long compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (int round = 0; round < rounds; round++) TimeRound(rows, repetitions, samples);
        long compiledDuring = System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore;
        Console.WriteLine($"warm-up: {warmUp.Passes} passes, {warmUp.CallsPerRow:N0} calls of {warmUp.Chunk:N0} repetitions per row, " +
            $"{warmUp.Elapsed.TotalMilliseconds:F0} ms{(warmUp.Settled ? "" : " (cut off: the JIT was still compiling)")}; " +
            $"JIT compilations during the measured rounds: {compiledDuring}");
        return samples;
    }

    /// <summary>One round: each row once, timed by the thread's CPU clock; appends CPU nanoseconds per repetition to <paramref name="samples"/>.</summary>
    private static void TimeRound(List<(string Name, Action<int> Body)> rows, int repetitions, List<double>[] samples)
    {
        for (int k = 0; k < rows.Count; k++)
        {
            long start = ThreadCpuNanoseconds();
            rows[k].Body(repetitions);
            long elapsed = ThreadCpuNanoseconds() - start;
            samples[k].Add(elapsed / (double)repetitions);
        }
    }

    /// <summary>The calls each row gets at least before measurement: tiered compilation promotes a method after 30 calls.</summary>
    internal const int WarmUpMinCallsPerRow = 60;

    /// <summary>The shortest warm-up pass: longer than the runtime's 100 ms call-counting delay, so a pass that compiled nothing saw the background Tier-1 compiler idle.</summary>
    internal static readonly TimeSpan WarmUpMinPass = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest warm-up before measurement starts anyway (reported as cut off).</summary>
    internal static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(30);

    internal readonly record struct WarmUpReport(int Passes, long CallsPerRow, int Chunk, TimeSpan Elapsed, bool Settled);

    /// <summary>
    /// Warms every row until tiered compilation has settled, independently of the round size: a fixed fraction of a
    /// small <paramref name="repetitions"/> (a tenth of 1,000 pairs is 100 calls of the lock methods and one call of
    /// the row) leaves the rows in Tier-0 or on-stack-replacement code, promoted to Tier-1 in the middle of the
    /// measured rounds. Each pass calls every row's body with at most 10,000 repetitions, at least
    /// <see cref="WarmUpMinCallsPerRow"/> times and for at least <see cref="WarmUpMinPass"/> per row, through the same
    /// timing loop as the measurement; passes repeat until one compiles no method
    /// (<see cref="System.Runtime.JitInfo.GetCompiledMethodCount"/>, all threads, so the background Tier-1 compiles
    /// count) or <see cref="WarmUpLimit"/> has passed.
    /// </summary>
    internal static WarmUpReport WarmUp(List<(string Name, Action<int> Body)> rows, int repetitions)
    {
        int chunk = Math.Min(repetitions, 10_000);
        var total = System.Diagnostics.Stopwatch.StartNew();
        long calls = 0;
        var discarded = rows.Select(_ => new List<double>()).ToArray();
        for (int pass = 1; ; pass++)
        {
            long compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
            var passClock = System.Diagnostics.Stopwatch.StartNew();
            long passCalls = 0;
            do
            {
                TimeRound(rows, chunk, discarded);
                foreach (var d in discarded) d.Clear();
                passCalls++;
            }
            while (passCalls < WarmUpMinCallsPerRow || passClock.Elapsed < WarmUpMinPass * rows.Count);
            calls += passCalls;
            bool settled = pass > 1 && System.Runtime.JitInfo.GetCompiledMethodCount() == compiledBefore;
            if (settled || total.Elapsed >= WarmUpLimit) return new WarmUpReport(pass, calls, chunk, total.Elapsed, settled);
        }
    }

    /// <summary>Prints each row's median, min, max and ratio to the first row's median, as a markdown table.</summary>
    internal static void Print(string title, List<(string Name, Action<int> Body)> rows, List<double>[] samples)
    {
        double baseMedian = Statistics.Median(samples[0]);
        Console.WriteLine(title + " (median; min-max; ratio to the first row)");
        Console.WriteLine("| row | median | min | max | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (int k = 0; k < samples.Length; k++)
            Console.WriteLine($"| {rows[k].Name} | {Statistics.Median(samples[k]):F1} ns | {samples[k].Min():F1} ns | {samples[k].Max():F1} ns | {Statistics.Median(samples[k]) / baseMedian:F2} |");
    }
}
