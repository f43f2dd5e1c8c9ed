using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Weft.Schedules;
using Weft.Strategies;

namespace Weft.Engine;

/// <summary>
/// The controlled runtime: runs iterations of a test body on pooled OS threads of which exactly one
/// executes at any time, and asks a strategy which thread runs at each scheduling point.
///
/// The run token. At every instant one party holds the token: the driver (the thread that called
/// <see cref="Explore"/>) between iterations, or one controlled thread during an iteration. Every field of
/// this class below "iteration state" is read and written only by the token holder, so none of it needs
/// synchronization; the token moves through <see cref="Gate"/>s, whose fences publish those writes to the
/// next holder. The watchdog is the only exception: the driver inspects <c>_stepCount</c> (a racy read that
/// is benign: a stale value only delays detection) and claims a stuck thread with a CAS on its
/// <see cref="ControlledThread.Claim"/>, which the stuck thread would need to win to re-enter the runtime.
///
/// A step is one scheduling decision: the strategy picks one enabled thread, which then runs until its next
/// scheduling point (the operation it was paused before executes first). Blocking is modeled: a blocked
/// thread is simply not enabled until a release, wake or thread completion re-enables it.
///
/// The yield rule. A yield (<c>WeftThread.Yield</c>, a backoff wait) is a hint that the thread cannot progress until
/// another one does; Coyote, shuttle and loom all deprioritize the yielder, and Weft does it this way: a thread paused
/// at a yield is hidden from the strategy while some other enabled thread has not yielded since (its
/// <see cref="ControlledThread.YieldStamp"/> is older). A spin-waiter therefore runs again only once every thread that
/// could release it has run until it blocked, finished or yielded itself; when every enabled thread is paused at a
/// yield, only the one that yielded longest ago is offered, so spinners take turns round-robin. Under this rule a spin
/// loop that a fair schedule exits is exited under every strategy (unless a thread it waits for loops without ever
/// yielding), and a loop that no fair schedule exits (two threads each waiting for the other, a flag nobody sets)
/// still runs into <see cref="CheckOptions.MaxSteps"/> and is reported as a suspected livelock. For a spin that only reads,
/// nothing is lost: a deferred round starts from the state its first attempt started from, and every interleaving of
/// that attempt with the other threads is still explored. The rule is a function
/// of the threads' state, so DFS sees fewer options, never inconsistent ones. Only the strategy is filtered: a replay
/// accepts any enabled thread, so schedules recorded before the rule (or by a trace replay) replay unchanged.
///
/// Memory models. Under SC every operation takes effect when its thread is chosen. Under TSO (<see cref="TsoMemory"/>)
/// non-SeqCst stores wait in per-thread FIFO buffers, and writing the oldest store of a buffer to memory is a decision
/// like a thread switch: each non-empty buffer adds a flush candidate (<see cref="FlushIdBase"/> + thread) to the
/// candidates the strategy or the replayed schedule chooses from, recorded as a <c>t&lt;n&gt; flush</c> step. The
/// yield rule never defers a flush candidate. Operations that x86 serializes drain the thread's buffer when they run
/// (<see cref="DrainsStoreBuffer"/>), thread exit drains it, and once at most one thread is alive the buffers drain at
/// once, since no other thread can observe when.
/// </summary>
internal sealed class ControlledRuntime : IDisposable
{
    private readonly CheckOptions _options;
    private readonly IStrategy _strategy;
    private readonly List<Worker> _free = new();
    private readonly List<Worker> _all = new();
    private readonly Gate _driverGate = new();

    // ---- iteration state (owned by the token holder) ----
    private readonly List<ControlledThread> _threads = new();
    private int[] _enabled = new int[8];
    private bool[] _spuriousCandidate = new bool[8];
    /// <summary>Indexes into <c>_enabled</c> of the threads the yield rule offers to the strategy, and their ids.</summary>
    private int[] _offered = new int[8];
    private int[] _offeredIds = new int[8];
    /// <summary>The yield clock: incremented at every yield point of the iteration (see the yield rule).</summary>
    private int _yieldClock;
    private int _stepCount;
    /// <summary>Decisions of this iteration with at least two candidates (what PCT and delay-bounding count as steps).</summary>
    private int _choiceCount;
    private volatile bool _aborted;
    private ControlledThread? _running;
    private PendingBug? _bug;
    private string? _divergence;
    private readonly List<Decision> _decisions = new(256);
    private readonly List<LogEntry> _log = new();
    private PropertyMonitor[] _monitors = Array.Empty<PropertyMonitor>();
    /// <summary>Events observed per monitor over the whole exploration (not reset between iterations).</summary>
    private readonly MonitorTally _tally = new();
    private int _spuriousLeft;
    /// <summary>Set by <see cref="CollectEnabled"/>: no thread was enabled, so the candidates are expired timed waits.</summary>
    private bool _quiescent;
    private int _iteration;
    private ReplayCursor? _replay;
    private TraceCursor? _trace;
    private GuideCursor? _guide;
    /// <summary>RA promises: the iteration was found infeasible (a promise not kept) and is discarded.</summary>
    private bool _infeasible;
    private int _infeasibleCount;
    /// <summary>The hash of <c>_decisions[.._hashed]</c> (<see cref="PrefixHash"/>).</summary>
    private ulong _prefixHash;
    private int _hashed;
    /// <summary>Preemptions of this iteration: steps that switched away from an enabled thread not paused at a yield.</summary>
    private int _preemptions;
    /// <summary>
    /// Weak-memory decisions of this iteration: flushes chosen at a decision (TSO), and the RA model's stale reads and
    /// early-placed stores counted since <see cref="_raWeakBaseline"/>. Schedule minimization's second cost.
    /// </summary>
    private int _flushDecisions;
    private long _raWeakBaseline;
    /// <summary>Guided runs: how often each thread has been selected, the last selected thread, value choices since.</summary>
    private int[] _selections = new int[8];
    private int _lastSelected;
    private int _valueOrdinal;
    private bool _recordLog;

    public ControlledRuntime(CheckOptions options, IStrategy strategy)
    {
        _options = options;
        _strategy = strategy;
        (strategy as IObservesThreads)?.Attach(_threads);
        if (strategy is IObservesThreads) _cellIds = new CellIds();
        // An outcome comparison needs the monitor history under every strategy: record steps then even if it does not read them.
        _stepLog = (strategy as IObservesSteps)?.Steps ?? (options.OutcomeSink is not null ? new StepLog() : null);
        if (_stepLog is not null) _stepLog.RecordHistory = options.OutcomeSink is not null;
    }

    /// <summary>The strategy's record of what each step did (<see cref="StepLog"/>), or null when it does not ask for one.</summary>
    private readonly StepLog? _stepLog;

    /// <summary>True while the strategy drives this iteration and reads its steps (not a replay, trace or guided run).</summary>
    private bool Observing => _stepLog is not null && _replay is null && _trace is null && _guide is null;

    /// <summary>
    /// The ids of the cells this iteration touched (<see cref="CellIds"/>), read through
    /// <see cref="ControlledThread.PendingCell"/> by a strategy that compares locations; null when the strategy does not.
    /// </summary>
    private readonly CellIds? _cellIds;

    /// <summary>True while a strategy that compares locations drives this iteration (its cell ids need the heap held still).</summary>
    private bool NamingCells => _cellIds is not null && _replay is null && _trace is null && _guide is null;

    internal bool LogEnabled => _recordLog;

    /// <summary>The options of this runtime's exploration (the atomics layer reads the memory-order mutant from them).</summary>
    internal CheckOptions Options => _options;

    /// <summary>
    /// The store buffers of the current iteration under TSO, else null (SC, and always during a trace replay: TLC traces
    /// are sequentially consistent). The atomics layer's cells route loads and stores through it.
    /// </summary>
    internal TsoMemory? Tso { get; private set; }

    private TsoMemory? _tsoMemory;

    /// <summary>
    /// The happens-before clocks of the current iteration when the race detector is on (<see cref="CheckOptions.RaceDetector"/>)
    /// or the release/acquire model runs (whose thread clocks they are), else null.
    /// </summary>
    internal HappensBefore? HappensBefore { get; private set; }

    /// <summary>The data-race detector of the current iteration, else null (see <see cref="HappensBefore"/>).</summary>
    internal RaceDetector? Races { get; private set; }

    private HappensBefore? _happensBefore;
    private RaceDetector? _raceDetector;
    /// <summary>
    /// The store histories and clocks of the current iteration under the release/acquire model, else null (SC, TSO, and
    /// always during a trace replay). The atomics layer's cells route loads, stores and read-modify-writes through it.
    /// </summary>
    internal RaMemory? Ra { get; private set; }

    private RaMemory? _raMemory;
    /// <summary>True while this runtime's iteration is counted in <see cref="StableHeap"/>.</summary>
    private bool _heapEntered;
    /// <summary>True once an iteration of this runtime held the heap: its exploration releases the region when it ends.</summary>
    private bool _heapHeld;

    /// <summary>
    /// Ids at and above this value in <c>_enabled</c> are not threads but flush candidates: <c>FlushIdBase + t</c> means
    /// "write the oldest store of thread t's buffer to memory". They sort after every thread, and every strategy sees
    /// them as ordinary candidates, so each one decides flushes the way it decides thread switches.
    /// </summary>
    internal const int FlushIdBase = 1 << 20;

