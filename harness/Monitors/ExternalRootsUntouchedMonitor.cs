namespace Weft.Monitors;

/// <summary>
/// ExternalRootsUntouched (docs/region-rc.md R1's external-root rule, R7):
/// <code>
/// ExternalRootsUntouched == \A e \in transmigratedEdges :
///     IF Outlives(regionOf[e.original], e.destination) THEN e.result = e.original ELSE regionOf[e.result] = e.destination
/// </code>
/// Transmigration copies exactly the cells whose regions do not outlive the destination: a pointer to a cell of the
/// destination or of an ancestor is kept as it is, and every other pointer is replaced by one to a copy in the
/// destination (nothing is left pointing into the source).
/// </summary>
public sealed class ExternalRootsUntouchedMonitor : PropertyMonitor, IMonitorOf<RegionLifeEvent>, IMonitorOf<TransmigratedEdgeEvent>
{
    private readonly RegionTracker _regions = new();

    public override void OnEvent(object e) { }

    public void On(in RegionLifeEvent e) => _regions.On(e);

    public void On(in TransmigratedEdgeEvent e)
    {
        if (_regions.Outlives(e.OriginalRegion, e.Destination))
        {
            if (e.Result != e.Original)
                Fail($"thread {e.Thread}'s transmigration into region {e.Destination} rewrote external root cell {RegionText.Cell(e.Original)} of region {e.OriginalRegion} (which outlives it) to cell {RegionText.Cell(e.Result)}");
        }
        else if (_regions.Resolve(e.ResultRegion) != _regions.Resolve(e.Destination))
        {
            Fail($"thread {e.Thread}'s transmigration into region {e.Destination} left a pointer to cell {RegionText.Cell(e.Result)} of region {e.ResultRegion} for cell {RegionText.Cell(e.Original)}");
        }
    }
}
