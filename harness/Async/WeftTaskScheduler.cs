using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Engine;

namespace Weft.Threading.Async;

/// <summary>
/// The task scheduler of an async Weft test: a task queued here (<c>Task.Factory.StartNew</c>, <c>ContinueWith</c> and
/// awaits without a synchronization context, inside code the test runs) starts as a new controlled thread, when the
/// strategy chooses it. Inlining (a continuation with <c>ExecuteSynchronously</c>, a task run synchronously) is allowed
/// on controlled threads only: there it is part of the calling step.
/// </summary>
internal sealed class WeftTaskScheduler : TaskScheduler
{
    private readonly AsyncScope _scope;

    public WeftTaskScheduler(AsyncScope scope) => _scope = scope;

    /// <summary>Starts <paramref name="task"/> as a new controlled thread; a task queued from an uncontrolled thread is noted and dropped.</summary>
    protected override void QueueTask(Task task)
    {
        var thread = ControlledThread.Current;
        if (thread is null)
        {
            _scope.NoteUncontrolledPost();
            return;
        }
        if (thread.Runtime.Aborted) return;
        _scope.Spawn(() => _scope.RunTask(this, task), file: null, line: 0);
    }

    /// <summary>Runs <paramref name="task"/> on the worker of the new thread (the body of the thread <see cref="QueueTask"/> made).</summary>
    internal void Execute(Task task) => TryExecuteTask(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        ControlledThread.Current is not null && !taskWasPreviouslyQueued && TryExecuteTask(task);

    /// <summary>Queued tasks are controlled threads the runtime lists; a debugger gets none from here.</summary>
    protected override IEnumerable<Task>? GetScheduledTasks() => null;
}