    /// <summary>The user's test method that started this exploration (its bugs replay through it), or null for a registered test.</summary>
    internal CallSite? CallSite { get; init; }

    // =====================================================================================
    // Exploration loop
    //
    // The loop migrates: the driver starts the first iteration, and from then on the controlled thread that ends
    // an iteration (the token holder) records it and starts the next one, usually re-renting its own worker for
    // the next main thread. No OS thread is woken between iterations; the driver only sleeps until the
    // exploration ends, waking periodically as the watchdog.
    // =====================================================================================

    private Action _body = null!;
    private string _testId = "";
    private readonly Stopwatch _clock = new();
    private readonly List<BugReport> _bugs = new();
    private readonly Dictionary<string, int> _byStrategy = new(StringComparer.Ordinal);
    private long _totalSteps;
    private int _done;
    private int _nextIteration;
    private bool _exhausted;
    private string _iterationStrategy = "";
    private Exception? _fatal;
    /// <summary>Incremented at every decision and iteration start; the watchdog reads it racily (benign: a stale value only delays detection).</summary>
    private long _progress;

    /// <summary>Runs the exploration: iterations until the budget is spent, the space is exhausted or a bug is found.</summary>
    public ExplorationResult Explore(Action body, string testId)
    {
        _body = body;
        _testId = testId;
        _clock.Restart();
        if (StartNextIteration()) WaitForEnd();
        if (_fatal is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_fatal);
        var elapsed = _clock.Elapsed; // exploration only: minimizing the bugs' schedules comes after
        var monitorEvents = _tally.Totals();
        var bugs = BugMinimization.AttachAll(_bugs, body, _options, CallSite, this);
        if (_heapHeld) StableHeap.Release();
        return new ExplorationResult
        {
            TestId = testId,
            Strategy = _strategy.Description,
            Iterations = _done,
            Steps = _totalSteps,
            Elapsed = elapsed,
            Exhausted = _exhausted,
            Bugs = bugs,
            IterationsByStrategy = new Dictionary<string, int>(_byStrategy, StringComparer.Ordinal),
            MonitorEvents = monitorEvents,
            InfeasibleIterations = _infeasibleCount,
        };
    }

    /// <summary>Runs one iteration following <paramref name="schedule"/> exactly; divergence throws <see cref="ReplayDivergenceException"/>.</summary>
    public ReplayOutcome Replay(Action body, Schedule schedule, bool log)
    {
        _replay = new ReplayCursor(schedule);
        _body = body;
        _testId = schedule.TestId;
        OrderMutantReached = false;
        BeginIteration(schedule.Iteration, log);
        WaitForEnd();
        if (_fatal is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_fatal);
        if (schedule.OrderMutant is { } mutant && !OrderMutantReached) throw UnreachedMutant(schedule, mutant);
        if (_divergence is not null) throw new ReplayDivergenceException(_divergence);
        if (_bug is null && !_replay.AtEnd)
            throw new ReplayDivergenceException(
                $"the program finished at step {_stepCount} but the schedule has {schedule.ThreadStepCount} steps: " +
                $"next expected {_replay.Peek()}");
        var report = _bug is { } pb ? Finish(pb, schedule.TestId, schedule.Strategy, schedule.Iteration, write: false) : null;
        return new ReplayOutcome(report, _stepCount, new List<LogEntry>(_log)) { Preemptions = _preemptions, WeakDecisions = WeakDecisions };
    }

    /// <summary>
    /// Set by the atomics layer (<see cref="OrderMutation"/>) when an operation ran with the options' mutant order: a
    /// replay of a mutant's schedule that never reaches the mutant's site names a site this program does not have.
    /// </summary>
    internal bool OrderMutantReached { get; set; }

    /// <summary>The error for a schedule whose mutant names a site the replay never executed, at the <c>mutant</c> key.</summary>
    private static WeftInputException UnreachedMutant(Schedule schedule, OrderMutant mutant)
    {
        var message = $"mutant: the replay never executed a {OrderMutation.KindName(mutant.Site.Kind)} declared {OrderMutation.OrderName(mutant.Site.Declared)} at {mutant.Site.Location}, " +
                      "so the schedule's mutant names no atomics call site of this test (the source changed since it was written, or the site is mistyped)";
        return schedule.SourceFile is { } file && schedule.OrderMutantPosition is { } at
            ? new WeftInputException(file, at.Line, at.Column, message)
            : new WeftInputException(message);
    }

    /// <summary>
    /// Runs one iteration driven by <paramref name="cursor"/> (a guided run of schedule minimization), with the bounds of
    /// <paramref name="schedule"/>. Never diverges; returns the bug, the steps, the preemptions and the recorded decisions.
    /// </summary>
    public ReplayOutcome RunGuided(Action body, GuideCursor cursor, Schedule schedule)
    {
        _guide = cursor;
        _replay = null;
        _trace = null;
        _body = body;
        _testId = schedule.TestId;
        try
        {
            BeginIteration(schedule.Iteration, log: false);
            WaitForEnd();
        }
        finally
        {
            _guide = null;
        }
        if (_fatal is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_fatal);
        var report = _bug is { } pb ? Finish(pb, schedule.TestId, schedule.Strategy, schedule.Iteration, write: false) : null;
        return new ReplayOutcome(report, _stepCount, Array.Empty<LogEntry>()) { Preemptions = _preemptions, WeakDecisions = WeakDecisions, Decisions = RecordedSteps() };
    }

    /// <summary>
    /// Runs one iteration driven by a TLC trace: <paramref name="cursor"/> picks every thread and every choice, runs
    /// threads from label to label and compares states. Ends when the cursor ends the run or a bug is reported.
    /// </summary>
    public ReplayOutcome RunTrace(Action body, TraceCursor cursor, string testId, bool log = true)
    {
        _trace = cursor;
        _body = body;
        _testId = testId;
        _replay = null;
        BeginIteration(0, log);
        WaitForEnd();
        if (_fatal is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_fatal);
        var report = _bug is { } pb ? Finish(pb, testId, "trace", 0, write: false) : null;
        return new ReplayOutcome(report, _stepCount, new List<LogEntry>(_log));
    }

    /// <summary>Ends a trace-driven iteration without a bug (the cursor recorded why). Unwinds every thread.</summary>
    internal void EndTraceAndThrow()
    {
        _aborted = true;
        throw new ExecutionCanceledException();
    }

    /// <summary>Starts the next iteration if the budget allows; false when the exploration is over. Token holder only.</summary>
    private bool StartNextIteration()
    {
        int i = _nextIteration;
        if (_options.TimeBudget is { } budget && _clock.Elapsed >= budget) return false;
        if (!_strategy.PrepareIteration(i))
        {
            _exhausted = true;
            return false;
        }
        if (i >= _options.Iterations) return false;
        _nextIteration++;
        _iterationStrategy = _strategy.Name;
        BeginIteration(i, _options.RecordLog);
        return true;
    }

    private static long s_iterationSerials;

    /// <summary>
    /// A number no other iteration of any runtime in this process has had: state that user code keeps across iterations
    /// (the controlled monitor table of rewritten code, <c>Weft.Rewriting.ControlledMonitor</c>) is reset when it changes.
    /// </summary>
    internal long IterationSerial { get; private set; }

    private void BeginIteration(int iteration, bool log)
    {
        _iteration = iteration;
        IterationSerial = Interlocked.Increment(ref s_iterationSerials);
        _threads.Clear();
        _decisions.Clear();
        _hashed = 0;
        _prefixHash = PrefixHashSeed;
        _infeasible = false;
        _log.Clear();
        _recordLog = log;
        _stepCount = 0;
        _choiceCount = 0;
        _preemptions = 0;
        _flushDecisions = 0;
        _lastSelected = -1;
        _valueOrdinal = 0;
        Array.Clear(_selections);
        _bug = null;
        _divergence = null;
        _aborted = false;
        _spuriousLeft = _options.SpuriousWakeups;
        _monitors = CreateMonitors();
        Array.Clear(_routes);
        _tally.BeginIteration(_monitors);
        _objectIds = 0;
        _yieldClock = 0;
        _progress++;
        BeginMemoryModel();
        NewThread(_body);
        HappensBefore?.OnNewThread(0, -1);
        _running = null;
        // The first decision: only the main thread is enabled.
        ScheduleFromDriver();
    }

    /// <summary>
    /// Selects this iteration's memory (TSO buffers, RA histories or neither), the race detector's clocks and the
    /// strategy's step log, each reset with the heap held still when it names cells by address.
    /// </summary>
    private void BeginMemoryModel()
    {
        bool tso = _options.MemoryModel == MemoryModel.TSO && _trace is null;
        bool ra = _options.MemoryModel == MemoryModel.RA && _trace is null;
        // TSO's buffers, RA's histories, the race detector's shadow memory and DPOR's steps name cells by address across
        // scheduling points: hold the heap still (see StableHeap) before any of them records the collection count, since
        // entering may itself collect (a new no-GC region).
        if ((tso || ra || _options.RaceDetector || Observing || NamingCells) && !_heapEntered)
        {
            StableHeap.Enter();
            _heapEntered = _heapHeld = true;
        }
        Tso = tso ? _tsoMemory ??= new TsoMemory(this) : null;
        Tso?.Reset();
        // One set of per-thread clocks: the release/acquire model advances them, the race detector reads them.
        HappensBefore = _options.RaceDetector || ra ? _happensBefore ??= new HappensBefore() : null;
        HappensBefore?.Reset();
        Ra = ra ? _raMemory ??= new RaMemory(this, _happensBefore!) : null;
        Ra?.Reset();
        _raWeakBaseline = Ra is null ? 0 : Ra.StaleReads + Ra.StoresPlacedBefore;
        Races = _options.RaceDetector ? _raceDetector ??= new RaceDetector(_happensBefore!) : null;
        Races?.Reset();
        if (Observing) _stepLog!.BeginIteration();
        _cellIds?.Reset();
    }

