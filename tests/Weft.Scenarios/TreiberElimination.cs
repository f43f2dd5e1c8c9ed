using Weft.Collections;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;

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

    private static void ThreeThreads(ReclamationScheme scheme, bool strict, bool visitFirst, SeededBug bug = SeededBug.None) =>
        TreiberLinearizability.ThreeThreads(scheme, strict, bug,
            reclaimer => new TreiberStack(reclaimer, new EliminationArray(reclaimer, slots: 1, visitFirst: visitFirst)));
}
