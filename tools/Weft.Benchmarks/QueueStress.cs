using System;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The stress run's queue workload (LSCQ, LCRQ over small rings, so rings are retired and reused all the time): each
/// thread enqueues bursts of unique values and dequeues as many; every consumer must see each producer's values in
/// increasing order, and the values dequeued (plus those drained after the run) must be those enqueued.
/// </summary>
internal static class QueueStress
{
    private const int Burst = 48, RingCapacity = 16; // bursts over a ring's capacity: rings fill, close and are retired

    /// <summary>A queue under test, seen through its operations.</summary>
    public sealed record Queue(Reclaimer Reclaimer, Action<ReclaimerThread, long> Enqueue, TryDequeue Dequeue);

    public delegate bool TryDequeue(ReclaimerThread t, out long value);

    private static Reclaimer Reclaimer(WeftConfig config) =>
        Weft.Reclamation.Reclaimer.Create(config.Reclamation, new NodePool(1 << 22, tagged: true, threadCaches: 2, initialSlots: 64), 2, config);

    public static Queue Lscq(WeftConfig config)
    {
        var r = Reclaimer(config);
        var q = new LscqQueue<long>(r, RingCapacity);
        return new Queue(r, q.Enqueue, q.TryDequeue);
    }

    public static Queue Lcrq(WeftConfig config)
    {
        var r = Reclaimer(config);
        var q = new LcrqQueue<long>(r, RingCapacity, valueCapacity: 1 << 12);
        return new Queue(r, q.Enqueue, q.TryDequeue);
    }

    public static (StressReport, string?) Run(Queue queue, TimeSpan duration)
    {
        var r = queue.Reclaimer;
        var handles = new[] { r.Register(), r.Register() };
        int inUseWhenEmpty = r.Pool.CommittedSlots - r.Pool.AuditFreeSlots();
        var enqueued = new StressRun.Digest[2];
        var dequeued = new StressRun.Digest[2];
        var peak = new long[2];
        var ops = new long[2];
        string? failure = StressRun.OnThreads(duration, (t, running) =>
        {
            var me = handles[t];
            long seq = 0;
            var last = new long[] { -1, -1 };
            var rng = new Random(t + 1);
            while (running())
            {
                int n = rng.Next(1, Burst + 1);
                for (int i = 0; i < n; i++)
                {
                    long v = ((long)(t + 1) << 40) | seq++;
                    queue.Enqueue(me, v);
                    enqueued[t].Add(v);
                }
                for (int i = 0; i < n; i++)
                {
                    if (!queue.Dequeue(me, out long v)) continue;
                    StressRun.CheckProducerOrder(last, v);
                    dequeued[t].Add(v);
                }
                ops[t] += 2 * n;
                peak[t] = Math.Max(peak[t], me.Pending);
            }
        });
        var all = new StressRun.Digest();
        all.Add(dequeued[0]);
        all.Add(dequeued[1]);
        long drained = 0;
        while (queue.Dequeue(handles[0], out long rest))
        {
            all.Add(rest);
            drained++;
        }
        for (int retry = 0; retry < 1000; retry++)
            if (queue.Dequeue(handles[retry & 1], out long late))
            {
                all.Add(late);
                failure ??= $"a drain on one thread returned empty after {drained} values, then a later dequeue returned a value";
            }
        var expected = new StressRun.Digest();
        expected.Add(enqueued[0]);
        expected.Add(enqueued[1]);
        failure ??= all.SameAs(expected) ? null : $"dequeued {all}, enqueued {expected}";
        return StressRun.Finish(r, handles, 4 * Burst, retiresPerOp: 1, ops, peak, inUseWhenEmpty, failure);
    }
}
