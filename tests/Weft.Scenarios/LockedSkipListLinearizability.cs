using Weft.Collections;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The locked (lazy) skiplist (<see cref="LockedSkipList{TKey, TComparer}"/>) under the scheduler: controlled threads add, remove and
/// look up keys from a small range so that operations collide on the same nodes and node locks; every lock is a
/// <see cref="WeftLock"/>, so each acquisition is a scheduling point and blocking on a held lock is modelled (a
/// cycle of waiting threads is reported as a deadlock). Towers of at most two levels, the height of each new node a
/// recorded choice; tiny reclamation parameters (retire threshold 1, era or epoch every allocation) in a strict pool
/// (NoUseAfterFree). Every history must be linearizable with respect to <see cref="SetModel"/>; once the threads are
/// done the structure must be quiescent-shaped (<see cref="LockedSkipList{TKey, TComparer}.QuiescentViolation"/>) with every node lock
/// free (released on every path). After every structural step <see cref="SkipListMatchesAbstractMonitor"/> (level 0's
/// fully linked, unmarked nodes are exactly the abstract set) and <see cref="SkipListSublistMonitor"/> check the levels.
/// </summary>
public static class LockedSkipListLinearizability
{
    private const int MaxLevel = 2;

    [WeftTest("skiplist-locked/linearizable-ibr", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "three threads add, remove and look up keys 1 and 2 on a locked skiplist reclaimed by IBR, strict pool: linearizable, no use-after-free")]
    public static void LinearizableIbr() => ThreeThreads(ReclamationScheme.Ibr);

    [WeftTest("skiplist-locked/linearizable-debra", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "the same workload reclaimed by DEBRA, strict pool")]
    public static void LinearizableDebra() => ThreeThreads(ReclamationScheme.Debra);

    [WeftTest("skiplist-locked/linearizable-leak", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "the same workload with no reclamation, strict pool")]
    public static void LinearizableLeak() => ThreeThreads(ReclamationScheme.None);

    [WeftTest("skiplist-locked/use-after-free-immediate", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "the locked skiplist freeing retired nodes at once, strict pool: a searcher reads a node its remover freed")]
    public static void UseAfterFreeImmediate() => ThreeThreads(ReclamationScheme.Immediate);

    [WeftTest("skiplist-locked/skips-validation", NegativeControl = true, ExpectedMonitor = "SkipListMatchesAbstractMonitor", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "the seeded defect 'Add and Remove skip the validation after locking': a node is linked over a concurrent insert or after a removed predecessor, and a key is lost")]
    public static void SkipsValidation() => ThreeThreads(ReclamationScheme.Ibr, SeededBug.LockedSkipListSkipsValidation);

    [WeftTest("skiplist-locked/contains-ignores-flags", NegativeControl = true, Budget = 2000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "the seeded defect 'Contains ignores fullyLinked and marked': Contains reports a key whose Add has not linearized, and a later Remove finds it absent")]
    public static void ContainsIgnoresFlags() => AddAgainstContainsRemove(ReclamationScheme.Ibr, SeededBug.LockedSkipListContainsIgnoresFlags);

    [WeftTest("skiplist-locked/contains-ignores-flags-monitor", NegativeControl = true, ExpectedMonitor = "SkipListContainsMonitor", Budget = 2000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the seeded defect 'Contains ignores fullyLinked and marked', with the Contains monitor attached: it answers true for a key whose Add has not linearized")]
    public static void ContainsIgnoresFlagsMonitor() => AddAgainstContainsRemove(ReclamationScheme.Ibr, SeededBug.LockedSkipListContainsIgnoresFlags);

    [WeftTest("skiplist-locked/locks-top-down", NegativeControl = true, ExpectedBug = BugKind.Deadlock, Budget = 2000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "the seeded defect 'predecessors locked top-down': an Add of key 3 holds key 1's node and waits for key 2's, whose remover holds it and waits for key 1's")]
    public static void LocksTopDown() => AddAgainstRemoveOverTowers(SeededBug.LockedSkipListLocksTopDown);

    [WeftTest("skiplist-locked/locks-top-down-monitor", NegativeControl = true, ExpectedMonitor = "SkipListLockDisciplineMonitor", Budget = 2000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "the seeded defect 'predecessors locked top-down', with the lock-discipline monitor attached: the Add takes the lock of key 1's node (level 1) before key 2's (level 0), against decreasing key order")]
    public static void LocksTopDownMonitor() => AddAgainstRemoveOverTowers(SeededBug.LockedSkipListLocksTopDown);

    [WeftTest("skiplist-locked/lock-order", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "the same workload with locks taken in decreasing key order: no deadlock, linearizable")]
    public static void LockOrder() => AddAgainstRemoveOverTowers(SeededBug.None);

    // Small enough for exhaustive DFS with preemption bound 2 (tests/Weft.Tests LockedSkipListTests): one thread adds
    // a key (a tower of one or two levels) while the other looks it up and then removes it.

    [WeftTest("skiplist-locked/dfs-ibr", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "IBR: add against contains+remove of the same key, for exhaustive DFS")]
    public static void DfsIbr() => AddAgainstContainsRemove(ReclamationScheme.Ibr, SeededBug.None);

    [WeftTest("skiplist-locked/dfs-debra", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "DEBRA: add against contains+remove of the same key, for exhaustive DFS")]
    public static void DfsDebra() => AddAgainstContainsRemove(ReclamationScheme.Debra, SeededBug.None);

    [WeftTest("skiplist-locked/map-linearizable-ibr", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "three threads run TryAdd, TryGetValue, TryRemove and AddOrUpdate on keys 1 and 2, IBR, strict pool: linearizable against the map model")]
    public static void MapLinearizableIbr() => SkipListMapWorkloads.Mixed(MapTarget(SeededBug.None));

    [WeftTest("skiplist-locked/map-counter-ibr", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "two threads each AddOrUpdate(+1) key 1 twice, IBR: the value ends at 4 and the history is linearizable")]
    public static void MapCounterIbr() => SkipListMapWorkloads.Counter(MapTarget(SeededBug.None));

    [WeftTest("skiplist-locked/map-lost-update", NegativeControl = true, Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "the seeded defect 'AddOrUpdate reads, updates and stores without the node's lock': two concurrent updates, one lost")]
    public static void MapLostUpdate() => SkipListMapWorkloads.Counter(MapTarget(SeededBug.LockedSkipListUpdateWithoutLock));

    // A search standing on a node that is removed meanwhile, under IBR: the remover links a successor after it, removes
    // both and frees the successor (born after the searcher's reservation) while the searcher still holds the first node.

    [WeftTest("skiplist-locked/removed-links-ibr", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListLockDisciplineMonitor) },
        Description = "IBR: a Contains of key 2 stands on key 1's node while the other thread adds 2, removes 1 and 2 and then adds and removes 3 (a scan that frees key 2's node): the search restarts instead of following key 1's frozen link, strict pool")]
    public static void RemovedLinksIbr() => SearchOverRemovedNode(SeededBug.None);

