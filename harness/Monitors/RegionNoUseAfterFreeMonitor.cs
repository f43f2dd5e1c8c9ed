namespace Weft.Monitors;

/// <summary>
/// NoUseAfterFree for regions (docs/region-rc.md R9; the NodePool's NoUseAfterFree, for cells):
/// <code>NoUseAfterFree == \A t : pc[t] = "access" => regionOf[cell[t]] \notin Freed</code>
/// No read or write of a cell whose region was freed. The message names the access and the free.
/// </summary>
public sealed class RegionNoUseAfterFreeMonitor : PropertyMonitor, IMonitorOf<RegionLifeEvent>, IMonitorOf<RegionAccessEvent>
{
    private readonly RegionTracker _regions = new();

    public override void OnEvent(object e) { }

    public void On(in RegionLifeEvent e) => _regions.On(e);

    public void On(in RegionAccessEvent e)
    {
        if (_regions.IsFreed(e.Region))
            Fail($"thread {e.Thread} {(e.Write ? "wrote" : "read")} cell {RegionText.Cell(e.Cell)} at {RegionText.At(e.File, e.Line)}, but its region {e.Region} was freed by {_regions.FreedBy(e.Region)}");
    }
}
