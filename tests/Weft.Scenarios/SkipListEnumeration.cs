using System;
using System.Linq;
using Weft.Collections;
using Weft.Memory;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The skiplists' weakly consistent enumeration (<c>Range</c>) and <c>Count</c> under the scheduler: the main thread
/// holds the always-present keys 2, 5, 8 and the churned keys 3, 7; two workers each remove-or-add two churned keys
/// while main enumerates every key and counts. The enumeration must return every always-present key, strictly
/// ascending (so no key twice), and the count lie between the always-present keys and all keys. Both lists: two
/// levels, IBR with tiny parameters, strict pool; the structural monitors watch every step.
/// </summary>
public static class SkipListEnumeration
{
    private static readonly long[] AlwaysPresent = [2, 5, 8];
    private static readonly long[] Churned = [1, 3, 4, 6, 7, 9];

    [WeftTest("skiplist/range-weakly-consistent", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "Range and Count of the lock-free skiplist concurrent with adds and removes of other keys: every always-present key, ascending, count in bounds")]
    public static void LockFreeRange()
    {
        var list = LockFree(SeededBug.None);
        Enumerate(new Target(list.Reclaimer, list.Add, list.Remove, list.Range, list.Count));
    }

    [WeftTest("skiplist-locked/range-weakly-consistent", Budget = 300,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "Range and Count of the locked skiplist concurrent with adds and removes of other keys: every always-present key, ascending, count in bounds")]
    public static void LockedRange()
    {
        var pool = new NodePool(24, tagged: true, threadCaches: 3, strict: true, links: LockedSkipList<long, Int64KeyComparer>.LinksPerNode(2), payloadWords: LockedSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        var list = new LockedSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, pool, 3, TreiberLinearizability.Tiny), maxLevel: 2);
        Enumerate(new Target(list.Reclaimer, list.Add, list.Remove, list.Range, list.Count));
    }

    [WeftTest("skiplist/range-stops-at-mark", NegativeControl = true, Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor), typeof(SkipListContainsMonitor) },
        Description = "the seeded defect 'Range stops at the first node marked at level 0': an always-present key behind a concurrent Remove's node is missed")]
    public static void RangeStopsAtMark()
    {
        var list = LockFree(SeededBug.SkipListRangeStopsAtMark);
        Enumerate(new Target(list.Reclaimer, list.Add, list.Remove, list.Range, list.Count));
    }

    private static LockFreeSkipList<long, Int64KeyComparer> LockFree(SeededBug bug)
    {
        var pool = new NodePool(24, tagged: true, threadCaches: 3, strict: true, links: LockFreeSkipList<long, Int64KeyComparer>.LinksPerNode(2), payloadWords: LockFreeSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        return new LockFreeSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, pool, 3, TreiberLinearizability.Tiny with { SeededBug = bug }), maxLevel: 2);
    }

    /// <summary>The operations both skiplists share, so one body checks each.</summary>
    private sealed record Target(Reclaimer Reclaimer, Func<ReclaimerThread, long, bool> Add, Func<ReclaimerThread, long, bool> Remove,
        RangeOp Range, Func<ReclaimerThread, int> Count);

    private delegate int RangeOp(ReclaimerThread t, long from, long to, Span<long> destination);

    private static void Enumerate(Target list)
    {
        var main = list.Reclaimer.Register();
        foreach (long k in AlwaysPresent) list.Add(main, k);
        list.Add(main, 3);
        list.Add(main, 7);
        var workers = Enumerable.Range(0, 2).Select(w => WeftThread.Start(() =>
        {
            var me = list.Reclaimer.Register();
            for (int i = 0; i < 2; i++)
            {
                long key = Churned[(w * 3 + i) % Churned.Length];
                if (!list.Remove(me, key)) list.Add(me, key);
            }
        })).ToList();
        var buffer = new long[16];
        int n = list.Range(main, long.MinValue, long.MaxValue, buffer);
        var keys = buffer.AsSpan(0, n).ToArray();
        for (int i = 1; i < keys.Length; i++) Checker.Assert(keys[i - 1] < keys[i], $"not strictly ascending: {string.Join(',', keys)}");
        foreach (long k in AlwaysPresent) Checker.Assert(keys.Contains(k), $"always-present key {k} missing from {string.Join(',', keys)}");
        int count = list.Count(main);
        Checker.Assert(count >= AlwaysPresent.Length && count <= AlwaysPresent.Length + Churned.Length, $"count {count} out of bounds");
        workers.ForEach(w => w.Join());
    }

    // The walk standing on a node that is removed meanwhile, under IBR (the shape of skiplist/removed-links-ibr): keys
    // 0 and 5 stay, key 1 is removed, and key 2, linked after key 1 and removed with it, is freed by the other thread's
    // scan while the walk may stand on key 1's node; a failed validation makes the walk descend again past key 0.

    [WeftTest("skiplist/range-removed-links-ibr", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "IBR: Range over keys 0, 1, 5 while the other thread adds 2, removes 1 and 2 and adds and removes 3 (a scan that frees key 2's node): keys 0 and 5 returned, strictly ascending, no use-after-free")]
    public static void RangeRemovedLinksIbr() => RangeOverRemovedNode(SeededBug.None);

    [WeftTest("skiplist/range-follows-removed-links-ibr", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(SkipListMatchesAbstractMonitor), typeof(SkipListSublistMonitor), typeof(SkipListSortedMonitor), typeof(SkipListMarkStableMonitor) },
        Description = "the seeded defect 'a walk steps over a marked node without validating the step', in Range: key 1's frozen link names key 2's freed node")]
    public static void RangeFollowsRemovedLinksIbr() => RangeOverRemovedNode(SeededBug.LockFreeSkipListFollowsRemovedLinks);

    private static void RangeOverRemovedNode(SeededBug bug)
    {
        var pool = new NodePool(10, tagged: true, threadCaches: 3, strict: true, links: LockFreeSkipList<long, Int64KeyComparer>.LinksPerNode(2), payloadWords: LockFreeSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        var list = new LockFreeSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, pool, 3, TreiberLinearizability.Tiny with { SeededBug = bug }), maxLevel: 2);
        var main = list.Reclaimer.Register();
        foreach (long k in new long[] { 0, 1, 5 }) list.Add(main, k);
        var remover = WeftThread.Start(() =>
        {
            var me = list.Reclaimer.Register();
            list.Add(me, 2);
            list.Remove(me, 1);
            list.Remove(me, 2);
            list.Add(me, 3);
            list.Remove(me, 3);
        });
        var buffer = new long[8];
        var keys = buffer.AsSpan(0, list.Range(main, long.MinValue, long.MaxValue, buffer)).ToArray();
        for (int i = 1; i < keys.Length; i++) Checker.Assert(keys[i - 1] < keys[i], $"not strictly ascending: {string.Join(',', keys)}");
        foreach (long k in new long[] { 0, 5 }) Checker.Assert(keys.Contains(k), $"always-present key {k} missing from {string.Join(',', keys)}");
        remover.Join();
        Checker.Assert(list.QuiescentViolation() is null, $"quiescent skiplist: {list.QuiescentViolation()}");
    }
}
