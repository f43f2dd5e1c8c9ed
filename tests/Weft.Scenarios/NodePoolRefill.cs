using System.Collections.Generic;
using Weft.Memory;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// A large pool's magazine refills take a run of <see cref="NodePool.BatchSize"/> slots off the shared free list in
/// one CAS, after walking the run's links (NodePool.FreeLists.cs, TryPopRun). Two threads each take two runs (the
/// second from a chunk one of them adds while the other may be walking) and free what they took; every load of a walk
/// is a scheduling point. NoDoubleFreeMonitor sees every allocation (a slot handed out while it is still allocated is a
/// failure), and at the end no slot may have gone to both threads (a slot one thread freed before the other was handed
/// it passes the monitor but not this check) or been lost.
/// </summary>
public static class NodePoolRefill
{
    private const int PerThread = NodePool.BatchSize + 2; // a run, then a second refill

    [WeftTest("pool/run-refill", Budget = 200, Monitors = new[] { typeof(NoDoubleFreeMonitor) },
        Description = "two magazines refilling runs of slots off a growing free list: no slot handed out twice or lost")]
    public static void RunRefill() => TwoRefillers(SeededBug.None);

    [WeftTest("pool/run-refill-plain-store", NegativeControl = true, ExpectedBug = BugKind.Assertion, Budget = 200,
        Monitors = new[] { typeof(NoDoubleFreeMonitor) },
        Description = "the seeded defect 'a run refill publishes the new free-list head with a plain store instead of the CAS': two refillers take the same run")]
    public static void RunRefillPlainStore() => TwoRefillers(SeededBug.NodePoolRunPlainStore);

    private static void TwoRefillers(SeededBug bug)
    {
        // 2,048 slots for 2 magazines: the smallest pool whose refills take runs; 128 at first, so the second runs come
        // from a chunk added while the other thread may be walking or taking its own run.
        var pool = new NodePool(8 * 2 * NodePool.CacheSize, tagged: true, threadCaches: 2, initialSlots: 2 * NodePool.BatchSize);
        // The pool's seeded defects are switched on by the reclaimer that owns it (as for NodePoolSharedMagazine).
        _ = Reclaimer.Create(ReclamationScheme.Immediate, pool, 2, WeftConfig.Default with { SeededBug = bug });
        var taken = new long[2][];
        var a = WeftThread.Start(() => taken[0] = TakeAndFree(pool, 0));
        var b = WeftThread.Start(() => taken[1] = TakeAndFree(pool, 1));
        a.Join();
        b.Join();
        var seen = new HashSet<int>();
        foreach (var handles in taken)
            foreach (long h in handles) Checker.Assert(seen.Add(NodePool.IndexOf(h)), $"slot {NodePool.IndexOf(h)} was handed to both threads");
        Checker.Assert(pool.AuditFreeSlots() == pool.CommittedSlots, "a slot taken in a run was lost");
    }

    private static long[] TakeAndFree(NodePool pool, int thread)
    {
        var handles = new long[PerThread];
        for (int i = 0; i < PerThread; i++) handles[i] = pool.Allocate(thread);
        foreach (long h in handles) pool.Free(thread, h);
        return handles;
    }
}
