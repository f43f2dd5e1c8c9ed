using System;
using System.Diagnostics;
using System.Threading;
using Weft.Atomics;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Ipc;

/// <summary>
/// A mutex in shared memory, usable across processes, with the word layout of Linux robust futexes
/// (Documentation/locking/robust-futex-ABI: the futex word holds the owner's id, FUTEX_WAITERS and FUTEX_OWNER_DIED)
/// and the wait protocol of U. Drepper, "Futexes Are Tricky" (2011), mutex3. Spec: tla/FutexMutex/FutexMutex.tla.
///
/// The word: bits 0-29 the owner's pid (0: unlocked), bit 30 owner-died (reserved: never set; a force release frees
/// the word in one CAS), bit 31 waiters (someone may sleep on the word). Acquire CASes 0 to the caller's pid: the
/// uncontended lock is one atomic instruction, and it records the owner in the same step, so a holder is always
/// named. Release CASes the pid back to 0: the uncontended unlock is one atomic instruction. If that CAS fails the
/// waiters bit is set (only waiters change a held word, and only by adding that bit); the release then exchanges in 0
/// and calls FUTEX_WAKE(1).
///
/// A contended acquire sets the waiters bit with a CAS from the value it saw (the owner stays in the word) and sleeps
/// with FUTEX_WAIT on that value; woken, it reloads the word, and if it finds it free takes it with a CAS to its pid
/// plus the waiters bit (conservatively: other sleepers may remain, and the bit makes its release wake one).
///
/// Invariant (no lost wake-up): whenever a thread sleeps on the word, the word has the waiters bit or a wake is on
/// its way. A sleeper saw the bit in the word it compares (FUTEX_WAIT sleeps only if the word still equals it,
/// atomically with wakes); the bit leaves the word only through the release exchange, which then wakes one; the woken
/// thread sets the bit again whenever it goes back to sleep or takes the lock, so the others stay covered (this may
/// cost one spurious wake; it never loses one). Mutual exclusion: only a CAS from a word with no owner grants the lock,
/// and it writes an owner. Owner: the owner bits name the holder or nobody, since acquisition writes them and the
/// release clears them in the same atomic steps that take and free the lock.
///
/// <see cref="ForceRelease"/> frees a lock whose owner (read from the word) is a dead process, with a CAS from the
/// word it read: a concurrent recovery, or a new owner, makes it fail.
///
/// Adaptive spinning (<see cref="IpcOptions.SpinEnvironmentVariable"/>): before sleeping, a contended acquire tries the
/// 0 to pid CAS up to an adaptive count (glibc's PTHREAD_MUTEX_ADAPTIVE_NP rule: at most min(MaxSpin, 2 * estimate + 10),
/// the estimate moving 1/8 toward what was needed). The estimate is a plain per-handle field: updates race benignly
/// (a lost update only mistunes the heuristic).
///
/// Timed acquire takes a relative timeout in nanoseconds. A waiter that times out leaves the waiters bit set: the next
/// release then makes a wake call nobody needs, which is harmless.
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

    /// <summary>The owner's pid occupies the low 30 bits of the word (Linux FUTEX_TID_MASK).</summary>
    internal const int OwnerMask = 0x3FFF_FFFF;

    /// <summary>Bit 30, Linux FUTEX_OWNER_DIED: reserved, never set by this implementation.</summary>
    internal const int OwnerDied = 0x4000_0000;

    /// <summary>Bit 31, Linux FUTEX_WAITERS: a thread may sleep on the word, so the release must wake one.</summary>
    internal const int Waiters = unchecked((int)0x8000_0000);

    private ref AtomicInt32 State => ref Segment.Int32At(WordOffset);

    /// <summary>The futex word, read without a scheduling point (refinement mappings of trace replays).</summary>
    internal int PeekState() => State.Peek();

    /// <summary>The futex word's address: the identity the controlled build's mutex events carry.</summary>
    internal nint EventWord => WordAddress;

    /// <summary>The owner's pid, 0 when unlocked.</summary>
    public int OwnerPid => State.Load(MemoryOrder.Acquire) & OwnerMask;

    /// <summary>True while some thread or process holds the lock (a snapshot).</summary>
    public bool IsLocked => (State.Load(MemoryOrder.Acquire) & OwnerMask) != 0;

    /// <summary>The id this caller writes into the word: its process's pid.</summary>
    private static int Self
    {
        get
        {
            int pid = ProcessLiveness.CurrentPid;
            if ((uint)(pid - 1) >= OwnerMask) ThrowPidOutOfRange(pid);
            return pid;
        }
    }

    private static void ThrowPidOutOfRange(int pid) =>
        throw new InvalidOperationException($"IpcMutex: pid {pid} does not fit the word's 30 owner bits");

    /// <summary>Acquires the lock, sleeping as long as necessary.</summary>
    public void Acquire() => AcquireCore(-1);

    /// <summary>Acquires the lock if it is free, without waiting.</summary>
    public bool TryAcquire()
    {
        int self = Self;
        // Winning this CAS (0 -> pid) is taking the free lock, owner recorded, no waiters known.
        if (State.CompareExchange(0, self, MemoryOrder.Acquire) != 0) return false;
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
    // one to the next. The spec's "idle" and "cs" are the caller's (the replay workload marks them). The contended
    // path's labels pass the word last seen (c, which the spec does not map) to the stateful search's fingerprint: two
    // threads at "take" with different c are in different states.
    private bool AcquireCore(long timeoutNs)
    {
        int self = Self;
        int c = FastPath(self);
        if (c == 0)
        {
            OnAcquired();
            return true;
        }
        if (timeoutNs == 0) return false;
        if (Options.SpinEnabled && TrySpin(self))
        {
            OnAcquired();
            return true;
        }
        return AcquireContended(self, c, new Deadline(timeoutNs));
    }

    /// <summary>The uncontended attempt: 0 if it took the lock, else the value it saw.</summary>
    private int FastPath(int self)
    {
        if (Options.SeededBug == SeededBug.IpcMutexTestThenSet)
        {
            // The seeded defect: test, then set, in two accesses. Another thread can read the same 0 in between, and
            // then both store their pid and both hold the lock.
            int seen = State.Load(MemoryOrder.Acquire);
            if (seen != 0) return seen;
            StepLabel.At("fast_store");
            State.Store(self, MemoryOrder.Relaxed);
            return 0;
        }
        // Winning this CAS (0 -> pid) is taking the free lock with no waiters known: the uncontended path, one atomic
        // instruction, no syscall.
        return State.CompareExchange(0, self, MemoryOrder.Acquire);
    }

    /// <summary>
    /// The contended path, from the word value <paramref name="c"/> last seen (not free when called): take a free word,
    /// else make sure the waiters bit is set and sleep on the word, then look again.
    /// </summary>
    private bool AcquireContended(int self, int c, Deadline deadline)
    {
        bool mark = Options.SeededBug != SeededBug.IpcMutexNoContendedMark;
        while (true)
        {
            if ((c & OwnerMask) == 0)
            {
                // Winning this CAS (free word -> pid | waiters) is taking the lock. The waiters bit is set
                // conservatively: other threads may still sleep, and the bit makes this thread's release wake one.
                // The seeded defect IpcMutexNoContendedMark takes it without the bit.
                StepLabel.At("take", c);
                int seen = State.CompareExchange(c, mark ? self | Waiters : self, MemoryOrder.Acquire);
                if (seen == c) break;
                c = seen;
                continue;
            }
            if (mark && (c & Waiters) == 0)
            {
                StepLabel.At("mark", c);
                if (Options.SeededBug == SeededBug.IpcMutexMarkByExchange)
                {
                    if (MarkByExchange(self, ref c)) break;
                }
                else
                {
                    // Winning this CAS (c -> c | waiters) obliges the holder, whose pid stays in the word, to wake one
                    // sleeper: its release CAS from its bare pid will fail. Losing it: the word changed, look again.
                    int seen = State.CompareExchange(c, c | Waiters, MemoryOrder.Acquire);
                    if (seen != c)
                    {
                        c = seen;
                        continue;
                    }
                    c |= Waiters;
                    Marked(seen);
                }
            }
            if (deadline.Expired) return false;
            // Sleep only while the word is still c: a release (or a new owner) since our last look changed it, and
            // then the kernel (or the engine) returns at once instead of sleeping through the release's wake.
            StepLabel.At("futex_wait", c);
            if (Segment.FutexWait(WordOffset, c, deadline.Remaining) == FutexWaitResult.TimedOut) deadline.Expire();
            StepLabel.At("retry");
            c = State.Load(MemoryOrder.Acquire);
        }
        OnAcquired();
        return true;
    }

    /// <summary>
    /// The seeded defect <see cref="SeededBug.IpcMutexMarkByExchange"/>: mark the word by exchanging in the caller's pid
    /// plus the waiters bit (mutex3's exchange of 2, carried over to a word that holds the owner). Over a held word it
    /// writes the waiter's pid over the holder's. True if the exchange took a free word.
    /// </summary>
    private bool MarkByExchange(int self, ref int c)
    {
        int old = State.Exchange(self | Waiters, MemoryOrder.Acquire);
        if ((old & OwnerMask) == 0) return true;
        c = self | Waiters;
        Marked(old);
        OwnerOverwritten();
        return false;
    }

    /// <summary>Controlled build: reports a waiter's mark of the waiters bit over a held word (it saw <paramref name="old"/>). Compiled away in production.</summary>
    [Conditional("WEFT_CONTROLLED")]
    private void Marked(int old)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new MutexEvent(WordAddress, MutexOp.Marked, SchedulingHooks.ThreadId, old, Where: WordName));
