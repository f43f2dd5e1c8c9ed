using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// One ring of <see cref="LcrqQueue{T}"/>: a <see cref="CrqRing"/> of value-slot handles linked into a
/// <see cref="RingList{TItem}"/>. A CRQ enqueue that fails has found the ring closed or closed it itself (full,
/// starving, or at the end of its index range), so failing is closing.
/// </summary>
internal sealed class LcrqRing : LinkedRing<long>
{
    private readonly CrqRing _ring;

    public LcrqRing(int capacity, WeftConfig config) => _ring = new CrqRing(capacity, config);

    protected override void ResetRing() => _ring.Reset();

    public override bool TryEnqueueOrClose(long item) => _ring.TryEnqueue(item);

    public override bool TryDequeue(out long item) => _ring.TryDequeue(out item);

    public override bool PeekClosed() => (_ring.PeekTail() & CrqRing.ClosedBit) != 0;

    public override long Count => _ring.Count;
}
