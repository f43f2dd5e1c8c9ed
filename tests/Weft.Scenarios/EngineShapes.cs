using Weft.Atomics;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The shapes `weft bench engine` measures (the shapes other engines' throughput is usually quoted for): two threads with
/// 50 scheduling points each (about 105 steps per iteration with spawns, starts and joins) and two threads with
/// one point each. They have no bug; they measure the engine's cost per iteration and per step.
/// </summary>
public static class EngineShapes
{
    [WeftTest("bench/two-threads-50-points", Budget = 200, Description = "two threads, 50 atomic increments each (engine cost shape)")]
    public static void TwoThreads50() => Run(50);

    [WeftTest("bench/two-threads-1-point", Budget = 200, Description = "two threads, one atomic increment each (engine fixed cost shape)")]
    public static void TwoThreads1() => Run(1);

    /// <summary>
    /// The store-buffer shape (measured by <c>weft bench engine --memory-model tso</c>): two threads alternate 25 relaxed
    /// stores to their own cell with 25 loads of the other's, so under TSO every store is buffered and flushes compete
    /// with the threads at most steps. Every outcome is allowed; it checks nothing.
    /// </summary>
    [WeftTest("bench/two-threads-50-stores-loads", Budget = 200, Description = "two threads, 25 relaxed stores and 25 loads each (store-buffer cost shape)")]
    public static void TwoThreadsStoresLoads()
    {
        var x = new Counter();
        var y = new Counter();
        void Work(Counter mine, Counter other)
        {
            for (int i = 0; i < 25; i++)
            {
                mine.Value.Store(i, MemoryOrder.Relaxed);
                other.Value.Load(MemoryOrder.Relaxed);
            }
        }
        var a = WeftThread.Start(() => Work(x, y));
        var b = WeftThread.Start(() => Work(y, x));
        a.Join();
        b.Join();
    }

    /// <summary>The id of <see cref="TwoThreadsPlainHandoff"/> (the race detector's cost shape).</summary>
    public const string PlainHandoffId = "bench/two-threads-plain-handoff";

    /// <summary>
    /// The plain-data shape (measured by <c>weft bench engine --race-detector</c>): each of two threads 25 times writes a
    /// plain payload word of its own and publishes it with a release store, then acquires the other's word and reads
    /// its payload (race-free when the other has published; a stale read is allowed and checked by nothing).
    /// </summary>
    [WeftTest(PlainHandoffId, Budget = 200, Description = "two threads, 25 plain writes each published by release stores and read after acquire loads (race-detector cost shape)")]
    public static void TwoThreadsPlainHandoff()
    {
        var x = new Mailbox();
        var y = new Mailbox();
        void Work(Mailbox mine, Mailbox other)
        {
            for (int i = 1; i <= 25; i++)
            {
                Plain.Write(ref mine.Payload[i], i);
                mine.Published.Store(i, MemoryOrder.Release);
                int seen = other.Published.Load(MemoryOrder.Acquire);
                if (seen > 0) _ = Plain.Read(ref other.Payload[seen]);
            }
        }
        var a = WeftThread.Start(() => Work(x, y));
        var b = WeftThread.Start(() => Work(y, x));
        a.Join();
        b.Join();
    }

    private sealed class Mailbox
    {
        public readonly long[] Payload = new long[26];
        public AtomicInt32 Published;
    }

    private static void Run(int points)
    {
        var c = new Counter();
        void Work()
        {
            for (int i = 0; i < points; i++) c.Value.FetchAdd(1, MemoryOrder.Relaxed);
        }
        var a = WeftThread.Start(Work);
        var b = WeftThread.Start(Work);
        a.Join();
        b.Join();
        Checker.Assert(c.Value.Peek() == 2 * points, "every increment landed");
    }

    /// <summary>The id of <see cref="TwoTasks50Awaits"/> (the async layer's cost shape).</summary>
    public const string TwoTasksAwaitsId = "bench/two-tasks-50-awaits";

    /// <summary>
    /// The async shape (measured by <c>weft bench engine --async</c>): the work of <see cref="TwoThreads50"/> written as
    /// async code, two <c>WeftTask.Run</c> tasks making 50 atomic increments each with an <c>await Task.Yield()</c> after
    /// every one, so that each increment runs in a continuation of its own (a controlled thread started by the
    /// synchronization context).
    /// </summary>
    [WeftTest(TwoTasksAwaitsId, Budget = 200, Description = "two tasks, 50 atomic increments each, an await after every one (async cost shape)")]
    public static async System.Threading.Tasks.Task TwoTasks50Awaits()
    {
        var c = new Counter();
        async System.Threading.Tasks.Task Work()
        {
            for (int i = 0; i < 50; i++)
            {
                c.Value.FetchAdd(1, MemoryOrder.Relaxed);
                await System.Threading.Tasks.Task.Yield();
            }
        }
        await System.Threading.Tasks.Task.WhenAll(Weft.Threading.Async.WeftTask.Run(Work), Weft.Threading.Async.WeftTask.Run(Work));
        Checker.Assert(c.Value.Peek() == 100, "every increment landed");
    }

    private sealed class Counter
    {
        public AtomicInt32 Value;
    }
}
