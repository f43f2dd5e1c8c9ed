namespace Weft.Monitors;

/// <summary>
/// Emitted by <c>ScqRing</c> (controlled build) when a dequeue returns "empty" after finding the tail at or below its
/// head position + 1 (the branch that catches the tail up): the ring, the dequeuer's position, and the tail now.
/// </summary>
public readonly record struct ScqEmptyDequeueEvent(int Ring, long Head, long Tail, int Thread);
