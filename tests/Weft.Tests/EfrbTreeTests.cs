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
/// The EFRB tree (Ellen, Fatourou, Ruppert and van Breugel): its sequential behaviour against
/// <see cref="SortedDictionary{TKey, TValue}"/> (FsCheck), enumeration, bad input, pool exhaustion, reclamation,
/// real threads and a zero-allocation steady state; exhaustive DFS of the smallest registered workload. The registered
/// efrb/ tests (correct variants and negative controls) also run in <see cref="CanonicalBugTests"/> with every other
/// registered test.
/// </summary>
public sealed class EfrbTreeTests
{
    private static EfrbTree<long, long, Int64KeyComparer> NewTree(ReclamationScheme scheme, int capacity, int maxThreads = 1)
    {
        var pool = new NodePool(capacity, tagged: true, threadCaches: maxThreads, strict: true,
            links: EfrbTree<long, long, Int64KeyComparer>.LinksPerNode, payloadWords: EfrbTree<long, long, Int64KeyComparer>.PayloadWordsPerNode);
        // DEBRA checks every operation (EpochCheckInterval 1): the small pools here hold three epochs' retirements of
        // one operation each, not of the default eight.
        return new EfrbTree<long, long, Int64KeyComparer>(Reclaimer.Create(scheme, pool, maxThreads,
            WeftConfig.Default with { RetireThreshold = 2, EpochFrequency = 1, EpochCheckInterval = 1 }));
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
            var tree = NewTree(scheme, capacity: 512);
            var me = tree.Reclaimer.Register();
            var model = new SortedDictionary<long, long>();
            foreach (var (op, key) in commands)
            {
                if (!SameStep(tree, me, model, op, key)) return false;
            }
            Span<long> keys = stackalloc long[16];
            int n = tree.Keys(me, keys);
            return tree.PeekKeys().SequenceEqual(model.Keys) && keys[..n].ToArray().SequenceEqual(model.Keys)
                && tree.Count(me) == model.Count && tree.QuiescentViolation() is null;
        }), maxTest: 200);
    }

    private static bool SameStep(EfrbTree<long, long, Int64KeyComparer> tree, ReclaimerThread me, SortedDictionary<long, long> model, int op, long key)
    {
        switch (op)
        {
            case 0:
                return model.TryAdd(key, key * 10) == tree.TryAdd(me, key, key * 10);
            case 1:
            {
                bool expected = model.Remove(key, out long expectedValue);
                bool actual = tree.TryRemove(me, key, out long value);
                return expected == actual && (!expected || value == expectedValue);
            }
            case 2:
            {
                bool expected = model.TryGetValue(key, out long expectedValue);
                bool actual = tree.TryGetValue(me, key, out long value);
                return expected == actual && (!expected || value == expectedValue);
            }
            default:
                return model.ContainsKey(key) == tree.ContainsKey(me, key);
        }
    }

    [Theory]
    [InlineData("efrb/dfs-ibr")]
    public void Dfs_with_preemption_bound_2_exhausts_the_small_workload_without_a_bug(string id)
    {
        CanonicalBugTests.DfsExhaustsWithoutBug(id);
    }

    [Fact]
    public void Dfs_finds_the_missing_mark_step_in_the_small_workload_and_replays_it()
    {
        CanonicalBugTests.DfsCatchesAndReplays("efrb/no-mark-step");
    }

    [Fact]
    public void Range_returns_the_keys_in_the_interval_in_order_and_continues_after_a_full_destination()
    {
        var tree = NewTree(ReclamationScheme.Ibr, capacity: 256);
        var me = tree.Reclaimer.Register();
        foreach (long k in new long[] { 50, 10, 40, 20, 30, 60, -5 }) Assert.True(tree.TryAdd(me, k, k));
        Span<long> buffer = stackalloc long[8];
        Assert.Equal(new long[] { 20, 30, 40 }, buffer[..tree.Range(me, 15, 40, buffer)].ToArray());
        Assert.Equal(new long[] { 10, 20 }, buffer[..tree.Range(me, 10, 20, buffer)].ToArray());
        Assert.Equal(0, tree.Range(me, 41, 49, buffer));
        Assert.Equal(0, tree.Range(me, 60, 10, buffer));
        Span<long> two = stackalloc long[2];
        Assert.Equal(new long[] { -5, 10 }, two[..tree.Range(me, long.MinValue, long.MaxValue, two)].ToArray());
        Assert.Equal(new long[] { 20, 30 }, two[..tree.RangeAfter(me, 10, long.MaxValue, two)].ToArray());
        Assert.Equal(new long[] { 60 }, two[..tree.RangeAfter(me, 50, long.MaxValue, two)].ToArray());
        Assert.Equal(7, tree.Count(me));
    }

    [Fact]
    public void String_keys_go_through_the_ordinal_comparer_and_a_null_key_is_rejected()
    {
        var pool = new NodePool(64, links: EfrbTree<string, int, OrdinalStringKeyComparer>.LinksPerNode, payloadWords: EfrbTree<string, int, OrdinalStringKeyComparer>.PayloadWordsPerNode);
        var tree = new EfrbTree<string, int, OrdinalStringKeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, pool, 1));
        var me = tree.Reclaimer.Register();
        Assert.True(tree.TryAdd(me, "b", 2));
        Assert.True(tree.TryAdd(me, "a", 1));
        Assert.True(tree.TryAdd(me, "B", 0)); // ordinal: "B" < "a" < "b"
        Assert.False(tree.TryAdd(me, "a", 9));
        Assert.True(tree.TryGetValue(me, "a", out int a) && a == 1);
        var keys = new string[4];
        Assert.Equal(new[] { "B", "a", "b" }, keys[..tree.Keys(me, keys)]);
        foreach (var call in new Action[]
        {
            () => tree.TryAdd(me, null!, 0), () => tree.TryRemove(me, null!), () => tree.TryGetValue(me, null!, out _),
            () => tree.ContainsKey(me, null!), () => tree.Range(me, null!, "z", keys), () => tree.Range(me, "a", null!, keys),
        })
        {
            var e = Assert.Throws<ArgumentNullException>(call);
            Assert.Equal("key", e.ParamName);
        }
        Assert.Equal(3, tree.Count(me));
    }

    [Fact]
    public void Pool_exhaustion_names_the_capacity_and_leaves_the_tree_intact()
    {
        // Three sentinels, then four slots per insert (a leaf, the copy of the old leaf, an internal node, the record);
        // no reclamation, so the replaced leaves stay taken: 3 + 2 x 4 = 11 of 12 slots after two inserts.
        var tree = NewTree(ReclamationScheme.None, capacity: 12);
        var me = tree.Reclaimer.Register();
        Assert.True(tree.TryAdd(me, 1, 10));
        Assert.True(tree.TryAdd(me, 2, 20));
        var e = Assert.Throws<PoolExhaustedException>(() => tree.TryAdd(me, 3, 30));
        Assert.Contains("all 12 slots", e.Message, StringComparison.Ordinal);
        Assert.Contains("the NodePool capacity argument", e.Message, StringComparison.Ordinal); // the pool this test built
        Assert.Equal(new long[] { 1, 2 }, tree.PeekKeys());
        Assert.Null(tree.QuiescentViolation());
        Assert.False(tree.ContainsKey(me, 3));
        Assert.False(tree.TryAdd(me, 2, 0)); // present: needs no slot
        Assert.True(tree.TryRemove(me, 1, out long value)); // the slot the failed insert took went back: a delete's record fits
        Assert.Equal(10, value);
        Assert.Throws<PoolExhaustedException>(() => tree.TryRemove(me, 2));
        Assert.Equal(new long[] { 2 }, tree.PeekKeys());
        Assert.Null(tree.QuiescentViolation());
    }

    [Theory]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.Debra)]
    public void Removed_nodes_and_records_go_back_to_the_pool(ReclamationScheme scheme)
    {
        // 1,000 add/remove rounds through a pool of 24 slots: an insert takes four slots and retires the leaf it
        // replaced and its record, a delete takes one and retires the parent, the leaf and its record. Only possible
        // if every one of them is retired and reclaimed (retired once: NoDoubleFree watches the registered tests).
        var tree = NewTree(scheme, capacity: 24);
        var me = tree.Reclaimer.Register();
        for (long k = 0; k < 1000; k++)
        {
            Assert.True(tree.TryAdd(me, k % 7, k));
            Assert.True(tree.TryRemove(me, k % 7));
        }
        Assert.Empty(tree.PeekKeys());
        Assert.Null(tree.QuiescentViolation());
    }

    [Fact]
    public void Operations_allocate_nothing_in_steady_state()
    {
        var tree = NewTree(ReclamationScheme.Ibr, capacity: 1024);
        var me = tree.Reclaimer.Register();
        Span<long> buffer = stackalloc long[8];
        void Burst(ReclaimerThread t, Span<long> destination)
        {
            for (long k = 0; k < 16; k++) tree.TryAdd(t, k * 7 % 16, k);
            for (long k = 0; k < 16; k++) tree.TryGetValue(t, k, out _);
            tree.Range(t, 3, 9, destination);
            tree.Count(t);
            for (long k = 0; k < 16; k += 2) tree.TryRemove(t, k, out _);
            for (long k = 1; k < 16; k += 2) tree.TryRemove(t, k);
        }
        for (int i = 0; i < 100; i++) Burst(me, buffer);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 2_000; i++) Burst(me, buffer);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Real_threads_record_linearizable_histories() =>
        RealThreadSetHistories.Check(() =>
        {
            var tree = NewTree(ReclamationScheme.Ibr, capacity: 256, maxThreads: 3);
            return new(tree.Reclaimer, (me, key) => tree.TryAdd(me, key, key), tree.TryRemove, tree.ContainsKey, tree.QuiescentViolation);
        }, opsPerThread: 6, keys: 3);

    [Fact]
    public void Real_thread_stress_keeps_the_tree_ordered_and_the_per_key_counts_exact()
    {
        // Two threads, each owning the keys of one parity and sharing their subtrees, add and remove 20,000 times
        // through a small IBR pool; each thread's own key set is known exactly, so the final tree must be their union.
        var tree = NewTree(ReclamationScheme.Ibr, capacity: 512, maxThreads: 2);
        var owned = new SortedSet<long>[] { new(), new() };
        int mismatches = 0;
        var threads = Enumerable.Range(0, 2).Select(t => new System.Threading.Thread(() =>
        {
            var me = tree.Reclaimer.Register();
            var rng = new Random(t + 7);
            for (int i = 0; i < 20_000; i++)
            {
                long key = rng.Next(32) * 2 + t;
                bool agrees = rng.Next(2) == 0 ? owned[t].Add(key) == tree.TryAdd(me, key, key) : owned[t].Remove(key) == tree.TryRemove(me, key);
                if (!agrees) System.Threading.Interlocked.Increment(ref mismatches);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(0, mismatches);
        Assert.Equal(owned[0].Union(owned[1]).OrderBy(k => k), tree.PeekKeys());
        Assert.Null(tree.QuiescentViolation());
    }

    [Fact]
    public void Debra_plus_and_a_pool_of_the_wrong_shape_are_rejected_with_what_is_needed()
    {
        var pool = new NodePool(8, links: 3, payloadWords: 5);
        var e = Assert.Throws<ArgumentException>(() => new EfrbTree<long, long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.DebraPlus, pool, 1)));
        Assert.Contains("DEBRA+", e.Message, StringComparison.Ordinal);
        var small = new NodePool(8, links: 3, payloadWords: 2);
        e = Assert.Throws<ArgumentException>(() => new EfrbTree<long, long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, small, 1)));
        Assert.Contains("3 links and 5 payload words", e.Message, StringComparison.Ordinal);
    }
}
