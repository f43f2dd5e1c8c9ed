using System;
using System.Collections.Generic;
using System.Text;

namespace Weft.Engine;

/// <summary>
/// What each step of the current iteration did, as a dependency analysis needs it (<see cref="Strategies.DporStrategy"/>):
/// the operation the chosen thread was paused before (its location: a cell's address, a lock, a joined thread) and what
/// the step did until the thread's next scheduling point that another thread could observe: monitor events, a value
/// choice, finishing the thread, spawning one, reporting a bug. The runtime fills it only for iterations a strategy
/// drives (not replays, trace replays or guided runs), and only when the strategy asks for it.
///
/// Addresses are raw: they identify a cell only while the heap holds still. The runtime holds it with
/// <see cref="StableHeap"/> during such iterations and records the collection count at the start and end
/// (<see cref="HeapMoved"/>), so a consumer can fall back to treating every step as dependent when a collection ran.
/// </summary>
internal sealed class StepLog
{
    private readonly List<StepRecord> _records = new(256);
    private readonly SortedDictionary<(int Monitor, long Part), StringBuilder> _history = new();

    /// <summary>The part that stands for the whole state of a monitor that is not keyed (<see cref="IKeyedMonitor"/>).</summary>
    public const long WholeMonitor = long.MinValue;
    private int _collectionsAtStart;

    /// <summary>The steps of the current iteration, in order.</summary>
    public IReadOnlyList<StepRecord> Records => _records;

    /// <summary>True when a garbage collection ran during the iteration: addresses recorded in it may be stale.</summary>
    public bool HeapMoved { get; private set; }

    /// <summary>True when the iteration ended with a bug reported during a step (not at the end of the iteration).</summary>
    public bool BugInStep { get; private set; }

    /// <summary>
    /// True when the iteration was discarded as infeasible during a step (RA: a promise broken by the loader, a thread
    /// that ended owing one, a failure while one was outstanding): like a bug in a step, other threads' next steps might
    /// have kept it.
    /// </summary>
    public bool DiscardedInStep { get; private set; }

    /// <summary>True when the strategy abandoned the iteration (every candidate was asleep).</summary>
    public bool Pruned { get; set; }

    /// <summary>
    /// When set, the monitor events that change monitor state are appended to <see cref="History"/>: the observable
    /// history of the iteration, which an outcome comparison between strategies uses.
    /// </summary>
    public bool RecordHistory { get; set; }

    /// <summary>
    /// The history, one line per monitor and part of its state (<see cref="IKeyedMonitor"/>; a monitor that is not keyed
    /// is one part), each with the events that changed that part in order. Two schedules that differ only in the order
    /// of adjacent independent steps have the same history: independent steps change no common part.
    /// </summary>
    public string History
    {
        get
        {
            var text = new StringBuilder();
            foreach (var ((monitor, part), events) in _history)
            {
                text.Append('m').Append(monitor);
                if (part != WholeMonitor) text.Append(' ').Append(new MonitorPart(part, true).ToString());
                text.Append(": ").Append(events).Append('\n');
            }
            return text.ToString();
        }
    }

    /// <summary>
    /// When set, every step recorded from now on is dependent with every other (<see cref="StepRecord.Global"/>): the
    /// iteration runs code whose shared accesses are not scheduling points (async continuations over plain fields).
    /// Cleared at the start of each iteration.
    /// </summary>
    public bool AllGlobal { get; set; }

    public void BeginIteration()
    {
        _records.Clear();
        _history.Clear();
        HeapMoved = false;
        BugInStep = false;
        DiscardedInStep = false;
        Pruned = false;
        AllGlobal = false;
        _collectionsAtStart = GC.CollectionCount(0);
    }

    /// <summary>True when a garbage collection has run since the iteration began.</summary>
    public bool HeapMovedNow => GC.CollectionCount(0) != _collectionsAtStart;

    public void EndIteration()
    {
        if (GC.CollectionCount(0) != _collectionsAtStart) HeapMoved = true;
        Ending?.Invoke();
    }

    /// <summary>
    /// Called when an iteration ends, before its outcome is reported: the strategy that owns the log may still set
    /// <see cref="Pruned"/> (the class-bounded DPOR leaves out a run whose class needs more preemptions than its bound).
    /// </summary>
    public Action? Ending { get; set; }

    /// <summary>A thread decision: <paramref name="thread"/> runs the operation it is paused before.</summary>
    public void Begin(ControlledThread thread)
    {
        _records.Add(new StepRecord
        {
            Thread = thread.Id,
            Op = thread.PendingOp,
            Address = thread.PendingAddress,
            Resource = thread.PendingResource,
            Spawned = -1,
            Global = AllGlobal,
        });
    }

