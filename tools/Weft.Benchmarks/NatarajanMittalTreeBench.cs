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
/// The Natarajan-Mittal tree (<see cref="NatarajanMittalTree{TKey, TComparer}"/>), production build, against
/// <see cref="SortedSet{T}"/> under <c>lock</c> (the baseline), the unordered <see cref="ConcurrentDictionary{TKey, TValue}"/>
/// and the lock-free skiplist, on 1 and 2 threads over 1K and 64K keys: each thread runs <see cref="OpsPerThread"/> operations
/// of SkipListBench's mix, 90% lookups, 5% inserts and 5% removes of uniformly drawn keys, the same precomputed
/// sequence for every implementation; the set starts half full (the even keys, inserted in a random order). The reported time is per operation per thread
/// (OperationsPerInvoke): at 2 threads, equal times mean twice the throughput. The tree must allocate nothing per
/// operation in steady state (nodes come from the pool, recycled through the reclaimer).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class NatarajanMittalTreeBench
{
    public const int OpsPerThread = 20_000;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(1 << 10, 1 << 16)]
    public int Keys { get; set; }

    private long[][] _ops = null!; // per thread: (key << 2) | op, op 0 lookup, 1 insert, 2 remove
    private SortedSet<long> _locked = null!;
    private ConcurrentDictionary<long, byte> _concurrent = null!;
    private LockFreeSkipList<long, Int64KeyComparer> _skipList = null!;
    private ReclaimerThread[] _skipListT = null!;
    private NatarajanMittalTree<long, Int64KeyComparer> _ibr = null!, _debra = null!;
    private ReclaimerThread[] _ibrT = null!, _debraT = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _ops = SetMixOps.Draw(rng, Threads, Keys, OpsPerThread);
        _locked = new SortedSet<long>();
        _concurrent = new ConcurrentDictionary<long, byte>();
        var skipPool = new NodePool(Keys + 4096 * Threads, tagged: true, threadCaches: Threads, links: LockFreeSkipList<long, Int64KeyComparer>.LinksPerNode(16), payloadWords: LockFreeSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        _skipList = new LockFreeSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, skipPool, Threads, WeftConfig.Default), maxLevel: 16);
        _skipListT = Register(_skipList.Reclaimer);
        (_ibr, _ibrT) = Create(ReclamationScheme.Ibr);
        (_debra, _debraT) = Create(ReclamationScheme.Debra);
        // The even keys, in a random order: the tree is not balanced, and keys inserted in sorted order would make it
        // a list (Natarajan and Mittal's experiments also start from random inserts).
        long[] initial = new long[Keys / 2];
        for (int i = 0; i < initial.Length; i++) initial[i] = 2L * i;
        rng.Shuffle(initial);
        foreach (long k in initial)
        {
            _locked.Add(k);
            _concurrent.TryAdd(k, 0);
            _skipList.Add(_skipListT[0], k);
            _ibr.TryAdd(_ibrT[0], k);
            _debra.TryAdd(_debraT[0], k);
        }
    }

    private (NatarajanMittalTree<long, Int64KeyComparer>, ReclaimerThread[]) Create(ReclamationScheme scheme)
    {
        // Two nodes per key, the sentinels, and room for each thread's cache and limbo lists.
        var pool = new NodePool(2 * Keys + 8192 * Threads, tagged: true, threadCaches: Threads,
            links: NatarajanMittalTree<long, Int64KeyComparer>.LinksPerNode, payloadWords: NatarajanMittalTree<long, Int64KeyComparer>.PayloadWordsPerNode);
        var tree = new NatarajanMittalTree<long, Int64KeyComparer>(Reclaimer.Create(scheme, pool, Threads, WeftConfig.Default));
        return (tree, Register(tree.Reclaimer));
    }

    private ReclaimerThread[] Register(Reclaimer reclaimer)
    {
        var handles = new ReclaimerThread[Threads];
        for (int i = 0; i < Threads; i++) handles[i] = reclaimer.Register();
        return handles;
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

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft NatarajanMittalTree + IBR")]
    public void TreeIbr() => Run(t => Mix(_ibr, _ibrT[t], _ops[t]));

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft NatarajanMittalTree + DEBRA")]
    public void TreeDebra() => Run(t => Mix(_debra, _debraT[t], _ops[t]));

    private static void Mix(NatarajanMittalTree<long, Int64KeyComparer> tree, ReclaimerThread me, long[] ops)
    {
        foreach (long word in ops)
        {
            long key = word >> 2;
            _ = (word & 3) switch { 0 => tree.ContainsKey(me, key), 1 => tree.TryAdd(me, key), _ => tree.TryRemove(me, key) };
        }
    }

    private void Run(Action<int> body) => Parallelism.Run(Threads, body);
}
