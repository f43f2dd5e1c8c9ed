using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// NoMissedSet, from tla/Event/Event.tla:
/// <code>
/// NoMissedSet == \A t \in Threads : pc[t] = "timed_out" => ~setAtBegin[t] /\ sets = setsAtBegin[t]
/// </code>
/// A timed wait on an <c>IpcEvent</c> gives up only if no set happened since it began, even one that was reset at once
/// (a pulse). Under the scheduler a timed wait expires only when no thread can make progress, so a set that preceded
/// the expiry must have been seen: giving up after one is a lost wake-up.
/// </summary>
public sealed class EventNoMissedSetMonitor : PropertyMonitor, IMonitorOf<EventEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _sets;
    private Dictionary<(nint, int), (bool Signaled, int Sets)>? _began;

    public override void OnEvent(object e) { }

    public void On(in EventEvent e)
    {
        _sets ??= new Dictionary<nint, int>();
        _began ??= new Dictionary<(nint, int), (bool, int)>();
        int sets = _sets.GetValueOrDefault(e.Word);
        switch (e.Op)
        {
            case EventOp.Set:
                _sets[e.Word] = sets + 1;
                break;
            case EventOp.WaitBegan:
                _began[(e.Word, e.Thread)] = ((e.Value & 1) != 0, sets);
                break;
            case EventOp.WaitReturned:
                if (_began.Remove((e.Word, e.Thread), out var b) && e.Value == 0 && (b.Signaled || sets != b.Sets))
                    Fail($"thread {e.Thread}'s wait on {_names.Of("event", e.Word, e.Where)} timed out after {sets - b.Sets} set(s) since it began");
                break;
        }
    }
}
