using Weft.Collections;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The lock-free skiplist (<see cref="LockFreeSkipList{TKey, TComparer}"/>) under the scheduler: controlled threads add, remove and
/// look up keys from a range of two, so that operations collide on the same nodes; towers of at most two levels, the
/// height of each new node a recorded choice of the strategy; tiny reclamation parameters (retire threshold 1, era or
/// epoch every allocation) so that nodes are retired and freed inside short schedules, in a strict pool (every node
/// access must be to a live node: NoUseAfterFree). Every history must be linearizable with respect to
/// <see cref="SetModel"/>, and once all threads are done the structure must be quiescent-shaped (levels sorted, no
/// marked node linked, towers whole: <see cref="LockFreeSkipList{TKey, TComparer}.QuiescentViolation"/>). After every structural
/// step the monitors check that level 0 holds exactly the abstract set (<see cref="SkipListMatchesAbstractMonitor"/>)
/// and that every unmarked upper-level node is on the level below (<see cref="SkipListSublistMonitor"/>).
/// </summary>
public static class SkipListLinearizability
{
    private const int MaxLevel = 2;

    [WeftTest("skiplist/linearizable-ibr", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "three threads add, remove and look up keys 1 and 2 on a lock-free skiplist reclaimed by IBR, strict pool: linearizable, no use-after-free")]
    public static void LinearizableIbr() => ThreeThreads(ReclamationScheme.Ibr);

