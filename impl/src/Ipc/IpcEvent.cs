using System;
using System.Diagnostics;
using Weft.Atomics;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Ipc;

/// <summary>
/// A manual-reset event in shared memory, usable across processes. Spec: tla/Event/Event.tla.
///
/// One 32-bit futex word: bit 0 is "signaled", bits 1 to 31 a sequence number that every <see cref="Set"/> advances.
/// Set CASes the word from unsignaled v to (v + 2) | 1 (next sequence, signaled) and wakes every sleeper; Reset clears
/// bit 0 and leaves the sequence alone. Wait reads the word once, returns if it is signaled, and otherwise sleeps with
/// FUTEX_WAIT on exactly the value it read; it returns as soon as the word differs from that value.
///
/// No lost wake-up: the value a waiter sleeps on is the one it checked, and FUTEX_WAIT compares and blocks atomically
/// with the Set's wake, so a Set between the check and the sleep makes the compare fail. The sequence number makes the
/// word differ even if the event was set and reset again before the waiter ran: a waiter returns if the event was set
/// at any moment after its wait began, never misses a set-then-reset pulse, and never returns without a set (a reset
/// alone leaves an unsignaled word unchanged). The sequence wraps after 2^31 sets; a waiter asleep across exactly
/// 2^31 sets and a reset would miss them (ABA), which the design accepts.
/// </summary>
public sealed class IpcEvent : IpcObject
{
    private IpcEvent(ShmSegment segment, int offset, bool ownsSegment, IpcOptions? options) : base(segment, offset, ownsSegment, options) { }

