using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// ClosedStaysClosed of tla/RingList/RingList.tla, the list of closable rings behind LSCQ (Nikolaev, DISC 2019) and
/// LCRQ (Morrison and Afek, PPoPP 2013):
/// <code>
/// ClosedStaysClosed == \A n \in Nodes : wasClosed[n] => closed[n]
/// </code>
/// A ring, once closed, stays closed until its pool slot is reused (reset). The list relies on it twice: a successor
/// is linked only after the ring closed, so no item may land in the ring after the successor's items; and a dequeuer
/// that finds a closed ring empty (after its last try) leaves it for good, so an item that lands there afterwards is
/// lost. The rings' own algorithms keep it (SCQ's finalized bit, CRQ's closed bit are never cleared but by a reset);
/// this monitor checks it at the list's level, whatever the ring: it follows, per ring handle, whether the ring has
/// been seen closed since its reset (<see cref="RingListEvent"/>s carry the ring's flag after every ring call and at a
/// link), and fails when a ring seen closed is seen open again. CRQ's own view of the same property is
/// <see cref="CrqClosedStaysClosedMonitor"/> (the tail's closed bit).
/// </summary>
public sealed class RingListClosedStaysClosedMonitor : PropertyMonitor, IMonitorOf<RingListEvent>
{
    private readonly HashSet<(int List, long Ring)> _closed = new();

    public override void OnEvent(object e) { }

    public void On(in RingListEvent e)
    {
        switch (e.Change)
        {
            case RingListChange.Created or RingListChange.Reset:
                _closed.Remove((e.List, e.Ring));
                break;
            case RingListChange.Observed or RingListChange.Linked when e.Closed:
                _closed.Add((e.List, e.Ring));
                break;
            case RingListChange.Observed or RingListChange.Linked when _closed.Contains((e.List, e.Ring)):
                Fail(string.Create(CultureInfo.InvariantCulture,
                    $"{RingListEvent.Describe(e.Ring)} was closed and is open again (seen by thread {e.Thread} after its {(e.Change == RingListChange.Linked ? "link" : "call on the ring")}): it would take items behind its successor's, or after the head left it"));
                break;
        }
    }
}
