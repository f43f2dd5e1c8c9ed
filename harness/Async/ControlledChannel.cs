using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft.Engine;

namespace Weft.Threading.Async;

/// <summary>
/// A <see cref="Channel{T}"/> whose operations are controlled (what <see cref="WeftChannel"/> creates inside an async
/// Weft test). Its state (the items, whether it is completed, the suspended readers and writers) is plain fields
/// guarded by the run token: every operation of <see cref="ControlledChannelReader{T}"/> and
/// <see cref="ControlledChannelWriter{T}"/> is one scheduling point on the channel, then runs atomically. A suspended
/// <c>WaitToReadAsync</c> or <c>WaitToWriteAsync</c> is resumed on a new controlled thread when an item, room or the
/// completion arrives; the reader's <c>ReadAsync</c> and <c>ReadAllAsync</c> and the writer's <c>WriteAsync</c> are
/// Channel's own, built on those. Bounded channels support <see cref="BoundedChannelFullMode.Wait"/> only.
/// </summary>
internal sealed class ControlledChannel<T> : Channel<T>
{
    private readonly List<ChannelWaiter> _readers = new();
    private readonly List<ChannelWaiter> _writers = new();
    private readonly TaskCompletionSource _completion = new();

    public ControlledChannel(AsyncScope scope, int capacity)
    {
        Scope = scope;
        Capacity = capacity;
        Id = SchedulingHooks.NewObjectId();
        Reader = new ControlledChannelReader<T>(this);
        Writer = new ControlledChannelWriter<T>(this);
    }

    public AsyncScope Scope { get; }

    /// <summary>The bound, or -1 for an unbounded channel.</summary>
    public int Capacity { get; }

    public int Id { get; }

    public Queue<T> Items { get; } = new();

    /// <summary>Set by the writer's <c>TryComplete</c>: no more items will be written.</summary>
    public bool Completed { get; private set; }

    /// <summary>The error the channel was completed with, if any.</summary>
    public Exception? Error { get; private set; }

    public Task Completion => _completion.Task;

    public bool HasRoom => Capacity < 0 || Items.Count < Capacity;

    /// <summary>The scheduling point every operation starts with.</summary>
    public void Point(OpKind op)
    {
        AsyncScope.EnsureControlled($"WeftChannel #{Id}");
        SchedulingHooks.Access(op, this, null, 0);
    }

    /// <summary>Suspends the calling task until a reader's wake-up (items or completion).</summary>
    public ValueTask<bool> SuspendReader(CancellationToken cancellationToken) => Suspend(_readers, "WaitToReadAsync (empty)", cancellationToken);

    /// <summary>Suspends the calling task until a writer's wake-up (room or completion).</summary>
    public ValueTask<bool> SuspendWriter(CancellationToken cancellationToken) => Suspend(_writers, "WaitToWriteAsync (full)", cancellationToken);

    private ValueTask<bool> Suspend(List<ChannelWaiter> list, string what, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return ValueTask.FromCanceled<bool>(cancellationToken);
        var task = AsyncTaskRecord.Current;
        var waiter = new ChannelWaiter($"WeftChannel #{Id} {what}", task);
        list.Add(waiter);
        task?.Pending.Add(waiter.Description);
        if (cancellationToken.CanBeCanceled)
            waiter.Registration = cancellationToken.Register(() =>
            {
                if (!list.Remove(waiter)) return;
                waiter.Task?.Pending.Remove(waiter.Description);
                waiter.Completion.TrySetCanceled(cancellationToken);
            });
        return new ValueTask<bool>(waiter.Completion.Task);
    }

    /// <summary>Resumes every suspended reader (they try again).</summary>
    public void WakeReaders() => WakeAll(_readers, true);

    /// <summary>Resumes every suspended writer: true (try again) or false (completed).</summary>
    public void WakeWriters(bool result) => WakeAll(_writers, result);

    private void WakeAll(List<ChannelWaiter> list, bool result)
    {
        if (list.Count == 0) return;
        var woken = list.ToArray();
        list.Clear();
        foreach (var w in woken)
        {
            w.Task?.Pending.Remove(w.Description);
            w.Registration.Dispose();
        }
        foreach (var w in woken) Scope.CompleteLater(() => w.Completion.TrySetResult(result), null, 0);
    }

    /// <summary>Marks the channel completed (no more writes); false when it already was.</summary>
    public bool Complete(Exception? error)
    {
        if (Completed) return false;
        Completed = true;
        Error = error;
        WakeReaders();
        WakeWriters(false);
        CompleteIfDrained();
        return true;
    }

    /// <summary>Completes <see cref="Completion"/> once the channel is completed and every item has been read.</summary>
    public void CompleteIfDrained()
    {
        if (!Completed || Items.Count > 0) return;
        if (Error is null) _completion.TrySetResult();
        else _completion.TrySetException(Error);
    }
}