    /// <summary>
    /// A plain (non-atomic) access of <paramref name="t"/> reported by the atomics layer's checked accessor: not a
    /// scheduling point; a data race (<see cref="RaceDetector"/>) ends the iteration with a bug.
    /// </summary>
    internal void PlainAccess(ControlledThread t, nint address, bool write, string? file, int line)
    {
        // An aborted iteration's threads unwind through finally blocks; a thread the watchdog abandoned runs beside the
        // token holder: neither may touch the shadow memory.
        if (_aborted || t.Leaked) return;
        if (Races?.OnAccess(t.Id, address, write, file, line) is not { } race) return;
        EnterRuntime(t);
        ReportBugAndThrow(BugKind.DataRace, race, t, null);
    }

    /// <summary>
    /// Stops the iteration because the engine cannot go on soundly (TSO: the heap moved under buffered stores). The
    /// exploration ends with the error instead of reporting a bug.
    /// </summary>
    internal void AbortInternal(string message)
    {
        _fatal ??= new InvalidOperationException(message);
        _aborted = true;
        throw new ExecutionCanceledException();
    }

    /// <summary>Called by the token holder when every thread of the iteration has finished (normally or unwound).</summary>
    private void IterationFinished()
    {
        _running = null;
        if (_heapEntered)
        {
            StableHeap.Exit();
            _heapEntered = false;
        }
        try
        {
            if (_replay is null && _trace is null && _guide is null)
            {
                if (_divergence is not null) throw new InvalidOperationException("internal: divergence outside replay: " + _divergence);
                _stepLog?.EndIteration();
                if (Ra is { PromiseOutstanding: true } && _bug is null) _infeasible = true;
                if (_infeasible) _infeasibleCount++;
                else ReportOutcome();
                _strategy.IterationCompleted(_stepCount, _choiceCount);
                _totalSteps += _stepCount;
                _done++;
                _byStrategy[_iterationStrategy] = _byStrategy.GetValueOrDefault(_iterationStrategy) + 1;
                _options.Progress?.Invoke(_done, _totalSteps);
                bool stop = false;
                if (_bug is { } pb)
                {
                    _bugs.Add(Finish(pb, _testId, _iterationStrategy, _iteration));
                    stop = _options.StopAtFirstBug;
                }
                if (!stop && _fatal is null && StartNextIteration()) return;
            }
        }
        catch (Exception e)
        {
            _fatal = e;
        }
        _driverGate.Open();
    }

    /// <summary>
    /// Hands the iteration's outcome to <see cref="CheckOptions.OutcomeSink"/>: the bug (kind, monitor, message) or "ok",
    /// then the history of state-changing monitor events when the strategy records one. Pruned iterations have none.
    /// </summary>
    private void ReportOutcome()
    {
        if (_options.OutcomeSink is not { } sink || _stepLog is { Pruned: true }) return;
        var bug = _bug is { } pb ? $"{pb.Kind} {pb.Monitor}: {pb.Message}" : "ok";
        sink(_stepLog is null ? bug : bug + "\n" + _stepLog.History);
    }

    /// <summary>The driver's wait for the end of the exploration, doubling as the watchdog for uncontrolled blocking.</summary>
    private void WaitForEnd()
    {
        int timeoutMs = (int)Math.Clamp(_options.WatchdogTimeout.TotalMilliseconds, 1, int.MaxValue);
        long last = -1;
        while (!_driverGate.WaitParked(timeoutMs))
        {
            long now = Volatile.Read(ref _progress);
            if (now != last)
            {
                last = now;
                continue;
            }
            var stuck = Volatile.Read(ref _running);
            if (stuck is null) continue;
            if (Interlocked.CompareExchange(ref stuck.Claim, ControlledThread.ClaimLeaked, ControlledThread.ClaimUser) != ControlledThread.ClaimUser)
                continue; // it is inside the runtime: it will make progress
            // The driver now holds the token on behalf of the stuck thread, which can never re-enter the runtime.
            _all.Remove(stuck.Worker);
            ReportBugCore(BugKind.UncontrolledBlocking,
                string.Create(CultureInfo.InvariantCulture,
                    $"thread {stuck.Id} reached no scheduling point for {_options.WatchdogTimeout.TotalMilliseconds:F0} ms after {stuck.PendingOpDescription()}") +
                    (stuck.UncontrolledCallDescription() is { } call
                        ? $": it blocked outside the Weft runtime in {call}, a call Weft does not control"
                        : ": it blocked outside the Weft runtime (a real lock, sleep, I/O, or a loop without controlled operations)"),
                stuck, monitor: null, stack: null);
            stuck.Status = ThreadStatus.Completed;
            ContinueAbort();
        }
    }

    /// <summary>
    /// The monitors of one iteration: the built-in memory-safety, reclamation, IPC and region monitors (they only react to events
    /// that the node pool, the reclaimers, the IPC primitives and the region runtime emit, so they cost nothing elsewhere), then the test's own.
    /// </summary>
    private PropertyMonitor[] CreateMonitors()
    {
        var m = new PropertyMonitor[BuiltInMonitors.Length + _options.Monitors.Count];
        for (int i = 0; i < BuiltInMonitors.Length; i++) m[i] = BuiltInMonitors[i]();
        for (int i = 0; i < _options.Monitors.Count; i++) m[BuiltInMonitors.Length + i] = _options.Monitors[i]();
        return m;
    }

    private static readonly Func<PropertyMonitor>[] BuiltInMonitors =
    {
        () => new Monitors.NoUseAfterFreeMonitor(),
        () => new Monitors.NoDoubleFreeMonitor(),
        () => new Monitors.EpochMonotonicMonitor(),
        () => new Monitors.NeutralizationSafetyMonitor(),
        () => new Monitors.BoundedPendingMonitor(),
        () => new Monitors.MutualExclusionMonitor(),
        () => new Monitors.MutexStateMatchesHolderMonitor(),
        () => new Monitors.MutexOwnerIsHolderMonitor(),
        () => new Monitors.SemaphoreCountInRangeMonitor(),
        () => new Monitors.SemaphoreCountConservedMonitor(),
        () => new Monitors.SemaphoreWakeBoundedMonitor(),
        () => new Monitors.SemaphoreHintCountsRegisteredMonitor(),
        () => new Monitors.EventWaitReturnsAfterSetMonitor(),
        () => new Monitors.EventNoMissedSetMonitor(),
        () => new Monitors.RegionClosureMonitor(),
        () => new Monitors.NoRegionCycleMonitor(),
        () => new Monitors.RegionLivenessMonitor(),
        () => new Monitors.RegionNoUseAfterFreeMonitor(),
        () => new Monitors.RegionNoDoubleFreeMonitor(),
        () => new Monitors.TetherSafetyMonitor(),
        () => new Monitors.ExternalRootsUntouchedMonitor(),
        () => new Monitors.RegionOwnershipMonitor(),
    };

    private int _objectIds;

    /// <summary>A small id, unique within the iteration and deterministic across replays (pool identities in events).</summary>
    internal int NewObjectId() => ++_objectIds;

    /// <summary>True when a monitor of this iteration implements <see cref="IMonitorOf{T}"/>.</summary>
    internal bool Wants<T>() where T : struct => RouteOf<T>().Length > 0;

    /// <summary>A small id per typed event type, indexing <see cref="_routes"/>.</summary>
    private static class EventRoute<T> where T : struct
    {
        public static readonly int Id = Interlocked.Increment(ref s_eventTypes) - 1;
    }

    private static int s_eventTypes;

    // _routes[EventRoute<T>.Id]: the indices of this iteration's monitors that implement IMonitorOf<T>, computed at the
    // first event of that type in the iteration (the type tests ran at every event and every monitor before).
    private int[]?[] _routes = new int[]?[16];

    private int[] RouteOf<T>() where T : struct
    {
        int id = EventRoute<T>.Id;
        if (id >= _routes.Length) Array.Resize(ref _routes, Math.Max(id + 1, _routes.Length * 2));
        if (_routes[id] is { } route) return route;
        var indices = new List<int>();
        for (int i = 0; i < _monitors.Length; i++)
            if (_monitors[i] is IMonitorOf<T>) indices.Add(i);
        return _routes[id] = indices.ToArray();
    }

    /// <summary>Delivers a typed event to every monitor implementing <see cref="IMonitorOf{T}"/>, without boxing.</summary>
    internal void Emit<T>(ControlledThread t, in T e) where T : struct
    {
        EnterRuntime(t);
        try
        {
            var monitors = _monitors;
            var route = RouteOf<T>();
            for (int k = 0; k < route.Length; k++)
            {
                int i = route[k];
                var o = System.Runtime.CompilerServices.Unsafe.As<IMonitorOf<T>>(monitors[i]); // RouteOf checked the type
                _tally.Typed(i);
                if (Observing) Delivered(i, in e);
                try
                {
                    o.On(in e);
                }
                catch (MonitorFailure mf)
                {
                    ReportBugAndThrow(BugKind.Assertion, mf.Message, t, mf.MonitorName);
                }
            }
        }
        finally
        {
            LeaveRuntime(t);
        }
    }

