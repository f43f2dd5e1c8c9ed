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
using Weft.Scenarios;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The lock-free skiplist: exhaustive DFS of the small registered workloads, its sequential behaviour against
/// <see cref="SortedSet{T}"/> (FsCheck), real threads, pool exhaustion, the tower height as an explored and
/// replayed choice, and configuration errors. The registered skiplist/ tests (correct variants and negative
/// controls) also run in <see cref="CanonicalBugTests"/> with every other registered test.
/// </summary>
public sealed class SkipListTests
{
    private static LockFreeSkipList<long, Int64KeyComparer> NewList(ReclamationScheme scheme, int capacity, int maxThreads = 1, int maxLevel = 4)
    {
        var pool = new NodePool(capacity, tagged: true, threadCaches: maxThreads, strict: true, links: LockFreeSkipList<long, Int64KeyComparer>.LinksPerNode(maxLevel), payloadWords: LockFreeSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        return new LockFreeSkipList<long, Int64KeyComparer>(Reclaimer.Create(scheme, pool, maxThreads, WeftConfig.Default with { RetireThreshold = 2, EpochFrequency = 1 }), maxLevel);
    }

    [Theory]
    [InlineData("skiplist/dfs-ibr")]
    [InlineData("skiplist/dfs-debra")]
    public void Dfs_with_preemption_bound_2_exhausts_the_small_workload_without_a_bug(string id)
    {
        CanonicalBugTests.DfsExhaustsWithoutBug(id);
    }

    [Fact]
    public void Dfs_finds_the_contains_defect_in_the_small_workload_and_replays_it()
    {
        var bug = CanonicalBugTests.DfsCatchesAndReplays("skiplist/contains-ignores-mark");
        Assert.Contains("not linearizable", bug.Message, StringComparison.Ordinal);
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
            return list.PeekKeys().SequenceEqual(model) && list.QuiescentViolation() is null;
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
    private static bool SameAsModel(LockFreeSkipList<long, Int64KeyComparer> list, ReclaimerThread me, SortedDictionary<long, long> model, int op, long key, long v)
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
    public void The_reserved_value_is_refused_and_leaves_the_map_unchanged()
    {
        var list = NewList(ReclamationScheme.Ibr, capacity: 8);
        var me = list.Reclaimer.Register();
        Assert.True(list.TryAdd(me, 1, 5));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => list.TryAdd(me, 2, LockFreeSkipList<long, Int64KeyComparer>.NoValue));
        Assert.Contains("reserved", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => list.AddOrUpdate(me, 1, 0, _ => LockFreeSkipList<long, Int64KeyComparer>.NoValue));
        Assert.Throws<ArgumentNullException>(() => list.AddOrUpdate(me, 1, 0, null!));
        Assert.Equal(new[] { (1L, 5L) }, list.PeekPairs());
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
        // 1,000 add/remove rounds of distinct keys through a pool of 16 slots (IBR, an era per allocation, a scan
        // every second retirement): only possible if every removed node is retired and reclaimed. (Retired once: the
        // controlled build's NoDoubleFree monitor watches every registered skiplist test.)
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
    public void Pool_exhaustion_names_the_capacity_and_leaves_the_set_intact()
    {
        var list = NewList(ReclamationScheme.None, capacity: 4); // the head takes one slot: three keys fit
        var me = list.Reclaimer.Register();
        for (long k = 1; k <= 3; k++) Assert.True(list.Add(me, k));
        var e = Assert.Throws<PoolExhaustedException>(() => list.Add(me, 10));
        Assert.Contains("all 4 slots", e.Message, StringComparison.Ordinal);
        Assert.Contains("the NodePool capacity argument", e.Message, StringComparison.Ordinal); // the pool this test built
        Assert.Equal(new long[] { 1, 2, 3 }, list.PeekKeys());
        Assert.False(list.Contains(me, 10));
        Assert.False(list.Add(me, 2)); // present: needs no node
        Assert.Null(list.QuiescentViolation());
    }

    [Fact]
    public void Real_threads_record_linearizable_histories() =>
        RealThreadSetHistories.Check(() =>
        {
            var list = NewList(ReclamationScheme.Ibr, capacity: 64, maxThreads: 3);
            return new(list.Reclaimer, list.Add, list.Remove, list.Contains, list.QuiescentViolation);
        }, opsPerThread: 6, keys: 3);

    [Fact]
    public void The_tower_height_is_a_recorded_choice_that_replays()
    {
        // One thread adds three keys: under the scheduler each height (1 or 2) is the strategy's choice, so DFS
        // explores all 2^3 shapes (no thread switches to choose), and a schedule replays the heights it recorded.
        var heights = new HashSet<string>();
        void Body()
        {
            var list = NewList(ReclamationScheme.Ibr, capacity: 8, maxLevel: 2);
            var me = list.Reclaimer.Register();
            for (long k = 1; k <= 3; k++) list.Add(me, k);
            lock (heights) heights.Add(list.ShapeForTests());
        }
        var r = Checker.Explore(Body, CheckOptions.Default with { Strategy = "dfs", Iterations = 100, ScheduleDirectory = TestPaths.ScheduleDir });
        Assert.True(r.Exhausted);
        Assert.Equal(8, r.Iterations);
        Assert.Equal(8, heights.Count);
    }

    [Fact]
    public void Dfs_finds_contains_stepping_unvalidated_over_a_removed_node_under_ibr_and_the_validated_step_has_no_bug()
    {
        CanonicalBugTests.DfsCatchesAndReplays("skiplist/follows-removed-links-ibr");
        CanonicalBugTests.DfsExhaustsWithoutBug("skiplist/removed-links-ibr");
    }

    [Fact]
    public void Dfs_finds_range_stepping_unvalidated_over_a_removed_node_under_ibr_and_the_validated_walk_has_no_bug()
    {
        CanonicalBugTests.DfsCatchesAndReplays("skiplist/range-follows-removed-links-ibr");
        CanonicalBugTests.DfsExhaustsWithoutBug("skiplist/range-removed-links-ibr");
    }

    [Fact]
    public void Debra_plus_and_a_too_small_pool_are_rejected_with_what_is_needed()
    {
        var pool = new NodePool(8, links: 4, payloadWords: 2);
        var e = Assert.Throws<ArgumentException>(() => new LockFreeSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.DebraPlus, pool, 1), maxLevel: 2));
        Assert.Contains("DEBRA+", e.Message, StringComparison.Ordinal);
        var small = new NodePool(8, links: 2, payloadWords: 2);
        e = Assert.Throws<ArgumentException>(() => new LockFreeSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, small, 1), maxLevel: 2));
        Assert.Contains("4 links and 1 payload word (the height)", e.Message, StringComparison.Ordinal);
    }
}
