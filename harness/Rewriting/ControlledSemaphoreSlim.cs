using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Engine;
using Weft.Threading.Async;

namespace Weft.Rewriting;

/// <summary>
/// The controlled equivalent of <see cref="SemaphoreSlim"/>'s blocking <c>Wait</c> and <c>Release</c> for rewritten
/// code. The semaphore object keeps its own count (so <c>CurrentCount</c> and the overflow check stay the BCL's): a
/// controlled <c>Wait</c> is a scheduling point, then blocks on the semaphore while its count is 0 and takes a unit with
/// a non-blocking <c>Wait(0)</c>; <c>Release</c> adds units and wakes as many waiters, which retry (the strategy picks the
/// order). A timed wait may time out whenever the strategy says.
/// <para>
/// <c>WaitAsync</c> (without a cancellation token) works on the same count, so sync and async waits on one semaphore
/// stay coherent: it is a scheduling point that takes a unit at once when there is one; otherwise it returns the task
/// of a new logical task (<see cref="WeftTask.Run{TResult}(Func{TResult}, string, int)"/>) that makes the controlled
/// blocking <c>Wait</c>, so the awaiting code resumes only after a <c>Release</c> reached that waiter, and a semaphore
/// nobody releases shows in the deadlock report as a blocked task. It needs an async Weft test, as WeftTask does.
/// </para>
/// </summary>
[ControlledEquivalentOf("System.Threading.SemaphoreSlim")]
public static class ControlledSemaphoreSlim
{
    public static void Wait(SemaphoreSlim semaphore, string? file, int line) => Wait(semaphore, Timeout.Infinite, file, line);

    public static bool Wait(SemaphoreSlim semaphore, TimeSpan timeout, string? file, int line) =>
        Wait(semaphore, (int)timeout.TotalMilliseconds, file, line);

    public static bool Wait(SemaphoreSlim semaphore, int millisecondsTimeout, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(semaphore);
        if (!SchedulingHooks.Active) return semaphore.Wait(millisecondsTimeout);
        SchedulingHooks.Access(OpKind.FutexWait, semaphore, file, line);
        while (semaphore.CurrentCount == 0)
        {
            if (millisecondsTimeout == 0) return false;
            SchedulingHooks.Block(semaphore, futex: false, timed: millisecondsTimeout != Timeout.Infinite);
            if (SchedulingHooks.TimedOut && semaphore.CurrentCount == 0) return false;
        }
        return semaphore.Wait(0);
    }

    public static Task WaitAsync(SemaphoreSlim semaphore, string? file, int line) => WaitAsync(semaphore, Timeout.Infinite, file, line);

    public static Task<bool> WaitAsync(SemaphoreSlim semaphore, TimeSpan timeout, string? file, int line) =>
        WaitAsync(semaphore, (int)timeout.TotalMilliseconds, file, line);

    public static Task<bool> WaitAsync(SemaphoreSlim semaphore, int millisecondsTimeout, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(semaphore);
        if (!SchedulingHooks.Active) return semaphore.WaitAsync(millisecondsTimeout);
        SchedulingHooks.Access(OpKind.FutexWait, semaphore, file, line);
        if (semaphore.Wait(0)) return Task.FromResult(true);
        if (millisecondsTimeout == 0) return Task.FromResult(false);
        return WeftTask.Run(() => Wait(semaphore, millisecondsTimeout, file, line), file ?? "", line);
    }

    public static int Release(SemaphoreSlim semaphore, string? file, int line) => Release(semaphore, 1, file, line);

    public static int Release(SemaphoreSlim semaphore, int releaseCount, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(semaphore);
        if (!SchedulingHooks.Active) return semaphore.Release(releaseCount);
        SchedulingHooks.Access(OpKind.FutexWake, semaphore, file, line);
        int previous = semaphore.Release(releaseCount);
        SchedulingHooks.Wake(semaphore, releaseCount);
        return previous;
    }
}
