using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The insert-only workload of the ordered sets, production build: the EFRB tree and the Natarajan-Mittal tree against
/// <see cref="SortedSet{T}"/> under <c>lock</c> (the baseline) and the lock-free skiplist, all reclaimed by IBR, on 1
/// and 2 threads and key ranges of 1K and 64K. Each thread runs <see cref="OpsPerThread"/> inserts of uniformly drawn
/// keys below the range (the same precomputed sequence for every implementation) into a set that starts half full
/// (the even keys, inserted in one random order: the trees are not balanced); every structure is rebuilt before each
/// invocation (<see cref="IterationSetupAttribute"/>), so every invocation inserts into the same starting set. At 1K
/// keys the 512 absent keys fill up within the first few thousand draws and most inserts then find their key (a
/// search); at 64K most inserts add a key. Time per operation per thread (OperationsPerInvoke). The trees and the
/// skiplist must allocate nothing per operation in steady state (nodes come from the pool).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class TreeInsertOnlyBench
{
    public const int OpsPerThread = 20_000;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(1 << 10, 1 << 16)]
    public int Keys { get; set; }

    private long[][] _keys = null!;
    private long[] _initial = null!;
    private SortedSet<long> _locked = null!;
    private EfrbTree<long, long, Int64KeyComparer> _efrb = null!;
    private ReclaimerThread[] _efrbT = null!;
    private NatarajanMittalTree<long, Int64KeyComparer> _nm = null!;
    private ReclaimerThread[] _nmT = null!;
    private LockFreeSkipList<long, Int64KeyComparer> _skipList = null!;
    private ReclaimerThread[] _skipListT = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _keys = new long[Threads][];
        for (int t = 0; t < Threads; t++)
        {
            _keys[t] = new long[OpsPerThread];
            for (int i = 0; i < OpsPerThread; i++) _keys[t][i] = rng.Next(Keys);
        }
        _initial = new long[Keys / 2];
        for (int i = 0; i < _initial.Length; i++) _initial[i] = 2L * i;
        rng.Shuffle(_initial);
    }

    /// <summary>Rebuilds every structure with the starting keys (not timed).</summary>
    [IterationSetup]
    public void Rebuild()
    {
        _locked = new SortedSet<long>();
        // Two nodes per key (leaf and internal node), plus room for records, caches and limbo lists.
        var efrbPool = new NodePool(2 * Keys + 8192 * Threads, tagged: true, threadCaches: Threads,
            links: EfrbTree<long, long, Int64KeyComparer>.LinksPerNode, payloadWords: EfrbTree<long, long, Int64KeyComparer>.PayloadWordsPerNode);
        _efrb = new EfrbTree<long, long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, efrbPool, Threads, WeftConfig.Default));
        _efrbT = Register(_efrb.Reclaimer);
        var nmPool = new NodePool(2 * Keys + 8192 * Threads, tagged: true, threadCaches: Threads,
            links: NatarajanMittalTree<long, Int64KeyComparer>.LinksPerNode, payloadWords: NatarajanMittalTree<long, Int64KeyComparer>.PayloadWordsPerNode);
        _nm = new NatarajanMittalTree<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, nmPool, Threads, WeftConfig.Default));
        _nmT = Register(_nm.Reclaimer);
        var skipPool = new NodePool(Keys + 4096 * Threads, tagged: true, threadCaches: Threads, links: LockFreeSkipList<long, Int64KeyComparer>.LinksPerNode(16), payloadWords: LockFreeSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        _skipList = new LockFreeSkipList<long, Int64KeyComparer>(Reclaimer.Create(ReclamationScheme.Ibr, skipPool, Threads, WeftConfig.Default), maxLevel: 16);
        _skipListT = Register(_skipList.Reclaimer);
        foreach (long k in _initial)
        {
            _locked.Add(k);
            _efrb.TryAdd(_efrbT[0], k, k);
            _nm.TryAdd(_nmT[0], k);
            _skipList.Add(_skipListT[0], k);
        }
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
        foreach (long key in _keys[t])
        {
            lock (_locked) _locked.Add(key);
        }
    });

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft EfrbTree + IBR")]
    public void Efrb() => Run(t =>
    {
        var tree = _efrb;
        var me = _efrbT[t];
        foreach (long key in _keys[t]) tree.TryAdd(me, key, key);
    });

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft NatarajanMittalTree + IBR")]
    public void NatarajanMittal() => Run(t =>
    {
        var tree = _nm;
        var me = _nmT[t];
        foreach (long key in _keys[t]) tree.TryAdd(me, key);
    });

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft LockFreeSkipList<long, Int64KeyComparer> + IBR")]
    public void SkipList() => Run(t =>
    {
        var list = _skipList;
        var me = _skipListT[t];
        foreach (long key in _keys[t]) list.Add(me, key);
    });

    private void Run(Action<int> body) => Parallelism.Run(Threads, body);
}
