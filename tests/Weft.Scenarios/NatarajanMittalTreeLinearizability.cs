using Weft.Collections;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The Natarajan-Mittal tree (<see cref="NatarajanMittalTree{TKey, TComparer}"/>) under the scheduler: controlled
/// threads add, remove and look up keys 1 to 3 in a tree that starts with keys 1 and 2 (two sibling leaves under one
/// internal node), so that removals and inserts collide on the same parent and sibling edges; tiny reclamation
/// parameters (retire threshold 1, era or epoch every allocation) so that spliced-out nodes are retired and freed
/// inside short schedules, in a strict pool (every node access must be to a live node: NoUseAfterFree). Every history
/// must be linearizable with respect to <see cref="SetModel"/>, and once all threads are done the tree must be
/// quiescent-shaped (<see cref="NatarajanMittalTree{TKey, TComparer}.QuiescentViolation"/>). After every structural
/// step the monitors check the search-tree order (<see cref="NmTreeOrderMonitor"/>), that the reachable leaves are the
/// abstract set (<see cref="NmTreeMatchesAbstractMonitor"/>) and that flagged and tagged edges stay frozen
/// (<see cref="NmTreeEdgesFrozenMonitor"/>).
/// </summary>
public static class NatarajanMittalTreeLinearizability
{
    [WeftTest("nmtree/linearizable-ibr", Budget = 300,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "three threads add, remove and look up keys 1 to 3 on a Natarajan-Mittal tree holding 1 and 2, reclaimed by IBR, strict pool: linearizable, no use-after-free")]
    public static void LinearizableIbr() => ThreeThreads(ReclamationScheme.Ibr);

    [WeftTest("nmtree/linearizable-debra", Budget = 300,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "the same workload reclaimed by DEBRA, strict pool")]
    public static void LinearizableDebra() => ThreeThreads(ReclamationScheme.Debra);

    [WeftTest("nmtree/linearizable-leak", Budget = 300,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "the same workload with no reclamation, strict pool")]
    public static void LinearizableLeak() => ThreeThreads(ReclamationScheme.None);

    [WeftTest("nmtree/use-after-free-immediate", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "the tree freeing spliced-out nodes at once, strict pool: a seek reads an edge of a node another thread freed")]
    public static void UseAfterFreeImmediate() => ThreeThreads(ReclamationScheme.Immediate);

    [WeftTest("nmtree/remove-without-tag", NegativeControl = true, ExpectedMonitor = "NmTreeMatchesAbstractMonitor", Budget = 1000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "the seeded defect 'removal splices without tagging the sibling edge': an insert of 3 under the sibling of the removed 1 is lost")]
    public static void RemoveWithoutTag() => RemoveAgainstAdd(ReclamationScheme.Ibr, SeededBug.NmTreeRemoveWithoutTag);

