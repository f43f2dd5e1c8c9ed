using System.Collections.Generic;
using System.Linq;

namespace Weft.Monitors;

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
