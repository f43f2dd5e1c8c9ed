using System;
using System.Threading.Channels;

namespace Weft.Threading.Async;

/// <summary>
/// Factories with the shape of <see cref="Channel"/>'s: inside an async Weft test they create a controlled channel
/// (<see cref="ControlledChannel{T}"/>: every read, write, wait and completion is a scheduling point, and a suspended
/// reader or writer resumes on a new controlled thread); outside a test, <see cref="Channel"/>'s own. The result is a
/// plain <see cref="Channel{T}"/>, so code typed against <c>Channel&lt;T&gt;</c>, <c>ChannelReader&lt;T&gt;</c> and
/// <c>ChannelWriter&lt;T&gt;</c> runs unchanged (the binary rewriter redirects <c>Channel.Create*</c> here).
/// </summary>
public static class WeftChannel
{
    public static Channel<T> CreateUnbounded<T>() =>
        AsyncScope.Require("WeftChannel.CreateUnbounded") is { } scope ? new ControlledChannel<T>(scope, -1) : Channel.CreateUnbounded<T>();

    public static Channel<T> CreateUnbounded<T>(UnboundedChannelOptions options) =>
        AsyncScope.Require("WeftChannel.CreateUnbounded") is { } scope ? new ControlledChannel<T>(scope, -1) : Channel.CreateUnbounded<T>(options);

    public static Channel<T> CreateBounded<T>(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return AsyncScope.Require("WeftChannel.CreateBounded") is { } scope ? new ControlledChannel<T>(scope, capacity) : Channel.CreateBounded<T>(capacity);
    }

    /// <summary>A bounded channel; inside a test only <see cref="BoundedChannelFullMode.Wait"/> is supported (writers wait for room).</summary>
    public static Channel<T> CreateBounded<T>(BoundedChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (AsyncScope.Require("WeftChannel.CreateBounded") is not { } scope) return Channel.CreateBounded<T>(options);
        if (options.FullMode != BoundedChannelFullMode.Wait)
            throw new NotSupportedException($"WeftChannel.CreateBounded: FullMode {options.FullMode} is not modelled inside a Weft test; expected BoundedChannelFullMode.Wait");
        return new ControlledChannel<T>(scope, options.Capacity);
    }
}
