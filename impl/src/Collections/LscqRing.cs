using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// One ring of <see cref="LscqQueue{T}"/>: a finalizable <see cref="ScqQueue{T}"/> (closing = finalizing, paper
/// Figure 9) linked into a <see cref="RingList{TItem}"/>.
/// </summary>
internal sealed class LscqRing<T> : LinkedRing<T>
{
    private readonly ScqQueue<T> _queue;

    public LscqRing(int capacity, WeftConfig config) => _queue = new ScqQueue<T>(capacity, config);

    protected override void ResetRing() => _queue.Reset();

    public override bool TryEnqueueOrClose(T item) => _queue.TryEnqueueOrFinalize(item);

    public override bool TryDequeue(out T item) => _queue.TryDequeue(out item);

    /// <summary>
    /// Enqueues that drew a position before the finalization may still complete: the threshold is re-armed so the
    /// dequeuer's last try makes one more full round over the ring, which takes them or invalidates their positions.
    /// </summary>
    public override void PrepareLastRound() => _queue.ResetThreshold();

    public override bool PeekClosed() => _queue.PeekFinalized();

    public override long Count => _queue.Count;
}
