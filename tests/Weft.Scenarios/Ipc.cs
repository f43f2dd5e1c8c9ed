using System.Threading;
using Weft.Atomics;
using Weft.Ipc;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// The IPC primitives (impl/src/Ipc) under the scheduler, over an in-process segment: the same code as across
/// processes, with every shared-word access a scheduling point and futex waits modeled (spurious wake-ups allowed where
/// the attribute says so). Workloads are small (2 or 3 threads, one or two operations each) so exhaustive DFS with a
/// preemption bound finishes in seconds (tests/Weft.Tests/IpcSchedulerTests). Each seeded defect is a negative control,
/// the C# counterpart of a TLC config that fails (tla/FutexMutex, tla/Semaphore, tla/Event): a lost wake-up must
/// deadlock, and a defect seeded against one invariant must be caught by that invariant's monitor (ExpectedMonitor).
/// The invariant monitors (harness/Monitors/, one file per invariant) are built into the engine and watch every iteration.
/// </summary>
public static class IpcScenarios
{
    private static readonly IpcOptions NoSpin = IpcOptions.Default with { AdaptiveSpin = false };

    // ---------------------------------------------------------------- mutex

    [WeftTest("ipc/mutex", Budget = 300, SpuriousWakeups = 1,
        Description = "two threads increment a counter inside an IpcMutex (no spinning)")]
    public static void Mutex() => MutexCounter(2, NoSpin);

    [WeftTest("ipc/mutex-3", Budget = 300,
        Description = "three threads increment a counter inside an IpcMutex (no spinning)")]
    public static void Mutex3() => MutexCounter(3, NoSpin);

    [WeftTest("ipc/mutex-spin", Budget = 300,
        Description = "two threads increment a counter inside an IpcMutex with adaptive spinning (at most 2 spins)")]
    public static void MutexSpin() => MutexCounter(2, IpcOptions.Default with { AdaptiveSpin = true, MaxSpin = 2 });

    [WeftTest("ipc/mutex-no-contended-mark", NegativeControl = true, ExpectedBug = BugKind.Deadlock, Budget = 300,
        Description = "seeded: the contended path never sets the waiters bit, so the release wakes nobody (lost wake-up)")]
    public static void MutexNoContendedMark() => MutexCounter(2, NoSpin with { SeededBug = SeededBug.IpcMutexNoContendedMark });

    [WeftTest("ipc/mutex-test-then-set", NegativeControl = true, ExpectedMonitor = "MutualExclusionMonitor", Budget = 300,
        Description = "seeded: the fast path loads the word and then stores its pid, so two threads that both read 0 both acquire")]
    public static void MutexTestThenSet() => MutexCounter(2, NoSpin with { SeededBug = SeededBug.IpcMutexTestThenSet });

    [WeftTest("ipc/mutex-release-by-decrement", NegativeControl = true, ExpectedMonitor = "MutexStateMatchesHolderMonitor", Budget = 300,
        Description = "seeded: a contended release subtracts its pid before storing 0, leaving the waiters bit with nobody holding the lock")]
    public static void MutexReleaseByDecrement() => MutexCounter(2, NoSpin with { SeededBug = SeededBug.IpcMutexReleaseByDecrement });

    [WeftTest("ipc/mutex-mark-by-exchange", NegativeControl = true, ExpectedMonitor = "MutexOwnerIsHolderMonitor", Budget = 300,
        Description = "seeded: a waiter sets the waiters bit by exchanging in its own pid, so the word names a thread that does not hold the lock")]
    public static void MutexMarkByExchange() => MutexCounter(2, NoSpin with { SeededBug = SeededBug.IpcMutexMarkByExchange });

