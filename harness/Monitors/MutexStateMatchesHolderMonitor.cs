using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// StateMatchesHolder, from tla/FutexMutex/FutexMutex.tla:
/// <code>
/// StateMatchesHolder == (owner = 0 /\ ~waiters) &lt;=&gt; ~(\E t \in Threads : Holds(t))
/// </code>
/// The word is 0 exactly when nobody holds the lock: an acquisition finds no owner only when the lock is free, a
/// waiter's mark of the waiters bit finds it held, and a release takes a non-zero value out and leaves 0 (a release
/// that leaves any other value has freed the lock without freeing the word).
/// </summary>
public sealed class MutexStateMatchesHolderMonitor : PropertyMonitor, IMonitorOf<MutexEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _holder;

    public override void OnEvent(object e) { }

    public void On(in MutexEvent e)
    {
        _holder ??= new Dictionary<nint, int>();
        bool held = _holder.TryGetValue(e.Word, out int h);
        switch (e.Op)
        {
            case MutexOp.Acquired:
                if (held) Fail($"thread {e.Thread} found {_names.Of("mutex", e.Word, e.Where)}'s word 0 while thread {h} held it");
                _holder[e.Word] = e.Thread;
                break;
            case MutexOp.Marked:
                if (!held) Fail($"thread {e.Thread} found {_names.Of("mutex", e.Word, e.Where)}'s word {e.Old} while nobody held it");
                break;
            case MutexOp.Released:
            case MutexOp.ForceReleased:
                if (e.Old == 0) Fail($"thread {e.Thread} released {_names.Of("mutex", e.Word, e.Where)} whose word was already 0");
                if (e.New != 0) Fail($"thread {e.Thread} released {_names.Of("mutex", e.Word, e.Where)} leaving its word {e.New} while nobody holds it");
                _holder.Remove(e.Word);
                break;
        }
    }
}
