namespace Weft.Monitors;

/// <summary>What happened to a CRQ ring's tail (<see cref="CrqTailEvent"/>).</summary>
public enum CrqTailChange
{
    /// <summary>An enqueuer closed the ring (fetch-or of the closed bit).</summary>
    Closed,
    /// <summary>fixState moved the tail up to the head.</summary>
    Moved,
    /// <summary>The ring was reset for reuse by its pool slot's next owner.</summary>
    Reset,
}
