using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// The single-owner rule (docs/region-rc.md R3):
/// <code>OwnerOnly == \A t : pc[t] \in {"allocate", "read", "write"} => owner[region[t]] = t
/// owner' = t at the region's creation by t and at t's receive; owner' = None at a send</code>
/// A region is used (allocated in, its cells read or written) only by its owner thread: the thread that created it,
/// then the thread that received it from a channel; while it is in a channel no thread owns it. The owner is rebuilt
/// from the owner events (creation, send, receive); every allocation and cell access is checked against it (after a
/// merge, the cells' home is the absorbing region, whose owner counts). The message names the use and where the owner
/// got the region. Production checks the same rule in <c>Region.CheckOwner</c> (a <c>RegionOwnershipException</c>).
/// </summary>
public sealed class RegionOwnershipMonitor : PropertyMonitor, IMonitorOf<RegionOwnerEvent>, IMonitorOf<RegionAccessEvent>, IMonitorOf<RegionUseEvent>
{
    private readonly Dictionary<int, RegionOwnerEvent> _owners = new();

    public override void OnEvent(object e) { }

    public void On(in RegionOwnerEvent e) => _owners[e.Region] = e;

    public void On(in RegionAccessEvent e) =>
        Check(e.Region, e.Thread, $"{(e.Write ? "wrote" : "read")} cell {RegionText.Cell(e.Cell)}", e.File, e.Line);

    public void On(in RegionUseEvent e) => Check(e.Region, e.Thread, $"allocated in region {e.Region}", e.File, e.Line);

    private void Check(int region, int thread, string what, string file, int line)
    {
        if (!_owners.TryGetValue(region, out var owner) || owner.Owner == thread) return;
        string since = $"thread {owner.Thread} at {RegionText.At(owner.File, owner.Line)}";
        Fail(owner.Owner < 0
            ? $"thread {thread} {what} at {RegionText.At(file, line)}, but region {region} is owned by no thread: it was sent by {since} and not received"
            : $"thread {thread} {what} at {RegionText.At(file, line)}, but region {region} is owned by thread {owner.Owner} (since {since})");
    }
}
