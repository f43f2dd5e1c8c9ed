using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
using Weft.Platform;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The locked (lazy) skiplist: exhaustive DFS of the small registered workloads, its sequential behaviour against
/// <see cref="SortedSet{T}"/> (FsCheck), real threads, pool exhaustion, node reuse, and configuration errors. The
/// registered skiplist-locked/ tests (correct variants and negative controls) also run in
/// <see cref="CanonicalBugTests"/> with every other registered test.
/// </summary>
public sealed class LockedSkipListTests
{
    private static LockedSkipList<long, Int64KeyComparer> NewList(ReclamationScheme scheme, int capacity, int maxThreads = 1, int maxLevel = 4)
    {
        var pool = new NodePool(capacity, tagged: true, threadCaches: maxThreads, strict: true, links: LockedSkipList<long, Int64KeyComparer>.LinksPerNode(maxLevel), payloadWords: LockedSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        return new LockedSkipList<long, Int64KeyComparer>(Reclaimer.Create(scheme, pool, maxThreads, WeftConfig.Default with { RetireThreshold = 2, EpochFrequency = 1 }), maxLevel);
    }

    [Theory]
    [InlineData("skiplist-locked/dfs-ibr")]
    [InlineData("skiplist-locked/dfs-debra")]
    public void Dfs_with_preemption_bound_2_exhausts_the_small_workload_without_a_bug(string id)
    {
        CanonicalBugTests.DfsExhaustsWithoutBug(id);
    }

    [Fact]
    public void Dfs_finds_the_contains_defect_in_the_small_workload_and_replays_it()
    {
        var bug = CanonicalBugTests.DfsCatchesAndReplays("skiplist-locked/contains-ignores-flags");
        Assert.Contains("not linearizable", bug.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dfs_finds_the_lock_order_deadlock_and_the_correct_order_has_none()
    {
        var bug = CanonicalBugTests.DfsCatchesAndReplays("skiplist-locked/locks-top-down");
        Assert.Equal(BugKind.Deadlock, bug.Kind);
        Assert.All(bug.Threads.Skip(1), p => Assert.Equal("lock", p.Operation));
        CanonicalBugTests.DfsExhaustsWithoutBug("skiplist-locked/lock-order", preemptionBound: 1);
    }

    [Fact]
    public void Dfs_finds_a_search_following_a_removed_nodes_link_under_ibr_and_the_restart_has_no_bug()
    {
        CanonicalBugTests.DfsCatchesAndReplays("skiplist-locked/follows-removed-links-ibr");
        CanonicalBugTests.DfsExhaustsWithoutBug("skiplist-locked/removed-links-ibr");
    }

    [Theory]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.Debra)]
    [InlineData(ReclamationScheme.None)]
    public void Sequential_behaviour_matches_a_sorted_set(ReclamationScheme scheme)
    {
        var ops = Gen.Choose(0, 2).SelectMany(op => Gen.Choose(0, 12).Select(key => (op, key))).ArrayOf();
        FsCheckXunit.Run(Prop.ForAll(ops.ToArbitrary(), commands =>
        {
            var list = NewList(scheme, capacity: 64);
            var me = list.Reclaimer.Register();
            var model = new SortedSet<long>();
            foreach (var (op, key) in commands)
            {
                bool expected = op switch { 0 => model.Add(key), 1 => model.Remove(key), _ => model.Contains(key) };
                bool actual = op switch { 0 => list.Add(me, key), 1 => list.Remove(me, key), _ => list.Contains(me, key) };
                if (expected != actual) return false;
            }
            return list.PeekKeys().SequenceEqual(model) && list.QuiescentViolation() is null && list.AllLocksFree();
        }), maxTest: 200);
    }

    [Theory]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.Debra)]
    public void Map_behaviour_matches_a_sorted_dictionary(ReclamationScheme scheme)
    {
        // Commands: 0 TryAdd(k, v), 1 TryGetValue(k), 2 TryRemove(k), 3 AddOrUpdate(k, v, x => x + v), 4 ContainsKey(k);
        // after each, the results and, at the end, the (key, value) pairs must equal SortedDictionary's.
        var ops = Gen.Choose(0, 4).SelectMany(op => Gen.Choose(0, 8).SelectMany(key => Gen.Choose(-5, 5).Select(v => (op, key, v)))).ArrayOf();
        FsCheckXunit.Run(Prop.ForAll(ops.ToArbitrary(), commands =>
        {
            var list = NewList(scheme, capacity: 64);
            var me = list.Reclaimer.Register();
            var model = new SortedDictionary<long, long>();
            foreach (var (op, key, v) in commands)
            {
                if (!SameAsModel(list, me, model, op, key, v)) return false;
            }
            return list.PeekPairs().SequenceEqual(model.Select(p => (p.Key, p.Value))) && list.QuiescentViolation() is null;
        }), maxTest: 200);
    }

    /// <summary>Runs one command on the list and on the model; whether both returned the same.</summary>
    private static bool SameAsModel(LockedSkipList<long, Int64KeyComparer> list, ReclaimerThread me, SortedDictionary<long, long> model, int op, long key, long v)
    {
        switch (op)
        {
            case 0:
                return list.TryAdd(me, key, v) == model.TryAdd(key, v);
            case 1:
            {
                bool found = list.TryGetValue(me, key, out long value);
                return found == model.TryGetValue(key, out long expected) && (!found || value == expected);
            }
            case 2:
            {
                bool found = list.TryRemove(me, key, out long value);
                return found == model.Remove(key, out long expected) && (!found || value == expected);
            }
            case 3:
            {
                long stored = list.AddOrUpdate(me, key, v, x => x + v);
                model[key] = model.TryGetValue(key, out long old) ? old + v : v;
                return stored == model[key];
            }
            default:
                return list.ContainsKey(me, key) == model.ContainsKey(key);
        }
    }

    [Fact]
    public void Map_operations_allocate_nothing_in_steady_state()
    {
        var list = NewList(ReclamationScheme.Ibr, capacity: 64);
        var me = list.Reclaimer.Register();
        static long Plus1(long v) => v + 1;
        Func<long, long> increment = Plus1;
        void Round(long k)
        {
            list.TryAdd(me, k, k);
            list.AddOrUpdate(me, k, 0, increment);
            list.TryGetValue(me, k, out _);
            list.ContainsKey(me, k);
            list.TryRemove(me, k, out _);
            list.AddOrUpdate(me, k, 0, increment); // adds
            list.Remove(me, k);
        }
        for (long k = 0; k < 1000; k++) Round(k % 16);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (long k = 0; k < 20_000; k++) Round(k % 16);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Removed_nodes_go_back_to_the_pool()
    {
        // 1,000 add/remove rounds of distinct keys through a pool of 16 slots: only possible if every removed node
        // is retired (by its remover) and reclaimed.
        var list = NewList(ReclamationScheme.Ibr, capacity: 16);
        var me = list.Reclaimer.Register();
        for (long k = 0; k < 1000; k++)
        {
            Assert.True(list.Add(me, k));
            Assert.True(list.Remove(me, k));
        }
        Assert.Empty(list.PeekKeys());
    }

    [Fact]
    public void Pool_exhaustion_names_the_capacity_and_leaves_the_set_intact_and_unlocked()
    {
        var list = NewList(ReclamationScheme.None, capacity: 4); // the head takes one slot: three keys fit
        var me = list.Reclaimer.Register();
        for (long k = 1; k <= 3; k++) Assert.True(list.Add(me, k));
        var e = Assert.Throws<PoolExhaustedException>(() => list.Add(me, 10));
        Assert.Contains("all 4 slots", e.Message, StringComparison.Ordinal);
        Assert.Contains("the NodePool capacity argument", e.Message, StringComparison.Ordinal); // the pool this test built
        Assert.Equal(new long[] { 1, 2, 3 }, list.PeekKeys());
        Assert.True(list.AllLocksFree());
        Assert.False(list.Contains(me, 10));
        Assert.False(list.Add(me, 2));
        Assert.True(list.Remove(me, 2)); // the leak reclaimer keeps key 2's node: the pool stays exhausted
        Assert.Throws<PoolExhaustedException>(() => list.Add(me, 10));
        Assert.Equal(new long[] { 1, 3 }, list.PeekKeys());
        Assert.True(list.AllLocksFree());
        Assert.Null(list.QuiescentViolation());
    }

    [Fact]
    public void Real_threads_record_linearizable_histories() =>
        RealThreadSetHistories.Check(() =>
        {
            var list = NewList(ReclamationScheme.Ibr, capacity: 64, maxThreads: 3);
            return new(list.Reclaimer, list.Add, list.Remove, list.Contains, () => list.QuiescentViolation() ?? (list.AllLocksFree() ? null : "a node lock is still held after every thread returned"));
        }, opsPerThread: 6, keys: 3);

    [Fact]
    public void Debra_plus_and_a_too_small_pool_are_rejected_with_what_is_needed()
    {
        var pool = new NodePool(8, links: 5, payloadWords: 2);
        var e = Assert.Throws<ArgumentException>(() => new LockedSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.DebraPlus, pool, 1), maxLevel: 2));
        Assert.Contains("DEBRA+", e.Message, StringComparison.Ordinal);
        var small = new NodePool(8, links: 4, payloadWords: 2);
        e = Assert.Throws<ArgumentException>(() => new LockedSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, small, 1), maxLevel: 2));
        Assert.Contains("5 links and 1 payload word (the height)", e.Message, StringComparison.Ordinal);
    }
}
