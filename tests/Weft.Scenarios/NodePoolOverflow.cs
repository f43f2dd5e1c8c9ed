using System.Collections.Generic;
using Weft.Memory;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Overflow batches (NodePool.Overflow.cs): with slot homes a full magazine spills its own slots onto its thread's
/// overflow stack, which only the owner takes until the pool is at its capacity; then another thread's refill moves the
/// batches to the depot before it reports exhaustion. A fixed pool, every slot taken by thread 0 and two of its batches
/// spilled onto its overflow stack, its magazine emptied again: thread 0 reloads from its overflow stack while thread 1,
/// with nothing of its own and the pool at its capacity, moves the same stack's batches to the depot and takes one.
/// Every load and CAS is a scheduling point. NoDoubleFreeMonitor sees every hand-out (a slot handed out while still
/// allocated is a failure); at the end no slot may have gone to both threads and none may be lost.
/// </summary>
public static class NodePoolOverflow
{
    /// <summary>Slots each thread allocates while the two race for the overflow stack.</summary>
    private const int Taken = 2;

    [WeftTest("pool/overflow-at-capacity", Budget = 200, Monitors = new[] { typeof(NoDoubleFreeMonitor) },
        Description = "at the pool's capacity a thread with nothing of its own takes another thread's overflow batches while the owner reloads from them: no exhaustion, no slot handed out twice, none lost")]
    public static void OverflowAtCapacity() => OwnerAndTaker(SeededBug.None);

    [WeftTest("pool/overflow-at-capacity-plain-store", NegativeControl = true, ExpectedBug = BugKind.Assertion, Budget = 200,
        Monitors = new[] { typeof(NoDoubleFreeMonitor) },
        Description = "the seeded defect 'a pop of an overflow batch stores the new head instead of the CAS': the owner and a thread at the capacity take the same batch")]
    public static void OverflowAtCapacityPlainStore() => OwnerAndTaker(SeededBug.NodePoolOverflowPopPlainStore);

    private static void OwnerAndTaker(SeededBug bug)
    {
        // 2,048 slots for 2 magazines, all committed at once: the smallest pool whose slots get homes, at its capacity
        // as soon as thread 0 has taken them all.
        int capacity = 16 * 2 * NodePool.BatchSize;
        var pool = new NodePool(capacity, tagged: true, threadCaches: 2, slotHomes: true);
        // The pool's seeded defects are switched on by the reclaimer that owns it (as for NodePoolRunPlainStore).
        _ = Reclaimer.Create(ReclamationScheme.Immediate, pool, 2, WeftConfig.Default with { SeededBug = bug });
        var all = new long[capacity];
        for (int i = 0; i < capacity; i++) all[i] = pool.Allocate(0);
        // Thread 0 frees a magazine and two batches more (two spills onto its overflow stack), then takes its full
        // magazine back: its magazine is empty, its overflow stack holds two batches, nothing is shared.
        int freed = NodePool.CacheSize + 2 * NodePool.BatchSize;
        for (int i = 0; i < freed; i++) pool.Free(0, all[i]);
        for (int i = 0; i < NodePool.CacheSize; i++) all[i] = pool.Allocate(0);
        Checker.Assert(pool.MagazineCounts(0).Spills == 2 && pool.AuditFreeSlots() == 2 * NodePool.BatchSize, "the setup did not leave two overflow batches");
        var taken = new long[2][];
        var a = WeftThread.Start(() => taken[0] = AllocateSome(pool, 0));
        var b = WeftThread.Start(() => taken[1] = AllocateSome(pool, 1));
        a.Join();
        b.Join();
        var seen = new HashSet<int>();
        for (int i = 0; i < capacity; i++)
            if (i < NodePool.CacheSize || i >= freed) seen.Add(NodePool.IndexOf(all[i])); // still allocated
        foreach (var handles in taken)
            foreach (long h in handles) Checker.Assert(seen.Add(NodePool.IndexOf(h)), $"slot {NodePool.IndexOf(h)} was handed to both threads");
        Checker.Assert(pool.AuditFreeSlots() == pool.CommittedSlots - seen.Count, "a slot of an overflow batch was lost");
    }

    private static long[] AllocateSome(NodePool pool, int thread)
    {
        var handles = new long[Taken];
        for (int i = 0; i < Taken; i++) handles[i] = pool.Allocate(thread);
        return handles;
    }
}
