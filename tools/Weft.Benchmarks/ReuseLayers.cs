using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// Where the deferred path of a Treiber push/pop pair (retire, limbo, scan, free, reuse) loses its time on 2 threads
/// (<c>dotnet run -c Release --project tools/Weft.Benchmarks -- reuse-layers [--pairs N] [--rounds R]</c>). Each row is
/// a push/pop pair on one stack shared by the threads, timed by the threads' CPU clocks as in <see cref="CpuTimeLayers"/>
/// (median of the rounds, ratio to <see cref="ConcurrentStack{T}"/>):
/// <list type="bullet">
/// <item>the stack's steps transcribed (no reclaimer brackets), the popped node freed at once into the popper's magazine;</item>
/// <item>the same, the popped node freed only after <c>D</c> more pops of the same thread (a private FIFO delay line, no
/// reclaimer at all): what deferring a free costs by itself, with the slots cycling through a working set of about D
/// nodes per thread instead of one;</item>
/// <item>the real <see cref="TreiberStack"/> under immediate reuse, IBR, DEBRA and DEBRA+.</item>
/// </list>
/// A second, untimed pass of each transcribed row and of an IBR transcription (the reclaimer's Allocate and Retire, so
/// the handles are visible) counts per pair: pops that took the popping thread's own push, allocations of a slot whose
/// previous allocation was by the other thread, allocations of a slot whose 64-byte line of a per-slot long array holds
/// a slot last allocated by the other thread (the line the two cores both write), and the magazine's exchanges with
/// the shared free list and depot (<see cref="NodePool.MagazineCounts"/>).
/// </summary>
public static class ReuseLayers
{
    /// <summary>The command (options and defaults: <see cref="CustomCommands"/>).</summary>
    public static int Run(int pairs, int rounds)
    {
        foreach (int threads in new[] { 1, 2 })
        {
            var rows = Rows(threads);
            var samples = rows.Select(_ => new List<double>()).ToArray();
            foreach (var row in rows) CpuTimeLayers.OnThreads(threads, pairs / 10, row.Body); // warm-up
            for (int round = 0; round < rounds; round++)
                for (int k = 0; k < rows.Count; k++) samples[k].Add(CpuTimeLayers.OnThreads(threads, pairs, rows[k].Body));
            var printable = rows.Select(r => (r.Name, (Action<int>)(_ => { }))).ToList();
            CpuTimePairs.Print($"{threads} thread(s), {pairs:N0} push/pop pairs per thread per round, {rounds} rounds, CPU time per pair per thread", printable, samples);
            Console.WriteLine();
            PrintCounts(threads, pairs);
            Console.WriteLine();
        }
        return 0;
    }

    private static readonly int[] Delays = { 64, 256 };

    private static List<(string Name, Action<int, int> Body)> Rows(int threads)
    {
        var baseline = new ConcurrentStack<long>();
        ReclaimerCostBench.Rig Rig(ReclamationScheme s) => new(s, threads, WeftConfig.Default);
        var rows = new List<(string, Action<int, int>)>
        {
            ("ConcurrentStack<long>", (_, n) => { for (long i = 0; i < n; i++) { baseline.Push(i); baseline.TryPop(out long _); } }),
        };
        var atOnce = new Transcription(Rig(ReclamationScheme.Immediate), 0, null);
        rows.Add(("transcribed, freed at once", atOnce.Pairs));
        foreach (int d in Delays)
        {
            var delayed = new Transcription(Rig(ReclamationScheme.Immediate), d, null);
            rows.Add(($"transcribed, freed after {d} pops (delay line, no reclaimer)", delayed.Pairs));
        }
        foreach (var (scheme, name) in new[] { (ReclamationScheme.Immediate, "immediate reuse"), (ReclamationScheme.Ibr, "IBR"), (ReclamationScheme.Debra, "DEBRA"), (ReclamationScheme.DebraPlus, "DEBRA+") })
        {
            var rig = Rig(scheme);
            rows.Add(($"stack + {name} (full)", (t, n) =>
            {
                var me = rig.Handles[t];
                for (long i = 0; i < n; i++)
                {
                    rig.Stack.Push(me, i);
                    rig.Stack.TryPop(me, out _);
                }
            }));
        }
        return rows;
    }

