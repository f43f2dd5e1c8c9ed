using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// BoundedPending, from tla/DEBRA/DEBRA.tla:
/// <code>
/// Pending == Cardinality({n \in Nodes : nodeState[n] = "retired"})
/// BoundedPending == Pending &lt;= MaxPending
/// </code>
/// The monitor counts retired-but-not-freed slots from the pool's events; a test declares the bound its scheme
/// promises with <see cref="PendingBoundEvent"/> (DEBRA+ keeps one even while a thread stalls inside an operation;
/// plain DEBRA does not). Without a declared bound, or with <see cref="PendingBoundEvent.None"/> (a scheme that
/// promises no bound below the pool's capacity), the monitor only counts and is <see cref="Vacuous"/>: a report does
/// not credit BoundedPending for that test.
/// </summary>
public sealed class BoundedPendingMonitor : PropertyMonitor, IMonitorOf<SlotEvent>, IMonitorOf<PendingBoundEvent>, IKeyedMonitor
{
    private readonly Dictionary<(int, int), SlotOp> _state = new();
    private int _pending;
    private int _bound = int.MaxValue;

    public override void OnEvent(object e) { }

    /// <summary>
    /// Parts: each slot's state, and the global count and bound (retiring and freeing change the count, so their
    /// order matters across slots); an allocation changes only its slot; node accesses are ignored.
    /// </summary>
    public void PartsOf(object e, List<MonitorPart> parts)
    {
        switch (e)
        {
            case SlotEvent { Op: SlotOp.Read or SlotOp.Write }:
                break;
            case SlotEvent s:
                parts.Add(MonitorPart.Slot(s.Pool, s.Slot, changes: true));
                if (s.Op != SlotOp.Allocate) parts.Add(MonitorPart.Global(changes: true));
                break;
            case PendingBoundEvent:
                parts.Add(MonitorPart.Global(changes: true));
                break;
        }
    }

    public void On(in PendingBoundEvent e) => _bound = e.Bound;

    public override bool Vacuous => _bound == PendingBoundEvent.None.Bound;

    public void On(in SlotEvent e)
    {
        var key = (e.Pool, e.Slot);
        switch (e.Op)
        {
            case SlotOp.Retire:
                _state[key] = SlotOp.Retire;
                if (++_pending > _bound) Fail($"{_pending} retired nodes are pending, above the bound {_bound} (thread {e.Thread} retired slot {e.Slot})");
                break;
            case SlotOp.Free:
                if (_state.TryGetValue(key, out var s) && s == SlotOp.Retire) _pending--;
                _state[key] = SlotOp.Free;
                break;
            case SlotOp.Allocate:
                _state[key] = SlotOp.Allocate;
                break;
        }
    }
}
