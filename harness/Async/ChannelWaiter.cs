using System.Threading;
using System.Threading.Tasks;

namespace Weft.Threading.Async;

/// <summary>A reader or writer of a controlled channel suspended until items, room or completion arrive.</summary>
internal sealed class ChannelWaiter
{
    public ChannelWaiter(string description, AsyncTaskRecord? task)
    {
        Description = description;
        Task = task;
    }

    /// <summary>"WeftChannel #2 WaitToReadAsync", as deadlock reports name the wait.</summary>
    public string Description { get; }

    public AsyncTaskRecord? Task { get; }

    /// <summary>Completes with true (try again) or false (the channel is completed: no more items, or no more room).</summary>
    public TaskCompletionSource<bool> Completion { get; } = new();

    public CancellationTokenRegistration Registration { get; set; }
}
