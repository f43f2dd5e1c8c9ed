using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The stress run (<c>dotnet run -c Release --project tools/Weft.Benchmarks -- stress [--seconds N] [--filter S]</c>):
/// every pool-backed structure under 2 real threads with each reclaimer it supports (the Treiber stack also with an
/// <see cref="EliminationArray"/>), and the bounded queues without a reclaimer (SCQ, wCQ: <see cref="BoundedQueueStress"/>,
/// whose checks are the first and its own refill), for N seconds per combination (default 20), then checks, with the
/// threads stopped:
/// <list type="bullet">
/// <item>nothing was lost or duplicated: the values pushed/enqueued and popped/dequeued (plus what is drained after the
/// run) agree in count, sum and sum of squares, a queue delivers each producer's values in order, and a set's final
/// membership of each key is the successful adds minus the successful removes;</item>
/// <item>nothing was freed twice: <see cref="NodePool.AuditFreeSlots"/> finds no slot twice among the free list, the
/// depot and the magazines, and after the structure is drained and the reclaimer flushed the pool has exactly the
/// slots in use it had when the structure was empty at the start (no slot leaked);</item>
/// <item>memory stayed within the reclaimer's bound: IBR's limbo (sampled after every batch of operations) never
/// exceeds the retire threshold plus, for each thread's reservation, the nodes it can overlap: the structure's live
/// nodes and those unlinked but not yet retired, plus the nodes born in the eras it spans, with the span the widest
/// reservation any scan of the run read (<see cref="ReclaimerThread.WidestReservationSpan"/>; an operation whose
/// protected reads raised its upper end several times and was then preempted holds a wide one, which IBR allows);
/// DEBRA+'s never exceeds three bags of the retirements of (stall threshold + threads) checks, one every EpochCheckInterval operations;
/// plain DEBRA promises no bound with a preempted thread, so its peak is reported and its pool only has to grow
/// instead of failing (an allocation at the pool's maximum waits for reclamation, <see cref="WeftConfig.DebraPoolWaitMilliseconds"/>;
/// the waits and the longest are reported).</item>
/// </list>
/// A negative control runs with them: the Treiber stack under IBR with the seeded defect
/// <see cref="SeededBug.IbrScanKeepsWhileReserved"/> for at most one second, which passes only when the limbo bound
/// catches it; and SCQ with the seeded defect <see cref="SeededBug.ScqEnqueueNoCycleCheck"/> (an enqueuer fills an entry
/// a dequeuer already invalidated, so its index is lost) for at most one second, which passes only when the value count
/// or the refill of the drained queue finds values or slot indices lost. Exit code 0 when every combination passed, 2 when one failed (each failure is printed).
/// </summary>
public static class StressRun
{
    private const int Threads = 2;