    private static void MutexCounter(int threads, IpcOptions options)
    {
        using var m = IpcMutex.CreateInProcess(options);
        var counter = new Box32();
        var workers = new WeftThread[threads];
        for (int i = 0; i < threads; i++)
        {
            workers[i] = WeftThread.Start(() =>
            {
                m.Acquire();
                // A read-then-write increment: only mutual exclusion keeps it from losing an update.
                int v = counter.Cell.Load(MemoryOrder.Relaxed);
                counter.Cell.Store(v + 1, MemoryOrder.Relaxed);
                m.Release();
            });
        }
        foreach (var w in workers) w.Join();
        Checker.Assert(counter.Cell.Load(MemoryOrder.Relaxed) == threads, $"counter is {counter.Cell.Peek()}, expected {threads}");
        Checker.Assert(!m.IsLocked, "the mutex is still locked after every thread released it");
    }

    [WeftTest("ipc/mutex-processes", Budget = 300,
        Description = "three simulated processes, each with its own pid in the word, increment a counter inside an IpcMutex")]
    public static void MutexProcesses()
    {
        SimulatedIpc.BeginIteration();
        MutexCounter(3, NoSpin);
    }

    [WeftTest("ipc/mutex-owner-crash", Budget = 300,
        Description = "a process may die holding the mutex; another waits with a timeout, force-releases a dead owner's lock and takes it")]
    public static void MutexOwnerCrash()
    {
        SimulatedIpc.BeginIteration();
        using var m = IpcMutex.CreateInProcess(NoSpin);
        var entered = new Box32();
        var owner = WeftThread.Start(() =>
        {
            m.Acquire();
            entered.Cell.Store(1, MemoryOrder.Relaxed);
            if (Checker.Choose(2) == 1)
            {
                SimulatedIpc.Crash(); // dies holding the lock
                return;
            }
            m.Release();
        });
        var other = WeftThread.Start(() =>
        {
            while (!m.TryAcquire(1_000_000))
            {
                // Timed out: the lock is held. Free it only if its owner (read from the word) is dead.
                var r = m.ForceRelease();
                Checker.Assert(r is ForceReleaseResult.Released or ForceReleaseResult.OwnerAlive or ForceReleaseResult.NotHeld,
                    $"ForceRelease returned {r} with one owner that may die and nobody else recovering");
            }
            Checker.Assert(m.OwnerPid == SimulatedIpc.CurrentPid, $"the word names pid {m.OwnerPid}, not the holder's {SimulatedIpc.CurrentPid}");
            m.Release();
        });
        owner.Join();
        other.Join();
        Checker.Assert(entered.Cell.Load(MemoryOrder.Relaxed) == 1, "the first process never acquired");
        // The first process may have taken the lock only after the survivor finished, and died holding it: then the
        // word still names it, and a recovery must free it.
        if (m.IsLocked)
        {
            Checker.Assert(m.IsOwnerDead, $"the mutex is held by live pid {m.OwnerPid} after both processes finished");
            Checker.Assert(m.ForceRelease() == ForceReleaseResult.Released, "a dead owner's lock was not force-released");
        }
        Checker.Assert(!m.IsLocked, "the mutex is still locked after the survivor released it and any dead owner's lock was freed");
    }

    [WeftTest("ipc/mutex-timed", Budget = 300,
        Description = "a timed acquire against a holder: it either times out (the holder never released in time) or acquires")]
    public static void MutexTimed()
    {
        using var m = IpcMutex.CreateInProcess(NoSpin);
        var got = new Box32();
        var holder = WeftThread.Start(() =>
        {
            m.Acquire();
            m.Release();
        });
        var timed = WeftThread.Start(() =>
        {
            if (m.TryAcquire(1_000_000))
            {
                got.Cell.Store(1, MemoryOrder.Relaxed);
                m.Release();
            }
        });
        holder.Join();
        timed.Join();
        Checker.Assert(!m.IsLocked, "the mutex is still locked");
        // The timed acquire may time out only while the lock was held; afterwards a fresh try must succeed.
        Checker.Assert(m.TryAcquire(), "the free mutex could not be acquired");
        m.Release();
    }

    // ---------------------------------------------------------------- semaphore

    [WeftTest("ipc/semaphore", Budget = 300, SpuriousWakeups = 1,
        Description = "two waiters on a semaphore at 0; the main thread posts one unit twice")]
    public static void Semaphore() => SemaphoreTwoPosts(NoSpin);

