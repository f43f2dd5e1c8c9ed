namespace Weft.Monitors;

/// <summary>
/// Emitted by <c>RingList</c> (controlled build) around every call on a ring of the list and at every winning link:
/// the list, the step, the ring's handle (generation-tagged pool handle), the item (boxed; null for a dequeue call or
/// an empty one) and the thread. Together with the <see cref="RingListEvent"/>s of the list's shape it lets
/// <see cref="RingListQueueMatchesMonitor"/> keep, per ring, the items it holds to within the calls in progress.
/// </summary>
public readonly record struct RingListItemEvent(int List, RingListItemStep Step, long Ring, object? Item, int Thread);
