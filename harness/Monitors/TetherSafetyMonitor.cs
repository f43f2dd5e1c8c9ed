using System.Collections.Generic;
using System.Linq;

namespace Weft.Monitors;

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
