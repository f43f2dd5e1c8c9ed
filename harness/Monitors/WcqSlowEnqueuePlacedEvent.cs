namespace Weft.Monitors;

/// <summary>
/// Emitted by <c>WcqRing</c> (controlled build) when a slow-path CAS places an enqueue request's index: the ring, the
/// request's owner record, the placing record (the owner or a helper), the request's sequence number the placer works
/// for, the owner's Seq1 at that moment, and the position.
/// </summary>
public readonly record struct WcqSlowEnqueuePlacedEvent(int Ring, int Owner, int Actor, long Seq, long OwnerSeq, long Position);
