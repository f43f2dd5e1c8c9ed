namespace Weft.Monitors;

/// <summary>What a <see cref="RingListEvent"/> reports about the linked list of rings behind LSCQ and LCRQ.</summary>
public enum RingListChange
{
    /// <summary>The list was created with one ring (<c>Ring</c>), its head and tail.</summary>
    Created,
    /// <summary>A ring was reset (empty, open, no successor) by its pool slot's new owner, before it is linked.</summary>
    Reset,
    /// <summary>A link CAS won: <c>Other</c> is now the successor of <c>Ring</c>; <c>Closed</c> is <c>Ring</c>'s flag.</summary>
    Linked,
    /// <summary>A head CAS won: the head moved from <c>Ring</c> to <c>Other</c>.</summary>
    HeadMoved,
    /// <summary>A tail CAS won: the tail moved from <c>Ring</c> to <c>Other</c>.</summary>
    TailMoved,
    /// <summary>A thread returned from an enqueue or dequeue on <c>Ring</c>; <c>Closed</c> is the ring's flag then.</summary>
    Observed,
}
