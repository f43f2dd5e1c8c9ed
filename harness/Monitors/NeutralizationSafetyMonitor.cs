using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// NeutralizationSafety, from tla/DEBRA/DEBRA.tla:
/// <code>
/// NeutralizationSafety ==
///     \A t \in Threads :
///         garbage[t] => Neutralize /\ neutralized[t] /\ pc[t] = "access_validate"
/// </code>
/// A value read from a freed node is never used: a thread that holds one (it read a free slot) is a neutralized
/// DEBRA+ thread whose very next step is the validation that finds its flag and restarts the operation. Any other
/// node access by that thread before it validates, and a validation that lets it go on, is a violation.
/// </summary>
public sealed class NeutralizationSafetyMonitor : PropertyMonitor, IMonitorOf<SlotEvent>, IMonitorOf<NeutralizeEvent>, IMonitorOf<ValidateEvent>, IKeyedMonitor
{
    private readonly HashSet<int> _neutralized = new();
    private readonly HashSet<int> _tainted = new();
    private readonly Dictionary<(int, int), (SlotOp State, int Generation)> _state = new();

    public override void OnEvent(object e) { }

    /// <summary>
    /// Parts: each slot's state (changed by its transitions, read by accesses) and each thread's flag and taint
    /// (an access may taint its thread; raising, clearing and validating change them).
    /// </summary>
    public void PartsOf(object e, List<MonitorPart> parts) => MonitorPart.OfSlotAccess(e, parts, accessChangesThread: true);

    public void On(in SlotEvent e)
    {
        var key = (e.Pool, e.Slot);
        switch (e.Op)
        {
            case SlotOp.Allocate:
                _state[key] = (e.Op, e.Generation);
                break;
            case SlotOp.Retire:
            case SlotOp.Free:
                _state[key] = (e.Op, _state.TryGetValue(key, out var cur) ? cur.Generation : e.Generation);
                break;
            default:
                if (_tainted.Contains(e.Thread))
                    Fail($"neutralized thread {e.Thread} {(e.Op == SlotOp.Read ? "read" : "wrote")} slot {e.Slot} after reading a freed node, without validating first");
                // A freed node: its slot is free, or was freed and handed out again (the handle's generation is stale).
                if (e.Op == SlotOp.Read && _neutralized.Contains(e.Thread) && _state.TryGetValue(key, out var s)
                    && (s.State == SlotOp.Free || s.Generation != e.Generation))
                    _tainted.Add(e.Thread);
                break;
        }
    }

    public void On(in NeutralizeEvent e)
    {
        if (e.Raised)
        {
            _neutralized.Add(e.Thread);
            return;
        }
        if (_tainted.Contains(e.Thread))
            Fail($"neutralized thread {e.Thread} cleared its flag while holding a value read from a freed node, without restarting its operation");
        _neutralized.Remove(e.Thread);
    }

    public void On(in ValidateEvent e)
    {
        if (!e.Neutralized)
        {
            if (_tainted.Contains(e.Thread))
                Fail($"neutralized thread {e.Thread} validated after reading a freed node and went on without restarting its operation");
            return;
        }
        _neutralized.Remove(e.Thread);
        _tainted.Remove(e.Thread);
    }
}
