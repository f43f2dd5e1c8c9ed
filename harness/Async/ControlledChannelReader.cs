using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Weft.Threading.Async;

/// <summary>The reading half of a <see cref="ControlledChannel{T}"/> (see there).</summary>
internal sealed class ControlledChannelReader<T> : ChannelReader<T>
{
    private readonly ControlledChannel<T> _channel;

    public ControlledChannelReader(ControlledChannel<T> channel) => _channel = channel;

    public override Task Completion => _channel.Completion;

    public override bool CanCount => true;

    public override int Count => _channel.Items.Count;

    public override bool CanPeek => true;

    public override bool TryRead([MaybeNullWhen(false)] out T item)
    {
        _channel.Point(OpKind.Load);
        if (!_channel.Items.TryDequeue(out item)) return false;
        _channel.WakeWriters(true);
        _channel.CompleteIfDrained();
        return true;
    }

    public override bool TryPeek([MaybeNullWhen(false)] out T item)
    {
        _channel.Point(OpKind.Load);
        return _channel.Items.TryPeek(out item);
    }

    public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default)
    {
        _channel.Point(OpKind.Load);
        if (_channel.Items.Count > 0) return new ValueTask<bool>(true);
        if (_channel.Completed)
            return _channel.Error is { } e && e is not ChannelClosedException ? ValueTask.FromException<bool>(e) : new ValueTask<bool>(false);
        return _channel.SuspendReader(cancellationToken);
    }
}
