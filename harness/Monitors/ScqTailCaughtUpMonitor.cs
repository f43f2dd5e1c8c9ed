using System.Globalization;

namespace Weft.Monitors;

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
