namespace Weft.Platform;

/// <summary>How <see cref="Backoff"/> grows its waits (WEFT_BACKOFF: none, fixed or adaptive).</summary>
public enum BackoffMode
{
    /// <summary>No backoff: a failed CAS is retried at once (and is no scheduling point in the controlled build).</summary>
    None,
    /// <summary>Doubling up to a fixed ceiling.</summary>
    Fixed,
    /// <summary>The ceiling adapts: it grows after contended operations and shrinks after uncontended ones.</summary>
    Adaptive,
}
