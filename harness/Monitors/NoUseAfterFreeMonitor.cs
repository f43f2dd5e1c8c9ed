using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// NoUseAfterFree, from tla/IBR/IBR.tla (and, with the DEBRA+ exemption, tla/DEBRA/DEBRA.tla; for payload reads,
/// tla/Treiber/Treiber.tla):
/// <code>
/// NoUseAfterFree ==
///     \A t \in Threads :
///         pc[t] = "access" => nodeState[hp[t]] # "free" /\ ~stale[t]
/// </code>
/// No thread reads or writes a field of a node whose slot is free, or that was freed and reallocated since the thread
/// read its handle (a stale generation). Exempt: a speculative read (type-stable memory, validated before use) and a
/// read by a DEBRA+ thread whose neutralization flag is up, whose value is discarded
/// (<see cref="NeutralizationSafetyMonitor"/> checks that).
/// </summary>
public sealed class NoUseAfterFreeMonitor : PropertyMonitor, IMonitorOf<SlotEvent>, IMonitorOf<NeutralizeEvent>, IMonitorOf<ValidateEvent>, IKeyedMonitor
{
    private readonly Dictionary<(int, int), (SlotOp State, int Generation)> _slots = new();
    private readonly HashSet<int> _neutralized = new();

    public override void OnEvent(object e) { }

    public void On(in SlotEvent e)
    {
        var key = (e.Pool, e.Slot);
        switch (e.Op)
        {
            case SlotOp.Allocate:
                _slots[key] = (SlotOp.Allocate, e.Generation);
                break;
            case SlotOp.Retire:
            case SlotOp.Free:
                _slots[key] = (e.Op, _slots.TryGetValue(key, out var cur) ? cur.Generation : e.Generation);
                break;
            default:
                if (e.Speculative || _neutralized.Contains(e.Thread) || !_slots.TryGetValue(key, out var s)) break;
                string verb = e.Op == SlotOp.Read ? "read" : "wrote";
                if (s.State == SlotOp.Free)
                    Fail($"thread {e.Thread} {verb} slot {e.Slot} of pool {e.Pool}, which is free");
                if (s.Generation != e.Generation)
                    Fail($"thread {e.Thread} {verb} slot {e.Slot} of pool {e.Pool} through a stale handle (generation {e.Generation}; the slot was freed and reallocated as generation {s.Generation})");
                break;
        }
    }

    /// <summary>Parts: each slot's state (its transitions change it, accesses check it) and each thread's exemption.</summary>
    public void PartsOf(object e, List<MonitorPart> parts) => MonitorPart.OfSlotAccess(e, parts, accessChangesThread: false);

    public void On(in NeutralizeEvent e)
    {
        if (e.Raised) _neutralized.Add(e.Thread);
        else _neutralized.Remove(e.Thread); // the flag is down again: no exemption (the spec's neutralized[t])
    }

    public void On(in ValidateEvent e)
    {
        if (e.Neutralized) _neutralized.Remove(e.Thread);
    }
}
