using System;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The stress run's Treiber stack workload: each thread pushes bursts of up to 8 unique values and pops as many; with
/// <c>elimination</c>, the stack has an <see cref="EliminationArray"/> (one slot), so a lost CAS on the top offers or
/// takes a value there and an exchanged push frees its unpublished node (the pool audit counts it).
/// </summary>
internal static class StackStress
{
    private const int Burst = 8;

    public static (StressReport, string?) Run(WeftConfig config, TimeSpan duration, bool elimination = false)
    {
        var stack = elimination ? WithElimination(config) : TreiberStack.WithDefaults(2, config);
        var r = stack.Reclaimer;
        var handles = new[] { r.Register(), r.Register() };
        int inUseWhenEmpty = r.Pool.CommittedSlots - r.Pool.AuditFreeSlots();
        var pushed = new StressRun.Digest[2];
        var popped = new StressRun.Digest[2];
        var peak = new long[2];
        var ops = new long[2];
        string? failure = StressRun.OnThreads(duration, (t, running) =>
        {
            var me = handles[t];
            long seq = 0;
            var rng = new Random(t + 1);
            while (running())
            {
                int n = rng.Next(1, Burst + 1);
                for (int i = 0; i < n; i++)
                {
                    long v = ((long)(t + 1) << 40) | seq++;
                    stack.Push(me, v);
                    pushed[t].Add(v);
                }
                for (int i = 0; i < n; i++)
                    if (stack.TryPop(me, out long v)) popped[t].Add(v);
                ops[t] += 2 * n;
                peak[t] = Math.Max(peak[t], me.Pending);
            }
        });
        var all = new StressRun.Digest();
        all.Add(popped[0]);
        all.Add(popped[1]);
        while (stack.TryPop(handles[0], out long rest)) all.Add(rest);
        var expected = new StressRun.Digest();
        expected.Add(pushed[0]);
        expected.Add(pushed[1]);
        failure ??= all.SameAs(expected) ? null : $"popped {all}, pushed {expected}";
        return StressRun.Finish(r, handles, 2 * Burst, retiresPerOp: 1, ops, peak, inUseWhenEmpty, failure);
    }

    /// <summary>A stack as <see cref="TreiberStack.WithDefaults"/> builds it, plus an elimination array of its own.</summary>
    private static TreiberStack WithElimination(WeftConfig config)
    {
        var pool = new NodePool(config.PoolCapacity, tagged: true, threadCaches: 2, capacitySetting: NodePool.WeftConfigPoolCapacitySetting,
            initialSlots: NodePool.InitialSlotsFor(config.PoolCapacity));
        var reclaimer = Reclaimer.Create(config.Reclamation, pool, 2, config);
        return new TreiberStack(reclaimer, new EliminationArray(reclaimer));
    }
}
