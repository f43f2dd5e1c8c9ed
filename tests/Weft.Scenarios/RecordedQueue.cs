using System;
using Weft.Linearizability;
using Weft.Models;
using Weft.Reclamation;

namespace Weft.Scenarios;

/// <summary>
/// A reclaimed unbounded queue (LCRQ, LSCQ) under a scenario, each call recorded in a history, so that the queue
/// workloads (<see cref="ReclaimedQueueWorkloads"/>) are written once for every such queue. At the end the main thread
/// drains the queue (values lost or duplicated by the concurrent phase show in the history too) and the history must be
/// linearizable with respect to the unbounded <see cref="QueueModel"/>.
/// </summary>
internal sealed class RecordedQueue
{
    /// <summary>The queue's dequeue: true with the value taken, false when it found the queue empty.</summary>
    public delegate bool TryDequeueCall(ReclaimerThread me, out long value);

    /// <summary>How many values the final drain takes at most (more than any workload enqueues).</summary>
    private const int DrainBound = 16;

    private readonly Action<ReclaimerThread, long> _enqueue;
    private readonly TryDequeueCall _tryDequeue;

    public RecordedQueue(Reclaimer reclaimer, Action<ReclaimerThread, long> enqueue, TryDequeueCall tryDequeue)
    {
        Reclaimer = reclaimer;
        _enqueue = enqueue;
        _tryDequeue = tryDequeue;
    }

    /// <summary>The reclaimer the queue's threads register with.</summary>
    public Reclaimer Reclaimer { get; }

    public History History { get; } = new();

    public void Enqueue(ReclaimerThread me, long value)
    {
        int id = History.Invoke(Checker.CurrentThreadId, "enqueue", value);
        _enqueue(me, value);
        History.Respond(id);
    }

    public object Dequeue(ReclaimerThread me)
    {
        int id = History.Invoke(Checker.CurrentThreadId, "dequeue");
        object result = _tryDequeue(me, out long v) ? v : Empty.Value;
        History.Respond(id, result);
        return result;
    }

    /// <summary>Dequeues until empty, then asserts that the history is linearizable.</summary>
    public void DrainAndCheck(ReclaimerThread me)
    {
        for (int i = 0; i < DrainBound; i++)
            if (Dequeue(me) is Empty) break;
        var r = LinearizabilityChecker.Check(History, new QueueModel());
        Checker.Assert(r.IsLinearizable, r.Witness);
    }
}
