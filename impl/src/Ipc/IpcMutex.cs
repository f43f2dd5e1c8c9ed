using System;
using System.Threading;
using Weft.Atomics;
using Weft.Platform;
using Weft.Threading;
#if WEFT_CONTROLLED
using Weft.Engine;
using Weft.Monitors;
#endif

namespace Weft.Ipc;

/// <summary>What <see cref="IpcMutex.ForceRelease"/> did.</summary>
public enum ForceReleaseResult
{
    /// <summary>The owner process was dead; the lock is now free and one waiter was woken.</summary>
    Released,
    /// <summary>The lock was not held.</summary>
    NotHeld,
    /// <summary>The owner process is alive: nothing was changed.</summary>
    OwnerAlive,
    /// <summary>The lock is held but no owner pid is recorded (the owner died between winning the word and recording
    /// its pid, or is releasing right now): nothing was changed.</summary>
    OwnerUnknown,
    /// <summary>Another process recovered the lock or it changed hands meanwhile: nothing was changed by this call.</summary>
    Raced,
}

/// <summary>
/// A mutex in shared memory, usable across processes: U. Drepper, "Futexes Are Tricky" (2011), the third mutex
/// ("mutex3"), plus an owner pid for dead-owner recovery and optional adaptive spinning. Spec:
/// tla/FutexMutex/FutexMutex.tla.
///
/// The state word has three values: 0 unlocked, 1 locked with no waiters, 2 locked and possibly waiters
/// (contended). Acquire CASes 0 to 1: the uncontended path is one atomic instruction and no syscall. If the lock is
/// held, the acquirer exchanges in 2 (the exchange also acquires the lock if it returns 0) and sleeps with
/// FUTEX_WAIT(2) until an exchange returns 0. Release exchanges in 0 and calls FUTEX_WAKE(1) only if it took 2 out:
/// again no syscall when nobody waited.
///
/// Invariant (no lost wake-up): whenever a thread sleeps on the word, the word is 2 or a wake is on its way. A
/// sleeper wrote 2 itself before sleeping, FUTEX_WAIT(2) sleeps only if the word is still 2 (atomically with wakes),
/// and any state change away from 2 is the release exchange, which then wakes. The woken thread re-marks 2 when it
/// exchanges, so other sleepers stay covered (this may cost one spurious wake; it never loses one).
/// Mutual exclusion: only a CAS or exchange that returns 0 grants the lock, and the word leaves 0 at each of them.
///
/// Owner pid: recorded after winning (release store) and cleared before releasing. <see cref="ForceRelease"/> frees a
/// lock whose recorded owner process is dead. The pid is a hint for recovery only; mutual exclusion never depends on it.
///
/// Adaptive spinning (<see cref="IpcOptions.SpinEnvironmentVariable"/>): before sleeping, a contended acquire tries the
/// 0 to 1 CAS up to an adaptive count (glibc's PTHREAD_MUTEX_ADAPTIVE_NP rule: at most min(MaxSpin, 2 * estimate + 10),
/// the estimate moving 1/8 toward what was needed). The estimate is a plain per-handle field: updates race benignly
/// (a lost update only mistunes the heuristic).
///
/// Timed acquire takes a relative timeout in nanoseconds. A waiter that times out leaves the word at 2: the next release
/// then makes a wake call nobody needs, which is harmless.
/// </summary>
public sealed class IpcMutex : IpcObject
{
    private int _spinEstimate;

    private IpcMutex(ShmSegment segment, int offset, bool ownsSegment, IpcOptions? options) : base(segment, offset, ownsSegment, options) { }

