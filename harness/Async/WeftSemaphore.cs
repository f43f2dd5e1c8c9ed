using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft.Engine;

namespace Weft.Threading.Async;

/// <summary>
/// A counting semaphore with the shape of <see cref="SemaphoreSlim"/> (<c>WaitAsync</c>, <c>Wait</c>, <c>Release</c>,
/// <c>CurrentCount</c>), whose waits are controlled inside a Weft test: SemaphoreSlim's waits park on its own monitor and
/// complete through its own task nodes, which no synchronization context intercepts, so a test's code uses this type
/// (or the binary rewriter redirects <c>SemaphoreSlim</c> here).
///
/// Created inside a Weft test, its state is plain fields guarded by the run token: each <c>WaitAsync</c>, <c>Wait</c>
/// and <c>Release</c> is one scheduling point on the semaphore, then runs atomically. A release hands its counts to
/// the oldest waiters first (FIFO, as SemaphoreSlim does for async waiters), and each granted async waiter's task
/// completes on a new controlled thread, so its continuation runs when the strategy says. A finite timeout is a
/// modelled timer (as <see cref="WeftTask.Delay(int, CancellationToken, string, int)"/>): the wait times out whenever
/// the strategy runs the timer before a release reaches the waiter. A blocked <c>Wait</c> is a controlled block (a
/// deadlock among threads names it), a suspended <c>WaitAsync</c> is listed in its task's pending waits.
/// Created outside a test, it is a <see cref="SemaphoreSlim"/>.
/// </summary>
public sealed class WeftSemaphore : IDisposable
{
    private readonly SemaphoreSlim? _real;
    private readonly int _max;
    private readonly int _id;
    private readonly LinkedList<SemaphoreWaiter> _waiters = new();
    private int _count;

    public WeftSemaphore(int initialCount, int maxCount = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(initialCount, maxCount);
        _max = maxCount;
        _count = initialCount;
        if (SchedulingHooks.Active) _id = SchedulingHooks.NewObjectId();
        else _real = new SemaphoreSlim(initialCount, maxCount);
    }

    /// <summary>The number of waits that would succeed at once.</summary>
    public int CurrentCount => _real?.CurrentCount ?? _count;

