using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Both skiplists order their keys by the Tier 1 comparer they are instantiated with: a reverse-order comparer on
/// 64-bit keys (sequential behaviour against a SortedDictionary with the same order, FsCheck; enumeration and range
/// queries descending), ordinal string keys, and a null key refused with <see cref="ArgumentNullException"/> by every
/// operation that takes a key, the structure left unchanged.
/// </summary>
public sealed class SkipListComparerTests
{
    private const int MaxLevel = 4;

    private static NodePool Pool(int capacity, int links, int payloadWords) =>
        new(capacity, tagged: true, threadCaches: 1, strict: true, links: links, payloadWords: payloadWords);

    private static Reclaimer Ibr(NodePool pool) =>
        Reclaimer.Create(ReclamationScheme.Ibr, pool, 1, WeftConfig.Default with { RetireThreshold = 2, EpochFrequency = 1 });

    private static LockFreeSkipList<TKey, TComparer> LockFree<TKey, TComparer>(int capacity = 64) where TComparer : struct, IKeyComparer<TKey> =>
        new(Ibr(Pool(capacity, LockFreeSkipList<TKey, TComparer>.LinksPerNode(MaxLevel), LockFreeSkipList<TKey, TComparer>.PayloadWordsPerNode)), MaxLevel);

    private static LockedSkipList<TKey, TComparer> Locked<TKey, TComparer>(int capacity = 64) where TComparer : struct, IKeyComparer<TKey> =>
        new(Ibr(Pool(capacity, LockedSkipList<TKey, TComparer>.LinksPerNode(MaxLevel), LockedSkipList<TKey, TComparer>.PayloadWordsPerNode)), MaxLevel);

    /// <summary>The operations both skiplists share, so one test body drives either.</summary>
    private sealed record MapOps<TKey>(
        ReclaimerThread Me,
        Func<TKey, long, bool> TryAdd,
        Func<TKey, (bool, long)> TryRemove,
        Func<TKey, (bool, long)> TryGetValue,
        Func<TKey, bool> ContainsKey,
        Func<TKey, long, long> AddOrUpdate,
        Func<TKey, TKey, TKey[], int> Range,
        Func<TKey[], int> Keys,
        Func<int> Count,
        Func<List<TKey>> PeekKeys,
        Func<string?> QuiescentViolation);

    private static MapOps<TKey> OpsOf<TKey, TComparer>(LockFreeSkipList<TKey, TComparer> l) where TComparer : struct, IKeyComparer<TKey>
    {
        var me = l.Reclaimer.Register();
        return new MapOps<TKey>(me, (k, v) => l.TryAdd(me, k, v), k => (l.TryRemove(me, k, out long v), v), k => (l.TryGetValue(me, k, out long v), v),
            k => l.ContainsKey(me, k), (k, v) => l.AddOrUpdate(me, k, v, x => x + 1), (a, b, d) => l.Range(me, a, b, d), d => l.Keys(me, d),
            () => l.Count(me), l.PeekKeys, l.QuiescentViolation);
    }

    private static MapOps<TKey> OpsOf<TKey, TComparer>(LockedSkipList<TKey, TComparer> l) where TComparer : struct, IKeyComparer<TKey>
    {
        var me = l.Reclaimer.Register();
        return new MapOps<TKey>(me, (k, v) => l.TryAdd(me, k, v), k => (l.TryRemove(me, k, out long v), v), k => (l.TryGetValue(me, k, out long v), v),
            k => l.ContainsKey(me, k), (k, v) => l.AddOrUpdate(me, k, v, x => x + 1), (a, b, d) => l.Range(me, a, b, d), d => l.Keys(me, d),
            () => l.Count(me), l.PeekKeys, l.QuiescentViolation);
    }

    private static MapOps<long> ReverseOrdered(string structure) => structure switch
    {
        "lock-free" => OpsOf(LockFree<long, ReverseInt64KeyComparer>()),
        _ => OpsOf(Locked<long, ReverseInt64KeyComparer>()),
    };

    private static MapOps<string> Ordinal(string structure) => structure switch
    {
        "lock-free" => OpsOf(LockFree<string, OrdinalStringKeyComparer>()),
        _ => OpsOf(Locked<string, OrdinalStringKeyComparer>()),
    };

    private sealed class Descending : IComparer<long>
    {
        public int Compare(long x, long y) => default(ReverseInt64KeyComparer).Compare(x, y);
    }

