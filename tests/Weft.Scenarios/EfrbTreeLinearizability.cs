using Weft.Collections;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The EFRB tree (<see cref="EfrbTree{TKey, TValue, TComparer}"/>) under the scheduler: two or three controlled
/// threads add, remove and look up keys from a range of three, so that inserts and deletes collide on the same
/// parent and grandparent and meet each other's flags and marks (helping); tiny reclamation parameters (retire
/// threshold 1, era or epoch every allocation) so that nodes and info records are retired and freed inside short
/// schedules, in a strict pool (every access must be to a live slot: NoUseAfterFree). Every history must be
/// linearizable with respect to <see cref="SetModel"/>, and once all threads are done the tree must be quiescent-shaped
/// (every update field Clean, leaves in order). After every winning CAS the monitors check the search-tree order
/// (<see cref="EfrbSearchTreeOrderMonitor"/>), that the reachable leaves are the abstract set
/// (<see cref="EfrbMatchesAbstractMonitor"/>), that a child CAS runs only for a current info record
/// (<see cref="EfrbInfoCurrentMonitor"/>) and that a mark is final (<see cref="EfrbMarkFinalMonitor"/>). The protocol
/// monitors (a current record, a final mark) are listed first: a step that breaks the protocol is reported as that,
/// before the lost or misplaced key it leads to.
/// </summary>
public static class EfrbTreeLinearizability
{
    [WeftTest("efrb/linearizable-ibr", Budget = 300,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "three threads add, remove and look up keys 1 to 3 on an EFRB tree reclaimed by IBR, strict pool: linearizable, no use-after-free")]
    public static void LinearizableIbr() => ThreeThreads(ReclamationScheme.Ibr);

    [WeftTest("efrb/linearizable-debra", Budget = 300,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "the same workload reclaimed by DEBRA, strict pool")]
    public static void LinearizableDebra() => ThreeThreads(ReclamationScheme.Debra);

    [WeftTest("efrb/linearizable-leak", Budget = 300,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "the same workload with no reclamation, strict pool")]
    public static void LinearizableLeak() => ThreeThreads(ReclamationScheme.None);

    [WeftTest("efrb/use-after-free-immediate", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "the EFRB tree freeing retired nodes and records at once, strict pool: a searcher or helper reads a node or record another thread freed")]
    public static void UseAfterFreeImmediate() => ThreeThreads(ReclamationScheme.Immediate);

    [WeftTest("efrb/no-mark-step", NegativeControl = true, ExpectedMonitor = "EfrbMatchesAbstractMonitor", Budget = 1000,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "the seeded defect 'a delete unlinks the parent without marking it': an insert below the parent is lost with it, or the deleted leaf stays")]
    public static void NoMarkStep() => InsertAgainstDelete(ReclamationScheme.None, SeededBug.EfrbNoMarkStep);

    [WeftTest("efrb/help-reexecutes-finished", NegativeControl = true, ExpectedMonitor = "EfrbInfoCurrentMonitor", Budget = 2000,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "the seeded defect 'a helper's child CAS expects the current child, not the recorded one': a helper that read a flag before the delete finished re-executes it over a later insert")]
    public static void HelpReexecutesFinished() => StaleHelper(ReclamationScheme.None, SeededBug.EfrbHelpReexecutesFinished);