    /// <summary>Waits for a count: an async wait (see the class).</summary>
    public Task WaitAsync([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        _real?.WaitAsync() ?? WaitCore(Timeout.Infinite, CancellationToken.None, file, line);

    /// <summary>Waits for a count until <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task WaitAsync(CancellationToken cancellationToken, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        _real?.WaitAsync(cancellationToken) ?? WaitCore(Timeout.Infinite, cancellationToken, file, line);

    /// <summary>Waits for a count; false when the modelled timeout fires first.</summary>
    public Task<bool> WaitAsync(int millisecondsTimeout, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        _real?.WaitAsync(millisecondsTimeout) ?? WaitCore(millisecondsTimeout, CancellationToken.None, file, line);

    /// <summary>Waits for a count; false when the modelled timeout fires first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        _real?.WaitAsync(timeout) ?? WaitCore(ToMilliseconds(timeout), CancellationToken.None, file, line);

    /// <summary>Waits for a count; false when the modelled timeout fires first; cancelled with <paramref name="cancellationToken"/>.</summary>
    public Task<bool> WaitAsync(int millisecondsTimeout, CancellationToken cancellationToken, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        _real?.WaitAsync(millisecondsTimeout, cancellationToken) ?? WaitCore(millisecondsTimeout, cancellationToken, file, line);

    /// <summary>Blocks the calling thread until it gets a count (a controlled block inside a test).</summary>
    public void Wait([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (_real is not null)
        {
            _real.Wait();
            return;
        }
        AcquirePoint(file, line);
        if (_count > 0)
        {
            _count--;
            return;
        }
        var waiter = new SemaphoreWaiter($"WeftSemaphore #{_id} Wait at {ControlledThread.Format(file, line)}", AsyncTaskRecord.Current, scope: null, async: false);
        _waiters.AddLast(waiter);
        while (!waiter.Granted) SchedulingHooks.Block(waiter, futex: false);
    }

    private Task<bool> WaitCore(int millisecondsTimeout, CancellationToken cancellationToken, string file, int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        AcquirePoint(file, line);
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<bool>(cancellationToken);
        if (_count > 0)
        {
            _count--;
            return Task.FromResult(true);
        }
        if (millisecondsTimeout == 0) return Task.FromResult(false);
        var scope = AsyncScope.Require("WeftSemaphore.WaitAsync");
        var task = AsyncTaskRecord.Current;
        var waiter = new SemaphoreWaiter($"WeftSemaphore #{_id} WaitAsync at {ControlledThread.Format(file, line)}", task, scope, async: true);
        _waiters.AddLast(waiter);
        task?.Pending.Add(waiter.Description);
        if (cancellationToken.CanBeCanceled)
            waiter.Registration = cancellationToken.Register(() =>
            {
                if (Dequeue(waiter)) waiter.Completion!.TrySetCanceled(cancellationToken);
            });
        if (millisecondsTimeout != Timeout.Infinite)
            scope!.CompleteLater(() =>
            {
                if (Dequeue(waiter)) waiter.Completion!.TrySetResult(false);
            }, file, line);
        return waiter.Completion!.Task;
    }

    private void AcquirePoint(string file, int line)
    {
        AsyncScope.EnsureControlled(ToString());
        SchedulingHooks.Access(OpKind.LockAcquire, this, file, line);
    }

    /// <summary>Takes <paramref name="waiter"/> out of the queue; false when a release, timeout or cancellation already did.</summary>
    private bool Dequeue(SemaphoreWaiter waiter)
    {
        if (!_waiters.Remove(waiter)) return false;
        waiter.Task?.Pending.Remove(waiter.Description);
        return true;
    }

    /// <summary>Releases one count; returns the count before the release.</summary>
    public int Release([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => Release(1, file, line);

    /// <summary>
    /// Releases <paramref name="releaseCount"/> counts, to the oldest waiters first; returns the count before the
    /// release. Throws <see cref="SemaphoreFullException"/> past the maximum, as SemaphoreSlim does.
    /// </summary>
    public int Release(int releaseCount, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(releaseCount, 1);
        if (_real is not null) return _real.Release(releaseCount);
        AsyncScope.EnsureControlled(ToString());
        SchedulingHooks.Access(OpKind.LockRelease, this, file, line);
        int before = _count;
        if (_max - _count < releaseCount) throw new SemaphoreFullException();
        List<SemaphoreWaiter>? granted = null;
        while (releaseCount > 0 && _waiters.First is { } node)
        {
            var waiter = node.Value;
            Dequeue(waiter);
            waiter.Granted = true;
            (granted ??= new List<SemaphoreWaiter>()).Add(waiter);
            releaseCount--;
        }
        _count += releaseCount;
        // Every state change is made; now hand the grants out (the async ones complete on threads of their own).
        if (granted is not null)
            foreach (var waiter in granted) Grant(waiter, file, line);
        return before;
    }

    private static void Grant(SemaphoreWaiter waiter, string file, int line)
    {
        if (waiter.Completion is null)
        {
            SchedulingHooks.Wake(waiter, 1);
            return;
        }
        waiter.Registration.Dispose();
        waiter.Scope!.CompleteLater(() => waiter.Completion.TrySetResult(true), file, line);
    }

    public void Dispose() => _real?.Dispose();

    private static int ToMilliseconds(TimeSpan timeout)
    {
        long ms = (long)timeout.TotalMilliseconds;
        if (ms < Timeout.Infinite || ms > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "expected a timeout from -1 ms (infinite) to int.MaxValue ms");
        return (int)ms;
    }

    public override string ToString() => $"WeftSemaphore #{_id} (count {CurrentCount})";
}
