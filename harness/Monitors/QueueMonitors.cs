using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// Emitted by <c>ScqRing</c> (controlled build) when a dequeue returns "empty" after finding the tail at or below its
/// head position + 1 (the branch that catches the tail up): the ring, the dequeuer's position, and the tail now.
/// </summary>
public readonly record struct ScqEmptyDequeueEvent(int Ring, long Head, long Tail, int Thread);

/// <summary>
/// TailCaughtUp (SCQ, Nikolaev DISC 2019, Figure 8, <c>catchup</c>): a dequeue that returns "empty" because the tail
/// was at or below its head position + 1 leaves the tail at least at head + 1. Otherwise enqueuers keep drawing
/// positions that the dequeuers already invalidated: every enqueue then fails its way up through dead entries, a
/// livelock-prone slow path the catch-up exists to cut short. Attach it to tests of <c>ScqRing</c>/<c>ScqQueue</c>
/// (it reacts only to <see cref="ScqEmptyDequeueEvent"/>).
/// </summary>
public sealed class ScqTailCaughtUpMonitor : PropertyMonitor, IMonitorOf<ScqEmptyDequeueEvent>
{
    public override void OnEvent(object e) { }

    public void On(in ScqEmptyDequeueEvent e)
    {
        if (e.Tail < e.Head + 1)
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"thread {e.Thread}'s dequeue at position {e.Head} of ring {e.Ring} returned empty with the tail at {e.Tail}, behind its position + 1 ({e.Head + 1}): the tail was not caught up"));
    }
}

/// <summary>Emitted by <c>ScqRing</c> (controlled build) after every decrement of its threshold: the value now and the reset value 3n − 1.</summary>
public readonly record struct ScqThresholdEvent(int Ring, long Threshold, long Reset, int Thread);

/// <summary>
/// Declared by a test before it starts its threads: the number of threads that operate on its SCQ queues (an
/// <c>ScqQueue</c> enqueue dequeues from the free ring, so enqueuers count as well as dequeuers).
/// </summary>
public readonly record struct ScqThreadsEvent(int Threads);

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

/// <summary>What happened to a CRQ ring's tail (<see cref="CrqTailEvent"/>).</summary>
public enum CrqTailChange
{
    /// <summary>An enqueuer closed the ring (fetch-or of the closed bit).</summary>
    Closed,
    /// <summary>fixState moved the tail up to the head.</summary>
    Moved,
    /// <summary>The ring was reset for reuse by its pool slot's next owner.</summary>
    Reset,
}

/// <summary>Emitted by <c>CrqRing</c> (controlled build) when its tail is closed, moved by fixState, or reset: the tail now.</summary>
public readonly record struct CrqTailEvent(int Ring, long Tail, CrqTailChange Change, int Thread);

/// <summary>
/// ClosedStaysClosed (LCRQ, Morrison and Afek PPoPP 2013, Figure 5): once an enqueuer closes a CRQ ring, its tail keeps
/// the closed bit (bit 62) until the ring is reset for reuse. The linked list relies on it: a successor is linked only
/// after the ring closed, and a dequeuer leaves a closed ring once it is empty, so an enqueue that lands in a reopened
/// ring is lost behind the head or ordered behind values of the successor. The only write of the tail other than
/// fetch-and-add and closing is fixState, which must leave a closed ring alone. Attach it to tests of
/// <c>CrqRing</c>/<c>LcrqQueue</c> (it reacts only to <see cref="CrqTailEvent"/>).
/// </summary>
public sealed class CrqClosedStaysClosedMonitor : PropertyMonitor, IMonitorOf<CrqTailEvent>
{
    private const long ClosedBit = 1L << 62;
    private readonly System.Collections.Generic.HashSet<int> _closed = new();

    public override void OnEvent(object e) { }

    public void On(in CrqTailEvent e)
    {
        switch (e.Change)
        {
            case CrqTailChange.Closed:
                _closed.Add(e.Ring);
                break;
            case CrqTailChange.Reset:
                _closed.Remove(e.Ring);
                break;
            case CrqTailChange.Moved when _closed.Contains(e.Ring) && (e.Tail & ClosedBit) == 0:
                Fail(string.Create(CultureInfo.InvariantCulture,
                    $"thread {e.Thread} moved the tail of closed ring {e.Ring} to {e.Tail}, without its closed bit: the ring was reopened"));
                break;
        }
    }
}
