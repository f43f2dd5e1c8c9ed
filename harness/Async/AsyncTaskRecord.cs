using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Weft.Threading.Async;

/// <summary>
/// One logical task of an async test: the test body (task 0) or a body started by <see cref="WeftTask.Run(System.Func{Task}, string, int)"/>.
/// Its continuations run as many controlled threads, one per resumption; what ties them to the task is an
/// <see cref="AsyncLocal{T}"/>, which flows with the execution context through every await. A deadlock report names
/// each task that has not completed with the Weft operations it is suspended on (<see cref="Pending"/>).
/// </summary>
internal sealed class AsyncTaskRecord
{
    private static readonly AsyncLocal<AsyncTaskRecord?> CurrentLocal = new();

    public AsyncTaskRecord(int id, string origin)
    {
        Id = id;
        Origin = origin;
    }

    /// <summary>The task's number in its iteration, in the order tasks were started (deterministic across replays).</summary>
    public int Id { get; }

    /// <summary>Where the task was started ("the test body", or "WeftTask.Run at File.cs:12").</summary>
    public string Origin { get; }

    /// <summary>The task user code awaits (the test body's task, or what <c>WeftTask.Run</c> returned); null until known.</summary>
    public Task? Task { get; set; }

    /// <summary>The Weft operations this task is suspended on, each described ("WeftSemaphore #1 WaitAsync at File.cs:40").</summary>
    public List<string> Pending { get; } = new();

    /// <summary>The logical task the calling code belongs to, or null outside an async test.</summary>
    public static AsyncTaskRecord? Current
    {
        get => CurrentLocal.Value;
        set => CurrentLocal.Value = value;
    }

    /// <summary>
    /// "task 2 (WeftTask.Run at File.cs:12) awaits WeftSemaphore #1 WaitAsync at File.cs:40"; a task suspended on a Task
    /// (another task's, a <c>TaskCompletionSource</c>'s, <c>Task.WhenAll</c>'s) "awaits an incomplete Task".
    /// </summary>
    public string Describe()
    {
        var head = $"task {Id} ({Origin})";
        if (Pending.Count > 0) return head + " awaits " + string.Join(" and ", Pending);
        return head + " awaits an incomplete Task";
    }
}
