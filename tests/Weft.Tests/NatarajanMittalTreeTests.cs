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
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The Natarajan-Mittal tree: exhaustive DFS of the small registered workloads, its sequential behaviour against
/// <see cref="SortedSet{T}"/> and <see cref="SortedDictionary{TKey, TValue}"/> (FsCheck), ordered weakly consistent
/// enumeration, real threads, pool exhaustion, null keys, allocation-free steady state and configuration errors. The
/// registered nmtree/ tests (correct variants and negative controls) also run in <see cref="CanonicalBugTests"/>.
/// </summary>
public sealed class NatarajanMittalTreeTests
{
    private static NatarajanMittalTree<long, Int64KeyComparer> NewTree(ReclamationScheme scheme, int capacity, int maxThreads = 1, bool strict = true)
    {
        var pool = new NodePool(capacity, tagged: true, threadCaches: maxThreads, strict: strict,
            links: NatarajanMittalTree<long, Int64KeyComparer>.LinksPerNode, payloadWords: NatarajanMittalTree<long, Int64KeyComparer>.PayloadWordsPerNode);
        return new NatarajanMittalTree<long, Int64KeyComparer>(Reclaimer.Create(scheme, pool, maxThreads, WeftConfig.Default with { RetireThreshold = 2, EpochFrequency = 1 }));
    }

    [Theory]
    [InlineData("nmtree/dfs-ibr")]
    [InlineData("nmtree/dfs-debra")]
    [InlineData("nmtree/dfs-remove-remove-ibr")]
    [InlineData("nmtree/lookup-against-removals-ibr")]
    public void Dfs_with_preemption_bound_2_exhausts_the_small_workload_without_a_bug(string id)
    {
        CanonicalBugTests.DfsExhaustsWithoutBug(id);
    }

    [Fact]
    public void Dfs_finds_the_freed_node_an_unvalidated_seek_steps_onto_and_replays_it()
    {
        var bug = CanonicalBugTests.DfsCatchesAndReplays("nmtree/seek-without-validation");
        Assert.Contains("which is free", bug.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dfs_finds_the_lost_insert_of_a_removal_without_tagging_and_replays_it()
    {
        var bug = CanonicalBugTests.DfsCatchesAndReplays("nmtree/remove-without-tag");
        Assert.Contains("the reachable leaves hold", bug.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.Debra)]
    [InlineData(ReclamationScheme.None)]
    public void Sequential_behaviour_matches_a_sorted_dictionary(ReclamationScheme scheme)
    {
        var ops = Gen.Choose(0, 3).SelectMany(op => Gen.Choose(0, 12).Select(key => (op, key))).ArrayOf();
        FsCheckXunit.Run(Prop.ForAll(ops.ToArbitrary(), commands =>
        {
            var tree = NewTree(scheme, capacity: 64);
            var me = tree.Reclaimer.Register();
            var model = new SortedDictionary<long, long>();
            long stamp = 0;
            foreach (var (op, key) in commands)
            {
                stamp++;
                switch (op)
                {
                    case 0:
                        if (model.TryAdd(key, stamp) != tree.TryAdd(me, key, stamp)) return false;
                        break;
                    case 1:
                        if (model.Remove(key) != tree.TryRemove(me, key)) return false;
                        break;
                    case 2:
                        if (model.ContainsKey(key) != tree.ContainsKey(me, key)) return false;
                        break;
                    default:
                        bool expected = model.TryGetValue(key, out long ev), actual = tree.TryGetValue(me, key, out long av);
                        if (expected != actual || ev != av) return false;
                        break;
                }
            }
            return tree.PeekKeys().SequenceEqual(model.Keys) && tree.Count(me) == model.Count && tree.QuiescentViolation() is null;
        }), maxTest: 200);
    }

    [Fact]
    public void Sequential_ranges_and_count_match_a_sorted_set()
    {
        var rng = new Random(14);
        for (int round = 0; round < 100; round++)
        {
            var tree = NewTree(ReclamationScheme.Ibr, capacity: 96);
            var me = tree.Reclaimer.Register();
            var model = new SortedSet<long>();
            var buffer = new long[32];
            var small = new long[3];
            for (int i = 0; i < 30; i++)
            {
                long key = rng.Next(20);
                if (rng.Next(3) == 0) Assert.Equal(model.Remove(key), tree.TryRemove(me, key));
                else Assert.Equal(model.Add(key), tree.TryAdd(me, key));
                long from = rng.Next(-2, 22), to = rng.Next(-2, 22);
                int n = tree.Range(me, from, to, buffer);
                long[] expected = from > to ? [] : model.GetViewBetween(from, to).ToArray();
                Assert.Equal(expected, buffer.AsSpan(0, n).ToArray());
                Assert.Equal(model.Count, tree.Count(me));
                n = tree.Keys(me, small);
                Assert.Equal(model.Take(3).ToArray(), small.AsSpan(0, n).ToArray());
            }
        }
    }

    [Fact]
    public void Keys_go_through_the_comparer_and_null_keys_are_rejected()
    {
        var pool = new NodePool(32, threadCaches: 1, links: 2, payloadWords: 2);
        var tree = new NatarajanMittalTree<string, OrdinalStringKeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, pool, 1));
        var me = tree.Reclaimer.Register();
        foreach (var k in new[] { "pear", "Apple", "apple", "fig" }) Assert.True(tree.TryAdd(me, k, k.Length));
        var keys = new string[8];
        int n = tree.Keys(me, keys);
        Assert.Equal(new[] { "Apple", "apple", "fig", "pear" }, keys.AsSpan(0, n).ToArray()); // ordinal: upper case first
        Assert.True(tree.TryGetValue(me, "pear", out long v) && v == 4);
        Assert.True(tree.TryRemove(me, "apple"));
        Assert.False(tree.ContainsKey(me, "apple"));
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => tree.TryAdd(me, null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => tree.TryRemove(me, null!));
        Assert.Throws<ArgumentNullException>(() => tree.ContainsKey(me, null!));
        Assert.Throws<ArgumentNullException>(() => tree.TryGetValue(me, null!, out _));
        Assert.Throws<ArgumentNullException>(() => tree.Range(me, null!, "z", keys));
        Assert.Equal(3, tree.Count(me));
    }

