using System;
using Weft.Collections;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The stress run's set workload: each thread adds, removes and looks up random keys of a shared range of 512; each
/// key's final membership must equal its successful adds minus its successful removes.
/// </summary>
internal static class SetStress
{
    private const int KeyRange = 512;

    /// <summary>A set under test, seen through its operations.</summary>
    public sealed record Set(Reclaimer Reclaimer, Func<ReclaimerThread, long, bool> Add, Func<ReclaimerThread, long, bool> Remove, Func<ReclaimerThread, long, bool> Contains);

    public static Set Of(LockFreeSkipList<long, Int64KeyComparer> s) => new(s.Reclaimer, (t, k) => s.Add(t, k), (t, k) => s.Remove(t, k), s.Contains);
    public static Set Of(LockedSkipList<long, Int64KeyComparer> s) => new(s.Reclaimer, (t, k) => s.Add(t, k), (t, k) => s.Remove(t, k), s.Contains);
    public static Set Of(NatarajanMittalTree<long, Int64KeyComparer> s) => new(s.Reclaimer, (t, k) => s.TryAdd(t, k), s.TryRemove, s.ContainsKey);
    public static Set Of(EfrbTree<long, long, Int64KeyComparer> s) => new(s.Reclaimer, (t, k) => s.TryAdd(t, k, k), s.TryRemove, s.ContainsKey);

    public static (StressReport, string?) Run(Set set, TimeSpan duration, int nodesPerKey)
    {
        var r = set.Reclaimer;
        var handles = new[] { r.Register(), r.Register() };
        int inUseWhenEmpty = r.Pool.CommittedSlots - r.Pool.AuditFreeSlots();
        var net = new long[2][] { new long[KeyRange], new long[KeyRange] };
        var peak = new long[2];
        var ops = new long[2];
        string? failure = StressRun.OnThreads(duration, (t, running) =>
        {
            var me = handles[t];
            var rng = new Random(t + 1);
            while (running())
            {
                for (int i = 0; i < 64; i++)
                {
                    long key = rng.Next(KeyRange);
                    int op = rng.Next(4);
                    if (op == 0 && set.Add(me, key)) net[t][key]++;
                    else if (op == 1 && set.Remove(me, key)) net[t][key]--;
                    else if (op >= 2) set.Contains(me, key);
                }
                ops[t] += 64;
                peak[t] = Math.Max(peak[t], me.Pending);
            }
        });
        for (long key = 0; key < KeyRange && failure is null; key++)
        {
            long expected = net[0][key] + net[1][key];
            bool present = set.Contains(handles[0], key);
            if (expected != (present ? 1 : 0)) failure = $"key {key}: {expected} net successful adds, but the set {(present ? "contains" : "lacks")} it";
            if (present) set.Remove(handles[0], key); // drain
        }
        return StressRun.Finish(r, handles, (long)KeyRange * nodesPerKey, retiresPerOp: nodesPerKey, ops, peak, inUseWhenEmpty, failure);
    }
}