    /// <summary>The counting pass: each transcribed row once more, untimed, with its counters.</summary>
    private static void PrintCounts(int threads, int pairs)
    {
        Console.WriteLine($"{threads} thread(s), {pairs:N0} pairs per thread, counted per 1,000 pairs (all threads):");
        Console.WriteLine("| row | own pops | slot last allocated by the other thread | slot's line holds the other thread's slot | free-list refills | depot refills | spills | grows | committed slots |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var configs = new List<(string, ReclamationScheme, int)> { ("transcribed, freed at once", ReclamationScheme.Immediate, 0) };
        foreach (int d in Delays) configs.Add(($"transcribed, freed after {d} pops", ReclamationScheme.Immediate, d));
        configs.Add(("transcribed, IBR Allocate and Retire", ReclamationScheme.Ibr, -1));
        configs.Add(("transcribed, DEBRA Allocate and Retire", ReclamationScheme.Debra, -1));
        foreach (var (name, scheme, delay) in configs)
        {
            var rig = new ReclaimerCostBench.Rig(scheme, threads, WeftConfig.Default);
            var counts = new Counts(rig.Pool.Capacity, threads);
            var tr = new Transcription(rig, delay, counts);
            CpuTimeLayers.OnThreads(threads, pairs / 10, tr.Pairs); // the same warm-up as the timed rows
            counts.Reset();
            var before = Enumerable.Range(0, threads).Select(rig.Pool.MagazineCounts).ToArray();
            CpuTimeLayers.OnThreads(threads, pairs, tr.Pairs);
            var after = Enumerable.Range(0, threads).Select(rig.Pool.MagazineCounts).ToArray();
            double per = 1000.0 / ((long)threads * pairs);
            long Sum(Func<MagazineCounters, long> f) => Enumerable.Range(0, threads).Sum(t => f(after[t]) - f(before[t]));
            Console.WriteLine($"| {name} | {counts.OwnPops.Sum() * per:F0} | {counts.ForeignSlot.Sum() * per:F0} | {counts.ForeignLine.Sum() * per:F0} | " +
                $"{Sum(c => c.FreeListRefills) * per:F1} | {Sum(c => c.DepotRefills) * per:F1} | {Sum(c => c.Spills) * per:F1} | {Sum(c => c.Grows) * per:F2} | {rig.Pool.CommittedSlots:N0} |");
        }
    }

    /// <summary>The counters of the counting pass: per thread, plus the thread that last allocated each slot (racy, statistics only).</summary>
    private sealed class Counts(int capacity, int threads)
    {
        public readonly int[] LastAllocatedBy = Enumerable.Repeat(-1, capacity).ToArray();
        public readonly long[] OwnPops = new long[threads], ForeignSlot = new long[threads], ForeignLine = new long[threads];

        public void Reset()
        {
            Array.Clear(OwnPops);
            Array.Clear(ForeignSlot);
            Array.Clear(ForeignLine);
        }

        public void Allocated(int t, long handle)
        {
            int slot = NodePool.IndexOf(handle);
            int last = LastAllocatedBy[slot];
            if (last >= 0 && last != t) ForeignSlot[t]++;
            int line = slot & ~7; // 8 longs to a 64-byte line of _next, _payload and a reclaimer's per-slot eras
            for (int s = line; s < line + 8; s++)
            {
                int by = LastAllocatedBy[s];
                if (s != slot && by >= 0 && by != t)
                {
                    ForeignLine[t]++;
                    break;
                }
            }
            LastAllocatedBy[slot] = t;
        }
    }

    /// <summary>
    /// The stack's push and pop transcribed over a rig's pool and top word (as <see cref="ReclaimerCostBench.BracketPairs"/>,
    /// without brackets): delay 0 frees the popped node at once, delay D after D more pops of the thread, delay -1 hands
    /// allocation and retirement to the rig's reclaimer (inside its brackets).
    /// </summary>
    private sealed class Transcription
    {
        private readonly ReclaimerCostBench.Rig _rig;
        private readonly int _delay;
        private readonly Counts? _counts;
        private readonly long[][] _lines;
        private readonly int[] _heads;

        public Transcription(ReclaimerCostBench.Rig rig, int delay, Counts? counts)
        {
            _rig = rig;
            _delay = delay;
            _counts = counts;
            _lines = Enumerable.Range(0, rig.Handles.Length).Select(_ => new long[Math.Max(delay, 1) + 64]).ToArray();
            _heads = new int[rig.Handles.Length];
        }

        public void Pairs(int t, int n)
        {
            for (long i = 0; i < n; i++)
            {
                Push(t, (long)t << 40 | i);
                Pop(t);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Push(int t, long value)
        {
            var me = _rig.Handles[t];
            long node = _delay < 0 ? _rig.Reclaimer.Allocate(me) : _rig.Pool.Allocate(me.Index);
            _counts?.Allocated(t, node);
            _rig.Pool.SetPayload(node, value);
            for (int failures = 0; ; failures++)
            {
                long top = _rig.Top.Load(MemoryOrder.Acquire);
                _rig.Pool.StoreNext(node, top, MemoryOrder.Relaxed);
                // Winning this CAS publishes node as the new top.
                if (_rig.Top.TryCompareExchange(top, node, MemoryOrder.Release))
                {
                    if (failures != 0) _rig.Backoffs[t].Succeeded();
                    return;
                }
                _rig.Backoffs[t].Wait();
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Pop(int t)
        {
            var me = _rig.Handles[t];
            Reclaimer r = _rig.Reclaimer;
            r.BeginOperation(me);
            try
            {
                for (int failures = 0; ; failures++)
                {
                    long top = r.Protect(me, ref _rig.Top);
                    if (top == NodePool.Null) return;
                    long next = _rig.Pool.LoadNext(top, MemoryOrder.Relaxed);
                    r.Validate(me);
                    // Winning this CAS unlinks top: this thread owns it until it frees or retires it.
                    if (_rig.Top.TryCompareExchange(top, next, MemoryOrder.AcqRel))
                    {
                        long value = _rig.Pool.Payload(top);
                        if (_counts is not null && value >> 40 == t) _counts.OwnPops[t]++;
                        Release(me, t, top);
                        if (failures != 0) _rig.Backoffs[t].Succeeded();
                        return;
                    }
                    _rig.Backoffs[t].Wait();
                }
            }
            finally
            {
                r.EndOperation(me);
            }
        }

        private void Release(ReclaimerThread me, int t, long node)
        {
            if (_delay < 0) _rig.Reclaimer.Retire(me, node);
            else if (_delay == 0) _rig.Pool.FreeLocal(me.Index, node); // at once, as immediate reuse frees
            else
            {
                // A FIFO of _delay nodes: the node popped _delay pops ago leaves it and is freed.
                long[] line = _lines[t];
                int at = _heads[t];
                long old = line[at];
                line[at] = node;
                _heads[t] = at + 1 == _delay ? 0 : at + 1;
                if (old != NodePool.Null) _rig.Pool.Free(me.Index, old);
            }
        }
    }
}
