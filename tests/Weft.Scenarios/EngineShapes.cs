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

    private sealed class Counter
    {
        public AtomicInt32 Value;
    }
}