    [WeftTest("skiplist/linearizable-debra", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the same workload reclaimed by DEBRA, strict pool")]
    public static void LinearizableDebra() => ThreeThreads(ReclamationScheme.Debra);

    [WeftTest("skiplist/linearizable-leak", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the same workload with no reclamation, strict pool")]
    public static void LinearizableLeak() => ThreeThreads(ReclamationScheme.None);

    [WeftTest("skiplist/use-after-free-immediate", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the skiplist freeing retired nodes at once, strict pool: a searcher reads the link of a node another thread freed")]
    public static void UseAfterFreeImmediate() => ThreeThreads(ReclamationScheme.Immediate);

    // The handoff defect: the inserter links the node at level 1 after the remover unlinked and retired it, so a
    // retired node stays linked. The quiescent-shape check sees it at the end of the schedule; the use-after-free it
    // leads to needs a scan that frees the node before any search passes it at level 1 (every search that passes it
    // unlinks it), four threads deep, which the budget's schedules do not reach.

    [WeftTest("skiplist/retire-without-handoff", NegativeControl = true, Budget = 2000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "IBR with the seeded defect 'the remover unlinks and retires the node without the handoff': the inserter links the retired node at level 1, and it stays linked")]
    public static void RetireWithoutHandoff() => AddAgainstRemoveContains(ReclamationScheme.Ibr, SeededBug.SkipListRetireWithoutHandoff);

    [WeftTest("skiplist/contains-ignores-mark", NegativeControl = true, Budget = 2000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "the seeded defect 'Contains takes a node marked at level 0 for a member': a Contains after a completed Remove returns true")]
    public static void ContainsIgnoresMark() => AddAgainstRemoveContains(ReclamationScheme.Ibr, SeededBug.SkipListContainsIgnoresMark);

    [WeftTest("skiplist/upper-level-first", NegativeControl = true, ExpectedMonitor = "SkipListSublistMonitor", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the seeded defect 'Add links the upper levels before level 0': a node is a shortcut on level 1 to a key level 0 does not hold")]
    public static void UpperLevelFirst() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.SkipListUpperLevelFirst);

    [WeftTest("skiplist/unlink-before-mark", NegativeControl = true, ExpectedMonitor = "SkipListMatchesAbstractMonitor", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the seeded defect 'Remove unlinks the victim at level 0 before marking it': the key leaves level 0 before the Remove linearizes")]
    public static void UnlinkBeforeMark() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.SkipListUnlinkBeforeMark);

    [WeftTest("skiplist/link-relaxed-race", NegativeControl = true, ExpectedBug = BugKind.DataRace, Budget = 300, RaceDetector = true,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the seeded defect 'Add publishes the node with a Relaxed level-0 link CAS': a search reads the new node's key unordered with the inserter's write of it")]
    public static void LinkRelaxedRace() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.SkipListLinkRelaxed);

    [WeftTest("skiplist/upper-search-off-by-one", NegativeControl = true, ExpectedMonitor = "SkipListSortedMonitor", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the seeded defect 'the search stops one node early on the upper levels': an Add links a tall node before the node of the key below it")]
    public static void UpperSearchOffByOne() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.SkipListUpperSearchOffByOne);

    [WeftTest("skiplist/contains-ignores-mark-monitor", NegativeControl = true, ExpectedMonitor = "SkipListContainsMonitor", Budget = 2000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the seeded defect 'Contains takes a node marked at level 0 for a member', with the Contains monitor attached: it answers true though the key left the abstract set before the call")]
    public static void ContainsIgnoresMarkMonitor() => AddAgainstRemoveContains(ReclamationScheme.Ibr, SeededBug.SkipListContainsIgnoresMark);

    [WeftTest("skiplist/relink-marked", NegativeControl = true, ExpectedMonitor = "SkipListMarkStableMonitor", Budget = 3000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the seeded defect 'the inserter relinks its node at an upper level over a remover's mark': a marked link becomes unmarked (add against remove+contains, so no search snips the node first)")]
    public static void RelinkMarked() => AddAgainstRemoveContains(ReclamationScheme.Ibr, SeededBug.SkipListRelinkMarked);

    // Small enough for exhaustive DFS with preemption bound 2 (tests/Weft.Tests SkipListTests): one thread adds a key
    // (a tower of one or two levels) while the other removes it and then looks it up.

    [WeftTest("skiplist/dfs-ibr", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "IBR: add against remove+contains of the same key, for exhaustive DFS")]
    public static void DfsIbr() => AddAgainstRemoveContains(ReclamationScheme.Ibr, SeededBug.None);

    [WeftTest("skiplist/dfs-debra", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "DEBRA: add against remove+contains of the same key, for exhaustive DFS")]
    public static void DfsDebra() => AddAgainstRemoveContains(ReclamationScheme.Debra, SeededBug.None);

    [WeftTest("skiplist/map-linearizable-ibr", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "three threads run TryAdd, TryGetValue, TryRemove and AddOrUpdate on keys 1 and 2, IBR, strict pool: linearizable against the map model")]
    public static void MapLinearizableIbr() => SkipListMapWorkloads.Mixed(MapTarget(ReclamationScheme.Ibr, SeededBug.None));

    [WeftTest("skiplist/map-counter-ibr", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "two threads each AddOrUpdate(+1) key 1 twice, IBR: the value ends at 4 and the history is linearizable")]
    public static void MapCounterIbr() => SkipListMapWorkloads.Counter(MapTarget(ReclamationScheme.Ibr, SeededBug.None));

    [WeftTest("skiplist/map-lost-update", NegativeControl = true, Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the seeded defect 'AddOrUpdate stores the new value instead of CASing it': two concurrent updates, one lost")]
    public static void MapLostUpdate() => SkipListMapWorkloads.Counter(MapTarget(ReclamationScheme.Ibr, SeededBug.SkipListUpdateByStore));

    // A search standing on a node that is removed meanwhile, under IBR: the other thread links a successor after it,
    // removes both and frees the successor (born after the searcher's reservation) while the searcher still holds the
    // first node (the workload of skiplist-locked/removed-links-ibr).

    [WeftTest("skiplist/removed-links-ibr", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "IBR: a Contains of key 2 stands on key 1's node while the other thread adds 2, removes 1 and 2 and then adds and removes 3 (a scan that frees key 2's node): the step over key 1's marked node is validated and the search restarts, strict pool")]
    public static void RemovedLinksIbr() => SearchOverRemovedNode(SeededBug.None);

    [WeftTest("skiplist/follows-removed-links-ibr", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "the seeded defect 'Contains steps over a marked node without validating the step': key 1's frozen link names key 2's node, born after the searcher's IBR reservation and freed, and the searcher reads it")]
    public static void FollowsRemovedLinksIbr() => SearchOverRemovedNode(SeededBug.LockFreeSkipListFollowsRemovedLinks);

    /// <summary>
    /// <see cref="SetWorkloads.LookupDuringRemovals"/> looking up key 2 (IBR, a strict pool of 8 towers): stepping over
    /// key 1's marked node to key 2's node without validation reads a freed node.
    /// </summary>
    private static void SearchOverRemovedNode(SeededBug bug) =>
        SetWorkloads.LookupDuringRemovals(Recorded(Build(ReclamationScheme.Ibr, bug, maxThreads: 4, capacity: 8).List), lookedUp: 2);

    private static SkipListMapWorkloads.Target MapTarget(ReclamationScheme scheme, SeededBug bug)
    {
        var (list, _) = Build(scheme, bug, maxThreads: 4, capacity: 16);
        return new SkipListMapWorkloads.Target(list.Reclaimer, list.TryAdd, list.TryGetValue, list.TryRemove, list.AddOrUpdate, list.QuiescentViolation);
    }

    private static (LockFreeSkipList<long, Int64KeyComparer> List, NodePool Pool) Build(ReclamationScheme scheme, SeededBug bug, int maxThreads, int capacity)
    {
        var pool = new NodePool(capacity, tagged: true, threadCaches: maxThreads, strict: true, links: LockFreeSkipList<long, Int64KeyComparer>.LinksPerNode(MaxLevel), payloadWords: LockFreeSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads, TreiberLinearizability.Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(scheme, reclaimer.Config, maxThreads, retiringRegistrations: maxThreads);
        return (new LockFreeSkipList<long, Int64KeyComparer>(reclaimer, MaxLevel), pool);
    }

    private static void ThreeThreads(ReclamationScheme scheme, SeededBug bug = SeededBug.None) =>
        SetWorkloads.ThreeThreadsOnTwoKeys(Recorded(Build(scheme, bug, maxThreads: 4, capacity: 16).List));

    private static void AddAgainstRemoveContains(ReclamationScheme scheme, SeededBug bug)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 3, capacity: 8).List);
        var a = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "add", 1);
        });
        var b = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "remove", 1);
            set.Op(me, "contains", 1);
        });
        a.Join();
        b.Join();
        set.Finish(set.Reclaimer.Register(), 1, 2);
    }

    private static RecordedSet Recorded(LockFreeSkipList<long, Int64KeyComparer> list) =>
        new(list.Reclaimer, list.Add, list.Remove, list.Contains,
            () => list.QuiescentViolation() is { } shape ? "quiescent skiplist: " + shape : null);
}
