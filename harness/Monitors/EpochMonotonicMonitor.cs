using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// EpochMonotonic, from tla/IBR/IBR.tla and tla/DEBRA/DEBRA.tla, with the two bounds on what threads publish:
/// <code>
/// EpochMonotonic == [][era' >= era]_era            (IBR.tla;   DEBRA.tla: [][epoch' >= epoch]_epoch)
/// ReservationsBounded == \A t \in Threads : (lower[t] = Infinity \/ lower[t] &lt;= era) /\ (upper[t] = Infinity \/ upper[t] &lt;= era)   (IBR.tla)
/// AnnouncementsBounded == \A t \in Threads : announce[t].e &lt;= epoch                                                   (DEBRA.tla)
/// </code>
/// Per reclaimer instance (its object id, not its scheme: two IBR reclaimers in one test have two eras), the monitor
/// follows every value of the clock the algorithm reads or writes (<see cref="ClockEvent"/>: each era/epoch load, the
/// read and write of each increment, the clock's value at each reservation store) and fails when one is lower than a
/// value observed before: under SC and TSO (where loads see every flushed store) a clock that only moves forward is
/// never read lower than it was seen. Under the release/acquire model a load may read an older store that
/// happens-before does not hide, so there a read is compared only with what the same thread saw before (coherence:
/// it never goes back), while a write is still compared with everything seen. Every reservation or announcement store
/// (<see cref="ReservationEvent"/>) must publish a value no greater than the instance's clock at that store.
///
/// Keyed (<see cref="IKeyedMonitor"/>): one part, the clocks. A clock write changes it; a clock read and a reservation
/// (which checks the stored value against the clock's current value) only read it. Two reads commute: with no clock
/// write between them (every write is reported) they see the same value, so they raise the highest value seen to the
/// same figure and pass or fail alike. (Which of two such readers a later failure's message names as the one that saw
/// the highest value can depend on their order only when they raised it, i.e. read it before any reported write; as
/// for clock reads before this monitor was keyed, that order is not explored.)
/// </summary>
public sealed class EpochMonotonicMonitor : PropertyMonitor, IMonitorOf<ClockEvent>, IMonitorOf<ReservationEvent>, IKeyedMonitor
{
    /// <summary>The reserved value that stands for "no reservation" (IbrReclaimer.Infinity).</summary>
    private const long NoReservation = long.MaxValue;

    private readonly Dictionary<int, (long Value, int Thread, bool Wrote)> _highest = new();
    /// <summary>Under RA: per (reclaimer, thread), the highest value that thread saw or wrote.</summary>
    private readonly Dictionary<(int, int), long> _highestSeenBy = new();

    public override void OnEvent(object e) { }

    /// <summary>The clocks' part: changed by a clock write, read by a clock read and by a reservation.</summary>
    public void PartsOf(object e, List<MonitorPart> parts)
    {
        switch (e)
        {
            case ClockEvent c:
                parts.Add(MonitorPart.Global(changes: c.Wrote));
                break;
            case ReservationEvent:
                parts.Add(MonitorPart.Global(changes: false));
                break;
        }
    }

    public void On(in ClockEvent e) => Observe(e.Reclaimer, e.Value, e.Thread, e.Wrote, $"{(e.Wrote ? "wrote" : "read")} {e.Clock}");

    public void On(in ReservationEvent e)
    {
        // The clock here is the cell's newest value (read without a scheduling point), not a load of the thread: under RA it
        // is checked against everything seen, and it is not what the thread's later loads must stay above.
        Observe(e.Reclaimer, e.Clock, e.Thread, wrote: false, $"published its {e.Kind} while the clock was", newest: true);
        if (e.Value != NoReservation && e.Value > e.Clock)
            Fail(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"thread {e.Thread} published {e.Kind} {e.Value} of reclaimer {e.Reclaimer}, ahead of its clock {e.Clock}"));
    }

    /// <summary>Thread <paramref name="thread"/> saw (or wrote) <paramref name="value"/> of the reclaimer's clock.</summary>
    private void Observe(int reclaimer, long value, int thread, bool wrote, string how, bool newest = false)
    {
        bool known = _highest.TryGetValue(reclaimer, out var seen);
        bool staleAllowed = !wrote && !newest && Engine.ControlledThread.Current?.Runtime.Ra is not null;
        if (staleAllowed)
        {
            // A stale read is allowed under RA; going back below the thread's own earlier observation is not.
            if (_highestSeenBy.TryGetValue((reclaimer, thread), out var own) && value < own)
                Fail(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the clock of reclaimer {reclaimer} moved backwards for thread {thread}: it {how} {value}, after it saw {own}"));
        }
        else if (known && value < seen.Value)
            Fail(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the clock of reclaimer {reclaimer} moved backwards: thread {thread} {how} {value}, after thread {seen.Thread} {(seen.Wrote ? "wrote" : "saw")} {seen.Value}"));
        if (!known || value > seen.Value) _highest[reclaimer] = (value, thread, wrote); // a stale read never lowers it
        if (!newest && (!_highestSeenBy.TryGetValue((reclaimer, thread), out var mine) || value > mine)) _highestSeenBy[(reclaimer, thread)] = value;
    }
}