    [WeftTest("efrb/insert-keys-by-minimum", NegativeControl = true, ExpectedMonitor = "EfrbSearchTreeOrderMonitor", Budget = 300,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "the seeded defect 'an insert keys its new internal node by the smaller leaf': that leaf lies left of its own key")]
    public static void InsertKeysByMinimum() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.EfrbInsertKeysByMinimum);

    [WeftTest("efrb/unmark-removed-parent", NegativeControl = true, ExpectedMonitor = "EfrbMarkFinalMonitor", Budget = 300,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "the seeded defect 'the finished delete sets the removed parent's update field back to Clean': a marked node is unmarked")]
    public static void UnmarkRemovedParent() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.EfrbUnmarkRemovedParent);

    // Small enough for exhaustive DFS with preemption bound 2 (tests/Weft.Tests EfrbTreeTests): key 1 is in the tree;
    // one thread inserts key 2 below the same parent while the other deletes key 1 and then looks key 2 up.

    [WeftTest("efrb/dfs-ibr", Budget = 1000,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "IBR: insert against delete of a sibling key, for exhaustive DFS")]
    public static void DfsIbr() => InsertAgainstDelete(ReclamationScheme.Ibr, SeededBug.None);

    [WeftTest("efrb/stale-helper-ibr", Budget = 1000,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "IBR: a delete followed by an insert against an insert that helps the delete, the correct twin of efrb/help-reexecutes-finished")]
    public static void StaleHelperIbr() => StaleHelper(ReclamationScheme.Ibr, SeededBug.None);

    // Deeper trees: a search that waits on a node while the subtree below it is rebuilt and reclaimed. Under IBR a
    // child read from a node that has since left the tree can be younger than the waiting thread's reservation and
    // already freed; the validated search (EfrbTree.TryChild) restarts instead of following it.

    [WeftTest("efrb/deep-ibr", Budget = 300,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "IBR: two threads each add and remove 30 keys drawn from 0..11 (fixed draws), strict pool: no use-after-free in deep trees")]
    public static void DeepIbr() => Deep(ReclamationScheme.Ibr, SeededBug.None);

    [WeftTest("efrb/search-without-validation", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) },
        Description = "the seeded defect 'the search follows child pointers unvalidated, as in the paper': under IBR a waiting search follows a removed node's pointer to a freed node")]
    public static void SearchWithoutValidation() => Deep(ReclamationScheme.Ibr, SeededBug.EfrbSearchWithoutValidation);

    private static void Deep(ReclamationScheme scheme, SeededBug bug)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 3, capacity: 160));
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
                    set.Op(me, draws.Next(2) == 0 ? "add" : "remove", key);
                }
            });
        }
        foreach (var thread in threads) thread.Join();
        set.AssertQuiescent();
    }

    private static EfrbTree<long, long, Int64KeyComparer> Build(ReclamationScheme scheme, SeededBug bug, int maxThreads, int capacity)
    {
        var pool = new NodePool(capacity, tagged: true, threadCaches: maxThreads, strict: true,
            links: EfrbTree<long, long, Int64KeyComparer>.LinksPerNode, payloadWords: EfrbTree<long, long, Int64KeyComparer>.PayloadWordsPerNode);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads, TreiberLinearizability.Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(scheme, reclaimer.Config, maxThreads, retiringRegistrations: maxThreads);
        return new EfrbTree<long, long, Int64KeyComparer>(reclaimer);
    }

    private static void ThreeThreads(ReclamationScheme scheme, SeededBug bug = SeededBug.None)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 4, capacity: 64));
        SetWorkloads.Concurrently(set, [1, 2, 3],
            [("add", 1), ("remove", 2), ("contains", 1)],
            [("add", 2), ("remove", 1), ("add", 3)],
            [("contains", 2), ("remove", 1), ("add", 1)]);
    }

    private static void InsertAgainstDelete(ReclamationScheme scheme, SeededBug bug)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 3, capacity: 24));
        var main = set.Reclaimer.Register();
        set.Op(main, "add", 1);
        var a = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "add", 2);
        });
        var b = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "remove", 1);
            set.Op(me, "contains", 2);
        });
        a.Join();
        b.Join();
        set.Finish(main, 1, 2);
    }

    private static void StaleHelper(ReclamationScheme scheme, SeededBug bug)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 3, capacity: 32));
        var main = set.Reclaimer.Register();
        set.Op(main, "add", 1);
        var a = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "remove", 1);
            set.Op(me, "add", 3);
        });
        var b = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "add", 2);
        });
        a.Join();
        b.Join();
        set.Finish(main, 1, 2, 3);
    }

    /// <summary>The tree as a recorded set (an added key's value is ten times the key).</summary>
    private static RecordedSet Recorded(EfrbTree<long, long, Int64KeyComparer> tree) =>
        new(tree.Reclaimer, (me, key) => tree.TryAdd(me, key, key * 10), tree.TryRemove, tree.ContainsKey,
            () => tree.QuiescentViolation() is { } shape ? "quiescent EFRB tree: " + shape : null);
}