    [WeftTest("ipc/semaphore-spin", Budget = 300,
        Description = "the two-waiter workload with adaptive spinning before the first sleep (at most 2 rounds)")]
    public static void SemaphoreSpin() => SemaphoreTwoPosts(IpcOptions.Default with { AdaptiveSpin = true, MaxSpin = 2 });

    [WeftTest("ipc/semaphore-wake-on-zero-only", NegativeControl = true, ExpectedBug = BugKind.Deadlock, Budget = 300,
        Description = "seeded: post wakes only on the 0 -> 1 transition; the second post wakes nobody")]
    public static void SemaphoreWakeOnZeroOnly() => SemaphoreTwoPosts(NoSpin with { SeededBug = SeededBug.IpcSemaphoreWakeOnZeroOnly });

    [WeftTest("ipc/semaphore-no-max-check", NegativeControl = true, ExpectedMonitor = "SemaphoreCountInRangeMonitor", Budget = 300,
        Description = "seeded: post checks only for 32-bit overflow, so two posts into a semaphore of maximum 1 both succeed")]
    public static void SemaphoreNoMaxCheck() => SemaphoreBoundedPosts(NoSpin with { SeededBug = SeededBug.IpcSemaphoreNoMaxCheck });

    [WeftTest("ipc/semaphore-take-by-store", NegativeControl = true, ExpectedMonitor = "SemaphoreCountConservedMonitor", Budget = 300,
        Description = "seeded: a wait stores c - 1 over the count c it read, losing a post or take in between")]
    public static void SemaphoreTakeByStore() => SemaphoreTwoPosts(NoSpin with { SeededBug = SeededBug.IpcSemaphoreTakeByStore });

    [WeftTest("ipc/semaphore-wake-all-registered", NegativeControl = true, ExpectedMonitor = "SemaphoreWakeBoundedMonitor", Budget = 300,
        Description = "seeded: a post of one unit wakes every registered waiter")]
    public static void SemaphoreWakeAllRegistered() => SemaphoreTwoPosts(NoSpin with { SeededBug = SeededBug.IpcSemaphoreWakeAllRegistered });

    [WeftTest("ipc/semaphore-register-by-store", NegativeControl = true, ExpectedMonitor = "SemaphoreHintCountsRegisteredMonitor", Budget = 300,
        Description = "seeded: a wait registers by load and store, so two waiters registering together count once")]
    public static void SemaphoreRegisterByStore() => SemaphoreTwoPosts(NoSpin with { SeededBug = SeededBug.IpcSemaphoreRegisterByStore });

    private static void SemaphoreTwoPosts(IpcOptions options)
    {
        using var s = IpcSemaphore.CreateInProcess(0, options: options);
        var a = WeftThread.Start(s.Wait);
        var b = WeftThread.Start(s.Wait);
        s.Post();
        s.Post();
        a.Join();
        b.Join();
        Checker.Assert(s.Count == 0, $"count is {s.Count} after two posts and two waits");
    }

    [WeftTest("ipc/semaphore-post-n", Budget = 300,
        Description = "two waiters; one post of two units wakes both")]
    public static void SemaphorePostN()
    {
        using var s = IpcSemaphore.CreateInProcess(0, options: NoSpin);
        var a = WeftThread.Start(s.Wait);
        var b = WeftThread.Start(s.Wait);
        s.Post(2);
        a.Join();
        b.Join();
        Checker.Assert(s.Count == 0, $"count is {s.Count}");
    }

    [WeftTest("ipc/semaphore-bounded", Budget = 300,
        Description = "maximum 1: of two concurrent posts exactly one succeeds and the other reports the overflow")]
    public static void SemaphoreBounded() => SemaphoreBoundedPosts(NoSpin);