#endif
    }

    /// <summary>Controlled build: the seeded defect's exchange wrote the caller's pid over the holder's. Compiled away in production.</summary>
    [Conditional("WEFT_CONTROLLED")]
    private void OwnerOverwritten()
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new MutexEvent(WordAddress, MutexOp.OwnerSet, SchedulingHooks.ThreadId, Where: WordName));
#endif
    }

    /// <summary>Adaptive spinning: true if a 0 -> pid CAS won while spinning.</summary>
    private bool TrySpin(int self)
    {
        int max = Math.Min(Options.MaxSpin, _spinEstimate * 2 + 10);
        for (int n = 1; n <= max; n++)
        {
            // Winning this CAS (0 -> pid) is taking the lock while spinning. Taking it without the waiters bit while
            // others sleep is safe: the word could only become 0 by a release that took the bit out and woke one of
            // them, and that thread sets the bit again before it sleeps again.
            if (State.Load(MemoryOrder.Relaxed) == 0 && State.CompareExchange(0, self, MemoryOrder.Acquire) == 0)
            {
                _spinEstimate += (n - _spinEstimate) / 8;
                return true;
            }
            Thread.SpinWait(8);
        }
        _spinEstimate += (max - _spinEstimate) / 8;
        return false;
    }

    /// <summary>Controlled build: the step that took the lock also wrote the holder's pid into the word. Compiled away in production.</summary>
    [Conditional("WEFT_CONTROLLED")]
    private void OnAcquired()
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new MutexEvent(WordAddress, MutexOp.Acquired, SchedulingHooks.ThreadId, Where: WordName));
        SchedulingHooks.Emit(new MutexEvent(WordAddress, MutexOp.OwnerSet, SchedulingHooks.ThreadId, Where: WordName));