    /// <summary>
    /// A flush decision (TSO): the oldest store of <paramref name="thread"/>'s buffer, to the cell at
    /// <paramref name="address"/>, reaches memory. Recorded as a step of its own (<see cref="OpKind.Flush"/>), so
    /// a consumer sees the write where it takes effect.
    /// </summary>
    public void BeginFlush(int thread, nint address)
    {
        _records.Add(new StepRecord
        {
            Thread = thread,
            Op = OpKind.Flush,
            Address = address,
            Spawned = -1,
            Global = AllGlobal,
        });
    }

    private ref StepRecord Current => ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_records)[^1];

    /// <summary>The current step is dependent with every other (a value choice, a spurious or timed wake, a bug).</summary>
    public void MarkGlobal()
    {
        if (_records.Count > 0) Current.Global = true;
    }

    /// <summary>
    /// The current step delivered an event to monitor number <paramref name="monitor"/> of the iteration;
    /// <paramref name="changesState"/> false for an observation whose order with other observations does not matter.
    /// Monitors are told apart modulo 64 (two that share a bit only make more steps dependent).
    /// </summary>
    public void MonitorEvent(int monitor, bool changesState)
    {
        if (_records.Count == 0) return;
        ulong bit = 1UL << (monitor & 63);
        if (changesState) Current.MonitorWrites |= bit;
        else Current.MonitorReads |= bit;
    }

    /// <summary>
    /// The current step delivered an event to keyed monitor number <paramref name="monitor"/> that reads or changes
    /// <paramref name="part"/> of its state.
    /// </summary>
    public void MonitorPartEvent(int monitor, MonitorPart part)
    {
        if (_records.Count == 0) return;
        (Current.Parts ??= new List<(int, MonitorPart)>(2)).Add((monitor, part));
    }

    /// <summary>Appends a delivered event that changed <paramref name="part"/> of monitor <paramref name="monitor"/> to the history (when <see cref="RecordHistory"/>).</summary>
    public void Observed(int monitor, long part, object e)
    {
        if (!RecordHistory) return;
        if (!_history.TryGetValue((monitor, part), out var events)) _history[(monitor, part)] = events = new StringBuilder();
        else events.Append(" | ");
        events.Append(e);
    }

    /// <summary>The current step ended its thread.</summary>
    public void Completed()
    {
        if (_records.Count > 0) Current.Completes = true;
    }

    /// <summary>The current step spawned thread <paramref name="child"/>.</summary>
    public void Spawned(int child)
    {
        if (_records.Count > 0) Current.Spawned = child;
    }

    /// <summary>The current step's compare-and-swap failed (it read its cell and wrote nothing).</summary>
    public void CasFailed()
    {
        if (_records.Count > 0) Current.CasFailed = true;
    }

    /// <summary>
    /// The current step, of thread <paramref name="thread"/>, ends with that thread paused at a yield, where it takes the
    /// next yield stamp (the yield rule of <see cref="ControlledRuntime"/>).
    /// </summary>
    public void ArrivedAtYield(int thread)
    {
        if (_records.Count > 0 && Current.Thread == thread) Current.ArrivesAtYield = true;
    }

    /// <summary>
    /// The current step drained <paramref name="thread"/>'s buffered stores to memory (TSO): it wrote cells its record
    /// does not name (a consumer orders it with every other step), and it took the place of that buffer's flushes.
    /// </summary>
    public void Drained(int thread)
    {
        if (_records.Count > 0) Current.Drained |= 1UL << (thread & 63);
    }

    /// <summary>
    /// RA: the current step joined (<paramref name="publishes"/> false) or published into the SeqCst order's clock, which
    /// every SeqCst operation and full fence shares, whatever its location (<see cref="StepRecord.SeqCstClock"/>).
    /// </summary>
    public void SeqCstClock(bool publishes)
    {
        if (_records.Count > 0) Current.SeqCstClock |= publishes ? StepRecord.SeqCstPublishes : StepRecord.SeqCstJoins;
    }

    /// <summary>RA: the current step runs while a promise waits for its store (<see cref="StepRecord.DuringPromise"/>).</summary>
    public void DuringPromise()
    {
        if (_records.Count > 0) Current.DuringPromise = true;
    }

    /// <summary>The iteration was discarded as infeasible during the current step (<see cref="DiscardedInStep"/>).</summary>
    public void Discarded()
    {
        DiscardedInStep = _records.Count > 0;
        MarkGlobal();
    }

    /// <summary>A bug was reported during the current step.</summary>
    public void Bug()
    {
        BugInStep = _records.Count > 0;
        MarkGlobal();
    }
}
