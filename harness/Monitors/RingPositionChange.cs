namespace Weft.Monitors;

/// <summary>What happened at a position of a ring queue (<see cref="RingPositionEvent"/>).</summary>
public enum RingPositionChange
{
    /// <summary>A dequeuer drew the position from the head (fetch-and-add): it holds the position.</summary>
    HeadDrawn,
    /// <summary>The dequeuer that drew the position left it without a value (it found a later cycle, or invalidated the entry).</summary>
    DequeueLeft,
    /// <summary>An enqueuer's CAS placed a value (an index, a value handle) in the position's entry.</summary>
    Filled,
    /// <summary>The dequeuer that drew the position took the value there (and left the position).</summary>
    Consumed,
    /// <summary>The ring was reset for reuse (LSCQ, LCRQ): empty, positions start over.</summary>
    Reset,
}
