using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Weft.Tla;

namespace Weft.Engine;

/// <summary>
/// Drives the controlled runtime along a TLC trace (the engine half of <see cref="TraceReplay"/>).
///
/// Phases. Setup: every thread that is not a spec thread paused at a label runs (lowest id first, the current
/// one kept while it can run) until all spec threads wait at their first label and the body waits to join them;
/// then trace state 1 is compared with the mapped implementation state. Actions: for step k with action
/// <c>A(t)</c>, thread t must be paused at a label A may start from; it runs alone through every unlabeled
/// scheduling point until it pauses at its next label (a label met before any scheduling point of the action is
/// passed through when A may also start there), finishes or falls asleep in a futex wait; then state k is compared.
/// Drain (only for a counterexample whose invariant an event monitor checks): each spec thread in turn takes one more
/// action, since the monitor sees the offending access itself, one step after the state TLC flags. For a deadlock
/// counterexample the drain lets the threads outside the spec (the body joining its threads) run on, and the engine
/// must then find no thread enabled. An action after which no thread at all can run (each finished or asleep without
/// a timeout) asks the cursor for no decision: the runtime reports it (<see cref="NoThreadEnabled"/>) before it ends
/// the run or reports the deadlock, and the state is compared there.
///
/// Futexes. A thread asleep in a futex wait is in the spec's sleepers, its pc the label after the wait. A futex wake
/// that must choose among sleepers wakes the ones the trace's sleepers variable loses in the step
/// (<see cref="SpecModel.SleepersVariable"/>). A woken thread resumes from the wait when the trace next moves it and
/// passes through the label it reaches; an action from <see cref="SpecAction.Asleep"/> is a spurious wake-up, which
/// the engine offers while some other thread can run.
///
/// Every decision of the runtime comes here while tracing, so no other thread can run inside an action.
/// </summary>
internal sealed class TraceCursor
{
    private enum Phase { Setup, Action, Drain, Deadlock, Finish }

    private readonly Trace? _trace;          // null when exploring (export mode)
    private readonly SpecModel _model;
    private readonly SpecInstance _instance;
    private readonly StateMatcher _matcher = new();
    private readonly List<SpecInvariant> _stateInvariants;
    private Phase _phase = Phase.Setup;
    private int _index;                  // the trace step being executed (0-based into Steps)
    private int _actor = -1;             // controlled id of the thread running the current action
    private SpecAction? _action;
    private int _points;                 // scheduling points the current action has passed
    private bool _passed;                // the action passed through a label already
    private bool _resumed;               // the action resumes its thread from a futex wait
    private readonly Queue<int> _choices = new();
    private readonly List<int> _drainQueue = new();
    private string? _startLabel;

    // ---- export mode: the engine picks the thread of every action; the states are recorded, not compared ----
    private Strategies.Rng _rng;            // a mutable struct: never copy it
    private readonly bool _explore;
    private readonly int _maxActions;
    private IReadOnlyList<SpecAction> _candidates = Array.Empty<SpecAction>();
    private readonly List<int> _runnable = new(); // StartNextExplored's ready threads, reused at every action
    private readonly List<int> _wakeable = new();

    public TraceCursor(Trace trace, SpecModel model, SpecInstance instance)
    {
        _trace = trace;
        _model = model;
        _instance = instance;
        _stateInvariants = model.Invariants.Where(i => i.OnState).ToList();
        foreach (var (slot, node) in instance.PinnedNodes) _matcher.Pin(slot, node);
    }

    /// <summary>
    /// Export mode: at every action boundary (all spec threads at labels) a seeded random choice picks the thread that
    /// takes the next action, for at most <paramref name="maxActions"/> actions; each resulting state is recorded in
    /// <see cref="Recorded"/>. Every schedule of this mode is a sequence of whole spec actions, so it is a candidate
    /// behaviour of the spec that TLC can check.
    /// </summary>
    public TraceCursor(SpecModel model, SpecInstance instance, ulong seed, int maxActions, int pctDepth = 0)
    {
        _model = model;
        _instance = instance;
        _stateInvariants = model.Invariants.Where(i => i.OnState).ToList();
        _rng = new Strategies.Rng(seed);
        _explore = true;
        _maxActions = maxActions;
        _pctDepth = pctDepth;
    }