    /// <summary>The command (options and defaults: <see cref="CustomCommands"/>).</summary>
    public static int Run(double seconds, string filter)
    {
        int failures = 0;
        foreach (var combination in Combinations())
        {
            if (!combination.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)) continue;
            string? failure;
            var clock = Stopwatch.StartNew();
            StressReport report;
            try { (report, failure) = combination.Run(TimeSpan.FromSeconds(seconds)); }
            catch (Exception e) { (report, failure) = (default, $"{e.GetType().Name}: {e.Message}"); }
            if (combination.NegativeControl) failure = failure is not null && failure.Contains(combination.CaughtBy, StringComparison.Ordinal) ? null : $"negative control not caught by {combination.CaughtByCheck}: {failure ?? "every check passed"}";
            string span = report.WidestSpan > 0 ? report.WidestSpan.ToString("N0") : "-";
            Console.WriteLine($"{combination.Name,-40} {(failure is null ? "ok  " : "FAIL")} {clock.Elapsed.TotalSeconds,5:F1} s  ops {report.Operations,12:N0}  peak limbo {report.PeakPending,9:N0} (bound {(report.Bound < 0 ? "none" : report.Bound.ToString("N0"))}, widest reservation {span} eras)  committed slots {report.Committed,9:N0}{(report.PoolWaits > 0 ? $"  waits at the maximum {report.PoolWaits:N0} (longest {report.LongestPoolWaitMs:F0} ms)" : "")}");
            if (failure is not null)
            {
                Console.WriteLine($"    {failure}");
                failures++;
            }
        }
        Console.WriteLine(failures == 0 ? "stress: every combination passed" : $"stress: {failures} combination(s) failed");
        return failures == 0 ? 0 : 2;
    }

    /// <summary>A combination; a negative control passes only when its failure contains <paramref name="CaughtBy"/>, the text of <paramref name="CaughtByCheck"/>'s failures.</summary>
    private sealed record Combination(string Name, Func<TimeSpan, (StressReport, string?)> Run, bool NegativeControl = false,
        string CaughtBy = BoundFailure, string CaughtByCheck = "the limbo bound");

    private static IEnumerable<Combination> Combinations()
    {
        var all = new[] { ReclamationScheme.Ibr, ReclamationScheme.Debra, ReclamationScheme.DebraPlus };
        var noPlus = new[] { ReclamationScheme.Ibr, ReclamationScheme.Debra };
        foreach (var s in all) yield return new($"treiber + {s}", d => StackStress.Run(Config(s), d));
        foreach (var s in noPlus)
        {
            yield return new($"lock-free skiplist + {s}", d => SetStress.Run(SetStress.Of(LockFreeSkipList<long, Int64KeyComparer>.WithDefaults(Threads, 8, Config(s))), d, nodesPerKey: 1));
            yield return new($"locked skiplist + {s}", d => SetStress.Run(SetStress.Of(LockedSkipList<long, Int64KeyComparer>.WithDefaults(Threads, 8, Config(s))), d, nodesPerKey: 1));
            yield return new($"natarajan-mittal tree + {s}", d => SetStress.Run(SetStress.Of(NatarajanMittalTree<long, Int64KeyComparer>.WithDefaults(Threads, Config(s))), d, nodesPerKey: 2));
            yield return new($"efrb tree + {s}", d => SetStress.Run(SetStress.Of(EfrbTree<long, long, Int64KeyComparer>.WithDefaults(Threads, Config(s))), d, nodesPerKey: 4));
            yield return new($"lscq + {s}", d => QueueStress.Run(QueueStress.Lscq(Config(s)), d));
            yield return new($"lcrq + {s}", d => QueueStress.Run(QueueStress.Lcrq(Config(s)), d));
        }
        foreach (var s in all) yield return new($"treiber + EliminationArray + {s}", d => StackStress.Run(Config(s), d, elimination: true));
        yield return new("bounded scq (no reclaimer)", d => BoundedQueueStress.Run(BoundedQueueStress.Scq(WeftConfig.Default), d));
        yield return new("bounded wcq (no reclaimer)", d => BoundedQueueStress.Run(BoundedQueueStress.Wcq(WeftConfig.Default), d));
        yield return new("treiber + Ibr (seeded, must fail bound)",
            d => StackStress.Run(Config(ReclamationScheme.Ibr) with { SeededBug = SeededBug.IbrScanKeepsWhileReserved }, TimeSpan.FromSeconds(Math.Min(1, d.TotalSeconds))), NegativeControl: true);
        yield return new("bounded scq (seeded, must lose values)",
            d => BoundedQueueStress.Run(BoundedQueueStress.Scq(WeftConfig.Default with { SeededBug = SeededBug.ScqEnqueueNoCycleCheck }), TimeSpan.FromSeconds(Math.Min(1, d.TotalSeconds))),
            NegativeControl: true, CaughtBy: BoundedQueueStress.LossFailure, CaughtByCheck: "the value count or the refill");
    }

    /// <summary>The configuration of every combination: the scheme, and pools that grow from 4,096 slots up to 2^22.</summary>
    /// <remarks>Two settings come from the environment when set, for adversarial comparisons: the pools' maximum,
    /// WEFT_POOL_CAPACITY (a smaller maximum meets plain DEBRA's limbo sooner), and plain DEBRA's wait at the maximum,
    /// WEFT_DEBRA_POOL_WAIT_MS (0: no wait).</remarks>
    internal static WeftConfig Config(ReclamationScheme scheme)
    {
        var environment = WeftConfig.FromEnvironment();
        return WeftConfig.Default with
        {
            Reclamation = scheme,
            PoolCapacity = Environment.GetEnvironmentVariable("WEFT_POOL_CAPACITY") is null ? 1 << 22 : environment.PoolCapacity,
            DebraPoolWaitMilliseconds = environment.DebraPoolWaitMilliseconds,
        };
    }

    /// <summary>
    /// The largest limbo the scheme promises (-1: none promised), for a structure of at most <paramref name="liveNodes"/>
    /// nodes whose operations retire at most <paramref name="retiresPerOp"/> nodes. IBR: a scan keeps a node only if a
    /// reservation [lower, upper] overlaps its lifetime, i.e. the node was alive at era lower (in the structure, or
    /// unlinked and not yet retired: at most a thread's retirements of one operation each) or was born in the eras the
    /// reservation spans (a thread advances the era every EpochFrequency allocations, so an era sees at most
    /// EpochFrequency births per thread); each thread holds one reservation, of at most
    /// <paramref name="widestSpan"/> eras (the widest its scans read, <see cref="ReclaimerThread.WidestReservationSpan"/>);
    /// the limbo sampled also holds the retirements since the last scan (below the retire threshold) and this operation's.
    /// </summary>
    internal static long Bound(Reclaimer r, long liveNodes, int retiresPerOp, long widestSpan) => r.Scheme switch
    {
        ReclamationScheme.Ibr => r.Config.RetireThreshold + retiresPerOp
            + r.MaxThreads * (liveNodes + (long)r.MaxThreads * retiresPerOp + widestSpan * r.Config.EpochFrequency * r.MaxThreads),
        ReclamationScheme.DebraPlus => 3L * (r.Config.StallThreshold + r.MaxThreads) * r.Config.EpochCheckInterval * retiresPerOp,
        _ => -1,
    };

    /// <summary>
    /// The checks every workload ends with, once its threads stopped and its own checks set <paramref name="failure"/>:
    /// the peak limbo the threads sampled against the scheme's bound (<see cref="Bound"/>, with the widest reservation the
    /// scans read), then the pool audit after the reclaimer is flushed; the first failure wins.
    /// </summary>
    internal static (StressReport, string?) Finish(Reclaimer r, ReclaimerThread[] handles, long liveNodes, int retiresPerOp,
        long[] ops, long[] peak, int inUseWhenEmpty, string? failure)
    {
        long widestSpan = WidestSpan(handles);
        long bound = Bound(r, liveNodes, retiresPerOp, widestSpan);
        long peakPending = Math.Max(peak[0], peak[1]);
        failure ??= CheckBound(peakPending, bound);
        failure ??= AuditPool(r.Pool, inUseWhenEmpty, Quiesce(r, handles));
        int waits = 0;
        double longest = 0;
        foreach (var h in handles)
        {
            waits += h.PoolWaits;
            longest = Math.Max(longest, h.LongestPoolWait.TotalMilliseconds);
        }
        return (new StressReport(ops[0] + ops[1], peakPending, bound, r.Pool.CommittedSlots, widestSpan, waits, longest), failure);
    }

    /// <summary>The widest IBR reservation, in eras, that a scan of any of <paramref name="handles"/> read (0 for the other schemes).</summary>
    private static long WidestSpan(ReclaimerThread[] handles)
    {
        long widest = 0;
        foreach (var h in handles) widest = Math.Max(widest, h.WidestReservationSpan);
        return widest;
    }

    /// <summary>
    /// Throws when <paramref name="v"/>, a value of the queue stress runs (producer t + 1 in bits 40 and up, its sequence
    /// number below), does not follow its producer's last value this consumer saw.
    /// </summary>
    internal static void CheckProducerOrder(long[] last, long v)
    {
        int producer = (int)(v >> 40) - 1;
        long s = v & ((1L << 40) - 1);
        if (producer is < 0 or > 1) throw new InvalidOperationException($"dequeued {v}, which no producer enqueued");
        if (s <= last[producer]) throw new InvalidOperationException($"dequeued producer {producer}'s value {s} after {last[producer]}: out of order or duplicated");
        last[producer] = s;
    }

    /// <summary>Runs <paramref name="body"/> on <see cref="Threads"/> threads until <paramref name="duration"/> has passed; returns the first exception text, if any.</summary>
    internal static string? OnThreads(TimeSpan duration, Action<int, Func<bool>> body)
    {
        var clock = Stopwatch.StartNew();
        string? failure = null;
        var workers = new Thread[Threads];
        for (int i = 0; i < Threads; i++)
        {
            int index = i;
            workers[i] = new Thread(() =>
            {
                try { body(index, () => clock.Elapsed < duration && failure is null); }
                catch (Exception e) { Interlocked.CompareExchange(ref failure, $"thread {index}: {e.GetType().Name}: {e.Message}", null); }
            });
            workers[i].Start();
        }
        foreach (var w in workers) w.Join();
        return failure;
    }

    /// <summary>Flushes every handle until no node is pending (at most 64 rounds); returns the nodes still pending.</summary>
    internal static int Quiesce(Reclaimer r, ReclaimerThread[] handles)
    {
        int pending = 0;
        for (int round = 0; round < 64; round++)
        {
            foreach (var h in handles) r.Flush(h);
            pending = 0;
            foreach (var h in handles) pending += h.Pending;
            if (pending == 0) break;
        }
        return pending;
    }

    /// <summary>The pool-level checks after the run: no slot free twice, and as many slots in use as when the structure was empty.</summary>
    internal static string? AuditPool(NodePool pool, int inUseWhenEmpty, int pending)
    {
        if (pending != 0) return $"{pending} retired nodes still pending after the threads stopped and the reclaimer was flushed";
        int inUse = pool.CommittedSlots - pool.AuditFreeSlots();
        return inUse == inUseWhenEmpty ? null : $"{inUse} slots in use after draining, expected {inUseWhenEmpty} (slots lost or freed twice)";
    }

    private const string BoundFailure = "over the reclaimer's bound";

    internal static string? CheckBound(long peak, long bound) =>
        bound >= 0 && peak > bound ? $"limbo reached {peak:N0} nodes, {BoundFailure} of {bound:N0}" : null;

    /// <summary>Count, sum and sum of squares (wrapping) of a multiset of values: equal digests mean nothing was lost or duplicated (up to a collision of all three).</summary>
    internal struct Digest
    {
        public long Count, Sum, Squares;

        public void Add(long v)
        {
            Count++;
            unchecked
            {
                Sum += v;
                Squares += v * v;
            }
        }

        public void Add(Digest d)
        {
            Count += d.Count;
            unchecked
            {
                Sum += d.Sum;
                Squares += d.Squares;
            }
        }

        public readonly bool SameAs(Digest d) => Count == d.Count && Sum == d.Sum && Squares == d.Squares;
        public override readonly string ToString() => $"{Count:N0} values (sum {Sum}, squares {Squares})";
    }
}