    private static void SemaphoreBoundedPosts(IpcOptions options)
    {
        using var s = IpcSemaphore.CreateInProcess(0, maximumCount: 1, options: options);
        var full = new Box32();
        void Poster()
        {
            try
            {
                s.Post();
            }
            catch (SemaphoreFullException)
            {
                full.Cell.FetchAdd(1, MemoryOrder.Relaxed);
            }
        }
        var a = WeftThread.Start(Poster);
        var b = WeftThread.Start(Poster);
        a.Join();
        b.Join();
        Checker.Assert(s.Count == 1 && full.Cell.Load(MemoryOrder.Relaxed) == 1, $"count {s.Count}, overflow reports {full.Cell.Peek()}");
    }

    [WeftTest("ipc/semaphore-timed", Budget = 300,
        Description = "a timed wait against one post: it either takes the unit or times out and leaves it")]
    public static void SemaphoreTimed()
    {
        using var s = IpcSemaphore.CreateInProcess(0, options: NoSpin);
        var got = new Box32();
        var w = WeftThread.Start(() => { if (s.TryWait(1_000_000)) got.Cell.Store(1, MemoryOrder.Relaxed); });
        var p = WeftThread.Start(() => s.Post());
        w.Join();
        p.Join();
        int took = got.Cell.Load(MemoryOrder.Relaxed);
        Checker.Assert(s.Count + took == 1, $"count {s.Count} + taken {took} != 1 posted");
    }

    // ---------------------------------------------------------------- event

    [WeftTest("ipc/event", Budget = 300, SpuriousWakeups = 1,
        Description = "a waiter and a setter on an IpcEvent")]
    public static void Event() => EventSetAndWait(NoSpin);

    [WeftTest("ipc/event-pulse", Budget = 300, SpuriousWakeups = 1,
        Description = "the setter sets and at once resets; a timed waiter that began before the set still returns signaled (NoMissedSet)")]
    public static void EventPulse() => EventPulseAndTimedWait(NoSpin);

    private static void EventPulseAndTimedWait(IpcOptions options)
    {
        using var e = IpcEvent.CreateInProcess(options: options);
        // A wait that begins after the reset rightly times out (the engine expires it once nothing else can run);
        // one that began before the set must return true, which the NoMissedSet monitor checks.
        var waiter = WeftThread.Start(() => e.TryWait(1_000_000));
        var setter = WeftThread.Start(() =>
        {
            e.Set();
            e.Reset();
        });
        waiter.Join();
        setter.Join();
        Checker.Assert(e.Sequence == 1 && !e.IsSet, $"sequence {e.Sequence}, set {e.IsSet} after one pulse");
    }

    [WeftTest("ipc/event-check-then-wait", NegativeControl = true, ExpectedBug = BugKind.Deadlock, Budget = 300,
        Description = "seeded: the waiter re-reads the word to sleep on after checking it, sleeping through a set in between")]
    public static void EventCheckThenWait() => EventSetAndWait(NoSpin with { SeededBug = SeededBug.IpcEventCheckThenWait });

    [WeftTest("ipc/event-wake-means-set", NegativeControl = true, ExpectedMonitor = "EventWaitReturnsAfterSetMonitor", Budget = 300, SpuriousWakeups = 1,
        Description = "seeded: a waiter takes any futex return for the set, so a spurious wake-up returns signaled before any set")]
    public static void EventWakeMeansSet() => EventSetAndWait(NoSpin with { SeededBug = SeededBug.IpcEventWakeMeansSet });

    [WeftTest("ipc/event-bit-only-check", NegativeControl = true, ExpectedMonitor = "EventNoMissedSetMonitor", Budget = 300,
        Description = "seeded: a woken waiter checks only the signaled bit and sleeps again on the word it read, missing a set-then-reset pulse")]
    public static void EventBitOnlyCheck() => EventPulseAndTimedWait(NoSpin with { SeededBug = SeededBug.IpcEventBitOnlyCheck });

    private static void EventSetAndWait(IpcOptions options)
    {
        using var e = IpcEvent.CreateInProcess(options: options);
        var waiter = WeftThread.Start(e.Wait);
        var setter = WeftThread.Start(e.Set);
        waiter.Join();
        setter.Join();
        Checker.Assert(e.Sequence == 1, $"sequence is {e.Sequence} after one set");
    }

    private sealed class Box32
    {
        public AtomicInt32 Cell;
    }
}
