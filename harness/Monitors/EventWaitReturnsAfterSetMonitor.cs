using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// WaitReturnsAfterSet, from tla/Event/Event.tla:
/// <code>
/// WaitReturnsAfterSet == \A t \in Threads : pc[t] = "returned" => setAtBegin[t] \/ sets > setsAtBegin[t]
/// </code>
/// An <c>IpcEvent</c> wait returns true only if the event was signaled when the wait began or was set after it began.
/// "When the wait began" is the word value the wait read, and a set after it is one whose sequence (the word's bits
/// above the signaled bit) is newer than that value's: under SC the value read is the word's current value, so this is
/// <c>sets &gt; setsAtBegin</c>; under the release/acquire model the wait may read an older value, and it is then
/// ordered before every set newer than what it read.
/// </summary>
public sealed class EventWaitReturnsAfterSetMonitor : PropertyMonitor, IMonitorOf<EventEvent>
{
    private readonly IpcNames _names = new();
    /// <summary>Per word: the newest sequence a Set installed.</summary>
    private Dictionary<nint, uint>? _sets;
    private Dictionary<(nint, int), (bool Signaled, uint Sequence)>? _began;

    public override void OnEvent(object e) { }

    public void On(in EventEvent e)
    {
        _sets ??= new Dictionary<nint, uint>();
        _began ??= new Dictionary<(nint, int), (bool, uint)>();
        uint newestSet = _sets.GetValueOrDefault(e.Word);
        uint sequence = (uint)e.Value >> 1;
        switch (e.Op)
        {
            case EventOp.Set:
                if (sequence > newestSet) _sets[e.Word] = sequence;
                break;
            case EventOp.WaitBegan:
                _began[(e.Word, e.Thread)] = ((e.Value & 1) != 0, sequence);
                break;
            case EventOp.WaitReturned:
                if (_began.Remove((e.Word, e.Thread), out var b) && e.Value == 1 && !b.Signaled && newestSet <= b.Sequence)
                    Fail($"thread {e.Thread}'s wait on {_names.Of("event", e.Word, e.Where)} returned signaled, but the event was not set when the wait began nor since");
                break;
        }
    }
}
