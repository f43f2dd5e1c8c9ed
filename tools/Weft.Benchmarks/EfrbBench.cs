using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The EFRB tree (<see cref="EfrbTree{TKey, TValue, TComparer}"/>), production build, in <see cref="SkipListBench"/>'s
/// shape: 1 and 2 threads on 1K and 64K keys, each thread running <see cref="OpsPerThread"/> operations of 90% lookups, 5%
/// inserts and 5% removes of uniformly drawn keys (the same precomputed sequence for every implementation), the set
/// kept half full (filled in a random order: the tree is unbalanced). Time per operation per thread (OperationsPerInvoke). Baseline: <see cref="SortedSet{T}"/> under
/// <c>lock</c>; references in the same run: <see cref="ConcurrentDictionary{TKey, TValue}"/> (unordered) and the
/// lock-free skiplist with IBR. The tree must allocate nothing per operation in steady state. The insert-only
/// workload of both trees is <see cref="TreeInsertOnlyBench"/>.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class EfrbBench
{
    public const int OpsPerThread = 20_000;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(1 << 10, 1 << 16)]
    public int Keys { get; set; }

    private long[][] _ops = null!; // per thread: (key << 2) | op, op 0 lookup, 1 insert, 2 remove
    private SortedSet<long> _locked = null!;
    private ConcurrentDictionary<long, byte> _concurrent = null!;
    private EfrbTree<long, long, Int64KeyComparer> _treeIbr = null!, _treeDebra = null!;
    private ReclaimerThread[] _treeIbrT = null!, _treeDebraT = null!;
    private LockFreeSkipList<long, Int64KeyComparer> _skipList = null!;
    private ReclaimerThread[] _skipListT = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _ops = SetMixOps.Draw(rng, Threads, Keys, OpsPerThread);
        _locked = new SortedSet<long>();
        _concurrent = new ConcurrentDictionary<long, byte>();
        (_treeIbr, _treeIbrT) = CreateTree(ReclamationScheme.Ibr);
        (_treeDebra, _treeDebraT) = CreateTree(ReclamationScheme.Debra);
        var pool = new NodePool(Keys + 4096 * Threads, tagged: true, threadCaches: Threads, links: LockFreeSkipList<long, Int64KeyComparer>.LinksPerNode(16), payloadWords: LockFreeSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        _skipList = new LockFreeSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, pool, Threads, WeftConfig.Default), maxLevel: 16);
        _skipListT = new ReclaimerThread[Threads];
        for (int i = 0; i < Threads; i++) _skipListT[i] = _skipList.Reclaimer.Register();
        // The even keys, in a shuffled order: the tree is not balanced, so ascending inserts would build a path of
        // Keys / 2 nodes; a random order gives the expected depth of a random BST (about 2 ln n). Every structure gets
        // the same order.
        var prefill = new long[Keys / 2];
        for (int i = 0; i < prefill.Length; i++) prefill[i] = 2L * i;
        rng.Shuffle(prefill);
        foreach (long k in prefill)
        {
            _locked.Add(k);
            _concurrent.TryAdd(k, 0);
            _treeIbr.TryAdd(_treeIbrT[0], k, k);
            _treeDebra.TryAdd(_treeDebraT[0], k, k);
            _skipList.Add(_skipListT[0], k);
        }
    }

    private (EfrbTree<long, long, Int64KeyComparer>, ReclaimerThread[]) CreateTree(ReclamationScheme scheme)
    {
        // Two nodes per key (a leaf and an internal node), plus room for records, caches and limbo lists.
        var pool = new NodePool(2 * Keys + 8192 * Threads, tagged: true, threadCaches: Threads,
            links: EfrbTree<long, long, Int64KeyComparer>.LinksPerNode, payloadWords: EfrbTree<long, long, Int64KeyComparer>.PayloadWordsPerNode);
        var tree = new EfrbTree<long, long, Int64KeyComparer>(Reclaimer.Create(scheme, pool, Threads, WeftConfig.Default));
        var handles = new ReclaimerThread[Threads];
        for (int i = 0; i < Threads; i++) handles[i] = tree.Reclaimer.Register();
        return (tree, handles);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = OpsPerThread, Description = "SortedSet<long> under lock")]
    public void Locked() => Run(t =>
    {
        foreach (long word in _ops[t])
        {
            long key = word >> 2;
            lock (_locked)
            {
                _ = (word & 3) switch { 0 => _locked.Contains(key), 1 => _locked.Add(key), _ => _locked.Remove(key) };
            }
        }
    });

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "ConcurrentDictionary<long, byte> (unordered)")]
    [BenchmarkCategory("reference")]
    public void Concurrent() => Run(t =>
    {
        foreach (long word in _ops[t])
        {
            long key = word >> 2;
            _ = (word & 3) switch { 0 => _concurrent.ContainsKey(key), 1 => _concurrent.TryAdd(key, 0), _ => _concurrent.TryRemove(key, out _) };
        }
    });

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft EfrbTree + IBR")]
    public void TreeIbr() => Run(t => Mix(_treeIbr, _treeIbrT[t], _ops[t]));

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft EfrbTree + DEBRA")]
    public void TreeDebra() => Run(t => Mix(_treeDebra, _treeDebraT[t], _ops[t]));

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft LockFreeSkipList<long, Int64KeyComparer> + IBR")]
    [BenchmarkCategory("reference")]
    public void SkipListIbr() => Run(t =>
    {
        var list = _skipList;
        var me = _skipListT[t];
        foreach (long word in _ops[t])
        {
            long key = word >> 2;
            _ = (word & 3) switch { 0 => list.Contains(me, key), 1 => list.Add(me, key), _ => list.Remove(me, key) };
        }
    });

    private static void Mix(EfrbTree<long, long, Int64KeyComparer> tree, ReclaimerThread me, long[] ops)
    {
        foreach (long word in ops)
        {
            long key = word >> 2;
            _ = (word & 3) switch { 0 => tree.ContainsKey(me, key), 1 => tree.TryAdd(me, key, key), _ => tree.TryRemove(me, key) };
        }
    }

    private void Run(Action<int> body) => Parallelism.Run(Threads, body);
}