    [Fact]
    public void Removed_nodes_go_back_to_the_pool()
    {
        // 1,000 add/remove rounds of distinct keys through a pool of 16 slots (5 sentinels; IBR, an era per
        // allocation, a scan every second retirement): only possible if each splice retires its leaf and internal node
        // and they are reclaimed. (Retired once: NoDoubleFree watches every registered nmtree test.)
        var tree = NewTree(ReclamationScheme.Ibr, capacity: 16);
        var me = tree.Reclaimer.Register();
        Assert.True(tree.TryAdd(me, 500));
        for (long k = 0; k < 1000; k++)
        {
            Assert.True(tree.TryAdd(me, k == 500 ? -1 : k));
            Assert.True(tree.TryRemove(me, k == 500 ? -1 : k));
        }
        Assert.Equal(new long[] { 500 }, tree.PeekKeys());
        Assert.Null(tree.QuiescentViolation());
    }

    [Theory]
    [InlineData(9)]  // sentinels 5 + two keys: the new leaf does not fit
    [InlineData(10)] // the new leaf fits, the new internal node does not: the leaf goes back
    public void Pool_exhaustion_names_the_capacity_and_leaves_the_tree_intact(int capacity)
    {
        var tree = NewTree(ReclamationScheme.None, capacity);
        var me = tree.Reclaimer.Register();
        Assert.True(tree.TryAdd(me, 1));
        Assert.True(tree.TryAdd(me, 2));
        var e = Assert.Throws<PoolExhaustedException>(() => tree.TryAdd(me, 10));
        Assert.Contains($"all {capacity} slots", e.Message, StringComparison.Ordinal);
        Assert.Contains("the NodePool capacity argument", e.Message, StringComparison.Ordinal); // the pool this test built
        Assert.Equal(new long[] { 1, 2 }, tree.PeekKeys());
        Assert.False(tree.ContainsKey(me, 10));
        Assert.False(tree.TryAdd(me, 2)); // present: needs no node
        Assert.Null(tree.QuiescentViolation());
        Assert.Throws<PoolExhaustedException>(() => tree.TryAdd(me, 11)); // the leaf of the failed attempt went back: same failure
        Assert.True(tree.TryRemove(me, 1));
        Assert.Equal(new long[] { 2 }, tree.PeekKeys());
    }

