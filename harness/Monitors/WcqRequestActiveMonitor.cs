using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// RequestActive (wCQ, Nikolaev and Ravindran SPAA 2022, the slow path): a slow-path helper places an enqueue request's
/// index only while that request is the owner's published one (Seq1 = the request's sequence number). The owner retires
/// a request (Seq1 + 1) only after its index is placed; a placement for a retired request puts the index in the ring a
/// second time (a duplicated or resurrected value). Attach it to tests of <c>WcqRing</c>/<c>WcqQueue</c>; its event
/// count is also the number of slow-path placements an exploration saw.
/// </summary>
public sealed class WcqRequestActiveMonitor : PropertyMonitor, IMonitorOf<WcqSlowEnqueuePlacedEvent>
{
    public override void OnEvent(object e) { }

    public void On(in WcqSlowEnqueuePlacedEvent e)
    {
        if (e.Seq != e.OwnerSeq)
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"record {e.Actor} placed record {e.Owner}'s enqueue of request {e.Seq} at position {e.Position} of ring {e.Ring}, but the owner's current request is {e.OwnerSeq}: a retired request's index was placed again"));
    }
}
