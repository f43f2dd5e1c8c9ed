using System.Threading.Channels;
using Weft.Threading.Async;

namespace Weft.Rewriting;

/// <summary>
/// The controlled equivalent of <see cref="Channel.CreateUnbounded{T}()"/> and <see cref="Channel.CreateBounded{T}(int)"/>
/// (with or without options) for rewritten code: each forwards to <see cref="WeftChannel"/>, which inside an async Weft
/// test creates a controlled channel and outside a test is the BCL's own. The file and line are not needed: the
/// channel's reads and writes are the scheduling points, not its creation.
/// </summary>
[ControlledEquivalentOf("System.Threading.Channels.Channel")]
public static class ControlledChannelFactory
{
    public static Channel<T> CreateUnbounded<T>(string? file, int line) => WeftChannel.CreateUnbounded<T>();

    public static Channel<T> CreateUnbounded<T>(UnboundedChannelOptions options, string? file, int line) => WeftChannel.CreateUnbounded<T>(options);

    public static Channel<T> CreateBounded<T>(int capacity, string? file, int line) => WeftChannel.CreateBounded<T>(capacity);

    public static Channel<T> CreateBounded<T>(BoundedChannelOptions options, string? file, int line) => WeftChannel.CreateBounded<T>(options);
}
