using Weft.Atomics;
using Weft.Collections;
using Weft.Memory;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Plain DEBRA's wait at the pool's maximum (DebraReclaimer.PoolWait.cs) under the scheduler. A fixed pool of
/// <see cref="Capacity"/> slots holds a Treiber stack of one value. A registration (the holder) begins an operation
/// before the threads start and so holds the epoch back; the churner pops and pushes until the pool is at its maximum,
/// which it must reach since none of its bags can be freed while the holder's announcement stands; it then raises a
/// flag (a probe allocation failed), and its next push finds the pool exhausted and waits. The releaser ends the holder's operation once the flag
/// is up (in every schedule the churner's push waits, whenever the releaser runs), and a popper pops once, holding the
/// stack's top node inside its operation while the churner runs. The churner's push must succeed (an exception is the
/// test's failure), and it must have waited. NoUseAfterFreeMonitor and NoDoubleFreeMonitor see every slot event; the
/// seeded defect <see cref="SeededBug.DebraPoolWaitFreesLimbo"/> (the wait frees the waiting thread's bags without the
/// epoch check) frees the node the popper holds.
/// </summary>
public static class DebraPoolWait
{
    /// <summary>Slots of the pool: the churner's third push at the latest finds it at its maximum.</summary>
    private const int Capacity = 4;

    /// <summary>The churner's pop/push pairs: more than the capacity, so it reaches the maximum in every schedule.</summary>
    private const int Pairs = Capacity + 1;

    [WeftTest("reclamation/debra-pool-wait", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA at the pool's maximum while a registration holds the epoch back: the push waits (empty operations, yields) until the holder leaves its operation, then succeeds; no use-after-free, no double free")]
    public static void WaitsForReclamation() => HolderChurnerPopper(SeededBug.None);

    [WeftTest("reclamation/debra-pool-wait-frees-limbo", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 3000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "the seeded defect 'DEBRA's wait at the pool's maximum frees the waiting thread's bags without the epoch check': the node the popper holds is freed under it")]
    public static void WaitFreesLimbo() => HolderChurnerPopper(SeededBug.DebraPoolWaitFreesLimbo);

    private static void HolderChurnerPopper(SeededBug bug)
    {
        var pool = new NodePool(Capacity, tagged: true, threadCaches: 3, strict: true);
        var reclaimer = Reclaimer.Create(ReclamationScheme.Debra, pool, maxThreads: 3, TreiberLinearizability.Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(ReclamationScheme.Debra, reclaimer.Config, maxThreads: 3, retiringRegistrations: 2);
        var stack = new TreiberStack(reclaimer);
        var holder = reclaimer.Register();
        stack.Push(holder, 1);
        reclaimer.BeginOperation(holder); // announces the epoch: from here the epoch moves at most once more
        var atMaximum = new AtomicInt32(0);
        var releaser = WeftThread.Start(() =>
        {
            while (atMaximum.Load(MemoryOrder.Acquire) == 0) WeftThread.Yield();
            reclaimer.EndOperation(holder); // handed over by the thread start
            reclaimer.Unregister(holder);
        });
        var popper = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            stack.TryPop(me, out _);
            reclaimer.Unregister(me);
        });
        int waits = 0;
        var churner = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            for (int i = 0; i < Pairs; i++)
            {
                stack.TryPop(me, out _);
                if (AtMaximum(pool, me)) atMaximum.Store(1, MemoryOrder.Release);
                stack.Push(me, 10 + i);
            }
            waits = me.PoolWaits;
            reclaimer.Unregister(me);
        });
        releaser.Join();
        popper.Join();
        churner.Join();
        Checker.Assert(atMaximum.Load(MemoryOrder.Relaxed) == 1 && waits > 0, $"the churner never waited at the pool's maximum (flag {atMaximum.Load(MemoryOrder.Relaxed)}, waits {waits})");
    }

    /// <summary>
    /// Whether <paramref name="me"/>'s next allocation finds the pool exhausted: a probe that takes a slot and puts it
    /// back into the thread's magazine (where the push takes it). Only the churner allocates and, while the holder's
    /// operation stands, nothing is freed (the popper frees nothing: its one retired node waits for epochs it does not
    /// see), so a failed probe means the push must wait.
    /// </summary>
    private static bool AtMaximum(NodePool pool, ReclaimerThread me)
    {
        try
        {
            pool.FreeLocal(me.Index, pool.Allocate(me.Index));
            return false;
        }
        catch (PoolExhaustedException)
        {
            return true;
        }
    }
}
