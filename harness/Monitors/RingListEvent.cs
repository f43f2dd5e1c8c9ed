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

/// <summary>
/// Emitted by <c>RingList</c> (controlled build) after every change of the list's shape and every return from a ring
/// call: the list, what changed, the ring's handle (generation-tagged pool handle), the other handle of a link or a
/// move, whether the ring was closed at that moment, and the thread. Followed by
/// <see cref="RingListLinkedInOrderMonitor"/> and <see cref="RingListClosedStaysClosedMonitor"/>.
/// </summary>
public readonly record struct RingListEvent(int List, RingListChange Change, long Ring, long Other, bool Closed, int Thread)
{
    /// <summary>A ring handle as the spec numbers rings: ring n is pool slot n - 1 (the handle's low bits), and its generation.</summary>
    public static string Describe(long handle) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ring {handle & 0x7FFF_FFFF} (generation {handle >> 32})");
}
