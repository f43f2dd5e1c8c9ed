using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// ThresholdBounded (SCQ, Nikolaev DISC 2019, Figure 8): a ring's threshold stays within [−k, 3n − 1], k the threads
/// that operate on the ring (<see cref="ScqThreadsEvent"/>). Enqueues store 3n − 1; a dequeue decrements once per
/// failed iteration and returns as soon as a decrement finds the threshold at or below 0, and a dequeue that finds
/// it negative returns without touching it. So between two resets each thread makes at most one decrement from a
/// value at or below 0 (the op that passed the check before the threshold went negative), and the threshold never
/// falls below −k. A dequeuer that ignores the threshold keeps decrementing it with every empty dequeue: the
/// unbounded empty work that the threshold exists to cut off (without it, empty dequeues and enqueues can
/// invalidate each other forever). Attach it to tests of <c>ScqQueue</c>; without a declared thread count only the
/// upper bound is checked.
/// </summary>
public sealed class ScqThresholdBoundedMonitor : PropertyMonitor, IMonitorOf<ScqThresholdEvent>, IMonitorOf<ScqThreadsEvent>
{
    private int? _threads;

    public override void OnEvent(object e) { }

    public void On(in ScqThreadsEvent e) => _threads = e.Threads;

    public void On(in ScqThresholdEvent e)
    {
        if (e.Threshold > e.Reset)
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"ring {e.Ring}'s threshold is {e.Threshold} after thread {e.Thread}'s decrement, above its reset value 3n - 1 = {e.Reset}"));
        if (_threads is { } k && e.Threshold < -k)
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"ring {e.Ring}'s threshold fell to {e.Threshold} after thread {e.Thread}'s decrement, below -{k} ({k} threads operate on the queue): a dequeue went on after the threshold ran out"));
    }
}
