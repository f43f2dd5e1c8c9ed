using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The Treiber stack with elimination backoff (an <see cref="EliminationArray"/>) under the scheduler: every history
/// must be linearizable with respect to <see cref="StackModel"/>, the stack monitors follow the exchange as a push
/// and a pop linearized together (StackStep.Exchanged), and EliminationHandsOverOnce follows every offer. The
/// "visit first" tests send every operation to the array before its first CAS, so the exchange happens in short
/// schedules; the contended test reaches it only through CAS lost to another thread.
/// </summary>
public static class TreiberElimination
{
    [WeftTest("treiber/elimination", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor), typeof(EliminationHandsOverOnceMonitor) },
        Description = "three threads push and pop on a Treiber stack with an elimination array visited before the first CAS (immediate reuse): pops take pushes' values in the array; every history is linearizable")]
    public static void Elimination() => ThreeThreads(ReclamationScheme.Immediate, strict: false, visitFirst: true);

    [WeftTest("treiber/elimination-ibr", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor), typeof(EliminationHandsOverOnceMonitor) },
        Description = "the elimination stack reclaimed by IBR, strict pool: exchanged pushes free their unpublished nodes; linearizable, no use-after-free")]
    public static void EliminationIbr() => ThreeThreads(ReclamationScheme.Ibr, strict: true, visitFirst: true);

    [WeftTest("treiber/elimination-debra-plus", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor), typeof(EliminationHandsOverOnceMonitor) },
        Description = "the elimination stack reclaimed by DEBRA+ (stall threshold 1: neutralization happens), strict pool")]
    public static void EliminationDebraPlus() => ThreeThreads(ReclamationScheme.DebraPlus, strict: true, visitFirst: true);

    [WeftTest("treiber/elimination-contended-ibr", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor), typeof(EliminationHandsOverOnceMonitor) },
        Description = "the elimination stack under IBR visited only after a lost CAS on the top: linearizable, no use-after-free")]
    public static void EliminationContendedIbr() => ThreeThreads(ReclamationScheme.Ibr, strict: true, visitFirst: false);

    [WeftTest("treiber/elimination-withdraw-by-store", NegativeControl = true, ExpectedMonitor = "EliminationHandsOverOnceMonitor", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor), typeof(EliminationHandsOverOnceMonitor) },
        Description = "the elimination stack with the seeded defect 'a push withdraws its offer with a store, not a CAS': a value a pop took is pushed as well")]
    public static void EliminationWithdrawByStore() =>
        ThreeThreads(ReclamationScheme.Immediate, strict: false, visitFirst: true, SeededBug.TreiberEliminationWithdrawByStore);

    private static void ThreeThreads(ReclamationScheme scheme, bool strict, bool visitFirst, SeededBug bug = SeededBug.None)
    {
        var pool = new NodePool(16, tagged: true, threadCaches: 4, strict: strict);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 4, TreiberLinearizability.Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(scheme, reclaimer.Config, maxThreads: 4, retiringRegistrations: 4); // three workers, then main drains
        var stack = new TreiberStack(reclaimer, new EliminationArray(reclaimer, slots: 1, visitFirst: visitFirst));
        var history = new History();
        var t1 = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            Push(stack, me, history, 1);
            Pop(stack, me, history);
            Push(stack, me, history, 2);
        });
        var t2 = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            Push(stack, me, history, 3);
            Pop(stack, me, history);
        });
        var t3 = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            Pop(stack, me, history);
            Push(stack, me, history, 4);
        });
        t1.Join();
        t2.Join();
        t3.Join();
        var main = reclaimer.Register();
        for (int i = 0; i <= pool.Capacity; i++) // until empty (bounded, in case a corrupted stack is cyclic)
            if (Pop(stack, main, history) is Empty) break;
        var r = LinearizabilityChecker.Check(history, new StackModel());
        Checker.Assert(r.IsLinearizable, r.Witness);
    }

    private static void Push(TreiberStack stack, ReclaimerThread me, History history, long value)
    {
        int id = history.Invoke(Checker.CurrentThreadId, "push", value);
        stack.Push(me, value);
        history.Respond(id);
    }

    private static object Pop(TreiberStack stack, ReclaimerThread me, History history)
    {
        int id = history.Invoke(Checker.CurrentThreadId, "pop");
        object result = stack.TryPop(me, out long v) ? v : Empty.Value;
        history.Respond(id, result);
        return result;
    }
}
