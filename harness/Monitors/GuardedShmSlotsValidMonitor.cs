namespace Weft.Monitors;

/// <summary>
/// SlotsValid, from tla/GuardedShm/GuardedShm.tla:
/// <code>
/// SlotsValid == \A i \in Slots : slot[i] = 0 \/ ~alive[slot[i]] \/ attachedAt[i] = slot[i]
/// </code>
/// A pid slot of a guarded segment holds 0, the pid of a dead process, or the pid of the process whose attachment it
/// is (attached and not yet detached). A detach that leaves its pid behind breaks it.
/// </summary>
public sealed class GuardedShmSlotsValidMonitor : PropertyMonitor, IMonitorOf<ShmEvent>
{
    private readonly GuardedShmTracker _state = new();

    public override void OnEvent(object e) { }

    public void On(in ShmEvent e)
    {
        _state.Apply(e);
        if (e.Op is not (ShmOp.Attached or ShmOp.Detached)) return;
        int held = _state.SlotValue(e.Segment, e.Slot);
        if (held != 0 && _state.IsAlive(held) && _state.AttachedAt(e.Segment, e.Slot) != held)
            Fail($"slot {e.Slot} of segment #{e.Segment} holds pid {held}, a live process that is not attached there (it {(held == e.Process && e.Op == ShmOp.Detached ? "has just detached" : "never took it")})");
    }
}
