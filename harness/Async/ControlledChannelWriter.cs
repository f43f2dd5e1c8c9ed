using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Weft.Threading.Async;

/// <summary>The writing half of a <see cref="ControlledChannel{T}"/> (see there).</summary>
internal sealed class ControlledChannelWriter<T> : ChannelWriter<T>
{
    private readonly ControlledChannel<T> _channel;

    public ControlledChannelWriter(ControlledChannel<T> channel) => _channel = channel;

    public override bool TryWrite(T item)
    {
        _channel.Point(OpKind.Store);
        if (_channel.Completed || !_channel.HasRoom) return false;
        _channel.Items.Enqueue(item);
        _channel.WakeReaders();
        return true;
    }

    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default)
    {
        _channel.Point(OpKind.Store);
        if (_channel.Completed)
            return _channel.Error is { } e && e is not ChannelClosedException ? ValueTask.FromException<bool>(e) : new ValueTask<bool>(false);
        if (_channel.HasRoom) return new ValueTask<bool>(true);
        return _channel.SuspendWriter(cancellationToken);
    }

    public override bool TryComplete(Exception? error = null)
    {
        _channel.Point(OpKind.Store);
        return _channel.Complete(error);
    }
}