    /// <summary>
    /// Export mode driven by a preemption-bounded depth-first search (<see cref="ActionDfs"/>) instead of random choice:
    /// the search picks the thread of every action and every value choice. States are mapped and recorded only when
    /// <paramref name="record"/> (a search runs many schedules and records the one it reports).
    /// </summary>
    public TraceCursor(SpecModel model, SpecInstance instance, ActionDfs dfs, int maxActions, bool record, SpecActionConstraint? constraint = null)
        : this(model, instance, seed: 0, maxActions)
    {
        _dfs = dfs;
        _record = record;
        _constraint = constraint;
    }

    /// <summary>
    /// Export mode driven by the stateful search: <paramref name="dfs"/> (unbounded) picks every decision and every state
    /// past its replayed prefix is fingerprinted into <paramref name="space"/>; a state reached before ends the run, and so
    /// does a state outside the configuration's constraint (<see cref="SpecInstance.WithinConstraint"/>).
    /// </summary>
    public TraceCursor(SpecModel model, SpecInstance instance, ActionDfs dfs, StateSpace space, int maxActions)
        : this(model, instance, dfs, maxActions, record: false)
    {
        if (!ReferenceEquals(dfs.Engine.Space, space)) throw new ArgumentException("the search must cache its states in this space", nameof(space));
        _space = space;
        _fingerprint = space.Fingerprinter;
    }

    private readonly StateSpace? _space;
    private readonly StateFingerprint? _fingerprint; // the space's, shared by every run of the search
    private readonly ActionDfs? _dfs;
    private readonly SpecActionConstraint? _constraint; // the configuration's ACTION_CONSTRAINT (search mode)
    private readonly bool _record = true;
    private int _explored;        // states reached in export mode (recorded or not)
    private int _lastActor = -1;  // the thread of the previous action (export mode)
    private int _lastActorBefore = -1; // _lastActor before the current action's pick (export mode)

    // Export mode: threads whose action blocked on a held lock before it did anything (the spec's action is not
    // enabled while the lock is held), with the label the action starts at. Such a thread takes the action once the
    // lock's release makes it runnable again.
    private readonly Dictionary<int, string> _deferred = new();

    // PCT over action boundaries (pctDepth > 0): random distinct thread priorities, the highest-priority ready thread
    // takes the next action, and at pctDepth - 1 random action indices the running thread drops below all others.
    private readonly int _pctDepth;
    private Dictionary<int, int>? _priority;
    private HashSet<int>? _changePoints;
    private int _lowest;

    /// <summary>Export mode: the state after setup, then after every action, with the thread and the label it started from.</summary>
    public List<(int Thread, string? Label, IReadOnlyDictionary<string, TlaValue> State)> Recorded { get; } = new();

    /// <summary>Steps compared so far (state 1 is the initial state).</summary>
    public int StepsConformed { get; private set; }

    /// <summary>One line per replayed action.</summary>
    public List<string> ActionLog { get; } = new();

    public TraceDivergence? Divergence { get; private set; }

    /// <summary>The state invariant the implementation violated at the last state, when the trace expects exactly that.</summary>
    public string? StateViolation { get; private set; }

    /// <summary>True once the drain phase began: a monitor failure (or, for a deadlock trace, a deadlock) now is the expected violation.</summary>
    public bool Draining => _phase is Phase.Drain or Phase.Deadlock or Phase.Finish;

    /// <summary>The action the drain is running (thread and start label), for the report.</summary>
    public string? DrainAction { get; private set; }

    /// <summary>Index of the trace step being executed when the run stopped (0-based).</summary>
    public int Index => _index;

    public int NextThread(ReadOnlySpan<int> enabled, int currentId, List<ControlledThread> threads, ControlledRuntime rt) =>
        _phase switch
        {
            Phase.Setup => NextInSetup(enabled, currentId, threads, rt),
            Phase.Action or Phase.Drain => NextInAction(enabled, currentId, threads, rt),
            Phase.Deadlock => NextAfterDeadlock(enabled, threads, rt),
            Phase.Finish => NextAfterFinish(enabled, threads, rt),
            _ => throw new InvalidOperationException("internal: unknown trace phase"),
        };

    /// <summary>The setup runs until every spec thread waits at its first label: state 1.</summary>
    private int NextInSetup(ReadOnlySpan<int> enabled, int currentId, List<ControlledThread> threads, ControlledRuntime rt)
    {
        int pick = -1;
        for (int i = 0; i < enabled.Length; i++)
        {
            var th = threads[enabled[i]];
            if (IsSpecThread(th.Id) && th.PendingOp == OpKind.Label) continue;
            if (th.Status != ThreadStatus.Enabled) continue; // a spurious wake-up candidate: only the trace wakes one
            if (th.Id == currentId) return i;
            if (pick < 0) pick = i;
        }
        if (pick >= 0) return pick;
        // Every spec thread waits at its first label: state 1.
        if (_trace is null)
        {
            Record(rt, threads, 0, null);
            return StartNextExplored(enabled, threads, rt);
        }
        CompareState(rt, threads);
        _index = 1;
        return StartNextOrEnd(enabled, threads, rt);
    }