    [WeftTest("nmtree/routing-key-min", NegativeControl = true, ExpectedMonitor = "NmTreeOrderMonitor", Budget = 300,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "the seeded defect 'an insert routes by the smaller key': the left leaf is off its search path")]
    public static void RoutingKeyMin() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.NmTreeRoutingKeyMin);

    [WeftTest("nmtree/splice-drops-flag", NegativeControl = true, ExpectedMonitor = "NmTreeEdgesFrozenMonitor", Budget = 1000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "the seeded defect 'a splice lifts the sibling without its flag': removals of the sibling leaves 1 and 2 race, and the lifted leaf shows clean while its removal is pending")]
    public static void SpliceDropsFlag() => RemoveAgainstRemove(ReclamationScheme.Ibr, SeededBug.NmTreeSpliceDropsFlag);

    [WeftTest("nmtree/deep-ibr", Budget = 300,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "IBR: two threads each add, remove and look up 30 keys drawn from 0..11 (fixed draws), strict pool: no use-after-free in deep trees, where seeks pass removed nodes")]
    public static void DeepIbr() => Deep(ReclamationScheme.Ibr, SeededBug.None);

    [WeftTest("nmtree/seek-without-validation", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 3000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "the seeded defect 'the seek follows frozen edges unvalidated, as in the paper': in the tree {1, 2} a lookup of 3 waits at the internal node while another thread adds 3 (a new internal node under it), removes 1 and 2 and adds and removes 1 again, then follows the removed node's tagged edge to the freed new node")]
    public static void SeekWithoutValidation() => LookupAgainstRemovals(ReclamationScheme.Ibr, SeededBug.NmTreeSeekWithoutValidation);

    [WeftTest("nmtree/lookup-against-removals-ibr", Budget = 1000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "IBR: the workload of nmtree/seek-without-validation with the validated seek: linearizable, no use-after-free")]
    public static void LookupAgainstRemovalsIbr() => LookupAgainstRemovals(ReclamationScheme.Ibr, SeededBug.None);

    // Small enough for exhaustive DFS with preemption bound 2 (tests/Weft.Tests NatarajanMittalTreeTests): in the tree
    // {1, 2}, one thread removes 1 while the other adds 3 under 1's sibling and looks it up.

    [WeftTest("nmtree/dfs-ibr", Budget = 1000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "IBR: remove 1 against add 3 + contains 3 in the tree {1, 2}, for exhaustive DFS")]
    public static void DfsIbr() => RemoveAgainstAdd(ReclamationScheme.Ibr, SeededBug.None);

    [WeftTest("nmtree/dfs-debra", Budget = 1000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "DEBRA: remove 1 against add 3 + contains 3 in the tree {1, 2}, for exhaustive DFS")]
    public static void DfsDebra() => RemoveAgainstAdd(ReclamationScheme.Debra, SeededBug.None);

    [WeftTest("nmtree/dfs-remove-remove-ibr", Budget = 1000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) },
        Description = "IBR: removals of the sibling leaves 1 and 2 race (each helps the other's cleanup), for exhaustive DFS")]
    public static void DfsRemoveRemoveIbr() => RemoveAgainstRemove(ReclamationScheme.Ibr, SeededBug.None);

    private static NatarajanMittalTree<long, Int64KeyComparer> Build(ReclamationScheme scheme, SeededBug bug, int maxThreads, int capacity)
    {
        var pool = new NodePool(capacity, tagged: true, threadCaches: maxThreads, strict: true,
            links: NatarajanMittalTree<long, Int64KeyComparer>.LinksPerNode, payloadWords: NatarajanMittalTree<long, Int64KeyComparer>.PayloadWordsPerNode);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads, TreiberLinearizability.Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(scheme, reclaimer.Config, maxThreads, retiringRegistrations: maxThreads);
        return new NatarajanMittalTree<long, Int64KeyComparer>(reclaimer);
    }

    /// <summary>The tree {1, 2}, the two adds recorded in the history (the set model starts empty).</summary>
    private static void Prefill(RecordedSet set)
    {
        var setup = set.Reclaimer.Register();
        set.Op(setup, "add", 1);
        set.Op(setup, "add", 2);
        set.Reclaimer.Unregister(setup);
    }

    private static void ThreeThreads(ReclamationScheme scheme, SeededBug bug = SeededBug.None)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 5, capacity: 32));
        Prefill(set);
        SetWorkloads.Concurrently(set, [1, 2, 3],
            [("add", 3), ("remove", 1), ("contains", 2)],
            [("remove", 2), ("add", 1), ("contains", 3)],
            [("contains", 1), ("remove", 3), ("add", 2)]);
    }

    private static void RemoveAgainstAdd(ReclamationScheme scheme, SeededBug bug)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 4, capacity: 16));
        Prefill(set);
        var a = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "remove", 1);
        });
        var b = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "add", 3);
            set.Op(me, "contains", 3);
        });
        a.Join();
        b.Join();
        set.Finish(set.Reclaimer.Register(), 1, 2, 3);
    }

    private static void RemoveAgainstRemove(ReclamationScheme scheme, SeededBug bug)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 4, capacity: 16));
        Prefill(set);
        var a = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "remove", 1);
        });
        var b = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "remove", 2);
        });
        a.Join();
        b.Join();
        set.Finish(set.Reclaimer.Register(), 1, 2, 3);
    }

    /// <summary>Two threads, 30 operations each on keys 0 to 11 (fixed draws), so that trees grow deep and seeks meet
    /// chains of removed nodes; checks the quiescent shape (the histories are too long for the linearizability check).</summary>
    private static void Deep(ReclamationScheme scheme, SeededBug bug)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 3, capacity: 96));
        var threads = new WeftThread[2];
        for (int i = 0; i < threads.Length; i++)
        {
            int seed = i + 2;
            threads[i] = WeftThread.Start(() =>
            {
                var me = set.Reclaimer.Register();
                var draws = new System.Random(seed);
                for (int op = 0; op < 30; op++)
                {
                    long key = draws.Next(12);
                    int kind = draws.Next(3);
                    set.Op(me, kind == 0 ? "add" : kind == 1 ? "remove" : "contains", key);
                }
            });
        }
        foreach (var thread in threads) thread.Join();
        set.AssertQuiescent();
    }

    /// <summary>
    /// In the tree {1, 2} (one internal node I over leaves 1 and 2), one thread looks 3 up while the other adds 3 (a new
    /// internal node C over 2 and 3 replaces I's right edge), removes 1 (I is spliced out, its edge to C tagged) and
    /// removes 2 (C is spliced out and retired), then adds and removes 1 (the scan of that removal, outside the
    /// operation that retired C, frees C). A lookup that read I before C was born and reads I's frozen edge after C was
    /// freed steps onto a freed node unless its seek is validated.
    /// </summary>
    private static void LookupAgainstRemovals(ReclamationScheme scheme, SeededBug bug)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 4, capacity: 16));
        Prefill(set);
        var reader = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "contains", 3);
        });
        var writer = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "add", 3);
            set.Op(me, "remove", 1);
            set.Op(me, "remove", 2);
            set.Op(me, "add", 1); // moves the era past C's retirement, so that the next scan frees C
            set.Op(me, "remove", 1);
        });
        reader.Join();
        writer.Join();
        set.Finish(set.Reclaimer.Register(), 1, 2, 3);
    }

    private static RecordedSet Recorded(NatarajanMittalTree<long, Int64KeyComparer> tree) =>
        new(tree.Reclaimer, (me, key) => tree.TryAdd(me, key), tree.TryRemove, tree.ContainsKey,
            () => tree.QuiescentViolation() is { } shape ? "quiescent tree: " + shape : null);
}
