namespace Weft.Monitors;

/// <summary>Emitted by <c>CrqRing</c> (controlled build) when its tail is closed, moved by fixState, or reset: the tail now.</summary>
public readonly record struct CrqTailEvent(int Ring, long Tail, CrqTailChange Change, int Thread);
