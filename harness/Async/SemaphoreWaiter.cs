using System.Threading;
using System.Threading.Tasks;
using Weft.Engine;

namespace Weft.Threading.Async;

/// <summary>
/// One waiter queued on a <see cref="WeftSemaphore"/>: an async waiter (<see cref="Completion"/> is its task) or a
/// controlled thread blocked in <c>Wait</c> (it blocks on this object until <see cref="Granted"/>).
/// </summary>
internal sealed class SemaphoreWaiter : IDescribedWait
{
    public SemaphoreWaiter(string description, AsyncTaskRecord? task, AsyncScope? scope, bool async)
    {
        Description = description;
        Task = task;
        Scope = scope;
        if (async) Completion = new TaskCompletionSource<bool>();
    }

    /// <summary>"WeftSemaphore #1 WaitAsync at File.cs:40", as deadlock reports name the wait.</summary>
    public string Description { get; }

    /// <summary>The logical task that waits (its pending waits list this one while it is queued), or null.</summary>
    public AsyncTaskRecord? Task { get; }

    /// <summary>The async test the waiter belongs to (it completes <see cref="Completion"/> on a new controlled thread).</summary>
    public AsyncScope? Scope { get; }

    /// <summary>The async waiter's task: true when granted, false when its timeout fired; null for a blocked thread.</summary>
    public TaskCompletionSource<bool>? Completion { get; }

    /// <summary>Set when a release hands the waiter a count (a blocked thread then returns from <c>Wait</c>).</summary>
    public bool Granted { get; set; }

    /// <summary>The registration of the wait's cancellation token, disposed once the wait is decided.</summary>
    public CancellationTokenRegistration Registration { get; set; }

    public string WaitDescription => "blocked in " + Description;
}
