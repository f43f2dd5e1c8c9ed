using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// HintCountsRegistered, from tla/Semaphore/Semaphore.tla:
/// <code>
/// HintCountsRegistered == waiters = Cardinality({t \in Waiters : pc[t] \in {"wait_futex", "wait_deregister"}})
/// </code>
/// The waiter count (the wake hint) equals the number of threads between their registration and their
/// deregistration; every sleeper is among them, so a post that reads 0 has nobody to wake.
/// </summary>
public sealed class SemaphoreHintCountsRegisteredMonitor : PropertyMonitor, IMonitorOf<SemaphoreEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, HashSet<int>>? _registered;

    public override void OnEvent(object e) { }

    public void On(in SemaphoreEvent e)
    {
        if (e.Op is not (SemaphoreOp.Registered or SemaphoreOp.Deregistered)) return;
        _registered ??= new Dictionary<nint, HashSet<int>>();
        if (!_registered.TryGetValue(e.Word, out var set)) _registered[e.Word] = set = new HashSet<int>();
        if (e.Old != set.Count)
            Fail($"thread {e.Thread} {(e.Op == SemaphoreOp.Registered ? "registered on" : "deregistered from")} {_names.Of("semaphore", e.Word, e.Where)} and found the hint {e.Old}, but {set.Count} threads are registered");
        if (e.Op == SemaphoreOp.Registered) set.Add(e.Thread);
        else set.Remove(e.Thread);
    }
}