#endif
    }

    /// <summary>
    /// Releases the lock. Releasing a lock that is free, or that another process holds, throws
    /// <see cref="SynchronizationLockException"/> and changes nothing; the word names the owning process, not the
    /// thread, so among the threads of one process only the holder may call this.
    /// </summary>
    public void Release()
    {
        int self = Self;
        if (Options.SeededBug == SeededBug.IpcMutexReleaseByDecrement)
        {
            ReleaseByDecrement(self);
            return;
        }
        // Winning this CAS (pid -> 0) frees the lock with no waiters known: the uncontended unlock, no syscall.
        int old = State.CompareExchange(self, 0, MemoryOrder.Release);
        if (old == self)
        {
            Released(old, 0);
            return;
        }
        if ((old & OwnerMask) != self) throw NotHeld(old);
        // The waiters bit is set and only this holder can clear it (waiters only add it): exchange the word to 0 and
        // wake one sleeper, which sets the bit again when it sleeps or takes the lock, covering the others.
        StepLabel.At("release_xchg");
        old = State.Exchange(0, MemoryOrder.Release);
        Released(old, 0);
        if ((old & Waiters) != 0)
        {
            StepLabel.At("release_wake");
            Segment.FutexWake(WordOffset, 1);
        }
    }

    private static SynchronizationLockException NotHeld(int word) => (word & OwnerMask) == 0
        ? new SynchronizationLockException("IpcMutex.Release: the mutex is not held")
        : new SynchronizationLockException($"IpcMutex.Release: the mutex is held by process {word & OwnerMask}, not by this process ({ProcessLiveness.CurrentPid})");

    /// <summary>Controlled build: a release step took <paramref name="old"/> out of the word and left <paramref name="left"/> (clearing the owner bits). Compiled away in production.</summary>
    [Conditional("WEFT_CONTROLLED")]
    private void Released(int old, int left)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new MutexEvent(WordAddress, MutexOp.OwnerCleared, SchedulingHooks.ThreadId, Where: WordName));
        SchedulingHooks.Emit(new MutexEvent(WordAddress, MutexOp.Released, SchedulingHooks.ThreadId, old, left, Where: WordName));