    [Theory]
    [InlineData("lock-free")]
    [InlineData("locked")]
    public void A_reverse_comparer_orders_the_map_descending(string structure)
    {
        var map = ReverseOrdered(structure);
        foreach (long k in new long[] { 5, 1, 9, 3, 7 }) Assert.True(map.TryAdd(k, k * 10));
        Assert.False(map.TryAdd(3, 0));
        Assert.Equal(new long[] { 9, 7, 5, 3, 1 }, map.PeekKeys());
        Assert.Null(map.QuiescentViolation());
        var all = new long[8];
        Assert.Equal(5, map.Keys(all));
        Assert.Equal(new long[] { 9, 7, 5, 3, 1 }, all.Take(5));
        var range = new long[8];
        Assert.Equal(3, map.Range(8, 3, range)); // from 8 down to 3 in the comparer's order
        Assert.Equal(new long[] { 7, 5, 3 }, range.Take(3));
        Assert.Equal(0, map.Range(3, 8, range)); // an empty interval in this order
        Assert.Equal((true, 70L), map.TryGetValue(7));
        Assert.Equal(71, map.AddOrUpdate(7, 0));
        Assert.Equal((true, 71L), map.TryRemove(7));
        Assert.False(map.ContainsKey(7));
        Assert.Equal(4, map.Count());
        Assert.Equal(new long[] { 9, 5, 3, 1 }, map.PeekKeys());
    }

    [Theory]
    [InlineData("lock-free")]
    [InlineData("locked")]
    public void Sequential_behaviour_under_a_reverse_comparer_matches_a_sorted_dictionary_with_that_order(string structure)
    {
        var ops = Gen.Choose(0, 3).SelectMany(op => Gen.Choose(0, 12).Select(key => (op, key))).ArrayOf();
        FsCheckXunit.Run(Prop.ForAll(ops.ToArbitrary(), commands =>
        {
            var map = ReverseOrdered(structure);
            var model = new SortedDictionary<long, long>(new Descending());
            foreach (var (op, key) in commands)
            {
                bool ok = op switch
                {
                    0 => map.TryAdd(key, key) == model.TryAdd(key, key),
                    1 => map.TryRemove(key) == (model.Remove(key, out long v) ? (true, v) : (false, 0L)),
                    2 => map.AddOrUpdate(key, 100) == (model[key] = model.TryGetValue(key, out long old) ? old + 1 : 100),
                    _ => map.TryGetValue(key) == (model.TryGetValue(key, out long w) ? (true, w) : (false, 0L)),
                };
                if (!ok) return false;
            }
            var keys = new long[16];
            int n = map.Keys(keys);
            return keys.Take(n).SequenceEqual(model.Keys) && map.PeekKeys().SequenceEqual(model.Keys) && map.QuiescentViolation() is null;
        }));
    }

    [Theory]
    [InlineData("lock-free")]
    [InlineData("locked")]
    public void String_keys_follow_the_ordinal_comparer(string structure)
    {
        var map = Ordinal(structure);
        foreach (string k in new[] { "pear", "Apple", "apple", "banana" }) Assert.True(map.TryAdd(k, k.Length));
        Assert.Equal(new[] { "Apple", "apple", "banana", "pear" }, map.PeekKeys()); // ordinal: upper case first
        var range = new string[4];
        Assert.Equal(2, map.Range("a", "c", range));
        Assert.Equal(new[] { "apple", "banana" }, range.Take(2));
        Assert.Equal((true, 4L), map.TryGetValue("pear"));
        Assert.False(map.ContainsKey("Pear"));
    }

    [Theory]
    [InlineData("lock-free")]
    [InlineData("locked")]
    public void A_null_key_is_an_ArgumentNullException_and_leaves_the_map_unchanged(string structure)
    {
        var map = Ordinal(structure);
        Assert.True(map.TryAdd("k", 1));
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => map.TryAdd(null!, 1)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => map.TryRemove(null!)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => map.TryGetValue(null!)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => map.ContainsKey(null!)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => map.AddOrUpdate(null!, 1)).ParamName);
        var buffer = new string[4];
        Assert.Equal("fromInclusive", Assert.Throws<ArgumentNullException>(() => map.Range(null!, "z", buffer)).ParamName);
        Assert.Equal("toInclusive", Assert.Throws<ArgumentNullException>(() => map.Range("a", null!, buffer)).ParamName);
        Assert.Equal(new[] { "k" }, map.PeekKeys());
        Assert.Null(map.QuiescentViolation());
        Assert.Equal((true, 1L), map.TryGetValue("k")); // no operation left open: the reclaimer still works
    }

    [Fact]
    public void Reverse_ordered_steady_state_allocates_nothing()
    {
        var list = LockFree<long, ReverseInt64KeyComparer>();
        var locked = Locked<long, ReverseInt64KeyComparer>();
        var me = list.Reclaimer.Register();
        var meLocked = locked.Reclaimer.Register();
        static long Plus1(long v) => v + 1;
        Func<long, long> increment = Plus1;
        void Round(long k)
        {
            list.TryAdd(me, k, k);
            list.AddOrUpdate(me, k, 0, increment);
            list.TryGetValue(me, k, out _);
            list.TryRemove(me, k, out _);
            locked.TryAdd(meLocked, k, k);
            locked.AddOrUpdate(meLocked, k, 0, increment);
            locked.TryGetValue(meLocked, k, out _);
            locked.TryRemove(meLocked, k, out _);
        }
        for (long k = 0; k < 1000; k++) Round(k % 16);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (long k = 0; k < 20_000; k++) Round(k % 16);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
