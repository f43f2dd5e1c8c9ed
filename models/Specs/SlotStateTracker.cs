using System.Collections.Generic;
using Weft.Monitors;

namespace Weft.Specs;

/// <summary>
/// Follows every pool slot through the events the node pool emits (allocate, retire, free), so a refinement mapping
/// can say whether a node is live, retired or free exactly, even while a reclaimer's lists are mid-update.
/// Slots never allocated during the run keep the state the model gives them initially.
/// </summary>
internal sealed class SlotStateTracker : PropertyMonitor, IMonitorOf<SlotEvent>
{
    private readonly Dictionary<int, string> _state = new();

    public override void OnEvent(object e) { }

    public void On(in SlotEvent e)
    {
        switch (e.Op)
        {
            case SlotOp.Allocate: _state[e.Slot] = "live"; break;
            case SlotOp.Retire: _state[e.Slot] = "retired"; break;
            case SlotOp.Free: _state[e.Slot] = "free"; break;
        }
    }

    /// <summary>The state of <paramref name="slot"/>: "live", "retired" or "free" (free when no event named it yet).</summary>
    public string StateOf(int slot) => _state.TryGetValue(slot, out var s) ? s : "free";
}
