using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft.Engine;

namespace Weft.Threading.Async;

/// <summary>
/// Controlled equivalents of <see cref="Task.Run(Func{Task})"/> and <see cref="Task.Delay(int)"/>, which .NET hands to the
/// thread pool and to a real timer whatever the current context (so a test's code calls these, or the binary rewriter
/// redirects <c>Task.Run</c> and <c>Task.Delay</c> here). Inside an async Weft test, <c>Run</c> starts its body as a new
/// controlled thread (a new logical task in deadlock reports) and <c>Delay</c> starts a modelled timer: a controlled
/// thread that completes the delay's task when the strategy runs it, at any point after the call (the duration
/// orders nothing). Outside a test they are <c>Task.Run</c> and <c>Task.Delay</c>.
/// </summary>
public static class WeftTask
{
    /// <summary>Runs <paramref name="action"/> as a new logical task; <see cref="Task.Run(Action)"/> outside a Weft test.</summary>
    public static Task Run(Action action, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (AsyncScope.Require("WeftTask.Run") is not { } scope) return Task.Run(action);
        var record = NewTask(scope, file, line);
        var task = Create(record, () => new Task(action));
        Start(scope, record, task, task, file, line);
        return task;
    }

    /// <summary>Runs <paramref name="function"/> as a new logical task; <see cref="Task.Run{TResult}(Func{TResult})"/> outside a Weft test.</summary>
    public static Task<TResult> Run<TResult>(Func<TResult> function, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (AsyncScope.Require("WeftTask.Run") is not { } scope) return Task.Run(function);
        var record = NewTask(scope, file, line);
        var task = Create(record, () => new Task<TResult>(function));
        Start(scope, record, task, task, file, line);
        return task;
    }

    /// <summary>Runs the async <paramref name="function"/> as a new logical task; <see cref="Task.Run(Func{Task})"/> outside a Weft test.</summary>
    public static Task Run(Func<Task> function, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (AsyncScope.Require("WeftTask.Run") is not { } scope) return Task.Run(function);
        var record = NewTask(scope, file, line);
        var start = Create(record, () => new Task<Task>(function));
        var task = start.Unwrap();
        Start(scope, record, start, task, file, line);
        return task;
    }

    /// <summary>Runs the async <paramref name="function"/> as a new logical task; <see cref="Task.Run{TResult}(Func{Task{TResult}})"/> outside a Weft test.</summary>
    public static Task<TResult> Run<TResult>(Func<Task<TResult>> function, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (AsyncScope.Require("WeftTask.Run") is not { } scope) return Task.Run(function);
        var record = NewTask(scope, file, line);
        var start = Create(record, () => new Task<Task<TResult>>(function));
        var task = start.Unwrap();
        Start(scope, record, start, task, file, line);
        return task;
    }

    private static AsyncTaskRecord NewTask(AsyncScope scope, string file, int line) =>
        scope.NewTask("WeftTask.Run at " + ControlledThread.Format(file, line));

    /// <summary>
    /// Creates the task that runs the body with <paramref name="record"/> as the current logical task: a task captures
    /// the execution context (and with it the logical task) when it is created, and restores it when it runs.
    /// </summary>
    private static T Create<T>(AsyncTaskRecord record, Func<T> create)
    {
        var caller = AsyncTaskRecord.Current;
        AsyncTaskRecord.Current = record;
        try
        {
            return create();
        }
        finally
        {
            AsyncTaskRecord.Current = caller;
        }
    }

    /// <summary>
    /// Records <paramref name="visible"/> as the awaitable of logical task <paramref name="record"/> and spawns the
    /// thread that runs <paramref name="start"/>. The spawn is a scheduling point of the caller.
    /// </summary>
    private static void Start(AsyncScope scope, AsyncTaskRecord record, Task start, Task visible, string file, int line)
    {
        record.Task = visible;
        scope.Spawn(() => scope.RunAs(start), file, line);
    }

    /// <summary>A modelled timer of <paramref name="millisecondsDelay"/> ms (see the class); <see cref="Task.Delay(int)"/> outside a Weft test.</summary>
    public static Task Delay(int millisecondsDelay, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Delay(millisecondsDelay, CancellationToken.None, file, line);

    /// <summary>A modelled timer of <paramref name="delay"/>; <see cref="Task.Delay(TimeSpan)"/> outside a Weft test.</summary>
    public static Task Delay(TimeSpan delay, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Delay(ToMilliseconds(delay), CancellationToken.None, file, line);

    /// <summary>A modelled timer of <paramref name="delay"/> that <paramref name="cancellationToken"/> cancels.</summary>
    public static Task Delay(TimeSpan delay, CancellationToken cancellationToken, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Delay(ToMilliseconds(delay), cancellationToken, file, line);

    /// <summary>
    /// A modelled timer of <paramref name="millisecondsDelay"/> ms that <paramref name="cancellationToken"/> cancels
    /// (<see cref="Timeout.Infinite"/>: it never fires; 0: completed at once); <see cref="Task.Delay(int, CancellationToken)"/>
    /// outside a Weft test.
    /// </summary>
    public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsDelay, Timeout.Infinite);
        if (AsyncScope.Require("WeftTask.Delay") is not { } scope) return Task.Delay(millisecondsDelay, cancellationToken);
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
        if (millisecondsDelay == 0) return Task.CompletedTask;
        var timer = new TaskCompletionSource();
        var record = AsyncTaskRecord.Current;
        var pending = $"WeftTask.Delay({(millisecondsDelay == Timeout.Infinite ? "infinite" : millisecondsDelay + " ms")}) at {ControlledThread.Format(file, line)}";
        if (millisecondsDelay == Timeout.Infinite) record?.Pending.Add(pending);
        if (cancellationToken.CanBeCanceled)
        {
            // The callback runs where Cancel is called (a controlled thread, or the token's own timer: then uncontrolled).
            cancellationToken.Register(() =>
            {
                if (timer.TrySetCanceled(cancellationToken)) record?.Pending.Remove(pending);
            });
        }
        if (millisecondsDelay != Timeout.Infinite) scope.CompleteLater(() => timer.TrySetResult(), file, line);
        return timer.Task;
    }

    /// <summary><see cref="Task.Yield"/>: inside an async Weft test the continuation is posted to the test's context, a new controlled thread.</summary>
    public static YieldAwaitable Yield() => Task.Yield();

    private static int ToMilliseconds(TimeSpan delay)
    {
        long ms = (long)delay.TotalMilliseconds;
        if (ms < Timeout.Infinite || ms > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(delay), delay, "expected a delay from -1 ms (infinite) to int.MaxValue ms");
        return (int)ms;
    }
}
