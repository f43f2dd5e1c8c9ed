using Weft.Atomics;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Shapes that a rule of the dpor strategy under the release/acquire model exists for (as <see cref="DporShapes"/> for
/// SC): each is registered as an ordinary test pinned to RA whose bug is an outcome C11 allows, and tests/Weft.Tests
/// DporReleaseAcquireTests runs DPOR on it with the rule's seeded defect, which loses the outcome DFS reaches.
/// </summary>
public static class DporReleaseAcquireShapes
{
    /// <summary>
    /// Thread 0 stores x=1 and f=1 (relaxed), then runs a SeqCst fence; thread 1 reads f with a relaxed
    /// read-modify-write (it reads the newest f: no choice of store), runs a SeqCst fence, then loads x (acquire, which
    /// synchronizes with nothing here since x's store is relaxed, and offers no promise option). When
    /// thread 0's fence comes first in the SeqCst order, thread 1's fence acquires everything thread 0 did before it and
    /// x must read 1; when thread 1's fence comes first, nothing orders x=1 before thread 1's load, which may read the
    /// older 0 although it saw f=1. That outcome (f=1, x=0; C11 allows it: no release precedes f's store) needs the two
    /// fences in that order after f's store, and the fences touch no common cell: only the SeqCst clock they share, a
    /// dependency of DPOR's relation under RA, orders them (without it, SeededBug.DporSeqCstClockIgnored, DPOR never runs
    /// thread 1's fence first with f=1 read).
    /// </summary>
    [WeftTest("dpor/ra-fence-order", MemoryModel = "ra", NegativeControl = true, Budget = 500,
        Description = "two SeqCst fences on different threads under RA: with thread 1's first, it may read f=1 and then the older x=0")]
    public static void FenceOrder()
    {
        var m = new Cells();
        var writer = WeftThread.Start(() =>
        {
            m.X.Store(1, MemoryOrder.Relaxed);
            m.F.Store(1, MemoryOrder.Relaxed);
            AtomicFence.SeqCst();
        });
        int f = 0, x = 0;
        var reader = WeftThread.Start(() =>
        {
            f = m.F.FetchAdd(0, MemoryOrder.Relaxed);
            AtomicFence.SeqCst();
            x = m.X.Load(MemoryOrder.Acquire);
        });
        writer.Join();
        reader.Join();
        Checker.Assert(!(f == 1 && x == 0), "the reader saw f=1 and then the older x=0: its fence came first in the SeqCst order");
    }

    /// <summary>
    /// Load buffering with trailing fences: each thread loads one cell and stores 1 to the other, then runs a SeqCst
    /// fence (all accesses relaxed). C11 allows r0=r1=1 (a fence after both accesses orders nothing they do); RA reaches
    /// it with a promise, one thread's load reading the other's later store, which the other must make before the
    /// loader's fence (a fence with a promise outstanding breaks it and discards the execution). The first schedule
    /// under a promise runs the loader on to its fence and is discarded before the other thread ran again, so no race of
    /// that schedule puts the other thread first: only the rule that a step that discards the execution backtracks to
    /// every other candidate at its decision does (without it, SeededBug.DporDiscardBacktracksNothing, DPOR never
    /// reaches r0=r1=1).
    /// </summary>
    [WeftTest("dpor/ra-lb-trailing-fence", MemoryModel = "ra", NegativeControl = true, Budget = 500,
        Description = "load buffering with a fence after each thread's store under RA: r0=r1=1 through a promise kept before the loader's fence")]
    public static void LoadBufferingTrailingFence()
    {
        var m = new Cells();
        int r0 = 0, r1 = 0;
        var zero = WeftThread.Start(() =>
        {
            r0 = m.X.Load(MemoryOrder.Relaxed);
            m.F.Store(1, MemoryOrder.Relaxed);
            AtomicFence.SeqCst();
        });
        var one = WeftThread.Start(() =>
        {
            r1 = m.F.Load(MemoryOrder.Relaxed);
            m.X.Store(1, MemoryOrder.Relaxed);
            AtomicFence.SeqCst();
        });
        zero.Join();
        one.Join();
        Checker.Assert(!(r0 == 1 && r1 == 1), "load buffering: each load read the other thread's later store (r0=r1=1)");
    }

    private sealed class Cells
    {
        public AtomicInt32 X, F;
    }
}
