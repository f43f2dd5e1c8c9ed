using System.Collections.Generic;
using System.Linq;

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

/// <summary>
/// The liveness rule (docs/region-rc.md R1):
/// <code>
/// MayFree(r) == ~scopeAlive[r] /\ rc[r] = 0
/// FreedOnlyWhenAllowed == \A r : r \in Freed => MayFree(r) held at the free
/// FreedWhenAllowed     == at quiescence, \A r : MayFree(r) => r \in Freed
/// </code>
/// The scope flag and count are rebuilt from the lifecycle events (each retain, release, scope exit, merge). A free
/// while the scope is open or references remain fails at once; a region the rule says must be freed but is not, once
/// every thread is done, fails at the end of the iteration. A second free is <see cref="RegionNoDoubleFreeMonitor"/>'s.
/// </summary>
public sealed class RegionLivenessMonitor : PropertyMonitor, IMonitorOf<RegionLifeEvent>
{
    private sealed class State
    {
        public bool ScopeOpen = true;
        public long References;
        public bool Freed;
        public bool Merged;
        public string LastDrop = "";
    }

    private readonly Dictionary<int, State> _regions = new();

    public override void OnEvent(object e) { }

    public void On(in RegionLifeEvent e)
    {
        if (e.Op == RegionLifeOp.Created)
        {
            _regions[e.Region] = new State();
            return;
        }
        if (!_regions.TryGetValue(e.Region, out var s)) return;
        string at = $"thread {e.Thread} at {RegionText.At(e.File, e.Line)}";
        switch (e.Op)
        {
            case RegionLifeOp.ScopeExit: s.ScopeOpen = false; s.LastDrop = at; break;
            case RegionLifeOp.Retain: s.References++; break;
            case RegionLifeOp.Release: s.References--; s.LastDrop = at; break;
            case RegionLifeOp.Merge:
                s.Merged = true;
                if (_regions.TryGetValue(e.Other, out var into)) into.References += s.References + (s.ScopeOpen ? 1 : 0) - 1;
                break;
            case RegionLifeOp.Free:
                if (s.Freed) return;
                s.Freed = true;
                if (s.ScopeOpen || s.References > 0)
                    Fail($"region {e.Region} was freed by {at} while {(s.ScopeOpen ? "its scope is open" : $"it has {s.References} external reference(s)")}: the liveness rule frees only when the scope has ended and the count is zero");
                break;
        }
    }

    public override void OnIterationEnd()
    {
        foreach (var (id, s) in _regions.OrderBy(p => p.Key))
            if (!s.Freed && !s.Merged && !s.ScopeOpen && s.References == 0)
                Fail($"region {id}'s scope ended and its count reached zero (last by {s.LastDrop}), but it was never freed: the liveness rule frees it then");
    }
}

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

/// <summary>
/// TetherSafety (docs/region-rc.md R5):
/// <code>
/// TetherSafety == \A r \in Freed : tethers[r] = {}
/// BorrowValid  == \A t : pc[t] = "use" => borrow[t].tether \in Open /\ borrow[t].epoch = epoch[borrow[t].region]
/// </code>
/// No region is freed while a tether on it is open, and every borrow used is under an open tether and of the
/// region's current epoch (the epoch counts the region's frees).
/// </summary>
public sealed class TetherSafetyMonitor : PropertyMonitor, IMonitorOf<RegionLifeEvent>, IMonitorOf<BorrowUseEvent>
{
    private readonly Dictionary<int, Dictionary<int, string>> _open = new();
    private readonly Dictionary<int, string> _ended = new();
    private readonly Dictionary<int, long> _epoch = new();

    public override void OnEvent(object e) { }

    public void On(in RegionLifeEvent e)
    {
        string at = $"thread {e.Thread} at {RegionText.At(e.File, e.Line)}";
        switch (e.Op)
        {
            case RegionLifeOp.Tether:
                if (!_open.TryGetValue(e.Region, out var open)) _open[e.Region] = open = new Dictionary<int, string>();
                open[e.Other] = at;
                break;
            case RegionLifeOp.Untether:
                if (_open.TryGetValue(e.Region, out var tethers)) tethers.Remove(e.Other);
                _ended[e.Other] = at;
                break;
            case RegionLifeOp.Free:
                _epoch[e.Region] = _epoch.GetValueOrDefault(e.Region) + 1;
                if (_open.TryGetValue(e.Region, out var still) && still.Count > 0)
                {
                    var (tether, openedAt) = still.OrderBy(p => p.Key).First();
                    Fail($"region {e.Region} was freed by {at} while tether {tether} (opened by {openedAt}) is open");
                }
                break;
        }
    }

    public void On(in BorrowUseEvent e)
    {
        string use = $"thread {e.Thread} used a borrow of region {e.Region} (taken at {RegionText.At(e.BorrowFile, e.BorrowLine)}) at {RegionText.At(e.File, e.Line)}";
        if (_ended.TryGetValue(e.Tether, out var ended))
            Fail($"{use} after its tether {e.Tether} ended ({ended})");
        long epoch = _epoch.GetValueOrDefault(e.Region);
        if (epoch != e.Epoch)
            Fail($"{use} of epoch {e.Epoch}, but the region's epoch is {epoch}: it was freed");
    }
}

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
