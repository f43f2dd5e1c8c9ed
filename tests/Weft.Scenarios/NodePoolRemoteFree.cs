using System.Collections.Generic;
using Weft.Memory;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Slot homes (NodePool.RemoteFree.cs): a free by a thread other than a slot's home goes onto the home's remote-free
/// list (a CAS of its head), and the home takes its whole list back with one exchange when its magazine is empty. Two
/// threads, each with an empty magazine and a run of slots of its own home, allocate and free one of each other's slots
/// in turn, so one thread's pushes race with the other's take of the same list; every load and CAS is a
/// scheduling point. NoDoubleFreeMonitor sees every hand-out (a slot handed out while still allocated is a failure); at
/// the end no slot may have been handed to both threads, a thread may not have been handed a slot it freed to the
/// other's home (frees go home), and no slot may be lost.
/// </summary>
public static class NodePoolRemoteFree
{
    /// <summary>Slots each thread frees to the other's home.</summary>
    private const int Exchanged = 3;

    [WeftTest("pool/remote-free", Budget = 200, Monitors = new[] { typeof(NoDoubleFreeMonitor) },
        Description = "two threads free each other's slots to their homes' remote-free lists while each takes its own list back: no slot handed out twice, none kept by the wrong thread, none lost")]
    public static void RemoteFree() => CrossFrees(SeededBug.None);

    [WeftTest("pool/remote-free-link-after-publish", NegativeControl = true, ExpectedBug = BugKind.Assertion, ExpectedMonitor = "NoDoubleFreeMonitor",
        Budget = 200, Monitors = new[] { typeof(NoDoubleFreeMonitor) },
        Description = "the seeded defect 'a remote free publishes the slot on its home's list before linking it': the home's take follows a stale link to a slot still allocated")]
    public static void RemoteFreeLinkAfterPublish() => CrossFrees(SeededBug.NodePoolRemoteLinkAfterPublish);

    private static void CrossFrees(SeededBug bug)
    {
        // 2,048 slots for 2 magazines: the smallest pool whose refills take runs (and whose slots get homes); 128 at
        // first, so each thread's first refill takes one run of its own home and empties the free list.
        var pool = new NodePool(8 * 2 * NodePool.CacheSize, tagged: true, threadCaches: 2, initialSlots: 2 * NodePool.BatchSize, slotHomes: true);
        // The pool's seeded defects are switched on by the reclaimer that owns it (as for NodePoolRunPlainStore).
        _ = Reclaimer.Create(ReclamationScheme.Immediate, pool, 2, WeftConfig.Default with { SeededBug = bug });
        // Each thread's whole first run, taken before the threads start: both magazines are empty, the free list too.
        var own = new long[2][];
        for (int t = 0; t < 2; t++)
        {
            own[t] = new long[NodePool.BatchSize];
            for (int i = 0; i < own[t].Length; i++) own[t][i] = pool.Allocate(t);
        }
        var again = new long[2][];
        var a = WeftThread.Start(() => again[0] = FreeTheOthersAndAllocate(pool, 0, own[1]));
        var b = WeftThread.Start(() => again[1] = FreeTheOthersAndAllocate(pool, 1, own[0]));
        a.Join();
        b.Join();
        var seen = new HashSet<int>();
        for (int t = 0; t < 2; t++)
        {
            for (int i = Exchanged; i < own[t].Length; i++) seen.Add(NodePool.IndexOf(own[t][i])); // still allocated
            foreach (long h in again[t])
            {
                int slot = NodePool.IndexOf(h);
                Checker.Assert(seen.Add(slot), $"slot {slot} was handed out twice");
                for (int i = 0; i < Exchanged; i++)
                    Checker.Assert(NodePool.IndexOf(own[1 - t][i]) != slot, $"thread {t} was handed slot {slot}, which it freed to thread {1 - t}'s home");
            }
        }
        Checker.Assert(pool.AuditFreeSlots() == pool.CommittedSlots - seen.Count, "a slot freed to a home was lost");
    }

    /// <summary>
    /// Allocates and frees one of the first <see cref="Exchanged"/> of the other thread's slots (to the other's home) in
    /// turn: while its magazine stays empty, each allocation takes the thread's own remote-free list, which the other
    /// thread is pushing onto.
    /// </summary>
    private static long[] FreeTheOthersAndAllocate(NodePool pool, int thread, long[] others)
    {
        var handles = new long[Exchanged];
        for (int i = 0; i < Exchanged; i++)
        {
            handles[i] = pool.Allocate(thread);
            pool.Free(thread, others[i]);
        }
        return handles;
    }
}
