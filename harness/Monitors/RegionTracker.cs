using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// What the region monitors need to know about regions, rebuilt from <see cref="RegionLifeEvent"/>s: each region's
/// parent (the partial order of tla/RegionRC and docs/region-rc.md R2), merges (a merged region stands for the one
/// that absorbed it), and which regions were freed, where and by whom. One per monitor instance.
/// </summary>
internal sealed class RegionTracker
{
    private readonly Dictionary<int, int> _parent = new();
    private readonly Dictionary<int, int> _mergedInto = new();
    private readonly Dictionary<int, (int Thread, string File, int Line)> _freed = new();

    public void On(in RegionLifeEvent e)
    {
        switch (e.Op)
        {
            case RegionLifeOp.Created:
                _parent[e.Region] = e.Other;
                break;
            case RegionLifeOp.Merge:
                _mergedInto[e.Region] = e.Other;
                break;
            case RegionLifeOp.Free:
                _freed.TryAdd(e.Region, (e.Thread, e.File, e.Line));
                break;
        }
    }

    /// <summary>The region that holds <paramref name="region"/>'s cells now.</summary>
    public int Resolve(int region)
    {
        while (_mergedInto.TryGetValue(region, out var into)) region = into;
        return region;
    }

    public bool IsFreed(int region) => _freed.ContainsKey(Resolve(region));

    /// <summary>"thread 2 at File.cs:12": who freed <paramref name="region"/> and where.</summary>
    public string FreedBy(int region) =>
        _freed.TryGetValue(Resolve(region), out var f) ? $"thread {f.Thread} at {RegionText.At(f.File, f.Line)}" : "nobody";

    /// <summary>True when <paramref name="older"/> is <paramref name="younger"/> or an ancestor of it (after merges).</summary>
    public bool Outlives(int older, int younger)
    {
        older = Resolve(older);
        for (int r = Resolve(younger); r != 0; r = _parent.TryGetValue(r, out var p) ? Resolve(p) : 0)
            if (r == older) return true;
        return false;
    }
}
