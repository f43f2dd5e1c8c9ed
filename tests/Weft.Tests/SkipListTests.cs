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
    private static LockFreeSkipList NewList(ReclamationScheme scheme, int capacity, int maxThreads = 1, int maxLevel = 4)
    {
        var pool = new NodePool(capacity, tagged: true, threadCaches: maxThreads, strict: true, links: maxLevel + 1, payloadWords: LockFreeSkipList.PayloadWordsPerNode);
        return new LockFreeSkipList(Reclaimer.Create(scheme, pool, maxThreads, WeftConfig.Default with { RetireThreshold = 2, EpochFrequency = 1 }), maxLevel);
    }

    [Theory]
    [InlineData("skiplist/dfs-ibr")]
    [InlineData("skiplist/dfs-debra")]
    public void Dfs_with_preemption_bound_2_exhausts_the_small_workload_without_a_bug(string id)
    {
        var t = CanonicalBugTests.All.Single(x => x.Id == id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 2, Iterations = 200_000, ScheduleDirectory = TestPaths.ScheduleDir }));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.True(r.Exhausted, $"{id}: not exhausted after {r.Iterations} schedules");
    }

    [Fact]
    public void Dfs_finds_the_contains_defect_in_the_small_workload_and_replays_it()
    {
        var t = CanonicalBugTests.All.Single(x => x.Id == "skiplist/contains-ignores-mark");
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 2, Iterations = 200_000, ScheduleDirectory = TestPaths.ScheduleDir }));
        CanonicalBugTests.CaughtAndReplays(t, r);
        Assert.Contains("not linearizable", r.Bug!.Message, StringComparison.Ordinal);
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
    public void Real_threads_record_linearizable_histories()
    {
        for (int round = 0; round < 30; round++)
        {
            var list = NewList(ReclamationScheme.Ibr, capacity: 64, maxThreads: 3);
            var h = new History();
            using var start = new System.Threading.Barrier(3);
            var threads = Enumerable.Range(0, 3).Select(t => new System.Threading.Thread(() =>
            {
                var me = list.Reclaimer.Register();
                var rng = new Random(round * 3 + t);
                start.SignalAndWait();
                for (int i = 0; i < 6; i++)
                {
                    int op = rng.Next(3);
                    long key = rng.Next(3);
                    string name = op switch { 0 => "add", 1 => "remove", _ => "contains" };
                    int id = h.Invoke(t, name, key);
                    h.Respond(id, op switch { 0 => list.Add(me, key), 1 => list.Remove(me, key), _ => list.Contains(me, key) });
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            var r = LinearizabilityChecker.Check(h, new SetModel());
            Assert.True(r.IsLinearizable, r.Witness);
            Assert.Null(list.QuiescentViolation());
        }
    }

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
    public void Debra_plus_and_a_too_small_pool_are_rejected_with_what_is_needed()
    {
        var pool = new NodePool(8, links: 3, payloadWords: 2);
        var e = Assert.Throws<ArgumentException>(() => new LockFreeSkipList(Reclaimer.Create(ReclamationScheme.DebraPlus, pool, 1), maxLevel: 2));
        Assert.Contains("DEBRA+", e.Message, StringComparison.Ordinal);
        var small = new NodePool(8, links: 2, payloadWords: 2);
        e = Assert.Throws<ArgumentException>(() => new LockFreeSkipList(Reclaimer.Create(ReclamationScheme.Ibr, small, 1), maxLevel: 2));
        Assert.Contains("3 links and 2 payload words", e.Message, StringComparison.Ordinal);
    }
}