    [Fact]
    public void Real_threads_record_linearizable_histories() =>
        RealThreadSetHistories.Check(() =>
        {
            var tree = NewTree(ReclamationScheme.Ibr, capacity: 96, maxThreads: 3);
            return new(tree.Reclaimer, (me, key) => tree.TryAdd(me, key), tree.TryRemove, tree.ContainsKey, tree.QuiescentViolation);
        }, opsPerThread: 8, keys: 4);

    [Theory]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.Debra)]
    [InlineData(ReclamationScheme.None)]
    public void Real_thread_stress_keeps_every_key_accounted_for(ReclamationScheme scheme)
    {
        // Two threads churn 64 shared keys for 200,000 operations, reclaimed by IBR in a small pool (1,024 slots, so
        // slots are reused all the time), by DEBRA (a pool large enough for a thread descheduled inside an operation to
        // hold the epoch for a while) or leaking every node: each counts its successful adds and removes per key; at the
        // end a key is present iff its adds exceed its removes. Under IBR an unvalidated seek (one that follows a removed
        // node's frozen edge to a node a scan already freed and the pool reused) breaks this within a few runs. An
        // exception on a worker is rethrown here instead of ending the test process.
        const int Keys = 64, Threads = 2, OpsPerThread = 100_000;
        var tree = NewTree(scheme, capacity: scheme == ReclamationScheme.Ibr ? 1024 : 1 << 18, maxThreads: Threads, strict: false);
        var balance = new int[Threads, Keys];
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var start = new System.Threading.Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new System.Threading.Thread(() =>
        {
            try
            {
                var me = tree.Reclaimer.Register();
                var rng = new Random(t + 7);
                start.SignalAndWait();
                for (int i = 0; i < OpsPerThread; i++)
                {
                    int key = rng.Next(Keys);
                    if (rng.Next(2) == 0) { if (tree.TryAdd(me, key)) balance[t, key]++; }
                    else if (tree.TryRemove(me, key)) balance[t, key]--;
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
                start.RemoveParticipant();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(failures);
        var expected = Enumerable.Range(0, Keys).Where(k => balance[0, k] + balance[1, k] == 1).Select(k => (long)k).ToList();
        Assert.All(Enumerable.Range(0, Keys), k => Assert.InRange(balance[0, k] + balance[1, k], 0, 1));
        Assert.Equal(expected, tree.PeekKeys());
        Assert.Null(tree.QuiescentViolation());
    }

    [Fact]
    public void A_concurrent_enumeration_returns_every_always_present_key_in_ascending_order()
    {
        long[] alwaysPresent = [2, 5, 8], churned = [1, 3, 4, 6, 7, 9];
        void Body()
        {
            var tree = NewTree(ReclamationScheme.Ibr, capacity: 40, maxThreads: 3);
            var main = tree.Reclaimer.Register();
            foreach (long k in alwaysPresent) tree.TryAdd(main, k);
            tree.TryAdd(main, 3);
            tree.TryAdd(main, 7);
            var workers = Enumerable.Range(0, 2).Select(w => WeftThread.Start(() =>
            {
                var me = tree.Reclaimer.Register();
                for (int i = 0; i < 2; i++)
                {
                    long key = churned[(w * 3 + i) % churned.Length];
                    if (!tree.TryRemove(me, key)) tree.TryAdd(me, key);
                }
            })).ToList();
            var buffer = new long[16];
            var keys = buffer.AsSpan(0, tree.Keys(main, buffer)).ToArray();
            for (int i = 1; i < keys.Length; i++) Checker.Assert(keys[i - 1] < keys[i], $"not strictly ascending: {string.Join(',', keys)}");
            foreach (long k in alwaysPresent) Checker.Assert(keys.Contains(k), $"always-present key {k} missing from {string.Join(',', keys)}");
            int count = tree.Count(main);
            Checker.Assert(count >= alwaysPresent.Length && count <= alwaysPresent.Length + churned.Length, $"count {count} out of bounds");
            workers.ForEach(w => w.Join());
        }
        var r = Checker.Explore(Body, CheckOptions.Default with { Strategy = "pct", Iterations = 300, ScheduleDirectory = TestPaths.ScheduleDir });
        Assert.True(r.Bug is null, r.Bug?.Describe());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_enumeration_waiting_at_a_removed_node_reads_a_freed_node_only_when_unvalidated(bool unvalidated)
    {
        // In the tree {1, 2} (internal node I over leaves 1 and 2) the main thread enumerates while another adds 3 (a new
        // internal node C under I), removes 1 (I spliced out, its edge to C tagged), removes 2 (C retired), then adds
        // and removes 1 (a scan frees C). A walk that read I before C was born and follows I's frozen edge afterwards
        // reads C's freed slot unless the step is validated; DFS with preemption bound 2 exhausts the validated walk.
        void Body()
        {
            var pool = new NodePool(16, tagged: true, threadCaches: 2, strict: true,
                links: NatarajanMittalTree<long, Int64KeyComparer>.LinksPerNode, payloadWords: NatarajanMittalTree<long, Int64KeyComparer>.PayloadWordsPerNode);
            var config = WeftConfig.Default with { RetireThreshold = 1, EpochFrequency = 1, SeededBug = unvalidated ? SeededBug.NmTreeSeekWithoutValidation : SeededBug.None };
            var tree = new NatarajanMittalTree<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, pool, 2, config));
            var main = tree.Reclaimer.Register();
            tree.TryAdd(main, 1);
            tree.TryAdd(main, 2);
            var writer = WeftThread.Start(() =>
            {
                var me = tree.Reclaimer.Register();
                tree.TryAdd(me, 3);
                tree.TryRemove(me, 1);
                tree.TryRemove(me, 2);
                tree.TryAdd(me, 1);
                tree.TryRemove(me, 1);
            });
            var buffer = new long[8];
            var keys = buffer.AsSpan(0, tree.Keys(main, buffer)).ToArray();
            for (int i = 1; i < keys.Length; i++) Checker.Assert(keys[i - 1] < keys[i], $"not strictly ascending: {string.Join(',', keys)}");
            writer.Join();
        }
        var r = Checker.Explore(Body, CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 2, Iterations = 200_000, ScheduleDirectory = TestPaths.ScheduleDir });
        if (unvalidated)
        {
            Assert.NotNull(r.Bug);
            Assert.Contains("which is free", r.Bug!.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(r.Bug is null, r.Bug?.Describe());
            Assert.True(r.Exhausted, $"not exhausted after {r.Iterations} schedules");
        }
    }

    [Fact]
    public void Operations_allocate_nothing_in_steady_state()
    {
        var tree = NewTree(ReclamationScheme.Ibr, capacity: 256, strict: false);
        var me = tree.Reclaimer.Register();
        var buffer = new long[64];
        void Burst()
        {
            for (long k = 0; k < 32; k++) tree.TryAdd(me, (k * 7) % 32, k);
            for (long k = 0; k < 32; k++) tree.TryGetValue(me, k, out _);
            tree.Range(me, 4, 20, buffer);
            tree.Count(me);
            for (long k = 0; k < 32; k += 2) tree.TryRemove(me, k);
            for (long k = 0; k < 32; k++) tree.TryRemove(me, k);
        }
        for (int i = 0; i < 100; i++) Burst();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 2_000; i++) Burst();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Debra_plus_and_unsuitable_pools_are_rejected_with_what_is_needed()
    {
        var pool = new NodePool(8, links: 2, payloadWords: 2);
        var e = Assert.Throws<ArgumentException>(() => new NatarajanMittalTree<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.DebraPlus, pool, 1)));
        Assert.Contains("DEBRA+", e.Message, StringComparison.Ordinal);
        var narrow = new NodePool(8, links: 1, payloadWords: 2);
        e = Assert.Throws<ArgumentException>(() => new NatarajanMittalTree<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, narrow, 1)));
        Assert.Contains("2 links and 2 payload words", e.Message, StringComparison.Ordinal);
        var tiny = new NodePool(4, links: 2, payloadWords: 2);
        e = Assert.Throws<ArgumentException>(() => new NatarajanMittalTree<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, tiny, 1)));
        Assert.Contains("at least 5 slots", e.Message, StringComparison.Ordinal);
    }
}
