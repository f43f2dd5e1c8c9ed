using System;
using System.Threading;
using System.Threading.Tasks;
using Weft.Engine;

namespace Weft.Threading.Async;

/// <summary>
/// Runs an async test body on the calling controlled thread (thread 0 of the iteration): installs a fresh
/// <see cref="AsyncScope"/>'s context, starts the body as logical task 0, then blocks the thread, as a controlled
/// wait, until the body's task completes, and rethrows its exception (the test's unhandled exception).
/// </summary>
internal static class AsyncTestHost
{
    public static void Run(Func<Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var thread = ControlledThread.Current;
        if (thread is null)
        {
            // Outside a controlled test (a plain run of the same test method): ordinary async code.
            body().GetAwaiter().GetResult();
            return;
        }
        if (AsyncScope.Current is not null)
            throw new InvalidOperationException("an async Weft test body cannot run inside another one: await the inner body instead");
        thread.Runtime.MarkStepsGlobal();
        var scope = new AsyncScope();
        var previousContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(scope.Context);
        var root = scope.NewTask("the test body");
        AsyncTaskRecord.Current = root;
        try
        {
            // The body's synchronous part runs as a task of the scope's scheduler, so Task.Factory.StartNew and
            // ContinueWith inside it queue controlled work (TaskScheduler.Current is the scope's).
            var start = new Task<Task>(body);
            var task = start.Unwrap();
            root.Task = task;
            start.RunSynchronously(scope.Scheduler);
            WaitFor(task, scope);
            task.GetAwaiter().GetResult();
        }
        finally
        {
            AsyncTaskRecord.Current = null;
            SynchronizationContext.SetSynchronizationContext(previousContext);
        }
    }

    /// <summary>Blocks the calling controlled thread until <paramref name="task"/> completes (a controlled wait on the scope).</summary>
    private static void WaitFor(Task task, AsyncScope scope)
    {
        if (task.IsCompleted) return;
        task.ContinueWith(static (_, s) => WakeWaiter((AsyncScope)s!), scope, CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        while (!task.IsCompleted) SchedulingHooks.Block(scope, futex: false);
    }

    /// <summary>Runs inline where the body's task completes: wakes thread 0, unless that is an uncontrolled thread or the iteration is unwinding.</summary>
    private static void WakeWaiter(AsyncScope scope)
    {
        var thread = ControlledThread.Current;
        if (thread is null)
        {
            scope.NoteUncontrolledPost();
            return;
        }
        if (!thread.Runtime.Aborted) SchedulingHooks.Wake(scope, 1);
    }
}
