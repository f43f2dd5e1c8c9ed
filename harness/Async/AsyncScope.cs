using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Weft.Engine;

namespace Weft.Threading.Async;

/// <summary>
/// The async state of one iteration of an async test: its synchronization context and task scheduler, its logical
/// tasks, and the wait of the test body's thread for the body's task.
///
/// The model. Every piece of async code runs on a controlled thread, and every point where .NET would hand work to
/// another thread starts a new controlled thread instead: a continuation posted to the context, a task queued on the
/// scheduler, a <see cref="WeftTask.Run(Func{Task}, string, int)"/> body, a timer firing, a completion a Weft primitive
/// makes (a semaphore grant, a channel wake-up). Each is a spawn, so when it runs is a decision of the strategy,
/// recorded in the schedule and replayed. A task suspended on an incomplete task has no thread at all: nothing of it
/// is enabled until the completion spawns its continuation. The body's thread blocks until the body's task completes;
/// if every thread is done or blocked first, the runtime reports a deadlock, and the body's thread's status is
/// <see cref="WaitDescription"/>: every task that has not completed and what it awaits.
///
/// Async code shares plain fields between awaits, which are not scheduling points and name no location, so a
/// dependency analysis cannot see them: from the moment an async test starts, every step is dependent with every other
/// (<see cref="ControlledRuntime.MarkStepsGlobal"/>), which keeps DPOR sound at the price of its reductions.
/// </summary>
internal sealed class AsyncScope : IDescribedWait
{
    private readonly List<AsyncTaskRecord> _tasks = new();
    private int _uncontrolledPosts;

    public AsyncScope()
    {
        Context = new WeftSynchronizationContext(this);
        Scheduler = new WeftTaskScheduler(this);
    }

    public WeftSynchronizationContext Context { get; }

    public WeftTaskScheduler Scheduler { get; }

    /// <summary>The scope of the calling code: the one whose context is current, else null (outside an async test).</summary>
    public static AsyncScope? Current => (SynchronizationContext.Current as WeftSynchronizationContext)?.Scope;

    /// <summary>
    /// The scope of the calling code; inside a controlled test but outside an async one, an error naming
    /// <paramref name="operation"/> and how to make the test async. Null outside a controlled test (production code).
    /// </summary>
    public static AsyncScope? Require(string operation)
    {
        var scope = Current;
        if (scope is not null || !SchedulingHooks.Active) return scope;
        throw new InvalidOperationException(
            $"{operation} inside a Weft test needs an async test: declare the test method 'public static async Task' " +
            "(a [WeftTest] method), or pass WeftAsync.Test(async () => ...) to Checker.Check");
    }

    /// <summary>
    /// Throws when a primitive created inside a Weft test (<paramref name="what"/>) is used from a thread outside the
    /// runtime's control: its state is guarded by the run token, which that thread does not hold. The usual cause is a
    /// <c>ConfigureAwait(false)</c> continuation that .NET sent to the thread pool.
    /// </summary>
    public static void EnsureControlled(string what)
    {
        if (SchedulingHooks.Active) return;
        throw new InvalidOperationException(
            $"{what} was created inside a Weft test and is used from a thread outside Weft's control (a ConfigureAwait(false) " +
            "continuation sent to the thread pool, a real Task.Run, a timer callback); await without ConfigureAwait(false) in tested code");
    }

    /// <summary>A new logical task, numbered in start order.</summary>
    public AsyncTaskRecord NewTask(string origin)
    {
        var record = new AsyncTaskRecord(_tasks.Count, origin);
        _tasks.Add(record);
        return record;
    }

    /// <summary>
    /// Starts <paramref name="body"/> as a new controlled thread, with the execution context not flowing into the
    /// worker's OS thread (a worker outlives the iteration; its body restores the context it needs).
    /// </summary>
    public void Spawn(Action body, string? file, int line)
    {
        if (ExecutionContext.IsFlowSuppressed())
        {
            SchedulingHooks.Spawn(body, file, line);
            return;
        }
        var flow = ExecutionContext.SuppressFlow();
        try
        {
            SchedulingHooks.Spawn(body, file, line);
        }
        finally
        {
            flow.Undo();
        }
    }

    /// <summary>
    /// Spawns from inside .NET's task machinery (a post, a queued task), where an exception would end the process: when
    /// the iteration is being unwound the spawn's scheduling point throws, and the work is dropped with the iteration.
    /// </summary>
    public void SpawnQuietly(Action body)
    {
        try
        {
            Spawn(body, file: null, line: 0);
        }
        catch (ExecutionCanceledException)
        {
        }
    }

    /// <summary>
    /// Runs <paramref name="complete"/> (completing a task a Weft primitive handed out) on a new controlled thread, so
    /// its continuations run when the strategy says. The thread has no synchronization context and the default task
    /// scheduler, as a thread-pool thread has: a <c>ConfigureAwait(false)</c> continuation (Channel's own ReadAsync and
    /// WriteAsync) runs inline in it, and a continuation that captured the test's context is posted to it.
    /// </summary>
    public void CompleteLater(Action complete, string? file, int line) => Spawn(complete, file, line);

    /// <summary>The body of a posted continuation's thread: runs it as a task of <see cref="Scheduler"/>, in <see cref="Context"/>.</summary>
    public void RunContinuation(SendOrPostCallback callback, object? state)
    {
        var task = new Task(static s =>
        {
            var (d, st) = ((SendOrPostCallback, object?))s!;
            d(st);
        }, (callback, state));
        RunInContext(() => task.RunSynchronously(Scheduler));
        // An async void method's exception is posted as a callback that throws: it is the test's unhandled exception.
        if (task.Exception is { } e) ExceptionDispatchInfo.Capture(e.InnerException ?? e).Throw();
    }

    /// <summary>The body of a queued task's thread.</summary>
    public void RunTask(WeftTaskScheduler scheduler, Task task) => RunInContext(() => scheduler.Execute(task));

    /// <summary>The body of a <see cref="WeftTask"/>.Run thread: runs <paramref name="task"/> (it carries its logical task in its execution context).</summary>
    public void RunAs(Task task) => RunInContext(() => task.RunSynchronously(Scheduler));

    private void RunInContext(Action action)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(Context);
        try
        {
            action();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>Notes work that an uncontrolled thread handed to this scope (it is dropped).</summary>
    public void NoteUncontrolledPost() => Interlocked.Increment(ref _uncontrolledPosts);

    public string WaitDescription
    {
        get
        {
            var waiting = new List<string>();
            foreach (var t in _tasks)
                if (t.Task is not { IsCompleted: true }) waiting.Add(t.Describe());
            var text = "blocked waiting for the test body's task; tasks not completed: " + string.Join("; ", waiting);
            int dropped = Volatile.Read(ref _uncontrolledPosts);
            if (dropped > 0)
                text += $" ({dropped} continuation(s) arrived from threads outside Weft's control and were dropped: " +
                    "code awaited a real Task.Run, Task.Delay, timer or I/O; use WeftTask and the Weft primitives)";
            else if (waiting.TrueForAll(w => w.EndsWith("awaits an incomplete Task", StringComparison.Ordinal)))
                text += " (none awaits a Weft primitive; in a deadlock, work awaited that is not a Weft task is outside Weft's " +
                    "control: a real Task.Run or Task.Delay, I/O, or a ConfigureAwait(false) continuation sent to the thread pool)";
            return text;
        }
    }
}