    private void ScheduleFromDriver()
    {
        // The driver holds the token: make the first decision and hand the token over.
        try
        {
            int n = CollectEnabled();
            int choice = Decide(n, -1, n);
            Dispatch(_threads[_enabled[choice]]);
        }
        catch (ExecutionCanceledException)
        {
            ContinueAbort(); // a replay diverged on its very first step
        }
    }

    // =====================================================================================
    // Controlled-thread side (called by the token holder)
    // =====================================================================================

    private ControlledThread NewThread(Action body)
    {
        var t = new ControlledThread(_threads.Count, this, body);
        _threads.Add(t);
        t.Worker = RentWorker();
        t.Worker.Assigned = t;
        if (2 * _threads.Count > _enabled.Length) // room for every thread and, under TSO, a flush candidate per thread
        {
            Array.Resize(ref _enabled, _enabled.Length * 2);
            Array.Resize(ref _spuriousCandidate, _spuriousCandidate.Length * 2);
            Array.Resize(ref _offered, _offered.Length * 2);
            Array.Resize(ref _offeredIds, _offeredIds.Length * 2);
            Array.Resize(ref _selections, _selections.Length * 2);
        }
        return t;
    }

    private Worker RentWorker()
    {
        if (_free.Count > 0)
        {
            var w = _free[^1];
            _free.RemoveAt(_free.Count - 1);
            return w;
        }
        var nw = new Worker(_all.Count, 16 * 1024 * 1024);
        _all.Add(nw);
        return nw;
    }

    /// <summary>Entry of a worker for its assigned thread. Returns false if the worker was abandoned (leaked).</summary>
    internal bool RunControlled(ControlledThread t)
    {
        ControlledThread.Current = t;
        try
        {
            if (!_aborted)
            {
                t.Started = true;
                Volatile.Write(ref t.Claim, ControlledThread.ClaimUser);
                t.Body();
            }
        }
        catch (ExecutionCanceledException)
        {
        }
        catch (MonitorFailure mf)
        {
            if (EnterRuntimeAfterUser(t)) ReportBugCore(BugKind.Assertion, mf.Message, t, mf.MonitorName, mf.StackTrace);
            else return false;
        }
        catch (Exception e)
        {
            if (EnterRuntimeAfterUser(t)) ReportBugCore(BugKind.UnhandledException, $"{e.GetType().FullName}: {e.Message}", t, null, e.ToString());
            else return false;
        }
        finally
        {
            ControlledThread.Current = null;
        }
        if (!EnterRuntimeAfterUser(t)) return false;
        OnThreadFinished(t);
        return true;
    }

    /// <summary>Re-enters the runtime after user code; false when the watchdog abandoned this thread.</summary>
    private static bool EnterRuntimeAfterUser(ControlledThread t)
    {
        var c = Interlocked.CompareExchange(ref t.Claim, ControlledThread.ClaimRuntime, ControlledThread.ClaimUser);
        return c != ControlledThread.ClaimLeaked;
    }

    private void OnThreadFinished(ControlledThread t)
    {
        t.Status = ThreadStatus.Completed;
        if (Observing) _stepLog!.Completed();
        t.Worker.Assigned = null;
        _free.Add(t.Worker);
        if (!_aborted && Tso is { Pending: > 0 } memory)
        {
            try
            {
                memory.Drain(t.Id); // a thread's stores reach memory before it ends (thread exit is serializing)
            }
            catch (ExecutionCanceledException)
            {
            }
        }
        if (!_aborted && Ra is { } ra && !ra.Exited(t.Id))
            MarkInfeasible(t.Id, $"discarded: thread {t.Id} ended without keeping its promise");
        if (_aborted)
        {
            ContinueAbort();
            return;
        }
        // Wake joiners.
        foreach (var other in _threads)
        {
            if (other.Status == ThreadStatus.Blocked && ReferenceEquals(other.BlockedOn, t))
                Unblock(other);
        }
        try
        {
            ScheduleNext(current: null);
        }
        catch (ExecutionCanceledException)
        {
            // A bug (deadlock, liveness, step bound) was reported while choosing: unwind the rest.
            ContinueAbort();
        }
        catch (Exception e)
        {
            // The strategy failed while choosing after a thread's end (e.g. a search that finds the workload
            // nondeterministic). No user code is on this worker's stack to catch it, so it is reported here, as it
            // would be from inside a thread, instead of ending the process.
            ReportBugCore(BugKind.UnhandledException, $"{e.GetType().FullName}: {e.Message}", null, null, e.ToString());
            ContinueAbort();
        }
    }

    /// <summary>
    /// The scheduling point: called by thread <paramref name="t"/> (which holds the token) before it performs
    /// <paramref name="op"/>. Returns when <paramref name="t"/> is chosen to run that operation.
    /// </summary>
    internal void Point(ControlledThread t, OpKind op, string? file, int line) =>
        Access(t, op, 0, null, AccessOrder.SeqCst, file, line);

    /// <summary>A scheduling point whose pending operation names its location and memory order (see <see cref="SchedulingHooks.Access{T}"/>).</summary>
    internal void Access(ControlledThread t, OpKind op, nint address, object? resource, AccessOrder order, string? file, int line)
    {
        EnterRuntime(t);
        t.PendingAddress = address;
        t.PendingCell = _cellIds is { } cells ? cells.Of(address) : 0;
        t.PendingResource = resource;
        t.PendingOrder = order;
        t.OwnSteps++;
        t.PendingOp = op;
        t.PendingLabel = null;
        t.PendingFile = file;
        t.PendingLine = line;
        if (op == OpKind.Yield)
        {
            t.YieldStamp = ++_yieldClock;
            if (Observing) _stepLog!.ArrivedAtYield(t.Id); // the stamps' order decides which yielder the rule offers
        }
        ScheduleNext(t);
        // A fence weakened by a memory-order mutant (acq_rel) does not drain: TSO orders everything but store-to-load anyway.
        if (Tso is { Pending: > 0 } memory && DrainsStoreBuffer(op) && (op != OpKind.Fence || order == AccessOrder.SeqCst)) memory.Drain(t.Id);
        // The operation takes effect now; under TSO a non-SeqCst store waits in the buffer (its edge is made at its flush).
        // Under RA the model makes the edges: a load's from the store it reads, fences and blocking operations as full fences.
        if (Ra is { } ra)
        {
            if (op == OpKind.Fence && order != AccessOrder.SeqCst) ra.AcquireReleaseFence(t.Id); // weakened by a mutant
            else Synchronize(ra, t.Id, op);
        }
        else HappensBefore?.OnAccess(t.Id, op, address, resource, order, buffered: Tso is not null && op == OpKind.Store && order != AccessOrder.SeqCst);
        LeaveRuntime(t);
    }

    /// <summary>
    /// Operations that empty the thread's TSO store buffer before they take effect: x86's locked instructions and
    /// fences (read-modify-writes, lock and futex operations, thread creation and join), and yields (see the README's
    /// Limitations: a spin loop's own stores are flushed at each yield, so it cannot starve itself).
    /// </summary>
    private static bool DrainsStoreBuffer(OpKind op) => op is OpKind.Exchange or OpKind.CompareExchange or OpKind.FetchAdd
        or OpKind.FetchOr or OpKind.FetchAnd or OpKind.LockAcquire or OpKind.LockRelease or OpKind.FutexWait
        or OpKind.FutexWake or OpKind.Spawn or OpKind.Join or OpKind.Yield or OpKind.Fence;

    /// <summary>
    /// Release/acquire: the operations that are full fences (fences, locks, futex calls, spawn, join; see
    /// <see cref="RaMemory"/>) take effect, and a yield or a futex wait is noted (a spinning load makes progress: a wait
    /// that returns at once because the word changed is a turn of a spin loop like a yield).
    /// </summary>
    private static void Synchronize(RaMemory ra, int thread, OpKind op)
    {
        if (op is OpKind.Yield or OpKind.FutexWait) ra.Yielded(thread); // a futex wait that returns at once is a spin too
        if (op is OpKind.Fence or OpKind.LockAcquire or OpKind.LockRelease or OpKind.FutexWait or OpKind.FutexWake
                 or OpKind.Spawn or OpKind.Join) ra.Fence(thread);
    }

    /// <summary>A labeled point (trace replay only): a scheduling point at which the thread's pending label is <paramref name="name"/>.</summary>
    internal void LabelPoint(ControlledThread t, string name, string? file, int line, bool keepLive = false)
    {
        if (!keepLive) t.PendingLiveCount = 0;
        EnterRuntime(t);
        t.PendingOp = OpKind.Label;
        t.PendingLabel = name;
        t.PendingFile = file;
        t.PendingLine = line;
        ScheduleNext(t);
        LeaveRuntime(t);
    }

    /// <summary>Set by the last collection of candidates: no thread was enabled (the candidates are expired timed waits).</summary>
    internal bool Quiescent => _quiescent;

    /// <summary>True once the current iteration is being unwound (a bug, a divergence, an internal stop).</summary>
    internal bool Aborted => _aborted;

