using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// RegionClosure (docs/region-rc.md R1; tla/RegionRC when written):
/// <code>RegionClosure == \A c \in Cells, s \in Slots : regionOf[c] \notin Freed /\ ptr[c][s] # Nil => regionOf[ptr[c][s]] \notin Freed</code>
/// No cell of a live region points into a freed region. Checked when a region is freed (every remembered edge into
/// it from a live region) and when an edge is stored (its target must be live). The message names the store that
/// made the edge and the free.
/// </summary>
public sealed class RegionClosureMonitor : PropertyMonitor, IMonitorOf<RegionLifeEvent>, IMonitorOf<RegionEdgeEvent>
{
    private readonly RegionTracker _regions = new();
    private readonly Dictionary<(long Cell, int Slot), RegionEdgeEvent> _edges = new();

    public override void OnEvent(object e) { }

    public void On(in RegionEdgeEvent e)
    {
        if (e.Target == 0) _edges.Remove((e.Cell, e.Slot));
        else _edges[(e.Cell, e.Slot)] = e;
        if (e.Target != 0 && _regions.IsFreed(e.TargetRegion))
            Fail($"thread {e.Thread} stored a pointer to cell {RegionText.Cell(e.Target)} into cell {RegionText.Cell(e.Cell)} at {RegionText.At(e.File, e.Line)}, but region {e.TargetRegion} was freed by {_regions.FreedBy(e.TargetRegion)}");
    }

    public void On(in RegionLifeEvent e)
    {
        bool wasFreed = e.Op == RegionLifeOp.Free && _regions.IsFreed(e.Region);
        _regions.On(e);
        if (e.Op != RegionLifeOp.Free || wasFreed) return;
        int freed = _regions.Resolve(e.Region);
        foreach (var edge in _edges.Values)
        {
            int source = _regions.Resolve(edge.CellRegion);
            if (source == freed || _regions.IsFreed(source) || _regions.Resolve(edge.TargetRegion) != freed) continue;
            Fail($"region {e.Region} was freed by thread {e.Thread} at {RegionText.At(e.File, e.Line)} while cell {RegionText.Cell(edge.Cell)} of live region {source} still points into it (slot {edge.Slot}, stored by thread {edge.Thread} at {RegionText.At(edge.File, edge.Line)})");
        }
    }
}
