using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Weft.Engine;

namespace Weft.Rewriting;

/// <summary>
/// The controlled equivalent of <see cref="Monitor"/> (so of C#'s <c>lock</c> statement) for rewritten code.
/// <para>
/// Each object's monitor is a <see cref="ControlledMonitorState"/> in a table keyed by the object's identity (weakly,
/// so the table never keeps user objects alive), reset at each iteration's first use. Entering is a scheduling point;
/// a thread that finds the monitor held by another blocks on the state and is not enabled until the owner's last
/// <c>Exit</c>, then retries, as <c>WeftLock</c> and a futex-based mutex do: every order in which waiters get the lock is
/// explorable, and a lock-order cycle is reported as a deadlock. The monitor is reentrant, as the CLR's is.
/// </para>
/// <para>
/// <c>Wait</c> releases the monitor entirely and blocks on its wait set in the same step (no wake-up can fall between
/// the two), then re-enters with the recursion count it had. <c>Pulse</c> wakes one waiter, chosen by the strategy
/// among all of them (the CLR does not promise an order); <c>PulseAll</c> wakes every waiter. A timed <c>Wait</c> or
/// <c>TryEnter</c> may time out whenever the strategy says. There are no spurious wake-ups, as with the CLR's monitor.
/// Outside a controlled test every method is the BCL's.
/// </para>
/// </summary>
[ControlledEquivalentOf("System.Threading.Monitor")]
public static class ControlledMonitor
{
    private static readonly ConditionalWeakTable<object, ControlledMonitorState> States = new();

    public static void Enter(object obj, string? file, int line)
    {
        if (!SchedulingHooks.Active)
        {
            Monitor.Enter(obj);
            return;
        }
        Acquire(StateOf(obj), file, line);
    }

    public static void Enter(object obj, ref bool lockTaken, string? file, int line)
    {
        if (lockTaken) throw new ArgumentException("The lockTaken argument must be false before the call.", nameof(lockTaken));
        Enter(obj, file, line);
        lockTaken = true;
    }

    public static bool TryEnter(object obj, string? file, int line) => TryEnter(obj, 0, file, line);

    public static void TryEnter(object obj, ref bool lockTaken, string? file, int line)
    {
        if (lockTaken) throw new ArgumentException("The lockTaken argument must be false before the call.", nameof(lockTaken));
        lockTaken = TryEnter(obj, 0, file, line);
    }

    public static bool TryEnter(object obj, TimeSpan timeout, string? file, int line) =>
        TryEnter(obj, Milliseconds(timeout), file, line);

    public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken, string? file, int line)
    {
        if (lockTaken) throw new ArgumentException("The lockTaken argument must be false before the call.", nameof(lockTaken));
        lockTaken = TryEnter(obj, millisecondsTimeout, file, line);
    }

    /// <summary>Enters unless the monitor is held by another thread (0 ms), or until a timeout the strategy picks (more).</summary>
    public static bool TryEnter(object obj, int millisecondsTimeout, string? file, int line)
    {
        if (!SchedulingHooks.Active) return Monitor.TryEnter(obj, millisecondsTimeout);
        var state = StateOf(obj);
        if (millisecondsTimeout == Timeout.Infinite)
        {
            Acquire(state, file, line);
            return true;
        }
        SchedulingHooks.Access(OpKind.LockAcquire, state, file, line);
        int me = SchedulingHooks.ThreadId;
        if (state.Owner == me)
        {
            state.Count++;
            return true;
        }
        while (state.Owner != -1)
        {
            if (millisecondsTimeout == 0) return false;
            SchedulingHooks.Block(state, futex: false, timed: true);
            if (SchedulingHooks.TimedOut && state.Owner != -1) return false;
        }
        state.Owner = me;
        state.Count = 1;
        return true;
    }

    public static void Exit(object obj, string? file, int line)
    {
        if (!SchedulingHooks.Active)
        {
            Monitor.Exit(obj);
            return;
        }
        var state = StateOf(obj);
        SchedulingHooks.Access(OpKind.LockRelease, state, file, line);
        if (state.Owner != SchedulingHooks.ThreadId) throw NotOwner();
        if (--state.Count == 0) Release(state);
    }

    public static bool IsEntered(object obj, string? file, int line)
    {
        if (!SchedulingHooks.Active) return Monitor.IsEntered(obj);
        return StateOf(obj).Owner == SchedulingHooks.ThreadId;
    }

    public static bool Wait(object obj, string? file, int line) => Wait(obj, Timeout.Infinite, file, line);

    public static bool Wait(object obj, TimeSpan timeout, string? file, int line) => Wait(obj, Milliseconds(timeout), file, line);

    /// <summary>Releases the monitor, waits for a pulse (or a timeout the strategy picks), re-enters; false if it timed out.</summary>
    public static bool Wait(object obj, int millisecondsTimeout, string? file, int line)
    {
        if (!SchedulingHooks.Active) return Monitor.Wait(obj, millisecondsTimeout);
        var state = StateOf(obj);
        SchedulingHooks.Access(OpKind.FutexWait, state, file, line);
        if (state.Owner != SchedulingHooks.ThreadId) throw NotOwner();
        int count = state.Count;
        Release(state);
        SchedulingHooks.Block(state.Condition, futex: false, timed: millisecondsTimeout != Timeout.Infinite);
        bool pulsed = !SchedulingHooks.TimedOut;
        while (state.Owner != -1) SchedulingHooks.Block(state, futex: false);
        state.Owner = SchedulingHooks.ThreadId;
        state.Count = count;
        return pulsed;
    }

    public static void Pulse(object obj, string? file, int line) => Signal(obj, 1, file, line);

    public static void PulseAll(object obj, string? file, int line) => Signal(obj, int.MaxValue, file, line);

    private static void Signal(object obj, int waiters, string? file, int line)
    {
        if (!SchedulingHooks.Active)
        {
            if (waiters == 1) Monitor.Pulse(obj);
            else Monitor.PulseAll(obj);
            return;
        }
        var state = StateOf(obj);
        SchedulingHooks.Access(OpKind.FutexWake, state, file, line);
        if (state.Owner != SchedulingHooks.ThreadId) throw NotOwner();
        SchedulingHooks.Wake(state.Condition, waiters);
    }

    private static void Acquire(ControlledMonitorState state, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.LockAcquire, state, file, line);
        int me = SchedulingHooks.ThreadId;
        if (state.Owner == me)
        {
            state.Count++;
            return;
        }
        while (state.Owner != -1) SchedulingHooks.Block(state, futex: false);
        state.Owner = me;
        state.Count = 1;
    }

    /// <summary>Frees the monitor and lets every thread blocked entering it retry (the strategy picks who wins).</summary>
    private static void Release(ControlledMonitorState state)
    {
        state.Owner = -1;
        state.Count = 0;
        SchedulingHooks.Wake(state, int.MaxValue);
    }

    private static ControlledMonitorState StateOf(object obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var state = States.GetValue(obj, _ => new ControlledMonitorState());
        long iteration = SchedulingHooks.IterationSerial;
        if (state.Iteration != iteration) state.Reset(iteration);
        return state;
    }

    private static int Milliseconds(TimeSpan timeout)
    {
        long ms = (long)timeout.TotalMilliseconds;
        if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(timeout));
        return (int)ms;
    }

    private static SynchronizationLockException NotOwner() =>
        new("Object synchronization method was called from an unsynchronized block of code.");
}
