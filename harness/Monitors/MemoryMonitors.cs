using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// NoUseAfterFree, from tla/IBR/IBR.tla (and, with the DEBRA+ exemption, tla/DEBRA/DEBRA.tla; for payload reads,
/// tla/Treiber/Treiber.tla):
/// <code>
/// NoUseAfterFree ==
///     \A t \in Threads :
///         pc[t] = "access" => nodeState[hp[t]] # "free" /\ ~stale[t]
/// </code>
/// No thread reads or writes a field of a node whose slot is free, or that was freed and reallocated since the thread
/// read its handle (a stale generation). Exempt: a speculative read (type-stable memory, validated before use) and a
/// read by a DEBRA+ thread whose neutralization flag is up, whose value is discarded
/// (<see cref="NeutralizationSafetyMonitor"/> checks that).
/// </summary>
public sealed class NoUseAfterFreeMonitor : PropertyMonitor, IMonitorOf<SlotEvent>, IMonitorOf<NeutralizeEvent>, IMonitorOf<ValidateEvent>, IKeyedMonitor
{
    private readonly Dictionary<(int, int), (SlotOp State, int Generation)> _slots = new();
    private readonly HashSet<int> _neutralized = new();

    public override void OnEvent(object e) { }

    public void On(in SlotEvent e)
    {
        var key = (e.Pool, e.Slot);
        switch (e.Op)
        {
            case SlotOp.Allocate:
                _slots[key] = (SlotOp.Allocate, e.Generation);
                break;
            case SlotOp.Retire:
            case SlotOp.Free:
                _slots[key] = (e.Op, _slots.TryGetValue(key, out var cur) ? cur.Generation : e.Generation);
                break;
            default:
                if (e.Speculative || _neutralized.Contains(e.Thread) || !_slots.TryGetValue(key, out var s)) break;
                string verb = e.Op == SlotOp.Read ? "read" : "wrote";
                if (s.State == SlotOp.Free)
                    Fail($"thread {e.Thread} {verb} slot {e.Slot} of pool {e.Pool}, which is free");
                if (s.Generation != e.Generation)
                    Fail($"thread {e.Thread} {verb} slot {e.Slot} of pool {e.Pool} through a stale handle (generation {e.Generation}; the slot was freed and reallocated as generation {s.Generation})");
                break;
        }
    }

    /// <summary>Parts: each slot's state (its transitions change it, accesses check it) and each thread's exemption.</summary>
    public void PartsOf(object e, List<MonitorPart> parts) => MonitorPart.OfSlotAccess(e, parts, accessChangesThread: false);

    public void On(in NeutralizeEvent e)
    {
        if (e.Raised) _neutralized.Add(e.Thread);
        else _neutralized.Remove(e.Thread); // the flag is down again: no exemption (the spec's neutralized[t])
    }

    public void On(in ValidateEvent e)
    {
        if (e.Neutralized) _neutralized.Remove(e.Thread);
    }
}

/// <summary>
/// NoDoubleFree, from tla/IBR/IBR.tla, tla/DEBRA/DEBRA.tla and tla/Treiber/Treiber.tla:
/// <code>NoDoubleFree == doubleFree = FALSE</code> where the spec's free actions set <c>doubleFree</c> when the node is already free.
/// A slot is freed only from the retired (or allocated) state, and retired only from the allocated state.
/// </summary>
public sealed class NoDoubleFreeMonitor : PropertyMonitor, IMonitorOf<SlotEvent>, IKeyedMonitor
{
    private readonly Dictionary<(int, int), SlotOp> _state = new();

    public override void OnEvent(object e) { }

    /// <summary>Parts: each slot's state, changed by its transitions; node accesses are ignored.</summary>
    public void PartsOf(object e, List<MonitorPart> parts)
    {
        if (e is SlotEvent { Op: not (SlotOp.Read or SlotOp.Write) } s) parts.Add(MonitorPart.Slot(s.Pool, s.Slot, changes: true));
    }

    public void On(in SlotEvent e)
    {
        var key = (e.Pool, e.Slot);
        _state.TryGetValue(key, out var s);
        bool known = _state.ContainsKey(key);
        switch (e.Op)
        {
            case SlotOp.Free:
                if (known && s == SlotOp.Free) Fail($"thread {e.Thread} freed slot {e.Slot} of pool {e.Pool}, which is already free");
                _state[key] = SlotOp.Free;
                break;
            case SlotOp.Retire:
                if (known && s != SlotOp.Allocate) Fail($"thread {e.Thread} retired slot {e.Slot} of pool {e.Pool}, which is {(s == SlotOp.Free ? "free" : "already retired")}");
                _state[key] = SlotOp.Retire;
                break;
            case SlotOp.Allocate:
                if (known && s != SlotOp.Free) Fail($"thread {e.Thread} was handed slot {e.Slot} of pool {e.Pool}, which is still {(s == SlotOp.Retire ? "retired" : "allocated")}");
                _state[key] = SlotOp.Allocate;
                break;
        }
    }
}

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

