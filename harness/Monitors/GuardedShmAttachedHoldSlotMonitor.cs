namespace Weft.Monitors;

/// <summary>
/// AttachedHoldSlot, from tla/GuardedShm/GuardedShm.tla:
/// <code>
/// AttachedHoldSlot == \A p \in Procs : attached[p] # None /\ alive[p] => slot[attached[p]] = p
/// </code>
/// A live process that attached and has not detached always holds its slot: an attach takes only a free slot or a dead
/// process's, never a live one's.
/// </summary>
public sealed class GuardedShmAttachedHoldSlotMonitor : PropertyMonitor, IMonitorOf<ShmEvent>
{
    private readonly GuardedShmTracker _state = new();

    public override void OnEvent(object e) { }

    public void On(in ShmEvent e)
    {
        if (e.Op == ShmOp.Attached && e.Value != 0 && _state.IsAlive(e.Value) && _state.AttachedAt(e.Segment, e.Slot) == e.Value)
            Fail($"pid {e.Process} took slot {e.Slot} of segment #{e.Segment} from pid {e.Value}, which is alive and attached there");
        _state.Apply(e);
    }
}
