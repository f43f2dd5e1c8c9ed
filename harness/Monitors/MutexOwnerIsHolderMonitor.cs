using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// OwnerIsHolder, from tla/FutexMutex/FutexMutex.tla:
/// <code>
/// OwnerIsHolder == owner # 0 =&gt; Holds(owner)
/// </code>
/// The word's owner bits name the holder or nobody: only the step that takes the lock writes a pid, and the release
/// clears it in the step that frees the lock (a waiter that wrote its own pid would make a force release test the
/// wrong process).
/// </summary>
public sealed class MutexOwnerIsHolderMonitor : PropertyMonitor, IMonitorOf<MutexEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _holder;
    private Dictionary<nint, int>? _owner;

    public override void OnEvent(object e) { }

    public void On(in MutexEvent e)
    {
        _holder ??= new Dictionary<nint, int>();
        _owner ??= new Dictionary<nint, int>();
        switch (e.Op)
        {
            case MutexOp.Acquired:
                if (_owner.TryGetValue(e.Word, out int stale))
                    Fail($"thread {e.Thread} acquired {_names.Of("mutex", e.Word, e.Where)} while its owner word still names thread {stale}");
                _holder[e.Word] = e.Thread;
                break;
            case MutexOp.OwnerSet:
                if (!_holder.TryGetValue(e.Word, out int h) || h != e.Thread)
                    Fail($"thread {e.Thread} recorded itself as the owner of {_names.Of("mutex", e.Word, e.Where)}, which it does not hold");
                _owner[e.Word] = e.Thread;
                break;
            case MutexOp.OwnerCleared:
                _owner.Remove(e.Word);
                break;
            case MutexOp.Released:
            case MutexOp.ForceReleased:
                if (_owner.TryGetValue(e.Word, out int o))
                    Fail($"{_names.Of("mutex", e.Word, e.Where)} was released while its owner word still names thread {o}");
                _holder.Remove(e.Word);
                break;
        }
    }
}
