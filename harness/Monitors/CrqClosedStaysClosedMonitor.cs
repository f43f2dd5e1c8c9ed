using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// ClosedStaysClosed (LCRQ, Morrison and Afek PPoPP 2013, Figure 5): once an enqueuer closes a CRQ ring, its tail keeps
/// the closed bit (bit 62) until the ring is reset for reuse. The linked list relies on it: a successor is linked only
/// after the ring closed, and a dequeuer leaves a closed ring once it is empty, so an enqueue that lands in a reopened
/// ring is lost behind the head or ordered behind values of the successor. The only write of the tail other than
/// fetch-and-add and closing is fixState, which must leave a closed ring alone. Attach it to tests of
/// <c>CrqRing</c>/<c>LcrqQueue</c> (it reacts only to <see cref="CrqTailEvent"/>).
/// </summary>
public sealed class CrqClosedStaysClosedMonitor : PropertyMonitor, IMonitorOf<CrqTailEvent>
{
    private const long ClosedBit = 1L << 62;
    private readonly System.Collections.Generic.HashSet<int> _closed = new();

    public override void OnEvent(object e) { }

    public void On(in CrqTailEvent e)
    {
        switch (e.Change)
        {
            case CrqTailChange.Closed:
                _closed.Add(e.Ring);
                break;
            case CrqTailChange.Reset:
                _closed.Remove(e.Ring);
                break;
            case CrqTailChange.Moved when _closed.Contains(e.Ring) && (e.Tail & ClosedBit) == 0:
                Fail(string.Create(CultureInfo.InvariantCulture,
                    $"thread {e.Thread} moved the tail of closed ring {e.Ring} to {e.Tail}, without its closed bit: the ring was reopened"));
                break;
        }
    }
}
