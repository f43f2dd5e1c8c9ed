using System.Collections.Generic;
using System.Linq;

namespace Weft.Monitors;

/// <summary>
/// What the <see cref="ShmEvent"/>s of one iteration say about guarded segments: each pid slot's content, the
/// attachment holding each slot, and the simulated processes that died. Every guarded-segment monitor keeps its own.
/// </summary>
internal sealed class GuardedShmTracker
{
    private readonly Dictionary<(int Segment, int Slot), int> _slots = new();
    private readonly Dictionary<(int Segment, int Slot), int> _attached = new();
    private readonly HashSet<int> _dead = new();

    public void Apply(in ShmEvent e)
    {
        switch (e.Op)
        {
            case ShmOp.Crashed:
                _dead.Add(e.Process);
                break;
            case ShmOp.Attached:
                _slots[(e.Segment, e.Slot)] = e.Process;
                _attached[(e.Segment, e.Slot)] = e.Process;
                break;
            case ShmOp.Detached:
                if (e.Cleared) _slots[(e.Segment, e.Slot)] = 0;
                if (_attached.TryGetValue((e.Segment, e.Slot), out int p) && p == e.Process) _attached.Remove((e.Segment, e.Slot));
                break;
        }
    }

    public bool IsAlive(int pid) => !_dead.Contains(pid);

    /// <summary>The pid slot <paramref name="slot"/> of <paramref name="segment"/> holds (0 if never written).</summary>
    public int SlotValue(int segment, int slot) => _slots.TryGetValue((segment, slot), out int p) ? p : 0;

    /// <summary>The process whose attachment holds the slot (0: none).</summary>
    public int AttachedAt(int segment, int slot) => _attached.TryGetValue((segment, slot), out int p) ? p : 0;

    /// <summary>The attachments of <paramref name="segment"/> whose process is alive.</summary>
    public IEnumerable<(int Slot, int Pid)> LiveAttachments(int segment) =>
        _attached.Where(a => a.Key.Segment == segment && IsAlive(a.Value)).Select(a => (a.Key.Slot, a.Value));
}

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

/// <summary>
/// NoEarlyUnlink, from tla/GuardedShm/GuardedShm.tla:
/// <code>
/// NoEarlyUnlink == \A p \in Procs : pc[p] = "unlinked" =>
///                    /\ removed[p] = scanned[p]
///                    /\ \A q \in scanLive[p] : ~(alive[q] /\ attached[q] # None)
/// </code>
/// A process removes a guarded segment's name only after a liveness scan of that same incarnation, and no process
/// that was alive and attached when the scan began is still alive and attached when the name goes. (A process that
/// attaches after the scan began may find the name gone: the benign race of an attach with the last detach.) An
/// unlink by a process that never scanned (an operator removing the name) is not the algorithm's and is not judged.
/// </summary>
public sealed class GuardedShmNoEarlyUnlinkMonitor : PropertyMonitor, IMonitorOf<ShmEvent>
{
    private readonly GuardedShmTracker _state = new();
    private readonly Dictionary<int, (int Segment, List<(int Slot, int Pid)> Live)> _scan = new();

    public override void OnEvent(object e) { }

    public void On(in ShmEvent e)
    {
        _state.Apply(e);
        switch (e.Op)
        {
            case ShmOp.ScanBegan:
                _scan[e.Process] = (e.Segment, _state.LiveAttachments(e.Segment).ToList());
                break;
            case ShmOp.Unlinked when _scan.Remove(e.Process, out var scan):
                if (scan.Segment != e.Segment)
                    Fail($"pid {e.Process} removed the name of segment #{e.Segment}, a newer incarnation than segment #{scan.Segment} it scanned");
                foreach (var (slot, pid) in scan.Live)
                {
                    if (_state.IsAlive(pid) && _state.AttachedAt(e.Segment, slot) == pid)
                        Fail($"pid {e.Process} removed the name of segment #{e.Segment} while pid {pid}, alive and attached (slot {slot}) since before its scan began, still holds it");
                }
                break;
        }
    }
}
