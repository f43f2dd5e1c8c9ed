using System;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Atomics;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The Treiber stack checked for linearizability: controlled threads push and pop while a <see cref="History"/>
/// records every invocation and response, and at the end of each iteration the history must be linearizable with
/// respect to <see cref="StackModel"/>. Unlike an end-state check (the values popped equal the values pushed), this
/// catches wrong results at any point: a pop returning a value out of LIFO order, a value never pushed, or
/// "empty" while the stack held values.
/// </summary>
public static class TreiberLinearizability
{
    /// <summary>Tiny parameters so reclamation really happens inside short schedules.</summary>
    internal static readonly WeftConfig Tiny = WeftConfig.Default with { RetireThreshold = 1, EpochFrequency = 1, StallThreshold = 1, EpochCheckInterval = 1 };

    /// <summary>
    /// BoundedPending: declares, before any node is retired, the bound on retired-but-not-freed nodes that the scheme
    /// guarantees for this workload, so that the monitor checks it in every schedule.
    /// <list type="bullet">
    /// <item>Immediate reuse frees each node right after marking it retired: at most one pending node per thread,
    /// <paramref name="maxThreads"/>.</item>
    /// <item>DEBRA+ (Brown, PODC 2015): every <see cref="WeftConfig.EpochCheckInterval"/> (K) operations a thread
    /// checks one thread, and a thread seen blocking on <see cref="WeftConfig.StallThreshold"/> (S) consecutive checks
    /// is neutralized, so a thread advances the epoch within N * S * K of its operations (N = <paramref name="maxThreads"/>);
    /// it retires at most one node per operation, and its three bags hold what it retired in its last three local
    /// epochs: 3 * N * S * K per thread. A thread that
    /// unregisters leaves its bags behind, so the bound counts every registration that retires
    /// (<paramref name="retiringRegistrations"/>).</item>
    /// <item>IBR, plain DEBRA and no reclamation promise nothing below the pool's capacity when the scheduler may
    /// hold a thread inside an operation for as long as it likes: IBR keeps every node born up to a held reservation's
    /// upper era, DEBRA everything retired since the held thread's announcement (reclamation/stall-debra), a leak
    /// everything. A retired node keeps its slot until it is freed, so the only bound is the pool's capacity, which no
    /// run can exceed: the test declares <see cref="PendingBoundEvent.None"/>, and BoundedPending is not credited.</item>
    /// </list>
    /// </summary>
    internal static void DeclarePendingBound(ReclamationScheme scheme, WeftConfig config, int maxThreads, int retiringRegistrations) =>
        Checker.Emit(new PendingBoundEvent(PendingBound(scheme, config, maxThreads, retiringRegistrations)));

    internal static int PendingBound(ReclamationScheme scheme, WeftConfig config, int maxThreads, int retiringRegistrations) => scheme switch
    {
        ReclamationScheme.Immediate => maxThreads,
        ReclamationScheme.DebraPlus => retiringRegistrations * 3 * maxThreads * config.StallThreshold * config.EpochCheckInterval,
        _ => PendingBoundEvent.None.Bound,
    };

    [WeftTest("treiber/linearizable", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "three threads push and pop on a Treiber stack with tagged handles and immediate reuse (type-stable); every history is linearizable")]
    public static void Linearizable() => ThreeThreads(ReclamationScheme.Immediate, strict: false);

