namespace Weft.Monitors;

/// <summary>Emitted by <c>ScqRing</c> (controlled build) after every decrement of its threshold: the value now and the reset value 3n − 1.</summary>
public readonly record struct ScqThresholdEvent(int Ring, long Threshold, long Reset, int Thread);
