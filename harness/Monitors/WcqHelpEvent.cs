namespace Weft.Monitors;

/// <summary>Emitted by <c>WcqRing</c> (controlled build) when a thread starts running another thread's published request.</summary>
public readonly record struct WcqHelpEvent(int Ring, int Owner, int Helper, bool Dequeue);