    /// <summary>The actor runs to its next label; there the action ends, its state is compared (or recorded) and the next one starts.</summary>
    private int NextInAction(ReadOnlySpan<int> enabled, int currentId, List<ControlledThread> threads, ControlledRuntime rt)
    {
        var actor = threads[_actor];
        if (currentId == _actor && actor.PendingOp != OpKind.Label)
        {
            _points++;
            return enabled.IndexOf(_actor);
        }
        if (currentId == _actor && _points == 0 && !_passed && PassesThrough(actor.PendingLabel!))
        {
            _passed = true;
            return enabled.IndexOf(_actor);
        }
        if (currentId == _actor && _points == 0 && !_passed && _resumed && _action is not null && !_action.From.Contains(SpecAction.Asleep))
            Diverge(rt, threads, null,
                $"thread {_actor} resumed from its futex wait to label {actor.PendingLabel} ({actor.Location}), where {_action.Name} does not start (it starts at {string.Join(" or ", _action.From)})");
        bool asleep = actor.Status == ThreadStatus.Blocked && actor.BlockedInFutex;
        if (_trace is null && _phase == Phase.Action && actor.Status == ThreadStatus.Blocked && !asleep
            && actor.PendingOp == OpKind.LockAcquire && _points <= 1)
            return DeferBlockedAction(enabled, threads, rt);
        if (actor.Status == ThreadStatus.Blocked && !asleep)
            Diverge(rt, threads, null, $"thread {_actor} blocked ({actor.StatusText} at {actor.PendingOpDescription()}) in the middle of the action; the spec's action is atomic");
        if (_record) ActionLog[^1] += actor.Status == ThreadStatus.Completed ? " -> (finished)" : asleep ? " -> (asleep in futex wait)" : $" -> {actor.PendingLabel}";
        if (_phase == Phase.Drain) return NextDrain(enabled, threads, rt);
        if (_trace is null)
        {
            DropIfConstrained(rt, threads);
            Record(rt, threads, _actor, _startLabel);
            return StartNextExplored(enabled, threads, rt);
        }
        CompareState(rt, threads);
        _index++;
        return StartNextOrEnd(enabled, threads, rt);
    }

    /// <summary>After the last state of a deadlock: only threads outside the spec may move (the body joining).</summary>
    private int NextAfterDeadlock(ReadOnlySpan<int> enabled, List<ControlledThread> threads, ControlledRuntime rt)
    {
        for (int i = 0; i < enabled.Length; i++)
        {
            var th = threads[enabled[i]];
            if (th.Status == ThreadStatus.Enabled && !IsSpecThread(th.Id)) return i;
        }
        for (int i = 0; i < enabled.Length; i++)
            if (threads[enabled[i]].Status == ThreadStatus.Enabled)
                Diverge(rt, threads, null, $"TLC reports a deadlock after the last state, but thread {enabled[i]} can still run ({threads[enabled[i]].PendingOpDescription()})");
        Diverge(rt, threads, null, "TLC reports a deadlock after the last state, but the implementation offers only spurious wake-ups");
        return -1;
    }

    /// <summary>
    /// After the last state of a liveness counterexample whose spec threads all finished: the threads outside the spec
    /// (the body joining) run to the end of the iteration, where the liveness monitors check.
    /// </summary>
    private int NextAfterFinish(ReadOnlySpan<int> enabled, List<ControlledThread> threads, ControlledRuntime rt)
    {
        for (int i = 0; i < enabled.Length; i++)
            if (threads[enabled[i]].Status == ThreadStatus.Enabled && !IsSpecThread(threads[enabled[i]].Id)) return i;
        rt.EndTraceAndThrow();
        return -1;
    }