    /// <summary>
    /// Marks the current step and every later step of the iteration dependent with every other in the strategy's step
    /// log: async code shares plain fields between awaits, which no step records a location for (see
    /// <see cref="Threading.Async.AsyncScope"/>). A no-op when no strategy reads steps.
    /// </summary>
    internal void MarkStepsGlobal()
    {
        if (!Observing) return;
        _stepLog!.AllGlobal = true;
        _stepLog.MarkGlobal();
    }

    /// <summary>True while a trace replay drives this runtime: labels are scheduling points.</summary>
    internal bool Tracing => _trace is not null;

    private static void EnterRuntime(ControlledThread t)
    {
        if (Interlocked.CompareExchange(ref t.Claim, ControlledThread.ClaimRuntime, ControlledThread.ClaimUser) == ControlledThread.ClaimLeaked)
            throw new ExecutionCanceledException();
        if (t.Runtime._aborted)
        {
            Volatile.Write(ref t.Claim, ControlledThread.ClaimUser);
            throw new ExecutionCanceledException();
        }
    }

    private static void LeaveRuntime(ControlledThread t) => Volatile.Write(ref t.Claim, ControlledThread.ClaimUser);

    /// <summary>Makes one scheduling decision. If another thread is chosen, hands it the token and waits to be chosen again.</summary>
    private void ScheduleNext(ControlledThread? current)
    {
        int n = CollectEnabled();
        if (n == 0)
        {
            _trace?.NoThreadEnabled(_threads, this);
            bool allDone = true;
            foreach (var th in _threads) if (th.Status != ThreadStatus.Completed) { allDone = false; break; }
            if (allDone)
            {
                EndIteration(current);
                return;
            }
            ReportDeadlock(current);
        }
        int curId = current is not null && current.Status == ThreadStatus.Enabled ? current.Id : -1;
        int choice = DecideWithFlushes(n, curId);
        var next = _threads[_enabled[choice]];
        if (_spuriousCandidate[choice])
        {
            if (Observing) _stepLog!.MarkGlobal(); // a wake-up no other thread caused: ordered with every step

            // With no thread enabled, the candidates are timed waiters whose time ran out; otherwise a spurious wake.
            if (_quiescent) next.TimedOut = true;
            else
            {
                _spuriousLeft--;
                next.WokenSpuriously = true;
            }
            Unblock(next);
        }
        CheckLivenessThreshold(current);
        if (ReferenceEquals(next, current)) return;
        // Decide to wait before handing the token over: from Dispatch on, the next thread owns every field, and it may
        // abort the iteration and mark this thread completed (opening its gate to unwind it) before this line runs.
        var waiter = current is not null && current.Status != ThreadStatus.Completed ? current : null;
        // An enabled thread may be chosen again soon: let it spin. A blocked one parks. (Read before Dispatch too.)
        bool spin = waiter is not null && waiter.Status == ThreadStatus.Enabled;
        // A spinning next thread hands its spin slot to this one, which spins with it in turn (see Gate).
        bool slot = Dispatch(next, keepSlot: spin);
        if (waiter is not null)
        {
            waiter.Worker.Gate.Wait(spin, slot);
            if (_aborted) throw new ExecutionCanceledException();
        }
    }

    /// <summary>Hands the token to <paramref name="next"/>; true when the caller took over its spin slot (see <see cref="Gate.Open"/>).</summary>
    private bool Dispatch(ControlledThread next, bool keepSlot = false)
    {
        Volatile.Write(ref _running, next);
        return next.Worker.Gate.Open(keepSlot);
    }

    private int CollectEnabled()
    {
        int n = 0;
        bool anyEnabled = false;
        foreach (var t in _threads)
        {
            if (t.Status == ThreadStatus.Enabled) { anyEnabled = true; break; }
        }
        _quiescent = !anyEnabled;
        for (int i = 0; i < _threads.Count; i++)
        {
            var t = _threads[i];
            if (t.Status == ThreadStatus.Enabled)
            {
                _spuriousCandidate[n] = false;
                _enabled[n++] = t.Id;
            }
            else if (!anyEnabled && t.Status == ThreadStatus.Blocked && t.BlockedTimed)
            {
                // Time only passes when every thread is idle: a timed wait expires once the system is quiescent.
                _spuriousCandidate[n] = true;
                _enabled[n++] = t.Id;
            }
            else if (anyEnabled && _spuriousLeft > 0 && t.Status == ThreadStatus.Blocked && t.BlockedInFutex)
            {
                // A futex waiter may wake spuriously, but only while some thread can make real progress:
                // otherwise a lost wake-up would turn into an endless spurious-wake loop instead of a deadlock.
                _spuriousCandidate[n] = true;
                _enabled[n++] = t.Id;
            }
        }
        return n;
    }

    /// <summary>
    /// A thread decision under the memory model: under TSO with stores buffered, the candidates are the enabled threads
    /// and a flush candidate per non-empty buffer; each flush chosen is a step of its own, after which the decision is
    /// taken again. Once at most one thread is alive nobody can observe flush timing, and the buffers are drained.
    /// Returns an index into the first <paramref name="n"/> entries of <c>_enabled</c> (a thread).
    /// </summary>
    private int DecideWithFlushes(int n, int currentId)
    {
        while (Tso is { Pending: > 0 } memory)
        {
            if (LiveThreadCount() <= 1)
            {
                memory.DrainAll();
                break;
            }
            int total = n;
            for (int i = 0; i < _threads.Count; i++)
            {
                if (memory.CountOf(i) == 0) continue;
                _spuriousCandidate[total] = false;
                _enabled[total++] = FlushIdBase + i;
            }
            int choice = Decide(total, currentId, n);
            if (choice < n) return choice;
        }
        return Decide(n, currentId, n);
    }

    /// <summary>Thread decisions a step-bound report looks back over to say which threads spun, and where.</summary>
    private const int SpinWindow = 200;

    /// <summary>
    /// For a step-bound report: who ran in the last <see cref="SpinWindow"/> thread decisions and where, busiest
    /// thread first, each with the (up to four) program points it was most often chosen at and how often, e.g.
    /// <c>: in the last 200 steps thread 1 ran 140 (fetch-add ScqRing.cs:141 x35, load ScqRing.cs:261 x35, ...), thread
    /// 2 ran 60 (...)</c>. A livelocked loop is the set of points its thread keeps returning to.
    /// </summary>
    private string SpinSummary()
    {
        var points = new SortedDictionary<int, Dictionary<string, int>>();
        int window = 0;
        for (int i = _decisions.Count - 1; i >= 0 && window < SpinWindow; i--)
        {
            var d = _decisions[i];
            if (!d.IsThread || d.Op == OpKind.Flush) continue;
            window++;
            if (!points.TryGetValue(d.Value, out var counts)) points[d.Value] = counts = new Dictionary<string, int>();
            string point = ControlledThread.OpName(d.Op) + (d.File is null ? "" : " " + ControlledThread.Format(d.File, d.Line));
            counts[point] = counts.GetValueOrDefault(point) + 1;
        }
        if (window == 0) return "";
        var parts = points
            .Select(e => (Thread: e.Key, Steps: e.Value.Values.Sum(), Points: e.Value))
            .OrderByDescending(e => e.Steps).ThenBy(e => e.Thread)
            .Select(e => string.Create(CultureInfo.InvariantCulture,
                $"thread {e.Thread} ran {e.Steps} ({string.Join(", ", e.Points.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(4).Select(p => $"{p.Key} x{p.Value}"))})"));
        return string.Create(CultureInfo.InvariantCulture, $": in the last {window} steps {string.Join(", ", parts)}");
    }

    private int LiveThreadCount()
    {
        int live = 0;
        foreach (var t in _threads) if (t.Status != ThreadStatus.Completed) live++;
        return live;
    }

    /// <summary>
    /// Asks the strategy (or the replayed schedule) for the next candidate among the first <paramref name="n"/> entries of
    /// <c>_enabled</c>, of which the first <paramref name="threads"/> are threads and the rest flush candidates (a chosen
    /// flush is performed and recorded here).
    /// </summary>
    private int Decide(int n, int currentId, int threads)
    {
        int step = ++_stepCount;
        _progress++;
        if (step > _options.MaxSteps)
        {
            _stepCount--;
            ReportBugAndThrow(BugKind.StepBoundExceeded,
                string.Create(CultureInfo.InvariantCulture, $"iteration exceeded {_options.MaxSteps} steps; the threads may be livelocked") + SpinSummary(),
                _running, null);
        }
        int choice;
        var enabled = new ReadOnlySpan<int>(_enabled, 0, n);
        if (_replay is not null)
        {
            if (n > 1) _choiceCount++;
            choice = _replay.NextThread(enabled, step, _threads, this);
        }
        else if (_trace is not null)
        {
            if (n > 1) _choiceCount++;
            choice = _trace.NextThread(enabled, currentId, _threads, this);
        }
        else if (_guide is not null)
        {
            choice = DecideByGuide(n, currentId);
        }
        else
        {
            choice = DecideByStrategy(n, currentId, step);
        }
        if (choice >= threads)
        {
            _flushDecisions++;
            RecordFlush(step, _enabled[choice] - FlushIdBase);
            return choice;
        }
        var chosen = _threads[_enabled[choice]];
        if (currentId >= 0 && chosen.Id != currentId && _threads[currentId].PendingOp != OpKind.Yield) _preemptions++;
        _decisions.Add(new Decision(true, chosen.Id, chosen.PendingOp, chosen.PendingFile, chosen.PendingLine));
        if (Observing)
        {
            _stepLog!.Begin(chosen);
            if (Ra is { PromiseOutstanding: true }) _stepLog.DuringPromise();
        }
        if (_recordLog)
            _log.Add(new LogEntry(step, chosen.Id, chosen.PendingOp, chosen.PendingFile, chosen.PendingLine, chosen.PendingOp == OpKind.Label ? chosen.PendingLabel : null));
        return choice;
    }

