using System;
using System.Threading;
using Weft.Engine;

namespace Weft.Rewriting;

/// <summary>
/// The controlled equivalent of <see cref="ManualResetEventSlim"/>'s <c>Set</c>, <c>Reset</c>, <c>Wait</c> and
/// <c>IsSet</c> for rewritten code. The event object keeps its own state; each operation is a scheduling point, a
/// <c>Wait</c> on an unset event blocks on it until a <c>Set</c> wakes every waiter, and a timed wait may time out
/// whenever the strategy says.
/// </summary>
[ControlledEquivalentOf("System.Threading.ManualResetEventSlim")]
public static class ControlledManualResetEventSlim
{
    public static void Set(ManualResetEventSlim signal, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (SchedulingHooks.Active) SchedulingHooks.Access(OpKind.FutexWake, signal, file, line);
        signal.Set();
        if (SchedulingHooks.Active) SchedulingHooks.Wake(signal, int.MaxValue);
    }

    public static void Reset(ManualResetEventSlim signal, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (SchedulingHooks.Active) SchedulingHooks.Access(OpKind.Store, signal, file, line);
        signal.Reset();
    }

    [ReplacesMember("get_IsSet")]
    public static bool IsSet(ManualResetEventSlim signal, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (SchedulingHooks.Active) SchedulingHooks.Access(OpKind.Load, signal, file, line);
        return signal.IsSet;
    }

    public static void Wait(ManualResetEventSlim signal, string? file, int line) => Wait(signal, Timeout.Infinite, file, line);

    public static bool Wait(ManualResetEventSlim signal, TimeSpan timeout, string? file, int line) =>
        Wait(signal, (int)timeout.TotalMilliseconds, file, line);

    public static bool Wait(ManualResetEventSlim signal, int millisecondsTimeout, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (!SchedulingHooks.Active) return signal.Wait(millisecondsTimeout);
        SchedulingHooks.Access(OpKind.FutexWait, signal, file, line);
        while (!signal.IsSet)
        {
            if (millisecondsTimeout == 0) return false;
            SchedulingHooks.Block(signal, futex: false, timed: millisecondsTimeout != Timeout.Infinite);
            if (SchedulingHooks.TimedOut && !signal.IsSet) return false;
        }
        return true;
    }
}