    /// <summary>
    /// No thread can run (each finished or sleeps in a futex wait without a timeout): the runtime ends the run or
    /// reports a deadlock without a further decision, so the action that just ended is closed here. Its state is
    /// compared (recorded in export mode), then the global steps that follow it; a thread's step left in the trace
    /// diverges, and at the last state of a deadlock counterexample the runtime's deadlock is the expected one.
    /// </summary>
    public void NoThreadEnabled(List<ControlledThread> threads, ControlledRuntime rt)
    {
        if (_phase != Phase.Action) return;
        var actor = threads[_actor];
        if (_record) ActionLog[^1] += actor.Status == ThreadStatus.Completed ? " -> (finished)" : " -> (asleep in futex wait)";
        if (_trace is null)
        {
            DropIfConstrained(rt, threads);
            Record(rt, threads, _actor, _startLabel);
            return;
        }
        CompareState(rt, threads);
        _index++;
        for (; _index < _trace.Steps.Count; _index++)
        {
            var step = _trace.Steps[_index];
            if (!TakeGlobalStep(step, threads, rt, out _))
                Diverge(rt, threads, null, $"no thread can run, but the trace goes on with {step.Action}({string.Join(", ", step.Parameters)})");
        }
        if (_trace.Kind == TraceKind.Counterexample && _trace.Violation is { Kind: "deadlock" })
        {
            _phase = Phase.Deadlock;
            ActionLog.Add("   +: no thread can run; TLC found no enabled action");
        }
    }

    /// <summary>
    /// Which of the futex sleepers <paramref name="waiters"/> (controlled ids, ascending) a wake releases: the one the
    /// trace's sleepers variable loses in this step (random in export mode). Returns an index into <paramref name="waiters"/>.
    /// </summary>
    public int NextWake(ReadOnlySpan<int> waiters, ControlledRuntime rt)
    {
        if (_explore) return _dfs?.ChooseValue(waiters.Length) ?? _rng.Next(waiters.Length);
        var variable = _model.SleepersVariable;
        if (variable is null || _trace is null || _index < 1 || _index >= _trace.Steps.Count)
        {
            Diverge(rt, null, null, $"a futex wake chooses among {waiters.Length} sleepers, but the model names no sleepers variable to resolve it");
            return 0;
        }
        if (!_trace.Steps[_index - 1].State.TryGetValue(variable, out var before) || before is not TlaSet b
            || !_trace.Steps[_index].State.TryGetValue(variable, out var after) || after is not TlaSet a)
        {
            Diverge(rt, null, null, $"the trace's {variable} is not a set in steps {_index} and {_index + 1}");
            return 0;
        }
        for (int i = 0; i < waiters.Length; i++)
        {
            var id = TlaValue.Int(waiters[i]);
            if (b.Contains(id) && !a.Contains(id)) return i;
        }
        Diverge(rt, null, null, $"a futex wake releases one of threads {string.Join(", ", waiters.ToArray())}, but the trace's {variable} loses none of them ({before} -> {after})");
        return 0;
    }

    public int NextValue(int count, ControlledRuntime rt)
    {
        if (_explore && _phase != Phase.Setup) return _dfs?.ChooseValue(count) ?? _rng.Next(count);
        if (_phase != Phase.Setup && _choices.Count > 0)
        {
            int v = _choices.Dequeue();
            if (v >= count)
                Diverge(rt, null, null, $"the model resolves a choice with {v}, but the implementation offers {count} options");
            return v;
        }
        Diverge(rt, null, null, $"the implementation makes a choice among {count} that the model's action table does not resolve");
        return 0;
    }

    private bool IsSpecThread(int id) => id >= 1;

    /// <summary>A label met before any scheduling point of the action is passed when the action may also start there.</summary>
    private bool PassesThrough(string label) =>
        _action is not null ? _action.From.Contains(label) : _candidates.Any(a => a.From.Contains(label));

