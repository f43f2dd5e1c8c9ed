using System.Collections.Generic;
using Weft.Memory;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// A large pool's magazine refills take runs of <see cref="NodePool.BatchSize"/> slots off the free list with one CAS
/// after walking the run's links, which another thread may change meanwhile (its own run's CAS, a growth pushing a new
/// chunk). Explored under the scheduler, every load of the walk is a scheduling point: two threads each take two runs
/// (the second from a chunk one of them adds), free what they took, and no slot is handed out twice or lost.
/// </summary>
public sealed class NodePoolRunTests
{
    private const int PerThread = NodePool.BatchSize + 2; // a run, then a second refill

    [Fact]
    public void Two_threads_refilling_runs_off_a_growing_free_list_never_share_or_lose_a_slot()
    {
        var r = Checker.Explore(TwoRefillers, CheckOptions.Default with { Iterations = 200, ScheduleDirectory = TestPaths.ScheduleDir });
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(200, r.Iterations);
    }

    private static void TwoRefillers()
    {
        // 2,048 slots for 2 magazines: the smallest pool whose refills take runs; 128 at first, so the second runs come
        // from a chunk added while the other thread may be walking or taking its own run.
        var pool = new NodePool(8 * 2 * NodePool.CacheSize, tagged: true, threadCaches: 2, initialSlots: 2 * NodePool.BatchSize);
        var taken = new long[2][];
        var a = WeftThread.Start(() => taken[0] = TakeAndFree(pool, 0));
        var b = WeftThread.Start(() => taken[1] = TakeAndFree(pool, 1));
        a.Join();
        b.Join();
        var seen = new HashSet<int>();
        foreach (var handles in taken)
            foreach (long h in handles) Checker.Assert(seen.Add(NodePool.IndexOf(h)), $"slot {NodePool.IndexOf(h)} was handed to both threads");
        Checker.Assert(pool.AuditFreeSlots() == pool.CommittedSlots, "a slot taken in a run was lost");
    }

    private static long[] TakeAndFree(NodePool pool, int thread)
    {
        var handles = new long[PerThread];
        for (int i = 0; i < PerThread; i++) handles[i] = pool.Allocate(thread);
        foreach (long h in handles) pool.Free(thread, h);
        return handles;
    }
}
