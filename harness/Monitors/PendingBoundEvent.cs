namespace Weft.Monitors;

/// <summary>Declares the bound on retired-but-not-freed nodes that the scheme under test promises (BoundedPending).</summary>
public readonly record struct PendingBoundEvent(int Bound)
{
    /// <summary>The scheme promises no bound below what the pool can hold: <see cref="BoundedPendingMonitor"/> checks nothing.</summary>
    public static PendingBoundEvent None => new(int.MaxValue);
}
