using System;
using System.Diagnostics;
using System.Threading;
using Weft.Atomics;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Ipc;

/// <summary>
/// A counting semaphore in shared memory, usable across processes (a futex semaphore in the style of glibc's
/// <c>sem_post</c>/<c>sem_wait</c> with a waiter count). Spec: tla/Semaphore/Semaphore.tla.
///
/// The futex word is the count (0 to <see cref="MaximumCount"/>); a second word counts registered waiters.
/// <see cref="Wait"/> takes a unit with a CAS (count, count - 1) when the count is positive; otherwise it registers
/// (waiters + 1), sleeps with FUTEX_WAIT while the count is still 0, and deregisters. <see cref="Post"/> adds n units with
/// a CAS, then reads the waiter count and wakes min(n, waiters) sleepers.
///
/// Invariants: the count is never negative (a unit is taken only by a CAS from a positive value) and never exceeds
/// the maximum (a post that would pass it, including 32-bit overflow, throws <see cref="SemaphoreFullException"/> before
/// changing anything). No lost wake-up: the waiter's increment of the waiter count and its futex compare, and the
/// poster's count CAS and its read of the waiter count, are sequentially consistent, so either the poster sees the
/// waiter registered (and wakes), or the waiter's FUTEX_WAIT sees the new count and does not sleep (Dekker's pattern).
///
/// Wake hint. The waiter count is a hint, not an exact number of sleepers: it includes threads about to sleep and
/// threads woken that have not deregistered yet. A post therefore asks the kernel to wake min(n, waiters) threads:
/// never more than the n units it added (a woken thread that finds no unit re-registers and sleeps again), possibly
/// fewer threads than the hint because some were not asleep, and no wake call at all when nobody is registered, so an
/// uncontended post is one CAS and one load, no syscall.
///
/// Adaptive spinning (<see cref="IpcOptions.SpinEnvironmentVariable"/>, as for the mutex): before its first sleep a wait
/// watches the count for a while, so a unit posted by a running thread is taken without a futex sleep and wake.
/// </summary>
public sealed class IpcSemaphore : IpcObject
{
    private int _spinEstimate;

    private IpcSemaphore(ShmSegment segment, int offset, bool ownsSegment, IpcOptions? options) : base(segment, offset, ownsSegment, options) { }