    /// <summary>Writes a new event header (only the creator does this).</summary>
    public static IpcEvent Initialize(ShmSegment segment, int offset = 0, bool initiallySet = false, IpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segment);
        IpcHeader.ValidateRange(segment, offset, "event");
        segment.Int32At(offset + IpcHeader.Word).Store(initiallySet ? 1 : 0, MemoryOrder.Relaxed);
        IpcHeader.Publish(segment, offset, IpcHeader.EventMagic);
        return new IpcEvent(segment, offset, ownsSegment: false, options);
    }

    /// <summary>A handle on an existing event header (validated).</summary>
    public static IpcEvent Attach(ShmSegment segment, int offset = 0, IpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segment);
        IpcHeader.Validate(segment, offset, IpcHeader.EventMagic, "event", TimeSpan.Zero);
        return new IpcEvent(segment, offset, ownsSegment: false, options);
    }

    /// <summary>An event shared by the threads of this process.</summary>
    public static IpcEvent CreateInProcess(bool initiallySet = false, IpcOptions? options = null)
    {
        var s = ShmSegment.CreateInProcess(IpcHeader.Size);
        Initialize(s, 0, initiallySet, options);
        return new IpcEvent(s, 0, ownsSegment: true, options);
    }

    /// <summary>Creates the named event <c>/dev/shm/<paramref name="name"/></c> (fails if it exists).</summary>
    public static IpcEvent CreateNamed(string name, bool initiallySet = false, IpcOptions? options = null)
    {
        var s = CreateSegment(name);
        Initialize(s, 0, initiallySet, options);
        return new IpcEvent(s, 0, ownsSegment: true, options);
    }

    /// <summary>Opens an existing named event.</summary>
    public static IpcEvent OpenNamed(string name, IpcOptions? options = null)
    {
        return new IpcEvent(OpenValidated(name, IpcHeader.EventMagic, "event"), 0, ownsSegment: true, options);
    }

    /// <summary>Removes a named event's name (handles keep working). False if it did not exist.</summary>
    public static bool Unlink(string name) => ShmSegment.Unlink(name);

    private ref AtomicInt32 Word => ref Segment.Int32At(WordOffset);

    /// <summary>The futex word, read without a scheduling point (refinement mappings of trace replays).</summary>
    internal int PeekWord() => Word.Peek();

    /// <summary>The futex word's address: the identity the controlled build's <c>EventEvent</c>s carry.</summary>
    internal nint EventWord => WordAddress;

    /// <summary>True while the event is signaled (a snapshot).</summary>
    public bool IsSet => (Word.Load(MemoryOrder.Acquire) & 1) != 0;

    /// <summary>The number of Set calls that signaled the event (mod 2^31).</summary>
    public int Sequence => (int)((uint)Word.Load(MemoryOrder.Acquire) >> 1);

    // Labels (StepLabel.At) name the pc values of tla/Event/Event.tla; a TLC trace replay runs a thread from one to the
    // next. The spec's "idle" (before a Set or a Wait) is the caller's (the replay workload marks it).

    /// <summary>Signals the event and wakes every waiter. Setting a signaled event does nothing.</summary>
    public void Set()
    {
        int v = Word.Load(MemoryOrder.Acquire);
        while ((v & 1) == 0)
        {
            StepLabel.At("set_cas");
            int next = (int)(((uint)v + 2u) | 1u);
            // Winning this CAS (unsignaled v -> next sequence, signaled) is the set every waiter that read v observes;
            // losing means a concurrent Set or Reset changed the word: re-read and retry (or stop if it is signaled).
            int seen = Word.CompareExchange(v, next, MemoryOrder.AcqRel);
            if (seen == v)
            {
                Report(EventStep.Set, next);
                StepLabel.At("set_wake");
                Segment.FutexWake(WordOffset, int.MaxValue);
                return;
            }
            v = seen;
        }
    }

    /// <summary>Returns the event to unsignaled; the sequence is kept, so waiters that saw the set still return.</summary>
    public void Reset()
    {
        StepLabel.At("reset");
        Word.FetchAnd(~1, MemoryOrder.AcqRel);
    }

    /// <summary>Waits until the event is set.</summary>
    public void Wait() => WaitCore(-1);

    /// <summary>Waits at most <paramref name="timeoutNs"/> nanoseconds (relative; -1 forever). True if the event was set.</summary>
    public bool TryWait(long timeoutNs)
    {
        CheckTimeout(timeoutNs);
        return WaitCore(timeoutNs);
    }

    /// <summary>Waits at most <paramref name="timeout"/>. True if the event was set.</summary>
    public bool TryWait(TimeSpan timeout) => WaitCore(ToNanoseconds(timeout));

    private bool WaitCore(long timeoutNs)
    {
        int seen = Word.Load(MemoryOrder.Acquire);
        Report(EventStep.WaitBegan, seen);
        if ((seen & 1) != 0) return Returned(true);
        var deadline = new Deadline(timeoutNs);
        var bug = Options.SeededBug;
        int sleepOn = seen;
        while (true)
        {
            if (deadline.Expired) return Returned(false);
            // The seeded defect: the value to sleep on is read again, in a separate step from the check, so a Set in
            // between (already woken everybody) leaves this thread asleep on the signaled value.
            if (bug == SeededBug.IpcEventCheckThenWait)
            {
                StepLabel.At("wait_reload");
                sleepOn = Word.Load(MemoryOrder.Acquire);
            }
            StepLabel.At("wait_futex");
            bool timedOut = Segment.FutexWait(WordOffset, sleepOn, deadline.Remaining) == FutexWaitResult.TimedOut;
            if (timedOut) deadline.Expire();
            StepLabel.At("wait_check");
            // The seeded defect IpcEventWakeMeansSet: a return that is not a timeout is taken for the Set's wake, but
            // futex waits also return spuriously (and when the word differed from a stale value).
            if (bug == SeededBug.IpcEventWakeMeansSet && !timedOut) return Returned(true);
            int now = Word.Load(MemoryOrder.Acquire);
            if (bug == SeededBug.IpcEventBitOnlyCheck)
            {
                // The seeded defect: only the signaled bit counts, and the next sleep is on the word just read, so a
                // pulse (set, then reset) that moved the sequence is slept through.
                if ((now & 1) != 0) return Returned(true);
                sleepOn = now;
                continue;
            }
            // Any change from the unsignaled value we read means a Set happened since (a Reset alone changes nothing).
            if (now != seen) return Returned(true);
        }
    }

    private bool Returned(bool signaled)
    {
        Report(EventStep.WaitReturned, signaled ? 1 : 0);
        return signaled;
    }

    /// <summary>The steps <see cref="Report"/> names, in the order of the monitors' <c>EventOp</c>.</summary>
    private enum EventStep { Set, WaitBegan, WaitReturned }

    /// <summary>Controlled build: reports a step to the event monitors (<c>EventEvent</c>). Compiled away in production.</summary>
    [Conditional("WEFT_CONTROLLED")]
    private void Report(EventStep step, int value)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new EventEvent(WordAddress, (EventOp)step, value, SchedulingHooks.ThreadId, Where: WordName));
#endif
    }
}
