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
