using System.Collections.Generic;
using System.Linq;
using Weft.Atomics;
using Weft.Collections;
using Weft.Memory;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The canonical concurrency bugs, each beside its correct variant. A negative control must be caught by the
/// default strategy within its budget and its schedule must replay to the same failure; the correct variant must
/// pass the same budget. These are the engine's own acceptance tests.
/// </summary>
public static class Canonical
{
    // ---------------------------------------------------------------- lost update

    [WeftTest("canonical/lost-update", NegativeControl = true, Budget = 100,
        Description = "two threads increment a counter with a plain read-then-write; one increment is lost")]
    public static void LostUpdate() => Counter(atomic: false);

    [WeftTest("canonical/lost-update-fixed", Budget = 100,
        Description = "the same counter incremented with an atomic fetch-add")]
    public static void LostUpdateFixed() => Counter(atomic: true);

    private static void Counter(bool atomic)
    {
        var counter = new Box32();
        void Increment()
        {
            if (atomic)
            {
                counter.Cell.FetchAdd(1, MemoryOrder.AcqRel);
            }
            else
            {
                int v = counter.Cell.Load(MemoryOrder.Acquire);
                counter.Cell.Store(v + 1, MemoryOrder.Release);
            }
        }
        var a = WeftThread.Start(Increment);
        var b = WeftThread.Start(Increment);
        a.Join();
        b.Join();
        int final = counter.Cell.Load(MemoryOrder.Acquire);
        Checker.Assert(final == 2, $"counter is {final} after two increments, expected 2");
    }

    // ---------------------------------------------------------------- check-then-act with a W-step window

    // A reader takes snapshots of two fields a writer keeps equal, validating each snapshot with a sequence
    // word read before and after (a seqlock). The check is "the sequence word did not change"; the act is using
    // the snapshot. In the buggy variant the sequence word is a single "writing" flag, so a complete W-step
    // update that starts after the reader's first field read and ends before its second passes the check
    // (ABA on the flag) and the reader acts on a torn snapshot. Catching it requires the writer to run its whole
    // W-step window without the reader taking a step: uniform random needs luck exponential in W, PCT needs one
    // well-placed priority change. The fix is a full sequence counter (incremented on entry and on exit).

    private const int ReaderSnapshots = 500;
    private const int WriterUpdates = 200;

    [WeftTest("canonical/check-then-act-10", NegativeControl = true, Budget = 1000, MaxSteps = 20_000,
        Description = "seqlock validated by a 1-bit flag: a 10-step update inside the reader's window goes unnoticed")]
    public static void CheckThenAct10() => Seqlock(window: 10, fullCounter: false);

    [WeftTest("canonical/check-then-act-10-fixed", Budget = 1000, MaxSteps = 20_000,
        Description = "the same seqlock validated by a full sequence counter")]
    public static void CheckThenAct10Fixed() => Seqlock(window: 10, fullCounter: true);

    [WeftTest("canonical/check-then-act-30", NegativeControl = true, Budget = 1000, MaxSteps = 40_000,
        Description = "seqlock validated by a 1-bit flag: a 30-step update inside the reader's window goes unnoticed")]
    public static void CheckThenAct30() => Seqlock(window: 30, fullCounter: false);

    [WeftTest("canonical/check-then-act-30-fixed", Budget = 1000, MaxSteps = 40_000,
        Description = "the same seqlock validated by a full sequence counter")]
    public static void CheckThenAct30Fixed() => Seqlock(window: 30, fullCounter: true);

    private static void Seqlock(int window, bool fullCounter)
    {
        var s = new SeqlockState();
        var writer = WeftThread.Start(() =>
        {
            for (int v = 1; v <= WriterUpdates; v++)
            {
                // One update is exactly `window` steps: enter, x, (window - 4) steps of other work, y, exit.
                if (fullCounter) s.Seq.FetchAdd(1, MemoryOrder.AcqRel);
                else s.Seq.Store(1, MemoryOrder.SeqCst);
                s.X.Store(v, MemoryOrder.Release);
                for (int i = 0; i < window - 4; i++) s.Work.FetchAdd(1, MemoryOrder.Relaxed);
                s.Y.Store(v, MemoryOrder.Release);
                if (fullCounter) s.Seq.FetchAdd(1, MemoryOrder.AcqRel);
                else s.Seq.Store(0, MemoryOrder.SeqCst);
            }
        });
        var reader = WeftThread.Start(() =>
        {
            for (int i = 0; i < ReaderSnapshots; i++)
            {
                int s1 = s.Seq.Load(MemoryOrder.Acquire);
                if ((s1 & 1) != 0) continue; // a write is in progress: retry
                int x = s.X.Load(MemoryOrder.Acquire);
                int y = s.Y.Load(MemoryOrder.Acquire);
                int s2 = s.Seq.Load(MemoryOrder.Acquire);
                if (s1 != s2) continue; // check failed: the snapshot may be torn
                Checker.Assert(x == y, $"torn snapshot accepted: x = {x}, y = {y} (sequence word {s1} before and after)");
            }
        });
        writer.Join();
        reader.Join();
    }

    // ---------------------------------------------------------------- two-lock deadlock

    [WeftTest("canonical/two-lock-deadlock", NegativeControl = true, ExpectedBug = BugKind.Deadlock, Budget = 100,
        Description = "two threads take two locks in opposite orders")]
    public static void TwoLockDeadlock() => TwoLocks(ordered: false);

