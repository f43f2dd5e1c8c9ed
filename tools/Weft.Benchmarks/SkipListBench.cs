using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The lock-free skiplist (<see cref="LockFreeSkipList{TKey, TComparer}"/>) and the locked (lazy) skiplist
/// (<see cref="LockedSkipList{TKey, TComparer}"/>), production build, against ordered sets under a lock and
/// the unordered <see cref="ConcurrentDictionary{TKey, TValue}"/>, on 1 and 2 threads and on key ranges of 1K and
/// 64K: each thread runs <see cref="OpsPerThread"/> operations of a fixed mix, 90% lookups, 5% inserts and 5%
/// removes of uniformly drawn keys, the same precomputed sequence for every implementation; the set starts half
/// full, and inserts and removes keep it there. The reported time is per operation per thread (OperationsPerInvoke):
/// at 2 threads, equal times mean twice the throughput.
/// The baseline is <see cref="SortedSet{T}"/> under <c>lock</c>. The other references (category "reference") are not
/// Weft code and may allocate; the skiplists must allocate nothing per operation in steady state (nodes come from
/// the pool, recycled through the reclaimer).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class SkipListBench
{
    public const int OpsPerThread = 20_000;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(1 << 10, 1 << 16)]
    public int Keys { get; set; }

    private long[][] _ops = null!; // per thread: (key << 2) | op, op 0 lookup, 1 insert, 2 remove
    private SortedSet<long> _locked = null!;
    private SortedSet<long> _rwLocked = null!;
    private SortedDictionary<long, long> _lockedMap = null!;
    private ReaderWriterLockSlim _rwLock = null!;
    private ConcurrentDictionary<long, byte> _concurrent = null!;
    private LockFreeSkipList<long, Int64KeyComparer> _ibr = null!, _debra = null!;
    private ReclaimerThread[] _ibrT = null!, _debraT = null!;
    private LockedSkipList<long, Int64KeyComparer> _lockedIbr = null!;
    private ReclaimerThread[] _lockedIbrT = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _ops = SetMixOps.Draw(rng, Threads, Keys, OpsPerThread);
        _locked = new SortedSet<long>();
        _rwLocked = new SortedSet<long>();
        _lockedMap = new SortedDictionary<long, long>();
        _rwLock = new ReaderWriterLockSlim(LockRecursionPolicy.NoRecursion);
        _concurrent = new ConcurrentDictionary<long, byte>();
        (_ibr, _ibrT) = Create(ReclamationScheme.Ibr);
        (_debra, _debraT) = Create(ReclamationScheme.Debra);
        (_lockedIbr, _lockedIbrT) = CreateLocked(ReclamationScheme.Ibr);
        for (long k = 0; k < Keys; k += 2)
        {
            _locked.Add(k);
            _rwLocked.Add(k);
            _lockedMap.Add(k, k);
            _concurrent.TryAdd(k, 0);
            _ibr.Add(_ibrT[0], k);
            _debra.Add(_debraT[0], k);
            _lockedIbr.Add(_lockedIbrT[0], k);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _rwLock.Dispose();

    private (LockFreeSkipList<long, Int64KeyComparer>, ReclaimerThread[]) Create(ReclamationScheme scheme)
    {
        // Room for every key, each thread's cache and limbo lists; towers of up to 16 levels (log2 of 64K keys).
        var pool = new NodePool(Keys + 4096 * Threads, tagged: true, threadCaches: Threads, links: LockFreeSkipList<long, Int64KeyComparer>.LinksPerNode(16), payloadWords: LockFreeSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        var list = new LockFreeSkipList<long, Int64KeyComparer>(Reclaimer.Create(scheme, pool, Threads, WeftConfig.Default), maxLevel: 16);
        var handles = new ReclaimerThread[Threads];
        for (int i = 0; i < Threads; i++) handles[i] = list.Reclaimer.Register();
        return (list, handles);
    }

    private (LockedSkipList<long, Int64KeyComparer>, ReclaimerThread[]) CreateLocked(ReclamationScheme scheme)
    {
        var pool = new NodePool(Keys + 4096 * Threads, tagged: true, threadCaches: Threads, links: LockedSkipList<long, Int64KeyComparer>.LinksPerNode(16), payloadWords: LockedSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
        var list = new LockedSkipList<long, Int64KeyComparer>(Reclaimer.Create(scheme, pool, Threads, WeftConfig.Default), maxLevel: 16);
        var handles = new ReclaimerThread[Threads];
        for (int i = 0; i < Threads; i++) handles[i] = list.Reclaimer.Register();
        return (list, handles);
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

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "SortedDictionary<long, long> under lock")]
    [BenchmarkCategory("reference")]
    public void LockedMap() => Run(t =>
    {
        foreach (long word in _ops[t])
        {
            long key = word >> 2;
            lock (_lockedMap)
            {
                _ = (word & 3) switch { 0 => _lockedMap.TryGetValue(key, out _), 1 => _lockedMap.TryAdd(key, key), _ => _lockedMap.Remove(key) };
            }
        }
    });

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "SortedSet<long> under ReaderWriterLockSlim")]
    [BenchmarkCategory("reference")]
    public void ReaderWriterLocked() => Run(t =>
    {
        foreach (long word in _ops[t])
        {
            long key = word >> 2;
            if ((word & 3) == 0)
            {
                _rwLock.EnterReadLock();
                _ = _rwLocked.Contains(key);
                _rwLock.ExitReadLock();
                continue;
            }
            _rwLock.EnterWriteLock();
            _ = (word & 3) == 1 ? _rwLocked.Add(key) : _rwLocked.Remove(key);
            _rwLock.ExitWriteLock();
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
    public void SkipListIbr() => Run(t => Mix(_ibr, _ibrT[t], _ops[t]));

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft LockFreeSkipList<long, Int64KeyComparer> + DEBRA")]
    public void SkipListDebra() => Run(t => Mix(_debra, _debraT[t], _ops[t]));

    [Benchmark(OperationsPerInvoke = OpsPerThread, Description = "Weft LockedSkipList<long, Int64KeyComparer> + IBR")]
    public void LockedSkipListIbr() => Run(t =>
    {
        var list = _lockedIbr;
        var me = _lockedIbrT[t];
        foreach (long word in _ops[t])
        {
            long key = word >> 2;
            _ = (word & 3) switch { 0 => list.Contains(me, key), 1 => list.Add(me, key), _ => list.Remove(me, key) };
        }
    });

    private static void Mix(LockFreeSkipList<long, Int64KeyComparer> list, ReclaimerThread me, long[] ops)
    {
        foreach (long word in ops)
        {
            long key = word >> 2;
            _ = (word & 3) switch { 0 => list.Contains(me, key), 1 => list.Add(me, key), _ => list.Remove(me, key) };
        }
    }

    private void Run(Action<int> body) => Parallelism.Run(Threads, body);
}
