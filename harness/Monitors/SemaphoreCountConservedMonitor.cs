using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// CountConserved, from tla/Semaphore/Semaphore.tla:
/// <code>
/// CountConserved == count = Init + posted - taken
/// </code>
/// Every unit is accounted for: the count each post or take starts from equals the initial count plus the units
/// posted minus the units taken before it (no post or take is lost or counted twice).
/// </summary>
public sealed class SemaphoreCountConservedMonitor : PropertyMonitor, IMonitorOf<SemaphoreEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, long>? _count;

    public override void OnEvent(object e) { }

    public void On(in SemaphoreEvent e)
    {
        _count ??= new Dictionary<nint, long>();
        if (e.Op == SemaphoreOp.Init)
        {
            _count[e.Word] = e.Old;
            return;
        }
        if (e.Op is not (SemaphoreOp.Posted or SemaphoreOp.Taken) || !_count.TryGetValue(e.Word, out long c)) return;
        if (c != e.Old)
            Fail($"thread {e.Thread} {(e.Op == SemaphoreOp.Posted ? "posted to" : "took from")} {_names.Of("semaphore", e.Word, e.Where)} at count {e.Old}, but initial + posted - taken = {c}");
        _count[e.Word] = e.Op == SemaphoreOp.Posted ? c + e.Delta : c - 1;
    }
}
