using System.Threading;
using Weft.Engine;

namespace Weft.Threading.Async;

/// <summary>
/// The synchronization context of an async Weft test: every continuation an <c>await</c> posts here (after
/// <c>Task.Yield</c>, after a <see cref="WeftSemaphore"/> grant, after any task completes on a thread whose context is
/// not this one) becomes a new controlled thread, so when it runs is a decision of the strategy, recorded in the
/// schedule and replayed like any other. One instance serves the whole iteration; .NET runs a continuation inline
/// (as part of the completing step) exactly when it would on the thread pool: when the task completes on a thread of
/// this context and the task allows synchronous continuations (a <c>TaskCompletionSource</c> created without
/// <c>RunContinuationsAsynchronously</c>).
/// </summary>
internal sealed class WeftSynchronizationContext : SynchronizationContext
{
    public WeftSynchronizationContext(AsyncScope scope) => Scope = scope;

    public AsyncScope Scope { get; }

    /// <summary>
    /// Queues <paramref name="d"/> as a new controlled thread. Never throws: .NET calls this from inside task completion
    /// and await machinery, where an exception would end the process. A post from an uncontrolled thread (a real timer,
    /// the thread pool, I/O) is dropped and noted, and so is one made while the iteration is being unwound.
    /// </summary>
    public override void Post(SendOrPostCallback d, object? state)
    {
        var thread = ControlledThread.Current;
        if (thread is null)
        {
            Scope.NoteUncontrolledPost();
            return;
        }
        if (thread.Runtime.Aborted) return;
        Scope.Spawn(() => Scope.RunContinuation(d, state), file: null, line: 0);
    }

    /// <summary>Runs <paramref name="d"/> at once on the calling thread (a controlled thread runs it as part of its step).</summary>
    public override void Send(SendOrPostCallback d, object? state) => d(state);

    /// <summary>The context is shared by every thread of the iteration, so a copy is itself.</summary>
    public override SynchronizationContext CreateCopy() => this;
}