    private int StartNextExplored(ReadOnlySpan<int> enabled, List<ControlledThread> threads, ControlledRuntime rt)
    {
        if (_explored > _maxActions)
        {
            if (_space is not null) _space.CutByActionBound++;
            rt.EndTraceAndThrow();
        }
        // Ready: spec threads at a label, woken from a futex wait, or asleep in one that the engine offers to wake
        // (a timed wait expiring when nothing else can run; a spurious wake-up when the run allows them).
        // As in the specs, a spurious wake-up needs another spec thread that can run (the body joining its threads does
        // not count), and a timeout needs no thread at all that can run (the engine offers it only then).
        var runnable = _runnable;
        var wakeable = _wakeable;
        runnable.Clear();
        wakeable.Clear();
        for (int id = 1; id < threads.Count; id++)
            if (threads[id].Status == ThreadStatus.Enabled && (threads[id].PendingOp is OpKind.Label or OpKind.FutexWait || _deferred.ContainsKey(id)) && enabled.IndexOf(id) >= 0) runnable.Add(id);
        if (runnable.Count > 0 || rt.Quiescent)
        {
            for (int id = 1; id < threads.Count; id++)
                if (threads[id].Status == ThreadStatus.Blocked && threads[id].BlockedInFutex && enabled.IndexOf(id) >= 0) wakeable.Add(id);
        }
        if (_constraint is not null)
        {
            // TLC explores only the steps the ACTION_CONSTRAINT allows: a thread it forbids now is not offered.
            var views = Views(threads);
            runnable.RemoveAll(id => !_constraint.MayAct(id, views));
            wakeable.RemoveAll(id => !_constraint.MayAct(id, views));
            if (runnable.Count == 0 && wakeable.Count == 0 && !_instance.Terminated(views))
            {
                if (_record) ActionLog.Add($"   +: {_constraint.Name} allows no thread's action: the behaviour ends");
                rt.EndTraceAndThrow();
            }
        }
        if (runnable.Count + wakeable.Count == 0)
        {
            // No spec thread can take an action: the end of the behaviour, or a deadlock if the spec's threads have
            // not terminated (a lost wake-up leaves a thread asleep for good).
            if (!_instance.Terminated(Views(threads)))
            {
                var stuck = new List<string>();
                for (int id = 1; id < threads.Count; id++)
                    if (threads[id].Status != ThreadStatus.Completed) stuck.Add($"thread {id} ({threads[id].StatusText} at {threads[id].PendingOpDescription()})");
                rt.ReportBugAndThrow(BugKind.Deadlock, "no spec thread can take an action and the spec's threads have not terminated: " + string.Join(", ", stuck), null, null);
            }
            rt.EndTraceAndThrow();
        }
        int pick = _dfs is not null ? _dfs.ChooseThread(runnable, wakeable, _lastActor) : PickAtRandom(runnable, wakeable, threads.Count);
        _lastActorBefore = _lastActor;
        _lastActor = pick;
        if (_deferred.Remove(pick, out var deferredLabel))
        {
            // The lock it waited for is free again: its action (from the label it waits at) runs now.
            BeginAction(pick, null, deferredLabel);
            _candidates = _model.ActionsFrom(deferredLabel);
            if (_record) ActionLog.Add(string.Create(CultureInfo.InvariantCulture, $"{_explored + 1,4}: thread {pick}  {deferredLabel}"));
            return enabled.IndexOf(pick);
        }
        // A thread woken from a futex wait resumes to the label after the wait, where any action may start; one the
        // engine wakes now takes a wake-up action (SpuriousWake, a timeout) and runs to that label.
        bool asleep = threads[pick].Status == ThreadStatus.Blocked;
        bool woken = !asleep && threads[pick].PendingOp == OpKind.FutexWait;
        var label = asleep ? SpecAction.Asleep : woken ? "(woken from futex wait)" : threads[pick].PendingLabel!;
        BeginAction(pick, null, label);
        _candidates = woken ? _model.Actions : _model.ActionsFrom(label);
        if (_record) ActionLog.Add(string.Create(CultureInfo.InvariantCulture, $"{_explored + 1,4}: thread {pick}  {label}"));
        return enabled.IndexOf(pick);
    }

    /// <summary>
    /// Search mode under an ACTION_CONSTRAINT: the action just taken is a step the constraint forbids (its part over the
    /// state after the step, such as the operation a thread chose): TLC never takes it, so the schedule ends here,
    /// unreported and unrecorded.
    /// </summary>
    private void DropIfConstrained(ControlledRuntime rt, List<ControlledThread> threads)
    {
        if (_constraint is null || _constraint.Allowed(_actor, Views(threads))) return;
        if (_record && ActionLog.Count > 0) ActionLog[^1] += $" (forbidden by {_constraint.Name}: the behaviour ends before it)";
        rt.EndTraceAndThrow();
    }

    /// <summary>Random export: a seeded random ready thread, or PCT's pick over action boundaries.</summary>
    private int PickAtRandom(List<int> runnable, List<int> wakeable, int threadCount)
    {
        var ready = runnable.Concat(wakeable).OrderBy(id => id).ToList();
        return _pctDepth > 0 ? PickByPriority(ready, threadCount) : ready[_rng.Next(ready.Count)];
    }

