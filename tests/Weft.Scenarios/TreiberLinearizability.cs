using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
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
    internal static readonly WeftConfig Tiny = WeftConfig.Default with { RetireThreshold = 1, EpochFrequency = 1, StallThreshold = 1 };

    [WeftTest("treiber/linearizable", Budget = 300,
        Description = "three threads push and pop on a Treiber stack with tagged handles and immediate reuse (type-stable); every history is linearizable")]
    public static void Linearizable() => ThreeThreads(ReclamationScheme.Immediate, strict: false);

    [WeftTest("treiber/linearizable-ibr", Budget = 300,
        Description = "Treiber stack reclaimed by IBR (retire threshold 1, era every allocation), strict pool: linearizable, no use-after-free")]
    public static void LinearizableIbr() => ThreeThreads(ReclamationScheme.Ibr, strict: true);

    [WeftTest("treiber/linearizable-debra", Budget = 300,
        Description = "Treiber stack reclaimed by DEBRA, strict pool: linearizable, no use-after-free")]
    public static void LinearizableDebra() => ThreeThreads(ReclamationScheme.Debra, strict: true);

    [WeftTest("treiber/linearizable-debra-plus", Budget = 300,
        Description = "Treiber stack reclaimed by DEBRA+ (stall threshold 1: neutralization happens), strict pool")]
    public static void LinearizableDebraPlus() => ThreeThreads(ReclamationScheme.DebraPlus, strict: true);

    [WeftTest("treiber/linearizable-leak", Budget = 300,
        Description = "Treiber stack that never frees, strict pool")]
    public static void LinearizableLeak() => ThreeThreads(ReclamationScheme.None, strict: true);

    [WeftTest("treiber/use-after-free-immediate", NegativeControl = true, Budget = 1000,
        Description = "Treiber stack freeing popped nodes at once, strict pool: a popper reads the link of a node another thread freed")]
    public static void UseAfterFreeImmediate() => ThreeThreads(ReclamationScheme.Immediate, strict: true);

    [WeftTest("treiber/ibr-free-by-age", NegativeControl = true, Budget = 8000,
        Description = "IBR with the seeded defect 'age alone frees': a node still reserved by a popper is freed")]
    public static void IbrFreeByAge() => ThreeThreads(ReclamationScheme.Ibr, strict: true, SeededBug.IbrFreeByAge);

    [WeftTest("treiber/debra-early-rotation", NegativeControl = true, Budget = 8000,
        Description = "DEBRA with the seeded defect 'two limbo bags instead of three' (a bag is freed one epoch too early): a node is freed while a popper still reads it")]
    public static void DebraEarlyRotation() => TwoThreadsChurn(ReclamationScheme.Debra, SeededBug.DebraEarlyRotation);

    [WeftTest("treiber/churn-debra", Budget = 1000,
        Description = "two threads alternate push and pop six times under DEBRA: epochs advance and bags rotate within the schedule")]
    public static void ChurnDebra() => TwoThreadsChurn(ReclamationScheme.Debra, SeededBug.None);

    [WeftTest("treiber/churn-debra-plus", Budget = 1000,
        Description = "the same churn under DEBRA+ with stall threshold 1: threads are neutralized and restart")]
    public static void ChurnDebraPlus() => TwoThreadsChurn(ReclamationScheme.DebraPlus, SeededBug.None);

    [WeftTest("treiber/churn-ibr", Budget = 1000,
        Description = "the same churn under IBR")]
    public static void ChurnIbr() => TwoThreadsChurn(ReclamationScheme.Ibr, SeededBug.None);

    // Small enough for exhaustive DFS with preemption bound 2: one thread pushes then pops, the other pops, on a stack
    // that starts with one value. Tiny parameters make each pop retire and (where safe) free within the schedule.

    [WeftTest("reclamation/dfs-ibr", Budget = 1000, Description = "IBR: push+pop against pop, for exhaustive DFS")]
    public static void DfsIbr() => PushPopVsPop(ReclamationScheme.Ibr, SeededBug.None);

    [WeftTest("reclamation/dfs-debra", Budget = 1000, Description = "DEBRA: push+pop against pop, for exhaustive DFS")]
    public static void DfsDebra() => PushPopVsPop(ReclamationScheme.Debra, SeededBug.None);

    [WeftTest("reclamation/dfs-debra-plus", Budget = 1000, Description = "DEBRA+: push+pop against pop, for exhaustive DFS")]
    public static void DfsDebraPlus() => PushPopVsPop(ReclamationScheme.DebraPlus, SeededBug.None);

    [WeftTest("reclamation/dfs-leak", Budget = 1000, Description = "no reclamation: push+pop against pop, for exhaustive DFS")]
    public static void DfsLeak() => PushPopVsPop(ReclamationScheme.None, SeededBug.None);

    [WeftTest("reclamation/dfs-immediate", NegativeControl = true, Budget = 1000, Description = "immediate reuse: push+pop against pop (use-after-free)")]
    public static void DfsImmediate() => PushPopVsPop(ReclamationScheme.Immediate, SeededBug.None);

    private static void PushPopVsPop(ReclamationScheme scheme, SeededBug bug)
    {
        var pool = new NodePool(8, tagged: true, threadCaches: 2, strict: true);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 2, Tiny with { SeededBug = bug });
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

    private const int StallPendingBound = 6;

    [WeftTest("reclamation/stall-debra-plus", Budget = 300,
        Description = "DEBRA+ with a thread stalled inside an operation: pending nodes stay within the bound")]
    public static void StallDebraPlus() => StalledThread(ReclamationScheme.DebraPlus);

    [WeftTest("reclamation/stall-debra", NegativeControl = true, Budget = 300,
        Description = "plain DEBRA with a thread stalled inside an operation: pending nodes grow past the bound")]
    public static void StallDebra() => StalledThread(ReclamationScheme.Debra);

    private static void StalledThread(ReclamationScheme scheme)
    {
        Checker.Emit(new Weft.Monitors.PendingBoundEvent(StallPendingBound));
        var pool = new NodePool(32, tagged: true, threadCaches: 2, strict: true);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 2, Tiny);
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

    /// <summary>Two registered threads (the only two slots, so every check can pass) alternate push and pop; the
    /// epoch advances every few operations, so nodes are retired, rotated and freed inside one short schedule.</summary>
    private static void TwoThreadsChurn(ReclamationScheme scheme, SeededBug bug)
    {
        var pool = new NodePool(16, tagged: true, threadCaches: 2, strict: true);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 2, Tiny with { SeededBug = bug });
        var stack = new TreiberStack(reclaimer);
        var history = new History();
        void Worker(long first)
        {
            var me = reclaimer.Register();
            for (int i = 0; i < 3; i++)
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

    private static void ThreeThreads(ReclamationScheme scheme, bool strict, SeededBug bug = SeededBug.None)
    {
        var pool = new NodePool(16, tagged: true, threadCaches: 4, strict: strict);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 4, Tiny with { SeededBug = bug });
        var stack = new TreiberStack(reclaimer);
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
        Description = "Treiber stack with untagged handles and immediate reuse: ABA makes the history non-linearizable")]
    public static void LinearizableAba()
    {
        var pool = new NodePool(8, tagged: false);
        var reclaimer = Reclaimer.Create(ReclamationScheme.Immediate, pool, maxThreads: 3);
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