#endif
    }

    /// <summary>
    /// The seeded defect <see cref="SeededBug.IpcMutexReleaseByDecrement"/> (Drepper's mutex3 unlock carried over):
    /// subtract the pid from the word, and only if the waiters bit was set store 0 and wake in further steps. Between
    /// the two the word is the bare waiters bit and nobody holds the lock; a thread that takes the lock then loses it
    /// to the late store.
    /// </summary>
    private void ReleaseByDecrement(int self)
    {
        int old = State.FetchAdd(-self, MemoryOrder.Release);
        if ((old & OwnerMask) != self) throw NotHeld(old);
        Released(old, old - self);
        if ((old & Waiters) == 0) return;
        StepLabel.At("release_store");
        State.Store(0, MemoryOrder.Release);
        StepLabel.At("release_wake");
        Segment.FutexWake(WordOffset, 1);
    }

    /// <summary>True if the lock is held and its owner process is dead.</summary>
    public bool IsOwnerDead
    {
        get
        {
            int pid = State.Load(MemoryOrder.Acquire) & OwnerMask;
            return pid != 0 && !ProcessLiveness.IsAlive(pid);
        }
    }

    /// <summary>
    /// Frees a lock whose owner process died holding it (the owner is read from the word) and wakes one waiter. Does
    /// nothing if the lock is free or its owner is alive; the result says which. The data the lock protected may be
    /// inconsistent: the caller repairs it before relying on it (the lock is not acquired for it).
    /// </summary>
    public ForceReleaseResult ForceRelease()
    {
        int word = State.Load(MemoryOrder.Acquire);
        int pid = word & OwnerMask;
        if (pid == 0) return ForceReleaseResult.NotHeld;
        if (ProcessLiveness.IsAlive(pid)) return ForceReleaseResult.OwnerAlive;
        while (true)
        {
            // Winning this CAS (dead owner's word -> 0) makes us the one process that recovers this death. The dead
            // owner no longer touches the word; waiters may add the waiters bit meanwhile (then retry with it); a
            // concurrent ForceRelease or a new owner changes the owner bits (then this call did nothing).
            int seen = State.CompareExchange(word, 0, MemoryOrder.AcqRel);
            if (seen == word) break;
            if ((seen & OwnerMask) != pid) return ForceReleaseResult.Raced;
            word = seen;
        }
        ForceReleased(word);
        if ((word & Waiters) != 0) Segment.FutexWake(WordOffset, 1);
        return ForceReleaseResult.Released;
    }

    /// <summary>Controlled build: the winning CAS of <see cref="ForceRelease"/> took <paramref name="word"/> (a dead owner's) out of the word. Compiled away in production.</summary>
    [Conditional("WEFT_CONTROLLED")]
    private void ForceReleased(int word)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new MutexEvent(WordAddress, MutexOp.OwnerCleared, SchedulingHooks.ThreadId, Where: WordName));
        SchedulingHooks.Emit(new MutexEvent(WordAddress, MutexOp.ForceReleased, SchedulingHooks.ThreadId, word, Where: WordName));
#endif
    }
}
