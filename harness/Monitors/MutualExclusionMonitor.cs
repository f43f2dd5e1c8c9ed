using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// MutualExclusion, from tla/FutexMutex/FutexMutex.tla:
/// <code>
/// MutualExclusion == \A t1, t2 \in Threads : t1 # t2 => ~(Holds(t1) /\ Holds(t2))
/// </code>
/// where <c>Holds(t)</c> is true from the CAS that took a word with no owner to the release step. No thread
/// acquires an <c>IpcMutex</c> that another thread holds (a force release after the holder's death ends its hold).
/// </summary>
public sealed class MutualExclusionMonitor : PropertyMonitor, IMonitorOf<MutexEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _holder;

    public override void OnEvent(object e) { }

    public void On(in MutexEvent e)
    {
        _holder ??= new Dictionary<nint, int>();
        switch (e.Op)
        {
            case MutexOp.Acquired:
                if (_holder.TryGetValue(e.Word, out int h))
                    Fail($"thread {e.Thread} acquired {_names.Of("mutex", e.Word, e.Where)}, which thread {h} holds");
                _holder[e.Word] = e.Thread;
                break;
            case MutexOp.Released:
            case MutexOp.ForceReleased:
                if (!_holder.Remove(e.Word))
                    Fail($"thread {e.Thread} released {_names.Of("mutex", e.Word, e.Where)}, which nobody holds");
                break;
        }
    }
}
