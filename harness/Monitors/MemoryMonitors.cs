using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>
/// NoUseAfterFree, from tla/IBR/IBR.tla, tla/DEBRA/DEBRA.tla and tla/Treiber/Treiber.tla:
/// <code>NoUseAfterFree == \A t \in Threads : pc[t] \in AccessLabels => nodeState[ptr[t]] # "free"</code>
/// No thread reads or writes a field of a node whose slot is free. The one exception is a speculative read
/// (type-stable memory, validated before use) and a read by a DEBRA+ thread whose neutralization flag is up: those
/// values are discarded, which <see cref="NeutralizationSafetyMonitor"/> checks.
/// </summary>
public sealed class NoUseAfterFreeMonitor : Monitor, IMonitorOf<SlotEvent>, IMonitorOf<NeutralizeEvent>, IMonitorOf<ValidateEvent>
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

    public void On(in NeutralizeEvent e) => _neutralized.Add(e.Thread);

    public void On(in ValidateEvent e)
    {
        if (e.Neutralized) _neutralized.Remove(e.Thread);
    }
}

/// <summary>
/// NoDoubleFree, from tla/IBR/IBR.tla and tla/DEBRA/DEBRA.tla:
/// <code>NoDoubleFree == ~doubleFree</code> where the spec's Free action sets <c>doubleFree</c> when the node is already free.
/// A slot is freed only from the retired (or allocated) state, and retired only from the allocated state.
/// </summary>
public sealed class NoDoubleFreeMonitor : Monitor, IMonitorOf<SlotEvent>
{
    private readonly Dictionary<(int, int), SlotOp> _state = new();

    public override void OnEvent(object e) { }

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
/// EpochMonotonic, from tla/IBR/IBR.tla and tla/DEBRA/DEBRA.tla:
/// <code>EpochMonotonic == [][era' >= era]_era  /\  \A t \in Threads : announce[t] <= era</code>
/// The global clock never moves backwards, and no thread announces or reserves a value ahead of it.
/// </summary>
public sealed class EpochMonotonicMonitor : Monitor, IMonitorOf<ClockEvent>, IMonitorOf<AnnounceEvent>
{
    private readonly Dictionary<string, long> _clock = new(System.StringComparer.Ordinal);

    public override void OnEvent(object e) { }

    public void On(in ClockEvent e)
    {
        if (e.New < e.Old) Fail($"{e.Clock} moved backwards from {e.Old} to {e.New}");
        if (_clock.TryGetValue(e.Clock, out var last) && e.New < last) Fail($"{e.Clock} moved backwards from {last} to {e.New}");
        _clock[e.Clock] = e.New;
    }

    public void On(in AnnounceEvent e)
    {
        if (e.Value > e.Global) Fail($"thread {e.Thread} announced {e.Value}, ahead of the global clock {e.Global}");
    }
}

/// <summary>
/// NeutralizationSafety, from tla/DEBRA/DEBRA.tla:
/// <code>NeutralizationSafety == \A t \in Threads : neutralized[t] /\ pc[t] \in UseLabels => validated[t]</code>
/// A neutralized thread never acts on what it read from a node after its flag went up: once the flag is up, its
/// next node read must be followed by a validation that finds the flag (and restarts the operation) before any
/// write. A write by a thread that read a free slot while neutralized, without validating in between, is a violation.
/// </summary>
public sealed class NeutralizationSafetyMonitor : Monitor, IMonitorOf<SlotEvent>, IMonitorOf<NeutralizeEvent>, IMonitorOf<ValidateEvent>
{
    private readonly HashSet<int> _neutralized = new();
    private readonly HashSet<int> _tainted = new();
    private readonly Dictionary<(int, int), SlotOp> _state = new();

    public override void OnEvent(object e) { }

    public void On(in SlotEvent e)
    {
        var key = (e.Pool, e.Slot);
        switch (e.Op)
        {
            case SlotOp.Allocate:
            case SlotOp.Retire:
            case SlotOp.Free:
                _state[key] = e.Op;
                break;
            case SlotOp.Read:
                if (_neutralized.Contains(e.Thread) && _state.TryGetValue(key, out var s) && s == SlotOp.Free) _tainted.Add(e.Thread);
                break;
            case SlotOp.Write:
                if (_tainted.Contains(e.Thread))
                    Fail($"neutralized thread {e.Thread} wrote slot {e.Slot} after reading a freed node, without validating first");
                break;
        }
    }

    public void On(in NeutralizeEvent e) => _neutralized.Add(e.Thread);

    public void On(in ValidateEvent e)
    {
        if (!e.Neutralized) return;
        _neutralized.Remove(e.Thread);
        _tainted.Remove(e.Thread);
    }
}

/// <summary>
/// BoundedPending, from tla/DEBRA/DEBRA.tla:
/// <code>BoundedPending == \A t \in Threads : Cardinality(limbo[t]) <= PendingBound</code>
/// A thread's retired-but-not-freed nodes stay within the bound the scheme promises (DEBRA+ keeps it even when a
/// thread stalls; plain DEBRA does not).
/// </summary>
public sealed class BoundedPendingMonitor : Monitor, IMonitorOf<PendingEvent>
{
    public override void OnEvent(object e) { }

    public void On(in PendingEvent e)
    {
        if (e.Bound > 0 && e.Pending > e.Bound) Fail($"thread {e.Thread} has {e.Pending} retired nodes pending, above the bound {e.Bound}");
    }
}
