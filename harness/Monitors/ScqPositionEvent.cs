namespace Weft.Monitors;

/// <summary>What happened at a position of an SCQ ring (<see cref="ScqPositionEvent"/>).</summary>
public enum ScqPositionChange
{
    /// <summary>A dequeuer drew the position from the head (fetch-and-add): it holds the position.</summary>
    HeadDrawn,
    /// <summary>The dequeuer that drew the position left it without an index (it found a later cycle, or invalidated the entry).</summary>
    DequeueLeft,
    /// <summary>An enqueuer's CAS placed an index in the position's entry.</summary>
    Filled,
    /// <summary>The dequeuer that drew the position consumed the index there (and left the position).</summary>
    Consumed,
    /// <summary>The ring was reset for reuse (LSCQ): empty, head and tail back at the first position of cycle 1.</summary>
    Reset,
}

/// <summary>
/// Emitted by <c>ScqRing</c> (controlled build) for every position event ScqNoStrandedIndexMonitor follows: the ring,
/// what happened, the position, the ring's number of entries (2n) and the thread.
/// </summary>
public readonly record struct ScqPositionEvent(int Ring, ScqPositionChange Change, long Position, long Entries, int Thread);
