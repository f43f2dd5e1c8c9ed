namespace Weft.Monitors;

/// <summary>
/// NoDoubleFree for regions (docs/region-rc.md R1, R4):
/// <code>NoDoubleFree == doubleFree = FALSE   \* Free(r) sets doubleFree when r \in Freed</code>
/// A region is freed at most once. The message names both frees.
/// </summary>
public sealed class RegionNoDoubleFreeMonitor : PropertyMonitor, IMonitorOf<RegionLifeEvent>
{
    private readonly RegionTracker _regions = new();

    public override void OnEvent(object e) { }

    public void On(in RegionLifeEvent e)
    {
        if (e.Op == RegionLifeOp.Free && _regions.IsFreed(e.Region))
            Fail($"region {e.Region} was freed again by thread {e.Thread} at {RegionText.At(e.File, e.Line)}; it was freed by {_regions.FreedBy(e.Region)}");
        _regions.On(e);
    }
}
