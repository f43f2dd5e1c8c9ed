namespace Weft.Monitors;

/// <summary>
/// Emitted by the ring queues (<c>ScqRing</c>, <c>CrqRing</c>, <c>WcqRing</c>; controlled build) for every position event
/// <see cref="RingNoStrandedEntryMonitor"/> follows: the ring, what happened, the position, the ring's number of
/// entries and the thread.
/// </summary>
public readonly record struct RingPositionEvent(int Ring, RingPositionChange Change, long Position, long Entries, int Thread);
