using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// CountInRange, from tla/Semaphore/Semaphore.tla:
/// <code>
/// CountInRange == count \in 0..Max
/// </code>
/// An <c>IpcSemaphore</c>'s count never goes negative, never exceeds its maximum and never wraps: every successful post
/// and take keeps it within [0, maximum].
/// </summary>
public sealed class SemaphoreCountInRangeMonitor : PropertyMonitor, IMonitorOf<SemaphoreEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _max;

    public override void OnEvent(object e) { }

    public void On(in SemaphoreEvent e)
    {
        _max ??= new Dictionary<nint, int>();
        switch (e.Op)
        {
            case SemaphoreOp.Init:
                _max[e.Word] = e.Delta;
                break;
            case SemaphoreOp.Posted:
                long after = (long)e.Old + e.Delta;
                int max = _max.TryGetValue(e.Word, out int m) ? m : int.MaxValue;
                if (e.Old < 0 || after > max)
                    Fail($"thread {e.Thread} posted {e.Delta} to {_names.Of("semaphore", e.Word, e.Where)} at count {e.Old}: {after} is outside [0, {max}]");
                break;
            case SemaphoreOp.Taken:
                if (e.Old <= 0)
                    Fail($"thread {e.Thread} took a unit of {_names.Of("semaphore", e.Word, e.Where)} at count {e.Old}: the count went to {e.Old - 1}");
                break;
        }
    }
}
