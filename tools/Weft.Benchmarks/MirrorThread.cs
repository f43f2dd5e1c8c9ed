using Weft.Platform;

namespace Weft.Benchmarks;

/// <summary>
/// <see cref="HandWrittenMirror"/>'s counterpart of <c>ReclaimerThread</c>: the registration object an operation
/// receives, whose slot index the operation reads for the pool's per-thread magazine, and whose backoff a lost CAS
/// waits on. Owned by one thread.
/// </summary>
internal sealed class MirrorThread
{
    public MirrorThread(int index, WeftConfig config)
    {
        Index = index;
        Backoff = new Backoff(config, seed: index + 1);
    }

    /// <summary>The thread's slot in the per-thread arrays.</summary>
    public int Index { get; }

    /// <summary>The backoff of this thread's CAS retry loops (a field, as in the library, so waits grow within an operation).</summary>
    internal Backoff Backoff;
}
