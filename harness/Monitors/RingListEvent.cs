namespace Weft.Monitors;

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