    [WeftTest("canonical/two-lock-deadlock-fixed", Budget = 100,
        Description = "both threads take the two locks in the same order")]
    public static void TwoLockDeadlockFixed() => TwoLocks(ordered: true);

    private static void TwoLocks(bool ordered)
    {
        var a = new WeftLock();
        var b = new WeftLock();
        var shared = new Box32();
        void Transfer(WeftLock first, WeftLock second)
        {
            first.Enter();
            second.Enter();
            shared.Cell.FetchAdd(1, MemoryOrder.Relaxed);
            second.Exit();
            first.Exit();
        }
        var t1 = WeftThread.Start(() => Transfer(a, b));
        var t2 = WeftThread.Start(() => { if (ordered) Transfer(a, b); else Transfer(b, a); });
        t1.Join();
        t2.Join();
        Checker.Assert(shared.Cell.Load(MemoryOrder.Relaxed) == 2, "both transfers ran");
    }

    // ---------------------------------------------------------------- lost wake-up

    [WeftTest("canonical/lost-wakeup", NegativeControl = true, ExpectedBug = BugKind.Deadlock, Budget = 100,
        Description = "a waiter checks a flag and then sleeps without an atomic compare: the wake-up in between is lost")]
    public static void LostWakeup() => WaitForFlag(atomicWait: false);

    [WeftTest("canonical/lost-wakeup-fixed", Budget = 100,
        Description = "the waiter sleeps with the futex's atomic compare-and-block")]
    public static void LostWakeupFixed() => WaitForFlag(atomicWait: true);

    private static void WaitForFlag(bool atomicWait)
    {
        using var flag = new FutexWord(0);
        var waiter = WeftThread.Start(() =>
        {
            while (flag.Load(MemoryOrder.Acquire) == 0)
            {
                // The buggy waiter sleeps on "whatever the word is now", re-reading it in a separate step, so the
                // check above and the sleep below are not one atomic action.
                int expected = atomicWait ? 0 : flag.Load(MemoryOrder.Relaxed);
                flag.Wait(expected);
            }
        });
        var waker = WeftThread.Start(() =>
        {
            flag.Store(1, MemoryOrder.Release);
            flag.Wake(1);
        });
        waiter.Join();
        waker.Join();
    }

    // ---------------------------------------------------------------- ABA in a Treiber stack

    // Two stacks draw nodes from one shared pool (one allocator, as in any real program). A popper reads top = A
    // and its successor B, and stalls before its CAS. Meanwhile another thread pops A and B, pushes onto the
    // other stack (receiving B's recycled slot) and pushes onto this stack again (receiving A's slot, now with
    // a different successor). With untagged handles the stalled CAS still sees "A" and installs B, a node that
    // now belongs to the other stack: both stacks share it and a value is popped twice.

    [WeftTest("canonical/treiber-aba", NegativeControl = true, ExpectedMonitor = "StackMatchesAbstractMonitor", Budget = 3000,
        Monitors = new[] { typeof(Weft.Monitors.StackMatchesAbstractMonitor), typeof(Weft.Monitors.PopReturnsAbstractTopMonitor) },
        Description = "Treiber stack with untagged handles and immediate node reuse: ABA corrupts the stack")]
    public static void TreiberAba() => TreiberReuse(tagged: false);

    [WeftTest("canonical/treiber-aba-fixed", Budget = 3000,
        Monitors = new[] { typeof(Weft.Monitors.StackMatchesAbstractMonitor), typeof(Weft.Monitors.PopReturnsAbstractTopMonitor) },
        Description = "the same stacks with generation-tagged handles: the stale CAS fails")]
    public static void TreiberAbaFixed() => TreiberReuse(tagged: true);

    private static void TreiberReuse(bool tagged)
    {
        var pool = new NodePool(8, tagged);
        var reclaimer = Reclaimer.Create(ReclamationScheme.Immediate, pool, maxThreads: 3);
        var stack = new TreiberStack(reclaimer);
        var other = new TreiberStack(reclaimer);
        var main = reclaimer.Register();
        stack.Push(main, 1);
        stack.Push(main, 2);
        stack.Push(main, 3);
        var popped = new List<long>();
        var pushed = new List<long> { 1, 2, 3 };
        var t1 = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            if (stack.TryPop(me, out var v)) popped.Add(v);
        });
        var t2 = WeftThread.Start(() =>
        {
            var me = reclaimer.Register();
            if (stack.TryPop(me, out var a)) popped.Add(a);
            if (stack.TryPop(me, out var b)) popped.Add(b);
            other.Push(me, 10);
            pushed.Add(10);
            stack.Push(me, 4);
            pushed.Add(4);
        });
        t1.Join();
        t2.Join();
        int guard = 0;
        while (stack.TryPop(main, out var rest) && ++guard <= pool.Capacity) popped.Add(rest);
        while (other.TryPop(main, out var rest) && ++guard <= pool.Capacity) popped.Add(rest);
        popped.Sort();
        pushed.Sort();
        Checker.Assert(popped.SequenceEqual(pushed),
            $"stacks lost or duplicated values: pushed [{string.Join(", ", pushed)}], popped [{string.Join(", ", popped)}]");
    }

    private sealed class Box32
    {
        public AtomicInt32 Cell;
    }

    private sealed class SeqlockState
    {
        public AtomicInt32 Seq;
        public AtomicInt32 X;
        public AtomicInt32 Y;
        public AtomicInt32 Work;
    }
}