    private int PickByPriority(List<int> ready, int threadCount)
    {
        if (_priority is null)
        {
            _priority = new Dictionary<int, int>();
            var order = Enumerable.Range(1, threadCount - 1).ToList();
            for (int i = order.Count - 1; i > 0; i--)
            {
                int j = _rng.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            for (int i = 0; i < order.Count; i++) _priority[order[i]] = order.Count + i; // higher = runs first
            _changePoints = new HashSet<int>();
            while (_changePoints.Count < Math.Min(_pctDepth - 1, _maxActions)) _changePoints.Add(1 + _rng.Next(_maxActions));
            _lowest = 0;
        }
        int step = _explored;
        int best = ready.OrderByDescending(id => _priority.GetValueOrDefault(id)).First();
        if (_changePoints!.Contains(step))
        {
            _priority[best] = --_lowest; // the thread about to run drops below every other
            best = ready.OrderByDescending(id => _priority.GetValueOrDefault(id)).First();
        }
        return best;
    }

    private void Record(ControlledRuntime rt, List<ControlledThread> threads, int thread, string? label)
    {
        _explored++;
        if (_space is not null)
        {
            VisitState(rt, threads, thread);
            return;
        }
        CheckStateInvariants(rt, threads, thread);
        if (!_record) return;
        try
        {
            Recorded.Add((thread, label, _instance.Map(Views(threads))));
        }
        catch (Exception e) when (e is not ExecutionCanceledException)
        {
            Diverge(rt, threads, null, $"the refinement mapping failed: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Stateful search: a state past the replayed prefix has its invariants checked, then is mapped and fingerprinted;
    /// the run ends at a state outside the constraint or one the search reached before at the same depth or above.
    /// </summary>
    private void VisitState(ControlledRuntime rt, List<ControlledThread> threads, int thread)
    {
        var space = _space!;
        space.ActionsRun++;
        if (_dfs!.Replaying)
        {
            space.ActionsReplayed++;
            try
            {
                _instance.AfterAction();
            }
            catch (Exception e) when (e is not ExecutionCanceledException)
            {
                Diverge(rt, threads, null, $"the model's ghost update failed: {e.GetType().Name}: {e.Message}");
            }
            return;
        }
        CheckStateInvariants(rt, threads, thread);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        var views = Views(threads);
        // A thread whose action waits for a held lock is, for the spec, at the label the action starts from.
        foreach (var (id, label) in _deferred) views[id - 1] = views[id - 1] with { Label = label };
        IReadOnlyDictionary<string, TlaValue> mapped;
        UInt128 fingerprint;
        try
        {
            mapped = _instance.Map(views);
            if (!_instance.WithinConstraint(mapped))
            {
                _dfs.LeftConstraint();
                rt.EndTraceAndThrow();
            }
            fingerprint = _fingerprint!.Of(mapped, _instance.Unobserved(views), threads, _deferred);
        }
        catch (Exception e) when (e is not ExecutionCanceledException)
        {
            Diverge(rt, threads, null, $"the refinement mapping failed: {e.GetType().Name}: {e.Message}");
            return;
        }
        space.FingerprintTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (_dfs.Reach(fingerprint, _explored - 1)) rt.EndTraceAndThrow();
    }

    /// <summary>
    /// Export mode: the spec's state invariants (<see cref="SpecInvariant.OnState"/>) on the implementation after every
    /// action; a failure is the implementation's bug, reported on the thread that took the action (the search's result).
    /// </summary>
    private void CheckStateInvariants(ControlledRuntime rt, List<ControlledThread> threads, int thread)
    {
        foreach (var inv in _stateInvariants)
        {
            string? why;
            try
            {
                why = _instance.CheckState(inv.Name);
            }
            catch (Exception e) when (e is not ExecutionCanceledException)
            {
                why = $"the check failed: {e.GetType().Name}: {e.Message}";
            }
            if (why is not null)
                rt.ReportBugAndThrow(BugKind.Assertion, $"{inv.Name} fails on the implementation's state: {why}",
                    thread > 0 && thread < threads.Count ? threads[thread] : null, inv.Monitor);
        }
    }

    private static List<SpecThreadView> Views(List<ControlledThread> threads)
    {
        var views = new List<SpecThreadView>();
        for (int id = 1; id < threads.Count; id++)
        {
            var th = threads[id];
            bool done = th.Status == ThreadStatus.Completed;
            views.Add(new SpecThreadView(id, done ? null : th.PendingLabel, done,
                InFutexWait: !done && th.PendingOp == OpKind.FutexWait,
                Asleep: th.Status == ThreadStatus.Blocked && th.BlockedInFutex,
                TimedOut: th.TimedOut));
        }
        return views;
    }

    /// <summary>
    /// Looks up the action of <paramref name="step"/> (an action the model does not know diverges). A global action (no
    /// thread parameter) runs nothing: its state is compared and true is returned; a thread's action returns false.
    /// </summary>
    private bool TakeGlobalStep(TraceStep step, List<ControlledThread> threads, ControlledRuntime rt, out SpecAction action)
    {
        var found = _model.FindAction(step.Action);
        if (found is null)
            Diverge(rt, threads, null, $"the model has no action {step.Action} (the spec and the model's action table disagree)");
        action = found!;
        if (step.Parameters.Count > 0) return false;
        // A global action (no thread): nothing runs; the state must be unchanged.
        ActionLog.Add(string.Create(CultureInfo.InvariantCulture, $"{step.Index,4}: {step.Action} (no thread runs)"));
        CompareState(rt, threads);
        return true;
    }

    private int StartNextOrEnd(ReadOnlySpan<int> enabled, List<ControlledThread> threads, ControlledRuntime rt)
    {
        while (_index < _trace!.Steps.Count)
        {
            var step = _trace.Steps[_index];
            if (TakeGlobalStep(step, threads, rt, out var action))
            {
                _index++;
                continue;
            }
            if (step.Parameters[0] is not TlaInt tv || tv.Value < 1 || tv.Value >= threads.Count)
                Diverge(rt, threads, null, $"{step.Action}({step.Parameters[0]}): there is no spec thread {step.Parameters[0]} (the body spawned {threads.Count - 1})");
            int id = (int)((TlaInt)step.Parameters[0]).Value;
            var th = threads[id];
            if (th.Status == ThreadStatus.Completed)
                Diverge(rt, threads, null, $"thread {id} has finished, but the trace has it take {step.Action}");
            string from;
            if (th.Status == ThreadStatus.Blocked && th.BlockedInFutex)
            {
                // Only a spurious wake-up moves a sleeper.
                if (!action.From.Contains(SpecAction.Asleep))
                    Diverge(rt, threads, null, $"thread {id} is asleep in a futex wait ({th.Location}), but the trace has it take {step.Action}");
                from = SpecAction.Asleep;
            }
            else if (th.Status == ThreadStatus.Enabled && th.PendingOp == OpKind.FutexWait)
            {
                from = "(woken from futex wait)"; // it resumes and must reach a label the action starts from
            }
            else
            {
                if (th.Status != ThreadStatus.Enabled || th.PendingOp != OpKind.Label)
                    Diverge(rt, threads, null, $"thread {id} is {th.StatusText} at {th.PendingOpDescription()}, not at a label");
                if (!action.From.Contains(th.PendingLabel!))
                    Diverge(rt, threads, null,
                        $"{step.Action}({id}) starts at {string.Join(" or ", action.From)}, but thread {id} is at label {th.PendingLabel} ({th.Location})");
                from = th.PendingLabel!;
            }
            BeginAction(id, action, from);
            _resumed = th.PendingOp == OpKind.FutexWait;
            ActionLog.Add(string.Create(CultureInfo.InvariantCulture, $"{step.Index,4}: {step.Action}({id})  {from}"));
            int idx = enabled.IndexOf(id);
            if (idx < 0)
                Diverge(rt, threads, null, from == SpecAction.Asleep
                    ? $"thread {id} cannot wake spuriously here (the engine offers spurious wake-ups only while another thread can run, and only when the spec has them)"
                    : $"thread {id} is not enabled");
            return idx;
        }
        return EndOfTrace(enabled, threads, rt);
    }

    /// <summary>
    /// Export mode: the action just picked blocked on a held lock at its first scheduling point, before any shared
    /// access: the spec's action is not enabled. The thread waits (its state is the spec's, at its label) and another
    /// action is picked; it takes its action once the lock is released.
    /// </summary>
    private int DeferBlockedAction(ReadOnlySpan<int> enabled, List<ControlledThread> threads, ControlledRuntime rt)
    {
        _deferred[_actor] = _startLabel!;
        if (_record && ActionLog.Count > 0) ActionLog.RemoveAt(ActionLog.Count - 1);
        _lastActor = _lastActorBefore;
        return StartNextExplored(enabled, threads, rt);
    }

    private void BeginAction(int id, SpecAction? action, string label)
    {
        _phase = _phase == Phase.Drain ? Phase.Drain : Phase.Action;
        _actor = id;
        _action = action;
        _points = 0;
        _passed = false;
        _resumed = false;
        _startLabel = label;
        _choices.Clear();
        if (action?.Choices is { } cs) foreach (var c in cs) _choices.Enqueue(c);
    }

    private int EndOfTrace(ReadOnlySpan<int> enabled, List<ControlledThread> threads, ControlledRuntime rt)
    {
        var v = _trace!.Violation;
        if (_trace.Kind == TraceKind.Counterexample && v is { Kind: "deadlock" })
        {
            _phase = Phase.Deadlock;
            ActionLog.Add("   +: the threads outside the spec run on; TLC found no enabled action");
            return NextThread(enabled, -1, threads, rt);
        }
        if (_trace.Kind == TraceKind.Counterexample && v is { Kind: "property" } && AllSpecThreadsFinished(threads))
        {
            _phase = Phase.Finish;
            ActionLog.Add("   +: every spec thread finished; the iteration ends, where the liveness monitors check");
            return NextThread(enabled, -1, threads, rt);
        }
        if (_trace.Kind == TraceKind.Counterexample && v is not null && StateViolation is null)
        {
            var inv = _model.Invariants.FirstOrDefault(i => i.Name == v.Name);
            if (inv is not null && !inv.OnState)
            {
                _phase = Phase.Drain;
                _drainQueue.Clear();
                for (int id = 1; id < threads.Count; id++)
                    if (threads[id].Status == ThreadStatus.Enabled && threads[id].PendingOp == OpKind.Label) _drainQueue.Add(id);
                return NextDrain(enabled, threads, rt);
            }
        }
        rt.EndTraceAndThrow();
        return -1;
    }

    private static bool AllSpecThreadsFinished(List<ControlledThread> threads)
    {
        for (int id = 1; id < threads.Count; id++)
            if (threads[id].Status != ThreadStatus.Completed) return false;
        return threads.Count > 1;
    }

    private int NextDrain(ReadOnlySpan<int> enabled, List<ControlledThread> threads, ControlledRuntime rt)
    {
        while (_drainQueue.Count > 0)
        {
            int id = _drainQueue[0];
            _drainQueue.RemoveAt(0);
            var th = threads[id];
            if (th.Status != ThreadStatus.Enabled || th.PendingOp != OpKind.Label) continue;
            int idx = enabled.IndexOf(id);
            if (idx < 0) continue;
            BeginAction(id, null, th.PendingLabel!);
            DrainAction = $"thread {id} from label {th.PendingLabel}";
            ActionLog.Add($"   +: thread {id} takes its next step from {th.PendingLabel} (after the last state)");
            return idx;
        }
        DrainAction = null;
        rt.EndTraceAndThrow();
        return -1;
    }

    private void CompareState(ControlledRuntime rt, List<ControlledThread> threads)
    {
        var step = _trace!.Steps[_index];
        var views = Views(threads);
        IReadOnlyDictionary<string, TlaValue> mapped;
        try
        {
            mapped = _instance.Map(views);
        }
        catch (Exception e) when (e is not ExecutionCanceledException)
        {
            Diverge(rt, threads, null, $"the refinement mapping failed: {e.GetType().Name}: {e.Message}");
            return;
        }
        foreach (var name in step.State.Keys)
            if (!mapped.ContainsKey(name) && !_model.Unmapped.ContainsKey(name))
                Diverge(rt, threads, null, $"the trace has variable {name}, which the model neither maps nor lists as unmapped");
        var mismatch = _matcher.Match(step.State, mapped);
        if (mismatch is not null) Diverge(rt, threads, mismatch, null);
        StepsConformed = _index + 1;
        bool last = _index == _trace.Steps.Count - 1;
        foreach (var inv in _stateInvariants)
        {
            var why = _instance.CheckState(inv.Name);
            if (why is null) continue;
            if (last && _trace.Kind == TraceKind.Counterexample && _trace.Violation?.Name == inv.Name)
            {
                StateViolation = $"{inv.Monitor}: {why}";
                continue;
            }
            Diverge(rt, threads, null, $"{inv.Monitor} fails on the implementation's state ({why}), but the spec's {inv.Name} holds in state {step.Index}");
        }
    }

    private void Diverge(ControlledRuntime rt, List<ControlledThread>? threads, StateMismatch? mismatch, string? message)
    {
        var step = _trace is not null && _index < _trace.Steps.Count ? _trace.Steps[_index] : null;
        Divergence = new TraceDivergence(
            step?.Index ?? _index + 1,
            step is null ? "(end)" : step.Parameters.Count > 0 ? $"{step.Action}({string.Join(", ", step.Parameters)})" : step.Action,
            mismatch?.Path,
            mismatch?.Expected,
            mismatch?.Actual,
            message ?? $"{mismatch!.Path}: expected {mismatch.Expected}, actual {mismatch.Actual}",
            step?.Line ?? 0);
        rt.EndTraceAndThrow();
    }
}