    /// <summary>Weak-memory decisions of this iteration so far (see <see cref="ReplayOutcome.WeakDecisions"/>).</summary>
    private int WeakDecisions => _flushDecisions + (Ra is null ? 0 : (int)(Ra.StaleReads + Ra.StoresPlacedBefore - _raWeakBaseline));

    /// <summary>
    /// A drain of <paramref name="thread"/>'s buffer (a serializing operation, a SeqCst store, thread exit, or the last
    /// live thread) wrote buffered stores to memory inside the current step: the step is ordered with every other, since
    /// it wrote cells its record does not name, and it disabled the thread's flush candidate (<see cref="StepLog.Drained"/>).
    /// </summary>
    internal void StoresDrained(int thread)
    {
        if (Observing) _stepLog!.Drained(thread);
    }

    /// <summary>Performs the flush decision of <paramref name="step"/>: thread <paramref name="thread"/>'s oldest buffered store reaches memory.</summary>
    private void RecordFlush(int step, int thread)
    {
        var store = Tso!.FlushOldest(thread);
        if (Observing) _stepLog!.BeginFlush(thread, store.Address);
        _decisions.Add(new Decision(true, thread, OpKind.Flush, null, 0));
        if (_recordLog)
            _log.Add(new LogEntry(step, thread, OpKind.Flush, store.File, store.Line, store.ValueText + " reaches memory"));
    }

    /// <summary>
    /// A guided run's decision (see <see cref="GuideCursor"/>): the cursor's pick, or the default rule's. Returns an
    /// index into <c>_enabled</c>. Switching away from <paramref name="currentId"/> is a preemption unless it is -1 (the
    /// last thread blocked or finished) or paused at a yield.
    /// </summary>
    private int DecideByGuide(int n, int currentId)
    {
        if (n > 1) _choiceCount++;
        int fallback = DefaultChoice(n, currentId);
        bool free = currentId < 0 || _threads[currentId].PendingOp == OpKind.Yield;
        int anchorCount = _lastSelected >= 0 ? _selections[_lastSelected] : 0;
        var point = _lastSelected >= 0
            ? new ProgramPoint(_threads[_lastSelected].PendingOp, _threads[_lastSelected].PendingFile, _threads[_lastSelected].PendingLine)
            : default;
        int choice = _guide!.NextThread(new ReadOnlySpan<int>(_enabled, 0, n), fallback, _lastSelected, anchorCount, point, free);
        int id = _enabled[choice];
        // A flush is not a selection: the decision after it is taken at the same anchor (see GuideCursor).
        if (id >= FlushIdBase) return choice;
        _selections[id]++;
        _lastSelected = id;
        _valueOrdinal = 0;
        return choice;
    }

    /// <summary>
    /// The default rule of guided runs: the current thread while it is offered and not paused at a yield, else the
    /// lowest-numbered offered thread that is really enabled, else (only timed or spurious wake-ups are possible) the
    /// lowest offered. Returns an index into <c>_enabled</c>.
    /// </summary>
    private int DefaultChoice(int n, int currentId)
    {
        int m = OfferedByYieldRule(n);
        if (currentId >= 0 && _threads[currentId].PendingOp != OpKind.Yield)
        {
            for (int i = 0; i < m; i++)
                if (_offeredIds[i] == currentId && !_spuriousCandidate[_offered[i]]) return _offered[i];
        }
        for (int i = 0; i < m; i++)
            if (!_spuriousCandidate[_offered[i]]) return _offered[i];
        return _offered[0];
    }

    /// <summary>
    /// The strategy's decision among the threads the yield rule offers (see the class essay); returns an index into
    /// <c>_enabled</c>. The current thread counts as current only if it is offered: a thread that has just yielded is
    /// not preempted by the thread that replaces it.
    /// </summary>
    private int DecideByStrategy(int n, int currentId, int step)
    {
        int m = OfferedByYieldRule(n);
        if (m > 1) _choiceCount++;
        var offered = new ReadOnlySpan<int>(_offeredIds, 0, m);
        if (currentId >= 0 && !offered.Contains(currentId)) currentId = -1;
        int choice;
        try
        {
            choice = _strategy.NextThread(offered, currentId, step);
        }
        catch (Exception e) when (e is not ExecutionCanceledException)
        {
            // The strategy failed (DFS found the test nondeterministic, or any other exception). Report it here, as a
            // bug every caller unwinds from: this may run on a worker right after its thread finished or on the driver
            // at an iteration's first decision, where an escaping exception would kill the worker and leave the driver
            // waiting forever, or inside user code, which could catch it. The failed decision is not a step of the schedule.
            _stepCount--;
            throw StrategyFailed(e);
        }
        if (choice == IStrategy.Prune)
        {
            // The strategy has seen every continuation of this prefix elsewhere (DPOR's sleep sets): end the iteration.
            _stepCount--;
            if (_stepLog is not null) _stepLog.Pruned = true;
            _aborted = true;
            throw new ExecutionCanceledException();
        }
        if ((uint)choice >= (uint)m) throw new InvalidOperationException($"internal: strategy {_strategy.Name} returned {choice} of {m}");
        return _offered[choice];
    }

    /// <summary>A value choice of the strategy; its failure is reported as <see cref="DecideByStrategy"/> reports a failed decision.</summary>
    private int StrategyValue(int count)
    {
        try
        {
            return _strategy.NextValue(count, _stepCount);
        }
        catch (Exception e) when (e is not ExecutionCanceledException)
        {
            throw StrategyFailed(e);
        }
    }

    /// <summary>Reports the strategy's exception <paramref name="e"/> as an unhandled-exception bug; returns the exception that unwinds the iteration.</summary>
    private ExecutionCanceledException StrategyFailed(Exception e)
    {
        ReportBugCore(BugKind.UnhandledException, $"{e.GetType().FullName}: {e.Message}", _running, null, e.ToString());
        return new ExecutionCanceledException();
    }

    /// <summary>
    /// Fills <c>_offered</c>/<c>_offeredIds</c> with the candidates among the first <paramref name="n"/> entries of
    /// <c>_enabled</c> that the yield rule does not defer; returns their count, at least 1 (of the threads paused at a
    /// yield, the one with the oldest stamp is never deferred when every other enabled thread has yielded since).
    /// </summary>
    private int OfferedByYieldRule(int n)
    {
        int m = 0;
        for (int i = 0; i < n; i++)
        {
            int id = _enabled[i];
            if (id < FlushIdBase && _yieldClock > 0 && IsDeferredByYield(_threads[id], n)) continue;
            _offered[m] = i;
            _offeredIds[m++] = id;
        }
        return m;
    }

    /// <summary>True when <paramref name="t"/> is paused at a yield and another enabled thread has not yielded since.</summary>
    private bool IsDeferredByYield(ControlledThread t, int n)
    {
        if (t.PendingOp != OpKind.Yield || t.Status != ThreadStatus.Enabled) return false;
        for (int i = 0; i < n; i++)
        {
            if (_enabled[i] >= FlushIdBase) continue;
            var u = _threads[_enabled[i]];
            if (!ReferenceEquals(u, t) && u.Status == ThreadStatus.Enabled && u.YieldStamp < t.YieldStamp) return true;
        }
        return false;
    }

