using System.Collections.Generic;
using System.Linq;

namespace Weft.Monitors;

/// <summary>
/// NoRegionCycle (docs/region-rc.md R2):
/// <code>NoRegionCycle == \A r \in Regions : r \notin Reach(r)   where r -> q iff some cell of r points into q # r</code>
/// The region dependency graph (an edge from r to q when a cell of live region r points into q) is acyclic. Checked
/// at every store of a pointer that crosses regions: the target's region must not already reach the store's region.
/// </summary>
public sealed class NoRegionCycleMonitor : PropertyMonitor, IMonitorOf<RegionLifeEvent>, IMonitorOf<RegionEdgeEvent>
{
    private readonly RegionTracker _regions = new();
    private readonly Dictionary<(long Cell, int Slot), RegionEdgeEvent> _edges = new();

    public override void OnEvent(object e) { }

    public void On(in RegionLifeEvent e) => _regions.On(e);

    public void On(in RegionEdgeEvent e)
    {
        if (e.Target == 0)
        {
            _edges.Remove((e.Cell, e.Slot));
            return;
        }
        _edges[(e.Cell, e.Slot)] = e;
        int from = _regions.Resolve(e.CellRegion), to = _regions.Resolve(e.TargetRegion);
        if (from == to) return;
        var path = PathBetween(to, from);
        if (path is not null)
            Fail($"thread {e.Thread} made region {from} point into region {to} (cell {RegionText.Cell(e.Cell)} slot {e.Slot} at {RegionText.At(e.File, e.Line)}), which already reaches it: a region cycle {from} -> {string.Join(" -> ", path)}");
    }

    /// <summary>A path of regions from <paramref name="start"/> to <paramref name="goal"/> in the dependency graph, or null.</summary>
    private List<int>? PathBetween(int start, int goal)
    {
        var next = new Dictionary<int, HashSet<int>>();
        foreach (var edge in _edges.Values)
        {
            int from = _regions.Resolve(edge.CellRegion), to = _regions.Resolve(edge.TargetRegion);
            if (from == to || _regions.IsFreed(from)) continue;
            if (!next.TryGetValue(from, out var set)) next[from] = set = new HashSet<int>();
            set.Add(to);
        }
        var previous = new Dictionary<int, int> { [start] = 0 };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            int r = queue.Dequeue();
            if (r == goal)
            {
                var path = new List<int>();
                for (int p = r; p != 0; p = previous[p]) path.Add(p);
                path.Reverse();
                return path;
            }
            foreach (var q in next.GetValueOrDefault(r, new HashSet<int>()).Where(q => !previous.ContainsKey(q)))
            {
                previous[q] = r;
                queue.Enqueue(q);
            }
        }
        return null;
    }
}
