using System.Collections.Generic;
using System.Linq;

namespace Weft.Monitors;

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
