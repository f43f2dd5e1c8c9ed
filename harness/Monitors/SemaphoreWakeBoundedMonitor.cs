using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// WakeBounded, from tla/Semaphore/Semaphore.tla:
/// <code>
/// WakeBounded == \A t \in Threads : pc[t] = "post_wake" => wakeN[t] &lt;= n[t]
/// </code>
/// A post of n units never asks the futex to wake more than n waiters (the wake hint is clamped to n).
/// </summary>
public sealed class SemaphoreWakeBoundedMonitor : PropertyMonitor, IMonitorOf<SemaphoreEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<int, int>? _posted;

    public override void OnEvent(object e) { }

    public void On(in SemaphoreEvent e)
    {
        _posted ??= new Dictionary<int, int>();
        if (e.Op == SemaphoreOp.Posted) _posted[e.Thread] = e.Delta;
        else if (e.Op == SemaphoreOp.Wake && (!_posted.TryGetValue(e.Thread, out int n) || e.Delta > n))
            Fail($"thread {e.Thread} woke {e.Delta} waiters of {_names.Of("semaphore", e.Word, e.Where)} after posting {(_posted.TryGetValue(e.Thread, out int p) ? p : 0)} units");
    }
}
