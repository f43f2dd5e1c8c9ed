using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Regions;

namespace Weft.Tests.Regions;

using Cell = global::Weft.Regions.Cell;

/// <summary>
/// A random region program's state for <see cref="RegionTransmigrationPropertyTests"/>: a stack of open scopes (a
/// detached root, then children), handles and globals held by the program, and every cell allocated. It checks the
/// Region Closure Property (no cell of a live region points into a freed one) and the liveness rule (a region is
/// freed iff its scope ended and nothing holds it) against its own bookkeeping.
/// </summary>
internal sealed class RegionWorld
{
    private readonly RegionSpace _space;
    private readonly List<Region> _open = new();
    private readonly List<Region> _all = new();
    private readonly List<RegionHandle> _handles = new();
    private readonly List<GlobalCell> _globals = new();
    private readonly List<Cell> _cells = new();

    public RegionWorld(RegionSpace space)
    {
        _space = space;
        Push(space.CreateRegion());
    }

    private void Push(Region r)
    {
        _open.Add(r);
        _all.Add(r);
    }

    private Region Top => _open[^1];

    /// <summary>A live cell chosen by <paramref name="pick"/> whose home is open or held (a cell the program can still reach).</summary>
    private Cell? LiveCell(int pick)
    {
        var live = _cells.Where(c => !c.Home.IsFreed).ToList();
        return live.Count == 0 ? null : live[pick % live.Count];
    }

    public void Apply(int op, int a, int b)
    {
        switch (op)
        {
            case 0: // enter a child scope
                if (_open.Count < 5) Push(Top.EnterChild());
                break;
            case 1: // exit the innermost scope (never the root, until the end)
                if (_open.Count > 1)
                {
                    Top.ExitScope();
                    _open.RemoveAt(_open.Count - 1);
                }
                break;
            case 2: // allocate in the innermost scope, pointing at a live cell
                var target = LiveCell(a);
                _cells.Add(Top.Cons(Value.Of(a), target is null ? Value.Nil : Value.Of(target)));
                break;
            case 3: // store a live cell into another (any direction: the barrier repairs)
                if (LiveCell(a) is { } into && LiveCell(b) is { } value && !into.Home.IsFreed && _open.Contains(into.Home))
                {
                    if (into.Kind == CellKind.Pair) into.SetCar(Value.Of(value));
                    _cells.AddRange(RegionGraphs.Reachable(into.Car()).Where(c => !_cells.Contains(c)));
                }
                break;
            case 4: // retain a handle on an open region
                _handles.Add(_open[a % _open.Count].Retain());
                break;
            case 5: // release a handle
                if (_handles.Count > 0)
                {
                    var h = _handles[b % _handles.Count];
                    _handles.Remove(h);
                    h.Release();
                }
                break;
            case 6: // store a live cell in a global
                if (LiveCell(a) is { } global && _open.Contains(global.Home))
                {
                    var g = new GlobalCell(_space);
                    g.Set(Value.Of(global));
                    _globals.Add(g);
                }
                else if (_globals.Count > 0)
                {
                    _globals[b % _globals.Count].Clear();
                }
                break;
        }
    }

    /// <summary>Closure: every slot of every live cell points into a live region. Liveness: freed iff the rule allows.</summary>
    public void CheckClosureAndLiveness()
    {
        foreach (var cell in _cells.Where(c => !c.Home.IsFreed))
            foreach (var v in RegionGraphs.Slots(cell))
                if (v.IsCell && v.Cell.Home.IsFreed) throw new InvalidOperationException($"{cell} points into freed region {v.Cell.Home.Id}");
        foreach (var r in _all.Where(r => !r.IsMerged))
        {
            bool held = r.ScopeOpen || r.ExternalReferences > 0;
            if (r.IsFreed == held) throw new InvalidOperationException($"region {r.Id}: freed {r.IsFreed}, scope open {r.ScopeOpen}, references {r.ExternalReferences}");
        }
    }

    /// <summary>Exits every scope and drops every handle and global.</summary>
    public void EndEverything()
    {
        foreach (var g in _globals) g.Clear();
        foreach (var h in _handles) h.Release();
        _handles.Clear();
        for (int i = _open.Count - 1; i >= 0; i--) _open[i].ExitScope();
        _open.Clear();
    }

    public bool AllFreed() => _all.All(r => r.IsFreed) && _space.Statistics.LiveRegions == 0;
}