    [WeftTest("skiplist-locked/follows-removed-links-ibr", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "the seeded defect 'a search follows the link of a node it finds marked': key 1's frozen link names key 2's node, born after the searcher's IBR reservation and freed, and the searcher reads its key")]
    public static void FollowsRemovedLinksIbr() => SearchOverRemovedNode(SeededBug.LockedSkipListFollowsRemovedLinks);

    /// <summary>
    /// <see cref="SetWorkloads.LookupDuringRemovals"/> looking up key 2 (IBR, a strict pool of 8 towers): following key
    /// 1's frozen link to key 2's node reads a freed node.
    /// </summary>
    private static void SearchOverRemovedNode(SeededBug bug) =>
        SetWorkloads.LookupDuringRemovals(Recorded(Build(ReclamationScheme.Ibr, bug, maxThreads: 4, capacity: 8)), lookedUp: 2);

    private static SkipListMapWorkloads.Target MapTarget(SeededBug bug)
    {
        var list = Build(ReclamationScheme.Ibr, bug, maxThreads: 4, capacity: 16);
        return new SkipListMapWorkloads.Target(list.Reclaimer, list.TryAdd, list.TryGetValue, list.TryRemove, list.AddOrUpdate, () =>
            list.QuiescentViolation() ?? (list.AllLocksFree() ? null : "a node lock is still held after every operation returned"));
    }

    private static LockedSkipList<long, Int64KeyComparer> Build(ReclamationScheme scheme, SeededBug bug, int maxThreads, int capacity)
    {
        var pool = new NodePool(capacity, tagged: true, threadCaches: maxThreads, strict: true, links: LockedSkipList<long, Int64KeyComparer>.LinksPerNode(MaxLevel), payloadWords: LockedSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads, TreiberLinearizability.Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(scheme, reclaimer.Config, maxThreads, retiringRegistrations: maxThreads);
        return new LockedSkipList<long, Int64KeyComparer>(reclaimer, MaxLevel);
    }

    private static void ThreeThreads(ReclamationScheme scheme, SeededBug bug = SeededBug.None) =>
        SetWorkloads.ThreeThreadsOnTwoKeys(Recorded(Build(scheme, bug, maxThreads: 4, capacity: 16)));

    private static void AddAgainstContainsRemove(ReclamationScheme scheme, SeededBug bug)
    {
        var set = Recorded(Build(scheme, bug, maxThreads: 3, capacity: 8));
        var a = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "add", 1);
        });
        var b = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "contains", 1);
            set.Op(me, "remove", 1);
        });
        a.Join();
        b.Join();
        set.Finish(set.Reclaimer.Register(), 1);
    }

    /// <summary>
    /// Keys 1 and 2 are added first (by the main thread, their heights chosen by the strategy); then one thread adds
    /// key 3 while another removes key 2. With key 1 two levels tall, key 2 one level and key 3 two levels, the Add's
    /// predecessors are key 2's node (level 0) and key 1's (level 1), and the Remove's are key 2's node (its victim)
    /// and key 1's: both take them in decreasing key order unless the seeded defect locks predecessors top-down, so
    /// the Add takes key 1's node before key 2's while the remover holds key 2's and waits for key 1's.
    /// </summary>
    private static void AddAgainstRemoveOverTowers(SeededBug bug)
    {
        var set = Recorded(Build(ReclamationScheme.Ibr, bug, maxThreads: 4, capacity: 8));
        var main = set.Reclaimer.Register();
        set.Op(main, "add", 1);
        set.Op(main, "add", 2);
        var a = WeftThread.Start(() =>
        {
            var me = set.Reclaimer.Register();
            set.Op(me, "add", 3);
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

    /// <summary>The locked skiplist as a recorded set: quiescent-shaped means also that every node lock is free.</summary>
    private static RecordedSet Recorded(LockedSkipList<long, Int64KeyComparer> list) =>
        new(list.Reclaimer, list.Add, list.Remove, list.Contains,
            () => list.QuiescentViolation() is { } shape ? "quiescent locked skiplist: " + shape
                : list.AllLocksFree() ? null : "a node lock is still held after every operation returned");
}