    /// <summary>A nondeterministic choice among <paramref name="count"/> values, made by the strategy and recorded in the schedule.</summary>
    internal int ChooseValue(ControlledThread t, int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), "a choice needs at least one option");
        EnterRuntime(t);
        int v;
        if (_replay is not null) v = _replay.NextValue(count, _stepCount, this);
        else if (_trace is not null) v = _trace.NextValue(count, this);
        else if (_guide is not null)
        {
            int anchorCount = _lastSelected >= 0 ? _selections[_lastSelected] : 0;
            v = _guide.NextValue(count, _lastSelected, anchorCount, _valueOrdinal++);
        }
        else
        {
            v = StrategyValue(count);
            _stepLog?.MarkGlobal(); // the step's effect depends on the value: ordered with every step
        }
        _decisions.Add(new Decision(false, v, OpKind.Start, null, 0));
        LeaveRuntime(t);
        return v;
    }

    // ---- release/acquire promises (see RaPromises) ----

    private const ulong PrefixHashSeed = 0xcbf29ce484222325;

    /// <summary>What <see cref="ChooseRead"/> returns when the promise option was chosen with no certified value.</summary>
    internal const int NoPromiseCertified = -2;

    /// <summary>True while a strategy drives this iteration (not a replay, trace or guided run).</summary>
    internal bool Exploring => _replay is null && _trace is null && _guide is null;

    /// <summary>
    /// True while DFS or DPOR drives this iteration: both run on <see cref="DecisionDfs"/>, which replays prefixes and
    /// needs every option count to be a function of the prefix, so a relaxed load always offers the promise option (see
    /// <see cref="RaPromises"/>).
    /// </summary>
    internal bool SystematicSearch => Exploring && _strategy is Strategies.DfsStrategy or Strategies.DporStrategy;

    /// <summary>RA: the current step joined or published into the SeqCst order's clock (<see cref="StepLog.SeqCstClock"/>).</summary>
    internal void NoteSeqCstClock(bool publishes)
    {
        if (Observing) _stepLog!.SeqCstClock(publishes);
    }

    /// <summary>A hash of the decisions recorded so far in this iteration: the key of a load's certified promise values.</summary>
    internal ulong PrefixHash()
    {
        for (; _hashed < _decisions.Count; _hashed++)
        {
            var d = _decisions[_hashed];
            ulong x = ((ulong)(uint)d.Value << 1) | (d.IsThread ? 1UL : 0UL);
            _prefixHash = (_prefixHash ^ x) * 0x100000001b3;
            _prefixHash ^= _prefixHash >> 29;
        }
        return _prefixHash;
    }

    /// <summary>
    /// True when <paramref name="id"/> names a worker (not the main thread) that has not finished: a running one, or one
    /// not created yet (a promise it owes and never keeps discards the iteration when it ends).
    /// </summary>
    internal bool MayStillStore(int id) => id > 0 && (id >= _threads.Count || _threads[id].Status != ThreadStatus.Completed);

    /// <summary>
    /// True when a promise to a load of thread <paramref name="id"/> could still be kept: some other thread has not
    /// finished, a worker that may store or a thread (the main one included) that may still create one. It depends only
    /// on the decisions so far, never on which values are certified, so a systematic search's option counts stay a
    /// function of the prefix even when a worker created after the load certifies a value for it.
    /// </summary>
    internal bool PromiseMayBeKept(int id)
    {
        for (int i = 0; i < _threads.Count; i++)
            if (i != id && _threads[i].Status != ThreadStatus.Completed) return true;
        return false;
    }

    /// <summary>
    /// The read decision of a relaxed load under RA that may read a promise: returns the store read among
    /// <paramref name="ordinary"/> (0 the newest), -1 when it reads the promise in <paramref name="promise"/>, or
    /// <see cref="NoPromiseCertified"/>. A strategy is offered one more option, "promise", when
    /// <paramref name="candidates"/> holds certified values or <paramref name="offerWithoutCandidates"/>, and then chooses
    /// among the candidates. The schedule records an ordinary choice as before (only when there were two or more) and a
    /// promise as two value steps, <see cref="RaPromises.MarkerBase"/> + thread and the value's zigzag code, which a
    /// replay reads back without any certificate; a guided run never promises.
    /// </summary>
    internal int ChooseRead(ControlledThread t, int ordinary, List<PromiseCandidate>? candidates, bool offerWithoutCandidates, out PromiseCandidate promise)
    {
        promise = default;
        if (_replay is not null)
        {
            EnterRuntime(t);
            bool promised = _replay.TryTakePromise(_stepCount, this, out promise);
            LeaveRuntime(t);
            if (promised)
            {
                RecordPromise(promise);
                return -1;
            }
        }
        bool offer = Exploring && (candidates is { Count: > 0 } || offerWithoutCandidates);
        if (!offer) return ordinary > 1 ? ChooseValue(t, ordinary) : 0;
        EnterRuntime(t);
        int v = StrategyValue(ordinary + 1);
        _stepLog?.MarkGlobal();
        if (v < ordinary)
        {
            if (ordinary > 1) _decisions.Add(new Decision(false, v, OpKind.Start, null, 0));
        }
        else if (candidates is { Count: > 0 })
        {
            promise = candidates[candidates.Count > 1 ? StrategyValue(candidates.Count) : 0];
            RecordPromise(promise);
            v = -1;
        }
        else v = NoPromiseCertified;
        LeaveRuntime(t);
        return v;
    }

    private void RecordPromise(PromiseCandidate promise)
    {
        _decisions.Add(new Decision(false, RaPromises.MarkerBase + promise.Thread, OpKind.Start, null, 0));
        _decisions.Add(new Decision(false, RaPromises.Encode(promise.Bits), OpKind.Start, null, 0));
    }

    /// <summary>
    /// Ends the iteration as infeasible (RA: a promise that cannot be kept): it is counted, but neither a bug nor an
    /// outcome. Unwinds every thread.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal void DiscardInfeasible(int thread, string why)
    {
        MarkInfeasible(thread, why);
        throw new ExecutionCanceledException();
    }

    private void MarkInfeasible(int thread, string why)
    {
        _aborted = true;
        if (_bug is not null || _divergence is not null) return;
        _infeasible = true;
        if (Observing) _stepLog!.Discarded();
        if (_recordLog && thread >= 0 && thread < _threads.Count) RecordValue(_threads[thread], why);
    }

    private int TraceWake(ControlledThread t, ReadOnlySpan<int> waiters)
    {
        EnterRuntime(t);
        int v = _trace!.NextWake(waiters, this);
        _decisions.Add(new Decision(false, v, OpKind.Start, null, 0));
        LeaveRuntime(t);
        return v;
    }

    /// <summary>Attaches the value an operation read or wrote to the latest log line of this thread (verbose replay).</summary>
    internal void RecordValue(ControlledThread t, string value)
    {
        if (!_recordLog) return;
        for (int i = _log.Count - 1; i >= 0; i--)
        {
            if (_log[i].Thread == t.Id)
            {
                _log[i] = _log[i] with { Value = value };
                return;
            }
        }
    }

    // ---- blocking model ----

    /// <summary>Blocks <paramref name="t"/> on <paramref name="resource"/> until another thread unblocks it.</summary>
    internal void Block(ControlledThread t, object resource, bool futex, bool timed = false)
    {
        EnterRuntime(t);
        t.Status = ThreadStatus.Blocked;
        t.BlockedOn = resource;
        t.BlockedInFutex = futex;
        t.BlockedTimed = timed;
        t.WokenSpuriously = false;
        t.TimedOut = false;
        if (_recordLog) RecordValue(t, resource is ControlledThread j ? $"blocked: thread {j.Id} still running" : futex ? "blocked: sleeping on futex" : resource is IDescribedWait ? "blocked: waiting" : "blocked: lock held");
        ScheduleNext(t);
        Ra?.Resumed(t.Id);
        LeaveRuntime(t);
    }

    private static void Unblock(ControlledThread t)
    {
        t.Status = ThreadStatus.Enabled;
        t.BlockedOn = null;
        t.BlockedInFutex = false;
        t.BlockedTimed = false;
    }

    /// <summary>Unblocks up to <paramref name="max"/> threads blocked on <paramref name="resource"/>; which ones is the strategy's choice.</summary>
    internal int Wake(ControlledThread t, object resource, int max)
    {
        Span<int> waiters = stackalloc int[Math.Min(_threads.Count, 64)];
        int n = 0;
        foreach (var th in _threads)
            if (th.Status == ThreadStatus.Blocked && ReferenceEquals(th.BlockedOn, resource) && n < waiters.Length)
                waiters[n++] = th.Id;
        if (n <= max)
        {
            for (int i = 0; i < n; i++)
            {
                Unblock(_threads[waiters[i]]);
                HappensBefore?.OnWake(t.Id, waiters[i]);
            }
            return n;
        }
        for (int k = 0; k < max; k++)
        {
            // During a trace replay the trace says which sleepers the wake releases.
            int pick = _trace is not null ? TraceWake(t, waiters[..n]) : ChooseValue(t, n);
            Unblock(_threads[waiters[pick]]);
            HappensBefore?.OnWake(t.Id, waiters[pick]);
            waiters[pick] = waiters[n - 1];
            n--;
        }
        return max;
    }

    /// <summary>
    /// The outcome of the compare-and-swap the running thread's current step performed (called right after it, before
    /// the thread's next scheduling point): a failed one only read its cell, which the dpor strategy's dependency
    /// relation uses (<see cref="Strategies.DporEvent"/>).
    /// </summary>
    internal void CasOutcome(bool succeeded)
    {
        if (!succeeded && Observing) _stepLog!.CasFailed();
    }

    internal ControlledThread Spawn(ControlledThread parent, Action body, string? file, int line)
    {
        Point(parent, OpKind.Spawn, file, line);
        EnterRuntime(parent);
        var t = NewThread(body);
        HappensBefore?.OnNewThread(t.Id, parent.Id);
        if (Observing) _stepLog!.Spawned(t.Id);
        LeaveRuntime(parent);
        return t;
    }

    internal void Join(ControlledThread t, ControlledThread target, string? file, int line)
    {
        Access(t, OpKind.Join, 0, target, AccessOrder.SeqCst, file, line);
        while (target.Status != ThreadStatus.Completed) Block(t, target, futex: false);
        HappensBefore?.OnJoin(t.Id, target.Id);
    }

    // ---- monitors ----

    /// <summary>A failure reported by user code (an assertion, an implementation-side check): enters the runtime first, so an abandoned thread cannot touch the current iteration.</summary>
    internal void FailFromUser(ControlledThread t, string message, string? monitor)
    {
        EnterRuntime(t);
        ReportBugAndThrow(BugKind.Assertion, message, t, monitor);
    }

    internal void Emit(ControlledThread t, object e)
    {
        EnterRuntime(t);
        try
        {
            EmitCore(t, e);
        }
        finally
        {
            LeaveRuntime(t);
        }
    }

    private void EmitCore(ControlledThread t, object e)
    {
        var monitors = _monitors;
        for (int i = 0; i < monitors.Length; i++)
        {
            _tally.Untyped(i);
            if (Observing && !DeliveredKeyed(i, e))
            {
                _stepLog!.MonitorEvent(i, changesState: true);
                _stepLog.Observed(i, StepLog.WholeMonitor, e);
            }
            try
            {
                monitors[i].OnEvent(e);
            }
            catch (MonitorFailure mf)
            {
                ReportBugAndThrow(BugKind.Assertion, mf.Message, t, mf.MonitorName);
            }
        }
    }

    /// <summary>Notes in the step log that monitor <paramref name="monitor"/> received <paramref name="e"/> (and the history).</summary>
    private void Delivered<T>(int monitor, in T e) where T : struct
    {
        if (_monitors[monitor] is IKeyedMonitor && DeliveredKeyed(monitor, e)) return;
        bool changes = ChangesMonitorState(in e);
        _stepLog!.MonitorEvent(monitor, changes);
        if (changes) _stepLog.Observed(monitor, StepLog.WholeMonitor, e);
    }

    private readonly List<MonitorPart> _parts = new();

    /// <summary>
    /// For a keyed monitor (<see cref="IKeyedMonitor"/>), notes the parts of its state <paramref name="e"/> reads or
    /// changes, and the event in the history of each part it changes. False when the monitor is not keyed.
    /// </summary>
    private bool DeliveredKeyed(int monitor, object e)
    {
        if (_monitors[monitor] is not IKeyedMonitor keyed) return false;
        _parts.Clear();
        keyed.PartsOf(e, _parts);
        foreach (var part in _parts)
        {
            _stepLog!.MonitorPartEvent(monitor, part);
            if (part.Changes) _stepLog.Observed(monitor, part.Part, e);
        }
        return true;
    }

    /// <summary>
    /// False for the monitor events that are observations whose mutual order does not matter: a read or write of a pool
    /// slot (the memory monitors compare it with the slot's state and change only the accessing thread's own entries),
    /// and a value of a reclaimer's clock (reported in the step of the access that read or wrote it, so two observations
    /// of different values are already ordered by that access). Every other event may change what its monitors decide
    /// later, so its order with the monitors' other events matters.
    /// </summary>
    private static bool ChangesMonitorState<T>(in T e) where T : struct
    {
        if (typeof(T) == typeof(Monitors.ClockEvent)) return false;
        if (typeof(T) != typeof(Monitors.SlotEvent)) return true;
        var slot = System.Runtime.CompilerServices.Unsafe.As<T, Monitors.SlotEvent>(ref System.Runtime.CompilerServices.Unsafe.AsRef(in e));
        return slot.Op is not (Monitors.SlotOp.Read or Monitors.SlotOp.Write);
    }

    private void CheckLivenessThreshold(ControlledThread? current)
    {
        if (_options.LivenessThreshold <= 0) return;
        foreach (var m in _monitors)
        {
            // Each monitor counts its own consecutive hot steps. One that cooled since the last step discharged its
            // obligation, even if a new obligation has made it hot again before this step.
            if (m.CooledSinceCheck || !m.Hot) m.HotSteps = 0;
            m.CooledSinceCheck = false;
            if (m.Hot && ++m.HotSteps > _options.LivenessThreshold)
                ReportBugAndThrow(BugKind.Liveness,
                    string.Create(CultureInfo.InvariantCulture, $"{m.Name} stayed hot for {_options.LivenessThreshold} steps: {m.HotReason}"),
                    current, m.Name);
        }
    }

    private void EndIteration(ControlledThread? last)
    {
        foreach (var m in _monitors)
        {
            try
            {
                m.OnIterationEnd();
            }
            catch (MonitorFailure mf)
            {
                ReportBugCore(BugKind.Assertion, mf.Message, last, mf.MonitorName, null);
                break;
            }
            catch (Exception e)
            {
                // A monitor's own failure. This runs on the worker of the thread that finished last, outside any user
                // frame: an escaping exception would kill the worker and leave the driver waiting forever.
                ReportBugCore(BugKind.UnhandledException, $"{e.GetType().FullName}: {e.Message}", last, m.Name, e.ToString());
                break;
            }
            if (m.Hot && _bug is null)
                ReportBugCore(BugKind.Liveness, $"{m.Name} is hot at the end of the iteration: {m.HotReason}", last, m.Name, null);
        }
        IterationFinished();
    }

    // ---- bugs and abort ----

    private void ReportDeadlock(ControlledThread? current)
    {
        var blocked = new List<string>();
        foreach (var th in _threads)
            if (th.Status == ThreadStatus.Blocked) blocked.Add($"thread {th.Id} ({th.StatusText} at {th.PendingOpDescription()})");
        ReportBugAndThrow(BugKind.Deadlock, "no thread is enabled; " + string.Join(", ", blocked), current, null);
    }

    internal void ReportBugAndThrow(BugKind kind, string message, ControlledThread? t, string? monitor)
    {
        ReportBugCore(kind, message, t, monitor, null);
        throw new ExecutionCanceledException();
    }

    internal void ReportDivergenceAndThrow(string message)
    {
        _divergence ??= message;
        _aborted = true;
        throw new ExecutionCanceledException();
    }

    private void ReportBugCore(BugKind kind, string message, ControlledThread? t, string? monitor, string? stack)
    {
        _aborted = true;
        if (_bug is not null || _divergence is not null) return;
        if (Ra is { PromiseOutstanding: true })
        {
            // The failure may belong to an execution that cannot happen (its promise might never be kept): discarded.
            MarkInfeasible(t?.Id ?? -1, "discarded: a failure was reached while a promise was outstanding: " + message);
            return;
        }
        if (Observing) _stepLog!.Bug();
        var positions = new List<ThreadPosition>(_threads.Count);
        foreach (var th in _threads)
        {
            var status = ReferenceEquals(th, t) && th.Status == ThreadStatus.Enabled ? "running" : th.StatusText;
            positions.Add(new ThreadPosition(th.Id, status, ControlledThread.OpName(th.PendingOp), th.Location));
        }
        _bug = new PendingBug(kind, message, _stepCount, t?.Id ?? -1, positions, monitor, stack, RecordedSteps());
    }

    /// <summary>The decisions of this iteration so far, as schedule steps.</summary>
    private List<ScheduleStep> RecordedSteps()
    {
        var steps = new List<ScheduleStep>(_decisions.Count);
        foreach (var d in _decisions)
            steps.Add(d.IsThread ? ScheduleStep.ForThread(d.Value, d.Op, ControlledThread.Format(d.File, d.Line)) : ScheduleStep.ForValue(d.Value));
        return steps;
    }

    /// <summary>Unwinds the remaining threads of an aborted iteration one at a time, then returns the token to the driver.</summary>
    private void ContinueAbort()
    {
        foreach (var th in _threads)
        {
            if (th.Status != ThreadStatus.Completed)
            {
                th.Status = ThreadStatus.Completed; // it will unwind and finish
                Volatile.Write(ref _running, th);
                th.Worker.Gate.Open();
                return;
            }
        }
        IterationFinished();
    }

    private BugReport Finish(PendingBug pb, string testId, string strategyName, int iteration, bool write = true)
    {
        var schedule = new Schedule
        {
            ToolVersion = Checker.ToolVersion,
            TestId = testId,
            Strategy = strategyName,
            Seed = _options.Seed,
            Iteration = iteration,
            MaxSteps = _options.MaxSteps,
            PreemptionBound = _options.Strategy == "dfs" ? _options.PreemptionBound : null,
            SpuriousWakeups = _options.SpuriousWakeups,
            LivenessThreshold = _options.LivenessThreshold,
            MemoryModel = Tso is not null ? MemoryModel.TSO : Ra is not null ? MemoryModel.RA : MemoryModel.SC,
            RaceDetector = _options.RaceDetector,
            OrderMutant = _options.OrderMutant,
            Commit = Checker.Commit,
            Bug = new ScheduleBug(pb.Kind, pb.Step, pb.Thread, pb.Monitor, pb.Message),
            Steps = pb.Decisions,
        };
        string? path = null;
        if (write && _replay is null) path = ScheduleFile.WriteNew(schedule, _options.ScheduleDirectory);
        var report = new BugReport
        {
            Kind = pb.Kind,
            Message = pb.Message,
            Step = pb.Step,
            Thread = pb.Thread,
            Threads = pb.Positions,
            Monitor = pb.Monitor,
            Schedule = schedule,
            SchedulePath = path,
            Iteration = iteration,
            StackTrace = pb.Stack,
        };
        // A user's test method replays through itself (WEFT_REPLAY), a registered test through `weft replay`.
        return path is not null && CallSite is not null ? report with { ReplayCommand = CallSite.ReplayCommand(path) } : report;
    }

    public void Dispose()
    {
        foreach (var w in _all) w.Stop();
        _all.Clear();
        _free.Clear();
    }

    private sealed record PendingBug(BugKind Kind, string Message, int Step, int Thread, List<ThreadPosition> Positions,
        string? Monitor, string? Stack, List<ScheduleStep> Decisions);
}
