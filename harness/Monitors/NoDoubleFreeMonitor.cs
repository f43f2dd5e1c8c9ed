using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// NoDoubleFree, from tla/IBR/IBR.tla, tla/DEBRA/DEBRA.tla and tla/Treiber/Treiber.tla:
/// <code>NoDoubleFree == doubleFree = FALSE</code> where the spec's free actions set <c>doubleFree</c> when the node is already free.
/// A slot is freed only from the retired (or allocated) state, and retired only from the allocated state.
/// </summary>
public sealed class NoDoubleFreeMonitor : PropertyMonitor, IMonitorOf<SlotEvent>, IKeyedMonitor
{
    private readonly Dictionary<(int, int), SlotOp> _state = new();

    public override void OnEvent(object e) { }

    /// <summary>Parts: each slot's state, changed by its transitions; node accesses are ignored.</summary>
    public void PartsOf(object e, List<MonitorPart> parts)
    {
        if (e is SlotEvent { Op: not (SlotOp.Read or SlotOp.Write) } s) parts.Add(MonitorPart.Slot(s.Pool, s.Slot, changes: true));
    }

    public void On(in SlotEvent e)
    {
        var key = (e.Pool, e.Slot);
        _state.TryGetValue(key, out var s);
        bool known = _state.ContainsKey(key);
        switch (e.Op)
        {
            case SlotOp.Free:
                if (known && s == SlotOp.Free) Fail($"thread {e.Thread} freed slot {e.Slot} of pool {e.Pool}, which is already free");
                _state[key] = SlotOp.Free;
                break;
            case SlotOp.Retire:
                if (known && s != SlotOp.Allocate) Fail($"thread {e.Thread} retired slot {e.Slot} of pool {e.Pool}, which is {(s == SlotOp.Free ? "free" : "already retired")}");
                _state[key] = SlotOp.Retire;
                break;
            case SlotOp.Allocate:
                if (known && s != SlotOp.Free) Fail($"thread {e.Thread} was handed slot {e.Slot} of pool {e.Pool}, which is still {(s == SlotOp.Retire ? "retired" : "allocated")}");
                _state[key] = SlotOp.Allocate;
                break;
        }
    }
}