/// <summary>
/// NeutralizationSafety, from tla/DEBRA/DEBRA.tla:
/// <code>
/// NeutralizationSafety ==
///     \A t \in Threads :
///         garbage[t] => Neutralize /\ neutralized[t] /\ pc[t] = "access_validate"
/// </code>
/// A value read from a freed node is never used: a thread that holds one (it read a free slot) is a neutralized
/// DEBRA+ thread whose very next step is the validation that finds its flag and restarts the operation. Any other
/// node access by that thread before it validates, and a validation that lets it go on, is a violation.
/// </summary>
public sealed class NeutralizationSafetyMonitor : PropertyMonitor, IMonitorOf<SlotEvent>, IMonitorOf<NeutralizeEvent>, IMonitorOf<ValidateEvent>, IKeyedMonitor
{
    private readonly HashSet<int> _neutralized = new();
    private readonly HashSet<int> _tainted = new();
    private readonly Dictionary<(int, int), (SlotOp State, int Generation)> _state = new();

    public override void OnEvent(object e) { }

    /// <summary>
    /// Parts: each slot's state (changed by its transitions, read by accesses) and each thread's flag and taint
    /// (an access may taint its thread; raising, clearing and validating change them).
    /// </summary>
    public void PartsOf(object e, List<MonitorPart> parts) => MonitorPart.OfSlotAccess(e, parts, accessChangesThread: true);

    public void On(in SlotEvent e)
    {
        var key = (e.Pool, e.Slot);
        switch (e.Op)
        {
            case SlotOp.Allocate:
                _state[key] = (e.Op, e.Generation);
                break;
            case SlotOp.Retire:
            case SlotOp.Free:
                _state[key] = (e.Op, _state.TryGetValue(key, out var cur) ? cur.Generation : e.Generation);
                break;
            default:
                if (_tainted.Contains(e.Thread))
                    Fail($"neutralized thread {e.Thread} {(e.Op == SlotOp.Read ? "read" : "wrote")} slot {e.Slot} after reading a freed node, without validating first");
                // A freed node: its slot is free, or was freed and handed out again (the handle's generation is stale).
                if (e.Op == SlotOp.Read && _neutralized.Contains(e.Thread) && _state.TryGetValue(key, out var s)
                    && (s.State == SlotOp.Free || s.Generation != e.Generation))
                    _tainted.Add(e.Thread);
                break;
        }
    }

    public void On(in NeutralizeEvent e)
    {
        if (e.Raised)
        {
            _neutralized.Add(e.Thread);
            return;
        }
        if (_tainted.Contains(e.Thread))
            Fail($"neutralized thread {e.Thread} cleared its flag while holding a value read from a freed node, without restarting its operation");
        _neutralized.Remove(e.Thread);
    }

    public void On(in ValidateEvent e)
    {
        if (!e.Neutralized)
        {
            if (_tainted.Contains(e.Thread))
                Fail($"neutralized thread {e.Thread} validated after reading a freed node and went on without restarting its operation");
            return;
        }
        _neutralized.Remove(e.Thread);
        _tainted.Remove(e.Thread);
    }
}

/// <summary>
/// BoundedPending, from tla/DEBRA/DEBRA.tla:
/// <code>
/// Pending == Cardinality({n \in Nodes : nodeState[n] = "retired"})
/// BoundedPending == Pending &lt;= MaxPending
/// </code>
/// The monitor counts retired-but-not-freed slots from the pool's events; a test declares the bound its scheme
/// promises with <see cref="PendingBoundEvent"/> (DEBRA+ keeps one even while a thread stalls inside an operation;
/// plain DEBRA does not). Without a declared bound, or with <see cref="PendingBoundEvent.None"/> (a scheme that
/// promises no bound below the pool's capacity), the monitor only counts and is <see cref="Vacuous"/>: a report does
/// not credit BoundedPending for that test.
/// </summary>
public sealed class BoundedPendingMonitor : PropertyMonitor, IMonitorOf<SlotEvent>, IMonitorOf<PendingBoundEvent>, IKeyedMonitor
{
    private readonly Dictionary<(int, int), SlotOp> _state = new();
    private int _pending;
    private int _bound = int.MaxValue;

    public override void OnEvent(object e) { }

    /// <summary>
    /// Parts: each slot's state, and the global count and bound (retiring and freeing change the count, so their
    /// order matters across slots); an allocation changes only its slot; node accesses are ignored.
    /// </summary>
    public void PartsOf(object e, List<MonitorPart> parts)
    {
        switch (e)
        {
            case SlotEvent { Op: SlotOp.Read or SlotOp.Write }:
                break;
            case SlotEvent s:
                parts.Add(MonitorPart.Slot(s.Pool, s.Slot, changes: true));
                if (s.Op != SlotOp.Allocate) parts.Add(MonitorPart.Global(changes: true));
                break;
            case PendingBoundEvent:
                parts.Add(MonitorPart.Global(changes: true));
                break;
        }
    }

    public void On(in PendingBoundEvent e) => _bound = e.Bound;

    public override bool Vacuous => _bound == PendingBoundEvent.None.Bound;

    public void On(in SlotEvent e)
    {
        var key = (e.Pool, e.Slot);
        switch (e.Op)
        {
            case SlotOp.Retire:
                _state[key] = SlotOp.Retire;
                if (++_pending > _bound) Fail($"{_pending} retired nodes are pending, above the bound {_bound} (thread {e.Thread} retired slot {e.Slot})");
                break;
            case SlotOp.Free:
                if (_state.TryGetValue(key, out var s) && s == SlotOp.Retire) _pending--;
                _state[key] = SlotOp.Free;
                break;
            case SlotOp.Allocate:
                _state[key] = SlotOp.Allocate;
                break;
        }
    }
}