    [WeftTest("treiber/linearizable-ibr", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack reclaimed by IBR (retire threshold 1, era every allocation), strict pool: linearizable, no use-after-free")]
    public static void LinearizableIbr() => ThreeThreads(ReclamationScheme.Ibr, strict: true);

    [WeftTest("treiber/linearizable-debra", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack reclaimed by DEBRA, strict pool: linearizable, no use-after-free")]
    public static void LinearizableDebra() => ThreeThreads(ReclamationScheme.Debra, strict: true);

    [WeftTest("treiber/linearizable-debra-plus", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack reclaimed by DEBRA+ (stall threshold 1: neutralization happens), strict pool")]
    public static void LinearizableDebraPlus() => ThreeThreads(ReclamationScheme.DebraPlus, strict: true);

    [WeftTest("treiber/linearizable-leak", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack that never frees, strict pool")]
    public static void LinearizableLeak() => ThreeThreads(ReclamationScheme.None, strict: true);

    [WeftTest("treiber/use-after-free-immediate", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack freeing popped nodes at once, strict pool: a popper reads the link of a node another thread freed")]
    public static void UseAfterFreeImmediate() => ThreeThreads(ReclamationScheme.Immediate, strict: true);

    [WeftTest("treiber/ibr-free-by-age", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 12000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "IBR with the seeded defect 'age alone frees': a node still reserved by a popper is freed")]
    public static void IbrFreeByAge() => TwoThreadsChurn(ReclamationScheme.Ibr, SeededBug.IbrFreeByAge, pairs: 4);

    [WeftTest("treiber/debra-early-rotation", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 8000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA with the seeded defect 'two limbo bags instead of three' (a bag is freed one epoch too early): a node is freed while a popper still reads it")]
    public static void DebraEarlyRotation() => TwoThreadsChurn(ReclamationScheme.Debra, SeededBug.DebraEarlyRotation, pairs: DebraChurnPairs);

    // Seeded defects, one per invariant of tla/IBR, tla/DEBRA and tla/Treiber that a monitor checks: each must be caught
    // by the monitor it names, within its budget, and replay to the same failure (tests/Weft.Tests ReclamationTests).

    [WeftTest("treiber/ibr-era-rollback", NegativeControl = true, ExpectedMonitor = "EpochMonotonicMonitor", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "IBR with the seeded defect 'the era advances by a store from the thread's own view': a stale view moves the era backwards")]
    public static void IbrEraRollback() => ThreeThreads(ReclamationScheme.Ibr, strict: true, SeededBug.IbrEraRollback);

    [WeftTest("treiber/debra-epoch-rollback", NegativeControl = true, ExpectedMonitor = "EpochMonotonicMonitor", Budget = 1000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA with the seeded defect 'a checker that loses the epoch CAS stores back the epoch it checked': the epoch moves backwards")]
    public static void DebraEpochRollback() => TwoThreadsChurn(ReclamationScheme.Debra, SeededBug.DebraEpochRollback);

    [WeftTest("treiber/ibr-reserve-ahead", NegativeControl = true, ExpectedMonitor = "EpochMonotonicMonitor", Budget = 100,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "IBR with the seeded defect 'reserve upper = era + 1': a reservation ahead of the era (ReservationsBounded)")]
    public static void IbrReserveAhead() => ThreeThreads(ReclamationScheme.Ibr, strict: true, SeededBug.IbrReserveAhead);

    [WeftTest("treiber/debra-announce-ahead", NegativeControl = true, ExpectedMonitor = "EpochMonotonicMonitor", Budget = 100,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA with the seeded defect 'announce epoch + 1': an announcement ahead of the epoch (AnnouncementsBounded)")]
    public static void DebraAnnounceAhead() => ThreeThreads(ReclamationScheme.Debra, strict: true, SeededBug.DebraAnnounceAhead);

    [WeftTest("treiber/double-retire-ibr", NegativeControl = true, ExpectedMonitor = "NoDoubleFreeMonitor", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "IBR with the seeded defect 'retire files the node twice': the scan frees a slot twice")]
    public static void DoubleRetireIbr() => TwoThreadsChurn(ReclamationScheme.Ibr, SeededBug.DoubleRetire);

    [WeftTest("treiber/double-retire-debra", NegativeControl = true, ExpectedMonitor = "NoDoubleFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA with the seeded defect 'retire files the node twice': a bag rotation frees a slot twice")]
    public static void DoubleRetireDebra() => TwoThreadsChurn(ReclamationScheme.Debra, SeededBug.DoubleRetire, pairs: DebraChurnPairs);

    [WeftTest("treiber/double-retire", NegativeControl = true, ExpectedMonitor = "NoDoubleFreeMonitor", Budget = 100,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "immediate reuse with the seeded defect 'retire frees the node twice' (the path of tla/Treiber)")]
    public static void DoubleRetireImmediate() => ThreeThreads(ReclamationScheme.Immediate, strict: false, SeededBug.DoubleRetire);


    [WeftTest("treiber/pop-returns-next", NegativeControl = true, ExpectedMonitor = "PopReturnsAbstractTopMonitor", Budget = 100,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack with the seeded defect 'pop returns the payload of the node below the one it unlinked'")]
    public static void PopReturnsNext() => ThreeThreads(ReclamationScheme.Immediate, strict: false, SeededBug.TreiberPopReturnsNext);

    // The data-race detector's controls: the payload a push writes is published by its Release CAS; with a Relaxed CAS
    // the popper's payload read races with the pusher's write, which no SC or TSO interleaving shows as a wrong value.

    [WeftTest("treiber/push-relaxed-race", NegativeControl = true, ExpectedBug = BugKind.DataRace, Budget = 300, RaceDetector = true,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack with the seeded defect 'push publishes with a Relaxed CAS': the race detector reports the popper's payload read against the pusher's write")]
    public static void PushRelaxedRace() => ThreeThreads(ReclamationScheme.Immediate, strict: false, SeededBug.TreiberPushRelaxed);

    [WeftTest("treiber/pop-relaxed-race", NegativeControl = true, ExpectedBug = BugKind.DataRace, Budget = 300, RaceDetector = true,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack with the seeded defect 'pop reads and swings the top with Relaxed operations': the popper reads a payload whose publication it never acquired")]
    public static void PopRelaxedRace() => ThreeThreads(ReclamationScheme.Immediate, strict: false, SeededBug.TreiberPopRelaxed);

    [WeftTest("treiber/shared-magazine-race", NegativeControl = true, ExpectedBug = BugKind.DataRace, Budget = 300, RaceDetector = true,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack over a NodePool with the seeded defect 'every thread uses magazine 0': two pushers read and write one magazine's count unordered")]
    public static void SharedMagazineRace() => ThreeThreads(ReclamationScheme.Immediate, strict: false, SeededBug.NodePoolSharedMagazine);

    [WeftTest("treiber/shared-limbo-race-ibr", NegativeControl = true, ExpectedBug = BugKind.DataRace, Budget = 300, RaceDetector = true,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack reclaimed by IBR with the seeded defect 'every registration retires into the same limbo bags': two poppers write one bag's count unordered")]
    public static void SharedLimboRaceIbr() => ThreeThreads(ReclamationScheme.Ibr, strict: true, SeededBug.ReclaimerSharedLimbo);

    [WeftTest("treiber/shared-limbo-race-debra", NegativeControl = true, ExpectedBug = BugKind.DataRace, Budget = 300, RaceDetector = true,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack reclaimed by DEBRA with the seeded defect 'every registration retires into the same limbo bags': two poppers write one bag's count unordered")]
    public static void SharedLimboRaceDebra() => ThreeThreads(ReclamationScheme.Debra, strict: true, SeededBug.ReclaimerSharedLimbo);

    [WeftTest("treiber/race-free-ibr", Budget = 300, RaceDetector = true,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack reclaimed by IBR under the race detector: payloads, slot generations and birth/retire eras are ordered by the stack's and the pool's release/acquire CASes")]
    public static void RaceFreeIbr() => ThreeThreads(ReclamationScheme.Ibr, strict: true);

    // Memory-order defects: invisible under SC (every store is visible at once), caught under TSO, where the weakened
    // reservation or announcement waits in the store buffer while the thread already reads handles.

    [WeftTest("treiber/ibr-reservation-release-tso", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 3000, MemoryModel = "tso",
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "IBR with the seeded defect 'reservation stores are Release, not SeqCst', under TSO: a popper reads a node its buffered reservation does not yet protect")]
    public static void IbrReservationReleaseTso() => PushPopVsPop(ReclamationScheme.Ibr, SeededBug.IbrReservationRelease);

    // Found by the release/acquire model: an Acquire handle re-read after the SeqCst reservation store (see IbrReclaimer.Protect).
    [WeftTest("treiber/ibr-protect-acquire-ra", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000, MemoryModel = "ra",
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "IBR with the seeded defect 'Protect re-reads the handle with Acquire, Scan has no fence', under RA: a popper reads a node the scanner already freed")]
    public static void IbrProtectAcquireRa() => TwoThreadsChurn(ReclamationScheme.Ibr, SeededBug.IbrProtectAcquire);

    [WeftTest("treiber/pop-versus-churn-debra", Budget = 1000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA: one pop against a thread that churns (the epoch moves on several times); no use-after-free, also under TSO")]
    public static void PopVersusChurnDebra() => PopVersusChurn(ReclamationScheme.Debra, SeededBug.None);

    [WeftTest("treiber/debra-announcement-release-tso", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 3000, MemoryModel = "tso",
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA with the seeded defect 'the announcement store is Release, not SeqCst', under TSO: the epoch advances past a reader whose announcement is still buffered")]
    public static void DebraAnnouncementReleaseTso() => PopVersusChurn(ReclamationScheme.Debra, SeededBug.DebraAnnouncementRelease);

    /// <summary>
    /// One thread pops once while another pushes and pops many times: the churn moves the epoch on several times, so a
    /// node the popper read is freed unless the popper's announcement holds the epoch back (the window in which a
    /// weakened announcement, still in the store buffer, fails to).
    /// </summary>
    private static void PopVersusChurn(ReclamationScheme scheme, SeededBug bug)
    {
        var pool = new NodePool(16, tagged: true, threadCaches: 2, strict: true);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 2, Tiny with { SeededBug = bug });
        DeclarePendingBound(scheme, reclaimer.Config, maxThreads: 2, retiringRegistrations: 2);
        var stack = new TreiberStack(reclaimer);
        var setup = reclaimer.Register();
        stack.Push(setup, 1);
        reclaimer.Unregister(setup);
        var popper = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            stack.TryPop(me, out _);
            reclaimer.Unregister(me);
        });
        var churner = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            // Eight rounds: only the pops move the epoch (a push runs outside the brackets).
            for (int i = 0; i < 8; i++)
            {
                stack.TryPop(me, out _);
                stack.Push(me, 10 + i);
            }
            reclaimer.Unregister(me);
        });
        popper.Join();
        churner.Join();
    }

    [WeftTest("treiber/churn-debra", Budget = 1000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "two threads alternate push and pop six times under DEBRA: epochs advance and bags rotate within the schedule")]
    public static void ChurnDebra() => TwoThreadsChurn(ReclamationScheme.Debra, SeededBug.None);

    [WeftTest("treiber/churn-debra-plus", Budget = 1000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "the same churn under DEBRA+ with stall threshold 1: threads are neutralized and restart")]
    public static void ChurnDebraPlus() => TwoThreadsChurn(ReclamationScheme.DebraPlus, SeededBug.None);

    [WeftTest("treiber/churn-ibr", Budget = 1000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "the same churn under IBR")]
    public static void ChurnIbr() => TwoThreadsChurn(ReclamationScheme.Ibr, SeededBug.None);

    // Small enough for exhaustive DFS with preemption bound 2: one thread pushes then pops, the other pops, on a stack
    // that starts with one value. Tiny parameters make each pop retire and (where safe) free within the schedule.

    [WeftTest("reclamation/dfs-ibr", Budget = 1000, Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "IBR: push+pop against pop, for exhaustive DFS")]
    public static void DfsIbr() => PushPopVsPop(ReclamationScheme.Ibr, SeededBug.None);

    [WeftTest("reclamation/dfs-debra", Budget = 1000, Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA: push+pop against pop, for exhaustive DFS")]
    public static void DfsDebra() => PushPopVsPop(ReclamationScheme.Debra, SeededBug.None);

    [WeftTest("reclamation/dfs-debra-plus", Budget = 1000, Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA+: push+pop against pop, for exhaustive DFS")]
    public static void DfsDebraPlus() => PushPopVsPop(ReclamationScheme.DebraPlus, SeededBug.None);

    [WeftTest("reclamation/dfs-leak", Budget = 1000, Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "no reclamation: push+pop against pop, for exhaustive DFS")]
    public static void DfsLeak() => PushPopVsPop(ReclamationScheme.None, SeededBug.None);

    [WeftTest("reclamation/dfs-immediate", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000, Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "immediate reuse: push+pop against pop (use-after-free)")]
    public static void DfsImmediate() => PushPopVsPop(ReclamationScheme.Immediate, SeededBug.None);

    private static void PushPopVsPop(ReclamationScheme scheme, SeededBug bug)
    {
        var pool = new NodePool(8, tagged: true, threadCaches: 2, strict: true);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 2, Tiny with { SeededBug = bug });
        DeclarePendingBound(scheme, reclaimer.Config, maxThreads: 2, retiringRegistrations: 2); // a and b pop
        var stack = new TreiberStack(reclaimer);
        var setup = reclaimer.Register();
        stack.Push(setup, 1);
        reclaimer.Unregister(setup);
        var a = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            stack.Push(me, 2);
            stack.TryPop(me, out _);
            reclaimer.Unregister(me);
        });
        var b = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            stack.TryPop(me, out _);
            reclaimer.Unregister(me);
        });
        a.Join();
        b.Join();
    }

    // BoundedPending: one thread stalls inside an operation (it sleeps on a futex until the other is done) while the
    // other churns. Plain DEBRA cannot advance the epoch past the stalled announcement, so every retired node stays
    // pending; DEBRA+ neutralizes the stalled thread and keeps freeing. The bound is what DEBRA+ promises here.

    // The bound is DEBRA+'s (DeclarePendingBound): one retiring thread, two slots, stall threshold 1: 3 * 2 * 1 = 6.

    [WeftTest("reclamation/stall-debra-plus", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA+ with a thread stalled inside an operation: pending nodes stay within the bound")]
    public static void StallDebraPlus() => StalledThread(ReclamationScheme.DebraPlus);

    [WeftTest("reclamation/stall-debra", NegativeControl = true, ExpectedMonitor = "BoundedPendingMonitor", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "plain DEBRA with a thread stalled inside an operation: pending nodes grow past the bound")]
    public static void StallDebra() => StalledThread(ReclamationScheme.Debra);

    private static void StalledThread(ReclamationScheme scheme)
    {
        var pool = new NodePool(32, tagged: true, threadCaches: 2, strict: true);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 2, Tiny);
        // DEBRA+'s bound, also for plain DEBRA: the negative control shows that DEBRA does not keep it.
        DeclarePendingBound(ReclamationScheme.DebraPlus, reclaimer.Config, maxThreads: 2, retiringRegistrations: 1);
        var stack = new TreiberStack(reclaimer);
        using var release = new FutexWord(0);
        var stalled = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            reclaimer.BeginOperation(me);
            while (release.Load(MemoryOrder.Acquire) == 0) release.Wait(0);
            reclaimer.EndOperation(me);
        });
        var worker = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            for (int i = 0; i < 12; i++)
            {
                stack.Push(me, i);
                stack.TryPop(me, out _);
            }
            release.Store(1, MemoryOrder.Release);
            release.Wake(1);
        });
        stalled.Join();
        worker.Join();
    }

    // NeutralizationSafety: a reader protects the root's node (the writer starts only then) and stalls inside its operation (on a futex, until the
    // writer is done) before it reads the node; the writer replaces the node twelve times, neutralizes the stalled reader
    // (stall threshold 1), advances the epoch and frees the reader's node. The reader then reads the freed node (harmless
    // in type-stable memory, and exempt from NoUseAfterFree: it is neutralized), validates, and, only if the validation
    // lets it go on, uses the node again. DEBRA+ restarts it there; the seeded defect resumes it.

    [WeftTest("reclamation/neutralized-reader-debra-plus", Budget = 100,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA+: a reader neutralized while stalled reads its freed node, validates and restarts")]
    public static void NeutralizedReaderDebraPlus() => NeutralizedReader(SeededBug.None);

    [WeftTest("reclamation/debra-plus-resume-neutralized", NegativeControl = true, ExpectedMonitor = "NeutralizationSafetyMonitor", Budget = 100,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA+ with the seeded defect 'validate clears the flag and goes on': the neutralized reader uses its freed node")]
    public static void DebraPlusResumeNeutralized() => NeutralizedReader(SeededBug.DebraPlusResumeNeutralized);

    private static void NeutralizedReader(SeededBug bug)
    {
        var pool = new NodePool(16, tagged: true, threadCaches: 2, strict: true);
        var reclaimer = Reclaimer.Create(ReclamationScheme.DebraPlus, pool, maxThreads: 2, Tiny with { SeededBug = bug });
        DeclarePendingBound(ReclamationScheme.DebraPlus, reclaimer.Config, maxThreads: 2, retiringRegistrations: 1); // the writer retires
        var root = new RootCell();
        var setup = reclaimer.Register();
        root.Head.Store(reclaimer.Allocate(setup), MemoryOrder.Release);
        reclaimer.Unregister(setup);
        using var protectedRoot = new FutexWord(0);
        using var release = new FutexWord(0);
        var reader = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            reclaimer.BeginOperation(me);
            try
            {
                long h = reclaimer.Protect(me, ref root.Head);
                protectedRoot.Store(1, MemoryOrder.Release);
                protectedRoot.Wake(1);
                while (release.Load(MemoryOrder.Acquire) == 0) release.Wait(0);
                _ = pool.LoadNext(h, MemoryOrder.Relaxed); // the node may have been freed meanwhile
                reclaimer.Validate(me);                    // neutralized: restart here
                _ = pool.LoadNext(h, MemoryOrder.Relaxed); // a use of the node: only after a passed validation
            }
            catch (NeutralizedException)
            {
                // restarted: the operation had no effect (the workload does not retry it)
            }
            finally
            {
                reclaimer.EndOperation(me);
            }
            reclaimer.Unregister(me);
        });
        var writer = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            while (protectedRoot.Load(MemoryOrder.Acquire) == 0) protectedRoot.Wait(0);
            for (int i = 0; i < 12; i++) ReplaceRoot(reclaimer, root, me);
            reclaimer.Unregister(me);
            release.Store(1, MemoryOrder.Release);
            release.Wake(1);
        });
        reader.Join();
        writer.Join();
    }

    /// <summary>One writer operation of the DEBRA spec's workload: replace the root's node by a new one and retire the
    /// old; restarted when DEBRA+ neutralizes the writer before its CAS (the new node is still its own).</summary>
    private static void ReplaceRoot(Reclaimer reclaimer, RootCell root, ReclaimerThread me)
    {
        long n = reclaimer.Allocate(me);
        while (true)
        {
            reclaimer.BeginOperation(me);
            try
            {
                long h = reclaimer.Protect(me, ref root.Head);
                // Winning this CAS unlinks h: this thread owns it until it retires it.
                if (root.Head.TryCompareExchange(h, n, MemoryOrder.AcqRel)) reclaimer.Retire(me, h);
                else reclaimer.Pool.Free(me.Index, n);
                return;
            }
            catch (NeutralizedException)
            {
                // neutralized before the CAS: nothing took effect; start over
            }
            finally
            {
                reclaimer.EndOperation(me);
            }
        }
    }

    // Kept announcements: DEBRA+ keeps a thread's announcement between operations (DebraReclaimer, "Kept
    // announcements"). One thread pops once and idles without Quiesce, holding the announcement of its pop; the other
    // churns sixteen push/pop pairs. The churner passes the idle thread while the epoch is the one it announced, then
    // neutralizes it (stall threshold 1) and keeps advancing and freeing within DEBRA+'s bound; the idle thread's next
    // pop finds its flag up and announces again. The seeded defect reuses the kept announcement across the epoch the
    // churner's own check moved: the churner goes on in its old epoch, never rotates again, and its bags grow.

    [WeftTest("reclamation/idle-debra-plus", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA+: a thread idles holding the announcement kept from its last pop; the other neutralizes it and stays within the bound, and the idle thread's next pop announces again")]
    public static void IdleDebraPlus() => IdleThread(SeededBug.None);

    [WeftTest("reclamation/debra-plus-keep-across-epoch", NegativeControl = true, ExpectedMonitor = "BoundedPendingMonitor", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "DEBRA+ with the seeded defect 'reuse the kept announcement whatever the epoch': the churner stays in its old epoch and its pending nodes grow past the bound")]
    public static void DebraPlusKeepAcrossEpoch() => IdleThread(SeededBug.DebraKeepAcrossEpoch);

    private static void IdleThread(SeededBug bug)
    {
        var pool = new NodePool(32, tagged: true, threadCaches: 2, strict: true);
        var reclaimer = Reclaimer.Create(ReclamationScheme.DebraPlus, pool, maxThreads: 2, Tiny with { SeededBug = bug });
        DeclarePendingBound(ReclamationScheme.DebraPlus, reclaimer.Config, maxThreads: 2, retiringRegistrations: 2); // both pop
        var stack = new TreiberStack(reclaimer);
        using var idle = new FutexWord(0);
        using var release = new FutexWord(0);
        var idler = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            stack.Push(me, 100);
            stack.TryPop(me, out _); // ends holding its announcement
            idle.Store(1, MemoryOrder.Release);
            idle.Wake(1);
            while (release.Load(MemoryOrder.Acquire) == 0) release.Wait(0);
            stack.Push(me, 101);
            stack.TryPop(me, out _); // neutralized meanwhile: announces again
            reclaimer.Unregister(me);
        });
        var churner = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            while (idle.Load(MemoryOrder.Acquire) == 0) idle.Wait(0);
            for (int i = 0; i < 16; i++)
            {
                stack.Push(me, i);
                stack.TryPop(me, out _);
            }
            release.Store(1, MemoryOrder.Release);
            release.Wake(1);
            reclaimer.Unregister(me);
        });
        idler.Join();
        churner.Join();
    }

    [WeftTest("reclamation/idle-ibr", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "IBR: a thread idles holding the reservation kept from its last pop while the other pushes and pops 24 times; the kept reservation blocks only the nodes of its eras, so the churner's pending nodes stay within the stress run's IBR bound (its formula, with reservations of two eras)")]
    public static void IdleIbr() => IdleThreadIbr(SeededBug.None);

    [WeftTest("reclamation/ibr-scan-keeps-while-reserved", NegativeControl = true, ExpectedMonitor = "BoundedPendingMonitor", Budget = 300,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "IBR with the seeded defect 'a scan keeps a node while any thread holds a reservation': the idler's kept reservation stops every free and the churner's pending nodes grow past the bound")]
    public static void IbrScanKeepsWhileReserved() => IdleThreadIbr(SeededBug.IbrScanKeepsWhileReserved);

    /// <summary>
    /// The bound of tools/Weft.Benchmarks StressRun.Bound for IBR, for a stack of at most 2 nodes whose pops retire one:
    /// the retire threshold, and per thread's reservation the nodes alive at its lower era (live nodes plus one
    /// unlinked, not yet retired node per thread) and those born in the eras it spans (here at most 2: a pop's
    /// reservation is raised at most once after its begin), EpochFrequency births per thread per era.
    /// </summary>
    private static void IdleThreadIbr(SeededBug bug)
    {
        const int threads = 2, liveNodes = 2, span = 2;
        var pool = new NodePool(64, tagged: true, threadCaches: threads, strict: true);
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, pool, maxThreads: threads, Tiny with { SeededBug = bug });
        var config = reclaimer.Config;
        Checker.Emit(new PendingBoundEvent(config.RetireThreshold + 1 + threads * (liveNodes + threads + span * config.EpochFrequency * threads)));
        var stack = new TreiberStack(reclaimer);
        using var idle = new FutexWord(0);
        var idler = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            stack.Push(me, 100);
            stack.TryPop(me, out _); // ends holding its reservation
            idle.Store(1, MemoryOrder.Release);
            idle.Wake(1);
        });
        var churner = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            while (idle.Load(MemoryOrder.Acquire) == 0) idle.Wait(0);
            for (int i = 0; i < 24; i++)
            {
                stack.Push(me, i);
                stack.TryPop(me, out _);
            }
            reclaimer.Unregister(me);
        });
        idler.Join();
        churner.Join();
    }

    /// <summary>A root cell holding a node handle (never freed itself).</summary>
    private sealed class RootCell
    {
        public AtomicInt64 Head;
    }

    /// <summary>Two registered threads (the only two slots, so every check can pass) alternate push and pop; the
    /// epoch advances every few operations, so nodes are retired, rotated and freed inside one short schedule.</summary>
    /// <summary>
    /// Pairs per worker of the DEBRA churns: only pops move the epoch (a push runs outside the brackets), and a node
    /// freed one rotation early or twice needs the epoch to move twice after its retirement, one check of each thread
    /// per move, while the other worker still reads it: five pops of each worker leave room for that.
    /// </summary>
    private const int DebraChurnPairs = 5;

    private static void TwoThreadsChurn(ReclamationScheme scheme, SeededBug bug, int pairs = 3)
    {
        var pool = new NodePool(16, tagged: true, threadCaches: 2, strict: true);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 2, Tiny with { SeededBug = bug });
        DeclarePendingBound(scheme, reclaimer.Config, maxThreads: 2, retiringRegistrations: 3); // two workers, then main drains
        var stack = new TreiberStack(reclaimer);
        var history = new History();
        void Worker(long first)
        {
            var me = reclaimer.Register();
            for (int i = 0; i < pairs; i++)
            {
                Push(stack, me, history, first + i);
                Pop(stack, me, history);
            }
            reclaimer.Unregister(me);
        }
        var a = WeftThread.Start(() => Worker(10));
        var b = WeftThread.Start(() => Worker(20));
        a.Join();
        b.Join();
        var main = reclaimer.Register();
        Drain(stack, main, history, pool.Capacity);
        var r = LinearizabilityChecker.Check(history, new StackModel());
        Checker.Assert(r.IsLinearizable, r.Witness);
    }

    /// <summary>Three threads push and pop on a stack made by <paramref name="newStack"/> (default: a plain Treiber stack)
    /// over the reclaimer; the main thread then drains it, and the history must be linearizable.</summary>
    internal static void ThreeThreads(ReclamationScheme scheme, bool strict, SeededBug bug = SeededBug.None, Func<Reclaimer, TreiberStack>? newStack = null)
    {
        var pool = new NodePool(16, tagged: true, threadCaches: 4, strict: strict);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 4, Tiny with { SeededBug = bug });
        DeclarePendingBound(scheme, reclaimer.Config, maxThreads: 4, retiringRegistrations: 4); // three workers, then main drains
        var stack = newStack is null ? new TreiberStack(reclaimer) : newStack(reclaimer);
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
        Drain(stack, main, history, pool.Capacity);
        var r = LinearizabilityChecker.Check(history, new StackModel());
        Checker.Assert(r.IsLinearizable, r.Witness);
    }

    // ABA, as in canonical/treiber-aba: a popper reads top = A with successor B and stalls before its CAS; meanwhile
    // another thread pops A and B, pushes onto a second stack sharing the pool (which receives B's slot) and pushes
    // onto this one again (which receives A's slot). With untagged handles the stalled CAS still sees "A" and
    // installs B, a node of the other stack, so this stack later pops a value that was never pushed onto it (a
    // non-linearizable history) or reads a node freed meanwhile (NoUseAfterFree). Both are assertion failures.

    [WeftTest("treiber/linearizable-aba", NegativeControl = true, Budget = 1000,
        Monitors = new[] { typeof(StackMatchesAbstractMonitor), typeof(PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack with untagged handles and immediate reuse: ABA makes the history non-linearizable")]
    public static void LinearizableAba()
    {
        var pool = new NodePool(8, tagged: false);
        var reclaimer = Reclaimer.Create(ReclamationScheme.Immediate, pool, maxThreads: 3);
        DeclarePendingBound(ReclamationScheme.Immediate, reclaimer.Config, maxThreads: 3, retiringRegistrations: 3);
        var stack = new TreiberStack(reclaimer);
        var other = new TreiberStack(reclaimer);
        var history = new History();
        var main = reclaimer.Register();
        Push(stack, main, history, 1);
        Push(stack, main, history, 2);
        Push(stack, main, history, 3);
        var t1 = WeftThread.Start(() => Pop(stack, reclaimer.Register(), history));
        var t2 = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            Pop(stack, me, history);
            Pop(stack, me, history);
            other.Push(me, 10); // not an operation on `stack`: not in its history
            Push(stack, me, history, 4);
        });
        t1.Join();
        t2.Join();
        Drain(stack, main, history, pool.Capacity);
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

    /// <summary>Pops until empty (at most <paramref name="bound"/> values, in case a corrupted stack is cyclic), so values
    /// lost or duplicated by the concurrent phase show in the history too.</summary>
    private static void Drain(TreiberStack stack, ReclaimerThread me, History history, int bound)
    {
        for (int i = 0; i <= bound; i++)
            if (Pop(stack, me, history) is Empty) return;
    }
}
