using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The workloads the LCRQ and LSCQ scenarios run on a <see cref="RecordedQueue"/>: small enough for exhaustive DFS
/// (<see cref="EnqueuesVsDequeue"/>), two threads that enqueue ahead of their dequeues, and three threads where
/// dequeues run ahead of enqueues. Each registers its threads with the queue's reclaimer; the main thread drains the
/// queue at the end and checks the history.
/// </summary>
internal static class ReclaimedQueueWorkloads
{
    /// <summary>Two enqueues by one thread against a dequeue by another.</summary>
    public static void EnqueuesVsDequeue(RecordedQueue queue)
    {
        var a = WeftThread.Start(() =>
        {
            var me = queue.Reclaimer.Register();
            queue.Enqueue(me, 1);
            queue.Enqueue(me, 2);
        });
        var b = WeftThread.Start(() => queue.Dequeue(queue.Reclaimer.Register()));
        a.Join();
        b.Join();
        queue.DrainAndCheck(queue.Reclaimer.Register());
    }

    public static void TwoThreads(RecordedQueue queue)
    {
        var a = WeftThread.Start(() =>
        {
            var me = queue.Reclaimer.Register();
            queue.Enqueue(me, 1);
            queue.Enqueue(me, 2);
            queue.Dequeue(me);
        });
        var b = WeftThread.Start(() =>
        {
            var me = queue.Reclaimer.Register();
            queue.Enqueue(me, 3);
            queue.Dequeue(me);
            queue.Dequeue(me);
        });
        a.Join();
        b.Join();
        queue.DrainAndCheck(queue.Reclaimer.Register());
    }

    public static void ThreeThreads(RecordedQueue queue)
    {
        var a = WeftThread.Start(() =>
        {
            var me = queue.Reclaimer.Register();
            queue.Enqueue(me, 1);
            queue.Dequeue(me);
            queue.Enqueue(me, 2);
        });
        var b = WeftThread.Start(() =>
        {
            var me = queue.Reclaimer.Register();
            queue.Enqueue(me, 3);
            queue.Enqueue(me, 4);
        });
        var c = WeftThread.Start(() =>
        {
            var me = queue.Reclaimer.Register();
            queue.Dequeue(me);
            queue.Dequeue(me);
        });
        a.Join();
        b.Join();
        c.Join();
        queue.DrainAndCheck(queue.Reclaimer.Register());
    }
}