    /// <summary>Writes a new semaphore header holding <paramref name="initialCount"/> units (only the creator does this).</summary>
    public static IpcSemaphore Initialize(ShmSegment segment, int offset = 0, int initialCount = 0, int maximumCount = int.MaxValue, IpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumCount);
        if (initialCount < 0 || initialCount > maximumCount)
            throw new ArgumentOutOfRangeException(nameof(initialCount), initialCount, $"the initial count must lie in [0, {maximumCount}]");
        IpcHeader.ValidateRange(segment, offset, "semaphore");
        segment.Int32At(offset + IpcHeader.Word).Store(initialCount, MemoryOrder.Relaxed);
        segment.Int32At(offset + IpcHeader.Aux).Store(0, MemoryOrder.Relaxed);
        segment.Int32At(offset + IpcHeader.Limit).Store(maximumCount, MemoryOrder.Relaxed);
        IpcHeader.Publish(segment, offset, IpcHeader.SemaphoreMagic);
        var s = new IpcSemaphore(segment, offset, ownsSegment: false, options);
        s.Report(SemaphoreStep.Init, initialCount, maximumCount);
        return s;
    }

    /// <summary>A handle on an existing semaphore header (validated).</summary>
    public static IpcSemaphore Attach(ShmSegment segment, int offset = 0, IpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segment);
        IpcHeader.Validate(segment, offset, IpcHeader.SemaphoreMagic, "semaphore", TimeSpan.Zero);
        return new IpcSemaphore(segment, offset, ownsSegment: false, options);
    }

    /// <summary>A semaphore shared by the threads of this process.</summary>
    public static IpcSemaphore CreateInProcess(int initialCount = 0, int maximumCount = int.MaxValue, IpcOptions? options = null)
    {
        var s = ShmSegment.CreateInProcess(IpcHeader.Size);
        try
        {
            Initialize(s, 0, initialCount, maximumCount, options);
        }
        catch
        {
            s.Dispose();
            throw;
        }
        return new IpcSemaphore(s, 0, ownsSegment: true, options);
    }

    /// <summary>Creates the named semaphore <c>/dev/shm/<paramref name="name"/></c> (fails if it exists).</summary>
    public static IpcSemaphore CreateNamed(string name, int initialCount = 0, int maximumCount = int.MaxValue, IpcOptions? options = null)
    {
        if (initialCount < 0 || initialCount > maximumCount || maximumCount <= 0)
            throw new ArgumentOutOfRangeException(nameof(initialCount), initialCount, $"the initial count must lie in [0, {maximumCount}] and the maximum be positive");
        var s = CreateSegment(name);
        Initialize(s, 0, initialCount, maximumCount, options);
        return new IpcSemaphore(s, 0, ownsSegment: true, options);
    }

    /// <summary>Opens an existing named semaphore.</summary>
    public static IpcSemaphore OpenNamed(string name, IpcOptions? options = null)
    {
        return new IpcSemaphore(OpenValidated(name, IpcHeader.SemaphoreMagic, "semaphore"), 0, ownsSegment: true, options);
    }

    /// <summary>Removes a named semaphore's name (handles keep working). False if it did not exist.</summary>
    public static bool Unlink(string name) => ShmSegment.Unlink(name);

    private ref AtomicInt32 CountCell => ref Segment.Int32At(WordOffset);
    private ref AtomicInt32 Waiters => ref Segment.Int32At(AuxOffset);

    /// <summary>The count (the futex word), read without a scheduling point (refinement mappings of trace replays).</summary>
    internal int PeekCount() => CountCell.Peek();

    /// <summary>The waiter count (the wake hint), read without a scheduling point.</summary>
    internal int PeekWaiters() => Waiters.Peek();

    /// <summary>The futex word's address: the identity the controlled build's semaphore events carry.</summary>
    internal nint EventWord => WordAddress;

    /// <summary>The units available now (a snapshot).</summary>
    public int Count => CountCell.Load(MemoryOrder.Acquire);

    /// <summary>The most units the semaphore may hold.</summary>
    public int MaximumCount => Segment.Int32At(Offset + IpcHeader.Limit).Load(MemoryOrder.Relaxed);

    /// <summary>Threads registered as waiting (the wake hint; a snapshot).</summary>
    public int WaiterHint => Waiters.Load(MemoryOrder.Acquire);

    // Labels (StepLabel.At) name the pc values of tla/Semaphore/Semaphore.tla, each just before the shared-memory
    // access the spec's action of that name performs; a TLC trace replay runs a thread from one to the next. The
    // spec's "idle" (before Post or Wait loads the count) is the caller's (the replay workload marks it).

    /// <summary>
    /// Adds <paramref name="n"/> units and wakes up to min(n, registered waiters) sleepers. Returns the count before the
    /// post. Throws <see cref="SemaphoreFullException"/>, changing nothing, if the count would exceed
    /// <see cref="MaximumCount"/> (at most int.MaxValue: a 32-bit overflow is always detected).
    /// </summary>
    public int Post(int n = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        // The seeded defect IpcSemaphoreNoMaxCheck guards only against a 32-bit overflow, not against the maximum.
        int max = Options.SeededBug == SeededBug.IpcSemaphoreNoMaxCheck ? int.MaxValue : MaximumCount;
        int old = CountCell.Load(MemoryOrder.Relaxed);
        while (true)
        {
            // old <= max, so max - old cannot overflow; n > max - old is exactly "old + n would pass the maximum".
            if (n > max - old)
                throw new SemaphoreFullException($"IpcSemaphore.Post({n}): count {old} + {n} would exceed the maximum {max}");
            // Winning this CAS (old -> old + n) publishes our n units; losing it means another post or wait moved the
            // count, and we retry from what it saw.
            StepLabel.At("post_cas");
            int seen = CountCell.CompareExchange(old, old + n, MemoryOrder.SeqCst);
            if (seen == old) break;
            old = seen;
        }
        Report(SemaphoreStep.Posted, old, n);
        StepLabel.At("post_read_waiters");
        int waiters = Waiters.Load(MemoryOrder.SeqCst);
        int wake = Options.SeededBug switch
        {
            SeededBug.IpcSemaphoreWakeOnZeroOnly => old == 0 && waiters > 0 ? 1 : 0, // the seeded defect: only the 0 -> positive transition wakes, and one thread
            SeededBug.IpcSemaphoreWakeAllRegistered => waiters, // the seeded defect: every registered waiter, whatever n
            _ => Math.Min(n, waiters),
        };
        if (wake > 0)
        {
            Report(SemaphoreStep.Wake, old, wake);
            StepLabel.At("post_wake");
            Segment.FutexWake(WordOffset, wake);
        }
        return old;
    }

    /// <summary>Takes a unit if one is available, without waiting.</summary>
    public bool TryWait()
    {
        int c = CountCell.Load(MemoryOrder.Acquire);
        while (c > 0)
        {
            if (TryTake(ref c)) return true;
        }
        return false;
    }

    /// <summary>Takes a unit, sleeping as long as necessary.</summary>
    public void Wait() => WaitCore(-1);

    /// <summary>Takes a unit within <paramref name="timeoutNs"/> nanoseconds (relative; -1 waits forever). False on timeout.</summary>
    public bool TryWait(long timeoutNs)
    {
        CheckTimeout(timeoutNs);
        return WaitCore(timeoutNs);
    }

    /// <summary>Takes a unit within <paramref name="timeout"/>. False on timeout.</summary>
    public bool TryWait(TimeSpan timeout) => WaitCore(ToNanoseconds(timeout));

    /// <summary>
    /// Adaptive spinning, once per wait before the first sleep (the switch and the rule of <see cref="IpcMutex"/>): watch
    /// the count for up to min(MaxSpin, 2 * estimate + 10) rounds; true with <paramref name="c"/> positive if a unit
    /// appeared. A hand-off between running threads then costs no futex sleep and wake. The estimate is a plain
    /// per-handle field whose racy updates only mistune the heuristic.
    /// </summary>
    private bool SpinForUnit(ref int c)
    {
        int max = Math.Min(Options.MaxSpin, _spinEstimate * 2 + 10);
        for (int n = 1; n <= max; n++)
        {
            Thread.SpinWait(8);
            c = CountCell.Load(MemoryOrder.Acquire);
            if (c > 0)
            {
                _spinEstimate += (n - _spinEstimate) / 8;
                return true;
            }
        }
        _spinEstimate += (max - _spinEstimate) / 8;
        return false;
    }

    /// <summary>One CAS attempt from <paramref name="c"/> (positive) to c - 1; on failure <paramref name="c"/> is what it saw.</summary>
    private bool TryTake(ref int c)
    {
        // Winning this CAS (c -> c - 1, c > 0) is taking one unit; the count cannot go below zero.
        StepLabel.At("wait_cas");
        // The seeded defect IpcSemaphoreTakeByStore stores c - 1 whatever the count is now: a post or take since the
        // load is lost.
        int seen = Options.SeededBug == SeededBug.IpcSemaphoreTakeByStore
            ? StoreAndReturn(c)
            : CountCell.CompareExchange(c, c - 1, MemoryOrder.SeqCst);
        if (seen == c)
        {
            Report(SemaphoreStep.Taken, c, 1);
            return true;
        }
        c = seen;
        return false;
    }

    /// <summary>The seeded defect <see cref="SeededBug.IpcSemaphoreTakeByStore"/>: stores c - 1 and reports c as if a CAS had seen it.</summary>
    private int StoreAndReturn(int c)
    {
        CountCell.Store(c - 1, MemoryOrder.SeqCst);
        return c;
    }

    /// <summary>Adds this thread to the waiter count; returns the count before.</summary>
    private int Register()
    {
        if (Options.SeededBug != SeededBug.IpcSemaphoreRegisterByStore) return Waiters.FetchAdd(1, MemoryOrder.SeqCst);
        // The seeded defect: load, then store the count plus one; a waiter registering in between is overwritten.
        int before = Waiters.Load(MemoryOrder.SeqCst);
        StepLabel.At("wait_register_store");
        Waiters.Store(before + 1, MemoryOrder.SeqCst);
        return before;
    }

    private bool WaitCore(long timeoutNs)
    {
        var deadline = new Deadline(timeoutNs);
        int c = CountCell.Load(MemoryOrder.Acquire);
        bool spun = false;
        while (true)
        {
            if (c > 0)
            {
                if (TryTake(ref c)) return true;
                continue;
            }
            if (deadline.Expired) return false;
            if (!spun && Options.SpinEnabled)
            {
                spun = true;
                if (SpinForUnit(ref c)) continue;
            }
            // Register, then sleep only while the count is still 0 (atomically with wakes). A post that lands after
            // our registration sees it and wakes; one that lands before our FUTEX_WAIT makes the compare fail.
            StepLabel.At("wait_register");
            int registered = Register();
            Report(SemaphoreStep.Registered, registered, 1);
            StepLabel.At("wait_futex");
            var r = Segment.FutexWait(WordOffset, 0, deadline.Remaining);
            StepLabel.At("wait_deregister");
            registered = Waiters.FetchAdd(-1, MemoryOrder.SeqCst);
            Report(SemaphoreStep.Deregistered, registered, -1);
            if (r == FutexWaitResult.TimedOut) deadline.Expire();
            StepLabel.At("wait_reload");
            c = CountCell.Load(MemoryOrder.Acquire);
        }
    }

    /// <summary>The steps <see cref="Report"/> names, in the order of the monitors' <c>SemaphoreOp</c>.</summary>
    private enum SemaphoreStep { Init, Posted, Taken, Wake, Registered, Deregistered }

    /// <summary>Controlled build: reports a step to the semaphore monitors (<c>SemaphoreEvent</c>). Compiled away in production.</summary>
    [Conditional("WEFT_CONTROLLED")]
    private void Report(SemaphoreStep step, int old, int delta)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SemaphoreEvent(WordAddress, (SemaphoreOp)step, old, delta, SchedulingHooks.ThreadId, Where: WordName));
#endif
    }
}
