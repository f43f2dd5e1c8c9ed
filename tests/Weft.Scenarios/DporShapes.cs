using Weft.Atomics;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Shapes that a rule of the dpor strategy's dependency relation exists for: each is registered as an ordinary test
/// (the default portfolio, DFS and DPOR all find its bug), and tests/Weft.Tests DporTests runs DPOR on it with the
/// rule's seeded defect, which loses the outcome DFS reaches.
/// </summary>
public static class DporShapes
{
    /// <summary>
    /// Two threads each yield once, then store their number to one cell. The yield rule offers a thread paused at a yield
    /// only once every other enabled thread has yielded since (its yield stamp, taken when it arrives at the yield, is
    /// the older one), so the thread that arrives at its yield first also stores first: the cell ends with the number of
    /// the thread that arrived second. Each thread's arrival is its first step, which touches nothing shared, so only the
    /// arrival rule of DPOR's relation (two arrivals at a yield are dependent) makes DPOR run both arrival orders; without
    /// it (SeededBug.DporYieldArrivalsIndependent) DPOR never runs thread 1's store last.
    /// </summary>
    [WeftTest("dpor/yield-arrivals", NegativeControl = true, Budget = 100,
        Description = "two threads yield once, then store to one cell: the engine must run thread 2's yield first, so thread 1 stores last")]
    public static void YieldArrivals()
    {
        var cell = new Box32();
        var one = WeftThread.Start(() =>
        {
            WeftThread.Yield();
            cell.Cell.Store(1, MemoryOrder.Release);
        });
        var two = WeftThread.Start(() =>
        {
            WeftThread.Yield();
            cell.Cell.Store(2, MemoryOrder.Release);
        });
        one.Join();
        two.Join();
        int last = cell.Cell.Load(MemoryOrder.Acquire);
        Checker.Assert(last != 1, "thread 1 stored last: thread 2 arrived at its yield first");
    }

    private sealed class Box32
    {
        public AtomicInt32 Cell;
    }
}