    /// <summary>Writes a new, unlocked mutex header at <paramref name="offset"/> (only the creator does this).</summary>
    public static IpcMutex Initialize(ShmSegment segment, int offset = 0, IpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segment);
        IpcHeader.ValidateRange(segment, offset, "mutex");
        segment.Int32At(offset + IpcHeader.Word).Store(0, MemoryOrder.Relaxed);
        segment.Int32At(offset + IpcHeader.Aux).Store(0, MemoryOrder.Relaxed);
        IpcHeader.Publish(segment, offset, IpcHeader.MutexMagic);
        return new IpcMutex(segment, offset, ownsSegment: false, options);
    }

    /// <summary>A handle on an existing mutex header (validated: a wrong magic or a short segment is an <see cref="System.IO.InvalidDataException"/>).</summary>
    public static IpcMutex Attach(ShmSegment segment, int offset = 0, IpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segment);
        IpcHeader.Validate(segment, offset, IpcHeader.MutexMagic, "mutex", TimeSpan.Zero);
        return new IpcMutex(segment, offset, ownsSegment: false, options);
    }

    /// <summary>A mutex shared by the threads of this process (its own 64-byte segment, freed on Dispose).</summary>
    public static IpcMutex CreateInProcess(IpcOptions? options = null)
    {
        var s = ShmSegment.CreateInProcess(IpcHeader.Size);
        Initialize(s, 0, options);
        return new IpcMutex(s, 0, ownsSegment: true, options);
    }

    /// <summary>Creates the named mutex <c>/dev/shm/<paramref name="name"/></c> (fails if it exists).</summary>
    public static IpcMutex CreateNamed(string name, IpcOptions? options = null)
    {
        var s = CreateSegment(name);
        Initialize(s, 0, options);
        return new IpcMutex(s, 0, ownsSegment: true, options);
    }

    /// <summary>Opens an existing named mutex.</summary>
    public static IpcMutex OpenNamed(string name, IpcOptions? options = null)
    {
        return new IpcMutex(OpenValidated(name, IpcHeader.MutexMagic, "mutex"), 0, ownsSegment: true, options);
    }

    /// <summary>Removes a named mutex's name (handles keep working). False if it did not exist.</summary>
    public static bool Unlink(string name) => ShmSegment.Unlink(name);

    private ref AtomicInt32 State => ref Segment.Int32At(WordOffset);
    private ref AtomicInt32 Owner => ref Segment.Int32At(AuxOffset);

    /// <summary>The futex word, read without a scheduling point (refinement mappings of trace replays).</summary>
    internal int PeekState() => State.Peek();

    /// <summary>The owner word, read without a scheduling point.</summary>
    internal int PeekOwner() => Owner.Peek();

    /// <summary>The futex word's address: the identity the controlled build's mutex events carry.</summary>
    internal nint EventWord => WordAddress;

    /// <summary>The recorded owner's pid, 0 when unlocked (or not yet recorded).</summary>
    public int OwnerPid => Owner.Load(MemoryOrder.Acquire);

    /// <summary>True while some thread or process holds the lock (a snapshot).</summary>
    public bool IsLocked => State.Load(MemoryOrder.Acquire) != 0;

    /// <summary>Acquires the lock, sleeping as long as necessary.</summary>
    public void Acquire() => AcquireCore(-1);

    /// <summary>Acquires the lock if it is free, without waiting.</summary>
    public bool TryAcquire()
    {
        // Winning this CAS (0 -> 1) is taking the free lock with no waiters known.
        if (State.CompareExchange(0, 1, MemoryOrder.Acquire) != 0) return false;
        OnAcquired();
        return true;
    }

    /// <summary>Acquires the lock within <paramref name="timeoutNs"/> nanoseconds (relative; -1 waits forever). False on timeout.</summary>
    public bool TryAcquire(long timeoutNs)
    {
        CheckTimeout(timeoutNs);
        return AcquireCore(timeoutNs);
    }

    /// <summary>Acquires the lock within <paramref name="timeout"/>. False on timeout.</summary>
    public bool TryAcquire(TimeSpan timeout) => AcquireCore(ToNanoseconds(timeout));

    // Labels (StepLabel.At) name the pc values of tla/FutexMutex/FutexMutex.tla; a TLC trace replay runs a thread from
    // one to the next. The spec's "idle" and "cs" are the caller's (the replay workload marks them).
    private bool AcquireCore(long timeoutNs)
    {
        int c = FastPath();
        if (c == 0)
        {
            OnAcquired();
            return true;
        }
        if (timeoutNs == 0) return false;
        if (Options.SpinEnabled && TrySpin())
        {
            OnAcquired();
            return true;
        }
        var deadline = new Deadline(timeoutNs);
        if (Options.SeededBug == SeededBug.IpcMutexNoContendedMark)
        {
            // The seeded defect: sleep on whatever value was seen and retry with 0 -> 1, never marking the word 2.
            // A release that exchanges out 1 then wakes nobody, and this thread sleeps forever.
            while (c != 0)
            {
                if (deadline.Expired) return false;
                StepLabel.At("futex_wait");
                if (Segment.FutexWait(WordOffset, c, deadline.Remaining) == FutexWaitResult.TimedOut) deadline.Expire();
                StepLabel.At("retry");
                c = State.CompareExchange(0, 1, MemoryOrder.Acquire);
            }
            OnAcquired();
            return true;
        }
        // Mark the lock contended. If the exchange returns 0 the lock was free and is now ours (marked 2
        // conservatively: the release will make one wake call that may find nobody).
        if (c != 2)
        {
            StepLabel.At("xchg_mark");
            c = State.Exchange(2, MemoryOrder.Acquire);
            Marked(c);
        }
        while (c != 0)
        {
            if (deadline.Expired) return false;
            // Sleep only while the word is still 2: a release between our exchange and this wait changed it to 0, and
            // then the kernel (or the engine) returns at once instead of sleeping through the release's wake.
            StepLabel.At("futex_wait");
            if (Segment.FutexWait(WordOffset, 2, deadline.Remaining) == FutexWaitResult.TimedOut) deadline.Expire();
            // Winning this exchange (it returns 0) is taking the lock; either way the word is 2 again, so any other
            // sleeper is still covered by the next release's wake.
            StepLabel.At("retry");
            c = State.Exchange(2, MemoryOrder.Acquire);
            Marked(c);
        }
        OnAcquired();
        return true;
    }

    /// <summary>The uncontended attempt: 0 if it took the lock, else the value it saw.</summary>
    private int FastPath()
    {
        if (Options.SeededBug == SeededBug.IpcMutexTestThenSet)
        {
            // The seeded defect: test, then set, in two accesses. Another thread can read the same 0 in between, and
            // then both store 1 and both hold the lock.
            int seen = State.Load(MemoryOrder.Acquire);
            if (seen != 0) return seen;
            StepLabel.At("fast_store");
            State.Store(1, MemoryOrder.Relaxed);
            return 0;
        }
        // Winning this CAS (0 -> 1) is taking the free lock with no waiters known: the uncontended path, no syscall.
        return State.CompareExchange(0, 1, MemoryOrder.Acquire);
    }

    /// <summary>Controlled build: reports an exchange of 2 that did not acquire (it found the lock held).</summary>
    private void Marked(int old)
    {
#if WEFT_CONTROLLED
        if (old != 0) Sched.Emit(new MutexEvent(WordAddress, MutexOp.Marked, Sched.ThreadId, old));
#endif
    }

    /// <summary>Adaptive spinning: true if a 0 -> 1 CAS won while spinning.</summary>
    private bool TrySpin()
    {
        int max = Math.Min(Options.MaxSpin, _spinEstimate * 2 + 10);
        for (int n = 1; n <= max; n++)
        {
            // Winning this CAS (0 -> 1) is taking the lock while spinning. Storing 1 over a word that sleepers had
            // marked 2 is safe: the word could only become 0 by a release that took 2 out and woke one of them, and
            // that thread's exchange re-marks 2 before it sleeps again.
            if (State.Load(MemoryOrder.Relaxed) == 0 && State.CompareExchange(0, 1, MemoryOrder.Acquire) == 0)
            {
                _spinEstimate += (n - _spinEstimate) / 8;
                return true;
            }
            Thread.SpinWait(8);
        }
        _spinEstimate += (max - _spinEstimate) / 8;
        return false;
    }

    private void OnAcquired()
    {
#if WEFT_CONTROLLED
        Sched.Emit(new MutexEvent(WordAddress, MutexOp.Acquired, Sched.ThreadId));
#endif
        StepLabel.At("owner_store");
        Owner.Store(ProcessLiveness.CurrentPid, MemoryOrder.Release);
#if WEFT_CONTROLLED
        Sched.Emit(new MutexEvent(WordAddress, MutexOp.OwnerSet, Sched.ThreadId));
#endif
    }

    /// <summary>
    /// Releases the lock. Releasing a lock that is not held throws <see cref="SynchronizationLockException"/>; like a
    /// futex mutex in C, the word does not say which thread holds it, so only the holder may call this.
    /// </summary>
    public void Release()
    {
        var bug = Options.SeededBug;
        if (bug != SeededBug.IpcMutexClearOwnerLate) ClearOwner();
        StepLabel.At("release_xchg");
        int old = bug == SeededBug.IpcMutexReleaseByDecrement ? ReleaseByDecrement() : State.Exchange(0, MemoryOrder.Release);
#if WEFT_CONTROLLED
        if (old != 0 && bug != SeededBug.IpcMutexReleaseByDecrement) Sched.Emit(new MutexEvent(WordAddress, MutexOp.Released, Sched.ThreadId, old));
#endif
        if (bug == SeededBug.IpcMutexClearOwnerLate)
        {
            // The seeded defect: the lock is free (another thread may hold it already) while the owner word still
            // names this thread; the late clear may even erase the next holder's pid.
            StepLabel.At("owner_clear");
            ClearOwner();
        }
        if (old == 0) throw new SynchronizationLockException("IpcMutex.Release: the mutex is not held");
        // 2 means someone may sleep: wake one. It re-marks the word 2 when it exchanges, covering the others.
        if (old == 2)
        {
            StepLabel.At("release_wake");
            Segment.FutexWake(WordOffset, 1);
        }
    }

    /// <summary>Clears the owner word; a correct release does this before freeing the word, so a new holder never finds a stale owner.</summary>
    private void ClearOwner()
    {
        Owner.Store(0, MemoryOrder.Relaxed);
#if WEFT_CONTROLLED
        Sched.Emit(new MutexEvent(WordAddress, MutexOp.OwnerCleared, Sched.ThreadId));
#endif
    }

    /// <summary>
    /// The seeded defect <see cref="SeededBug.IpcMutexReleaseByDecrement"/> (Drepper's mutex3 unlock): decrement the
    /// word, and only after a decrement from 2 store 0. Between the two the word is 1 and nobody holds the lock.
    /// Returns the value the decrement took out.
    /// </summary>
    private int ReleaseByDecrement()
    {
        int old = State.FetchAdd(-1, MemoryOrder.Release);
#if WEFT_CONTROLLED
        if (old != 0) Sched.Emit(new MutexEvent(WordAddress, MutexOp.Released, Sched.ThreadId, old, old - 1));
#endif
        if (old == 2)
        {
            StepLabel.At("release_store");
            State.Store(0, MemoryOrder.Release);
        }
        return old;
    }

    /// <summary>True if the lock is held and its recorded owner process is dead.</summary>
    public bool IsOwnerDead
    {
        get
        {
            if (State.Load(MemoryOrder.Acquire) == 0) return false;
            int pid = Owner.Load(MemoryOrder.Acquire);
            return pid != 0 && !ProcessLiveness.IsAlive(pid);
        }
    }

    /// <summary>
    /// Frees a lock whose owner process died holding it (detected by its recorded pid) and wakes one waiter. Does
    /// nothing if the lock is free, its owner is alive, or no owner is recorded; the result says which. The data the
    /// lock protected may be inconsistent: the caller repairs it before relying on it (the lock is not acquired for it).
    /// </summary>
    public ForceReleaseResult ForceRelease()
    {
        if (State.Load(MemoryOrder.Acquire) == 0) return ForceReleaseResult.NotHeld;
        int pid = Owner.Load(MemoryOrder.Acquire);
        if (pid == 0) return ForceReleaseResult.OwnerUnknown;
        if (ProcessLiveness.IsAlive(pid)) return ForceReleaseResult.OwnerAlive;
        // Winning this CAS (dead pid -> 0) makes us the one process that recovers this death; a concurrent
        // ForceRelease, or a new owner that recorded its own pid, makes it fail.
        if (Owner.CompareExchange(pid, 0, MemoryOrder.AcqRel) != pid) return ForceReleaseResult.Raced;
#if WEFT_CONTROLLED
        Sched.Emit(new MutexEvent(WordAddress, MutexOp.OwnerCleared, Sched.ThreadId));
#endif
        // The dead owner can no longer touch the word and nobody else can acquire a held lock, so the word is still
        // the dead owner's 1 or 2 (waiters may have raised 1 to 2).
        int old = State.Exchange(0, MemoryOrder.Release);
#if WEFT_CONTROLLED
        Sched.Emit(new MutexEvent(WordAddress, MutexOp.ForceReleased, Sched.ThreadId, old));
#endif
        if (old == 2) Segment.FutexWake(WordOffset, 1);
        return ForceReleaseResult.Released;
    }
}
