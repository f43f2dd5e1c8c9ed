using System;
using Weft.Collections;
using Weft.Platform;

namespace Weft.Benchmarks;

/// <summary>
/// The stress run's workload for the bounded queues without a pool or a reclaimer (SCQ, wCQ), over a small queue so
/// that it is full often: each thread enqueues bursts of unique values (a burst goes on past a full queue, whose
/// enqueues fail and count no value) and tries to dequeue as many. Checks, with the threads stopped: every consumer saw
/// each producer's values in increasing order (nothing duplicated or reordered), the values dequeued plus those drained
/// after the run are exactly those enqueued (nothing lost), and the drained queue takes exactly its capacity again and
/// gives it back in order (no slot index of its two rings lost or held twice). The report has no limbo and no bound
/// (there is no reclaimer); its committed slots are the queue's capacity, fixed at construction.
/// </summary>
internal static class BoundedQueueStress
{
    private const int Burst = 48, Capacity = 16; // bursts over the capacity: the queue fills and enqueues fail

    /// <summary>The text of the failures of the value count and of the refill (the stress run's negative control looks for it).</summary>
    internal const string LossFailure = "lost or duplicated";

    /// <summary>One thread's view of the queue under test (wCQ: through the thread's own handle).</summary>
    public sealed record Endpoint(Func<long, bool> TryEnqueue, TryDequeue Dequeue);

    public delegate bool TryDequeue(out long value);

    /// <summary>A queue under test: its capacity and a way to give each thread its endpoint.</summary>
    public sealed record Queue(int Capacity, Func<Endpoint> Register);

    public static Queue Scq(WeftConfig config)
    {
        var q = new ScqQueue<long>(Capacity, config);
        return new Queue(q.Capacity, () => new Endpoint(q.TryEnqueue, q.TryDequeue));
    }

    public static Queue Wcq(WeftConfig config)
    {
        var q = new WcqQueue<long>(Capacity, threads: 2, config: config);
        return new Queue(q.Capacity, () =>
        {
            var handle = q.Register();
            return new Endpoint(v => q.TryEnqueue(handle, v), (out long v) => q.TryDequeue(handle, out v));
        });
    }

    public static (StressReport, string?) Run(Queue queue, TimeSpan duration)
    {
        var endpoints = new[] { queue.Register(), queue.Register() };
        var enqueued = new StressRun.Digest[2];
        var dequeued = new StressRun.Digest[2];
        var ops = new long[2];
        string? failure = StressRun.OnThreads(duration, (t, running) =>
        {
            var me = endpoints[t];
            long seq = 0;
            var last = new long[] { -1, -1 };
            var rng = new Random(t + 1);
            while (running())
            {
                int n = rng.Next(1, Burst + 1);
                for (int i = 0; i < n; i++)
                {
                    long v = ((long)(t + 1) << 40) | seq;
                    if (!me.TryEnqueue(v)) continue; // full: the value was not enqueued and is not counted
                    seq++;
                    enqueued[t].Add(v);
                }
                for (int i = 0; i < n; i++)
                {
                    if (!me.Dequeue(out long v)) continue;
                    StressRun.CheckProducerOrder(last, v);
                    dequeued[t].Add(v);
                }
                ops[t] += 2 * n;
            }
        });
        failure ??= CheckDrain(endpoints, enqueued, dequeued);
        failure ??= CheckRefill(endpoints[1], queue.Capacity);
        return (new StressReport(ops[0] + ops[1], PeakPending: 0, Bound: -1, queue.Capacity, WidestSpan: 0), failure);
    }


    /// <summary>Drains the queue on one thread, then checks that nothing is left and that the values match those enqueued.</summary>
    private static string? CheckDrain(Endpoint[] endpoints, StressRun.Digest[] enqueued, StressRun.Digest[] dequeued)
    {
        var all = new StressRun.Digest();
        all.Add(dequeued[0]);
        all.Add(dequeued[1]);
        var last = new long[] { -1, -1 };
        long drained = 0;
        string? failure = null;
        while (endpoints[0].Dequeue(out long rest))
        {
            try { StressRun.CheckProducerOrder(last, rest); }
            catch (InvalidOperationException e) { failure ??= $"drain: {e.Message}"; }
            all.Add(rest);
            drained++;
        }
        for (int retry = 0; retry < 1000; retry++)
            if (endpoints[retry & 1].Dequeue(out long late))
            {
                all.Add(late);
                failure ??= $"a drain on one thread returned empty after {drained} values, then a later dequeue returned a value";
            }
        var expected = new StressRun.Digest();
        expected.Add(enqueued[0]);
        expected.Add(enqueued[1]);
        return failure ?? (all.SameAs(expected) ? null : $"values {LossFailure}: dequeued {all}, enqueued {expected}");
    }

    /// <summary>The empty queue takes exactly <paramref name="capacity"/> values, refuses one more, and gives them back in order.</summary>
    private static string? CheckRefill(Endpoint endpoint, int capacity)
    {
        for (int i = 0; i < capacity; i++)
            if (!endpoint.TryEnqueue(i)) return $"the drained queue was full after {i} of its {capacity} values: slot indices {LossFailure}";
        if (endpoint.TryEnqueue(capacity)) return $"the drained queue took more than its {capacity} values: slot indices {LossFailure}";
        for (int i = 0; i < capacity; i++)
        {
            if (!endpoint.Dequeue(out long v)) return $"the refilled queue was empty after {i} of its {capacity} values";
            if (v != i) return $"the refilled queue returned {v} at position {i}";
        }
        return endpoint.Dequeue(out long extra) ? $"the refilled queue returned {extra} after its {capacity} values" : null;
    }
}
