using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Ipc;
using Weft.Monitors;
using Weft.Platform;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/Event/Event.tla: <see cref="IpcEvent"/> (the sequence-numbered manual-reset event) in an in-process segment;
/// seeded defects (at most one): <c>CheckThenWait = TRUE</c> <see cref="SeededBug.IpcEventCheckThenWait"/>,
/// <c>RecheckAfterWake = FALSE</c> <see cref="SeededBug.IpcEventWakeMeansSet"/>, <c>CheckWholeWord = FALSE</c>
/// <see cref="SeededBug.IpcEventBitOnlyCheck"/>. Workload: spec
/// thread t (1..N, <c>Waiters \cup Setters</c>) is a waiter that waits once (with a timeout when <c>Timed</c>: a
/// finite timeout, which the engine expires only when no thread can run) or a setter that sets once and, when
/// <c>Pulse</c>, resets at once. The workload marks the spec's <c>idle</c> before the operation; the event marks the
/// other pc values. <c>UseSequence = FALSE</c> is a defect of the spec only (the implementation always keeps the
/// sequence number), so no workload exists for it.
///
/// Refinement mapping. <c>word</c> is the futex word. <c>sleepers</c> are the threads asleep in the engine's futex
/// wait; a thread inside the wait (asleep, or woken and not yet resumed) is at pc <c>wait_check</c>, the label after
/// the wait; a finished waiter is <c>returned</c> or <c>timed_out</c> by what its wait returned, a finished setter
/// <c>done</c>. <c>expired</c> is the engine's expiry of the thread's timed futex wait
/// (<see cref="SpecThreadView.TimedOut"/>). The ghosts <c>sets</c>, <c>setsAtBegin</c> and <c>setAtBegin</c>, and
/// the wait's <c>seen</c>, come from the events the controlled build emits (<see cref="EventHistoryTracker"/>: a
/// winning Set CAS, the value a wait began with). Not mapped: the locals <c>sleepOn</c> and <c>v</c>.
/// </summary>
public sealed class EventModel : FutexSpecModel
{
    public override string Spec => "Event";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("EvWaitLoad", "idle"),
        new("EvWaitReload", "wait_reload"),
        new("EvWaitFutex", "wait_futex"),
        new("EvWaitCheck", "wait_check"),
        new("EvSetLoad", "idle"),
        new("EvSetCas", "set_cas"),
        new("EvSetWake", "set_wake"),
        new("EvReset", "reset"),
        new("SpuriousWake", SpecAction.Asleep),
        new("EvTimeout", SpecAction.Asleep),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["sleepOn"] = "local 'sleepOn' of IpcEvent.WaitCore (the value passed to FUTEX_WAIT)",
        ["v"] = "local 'v' of IpcEvent.Set (the value its CAS expects)",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("WaitReturnsAfterSet", "EventWaitReturnsAfterSetMonitor"),
        new("NoMissedSet", "EventNoMissedSetMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        if (!BoolConstant(constants, "UseSequence"))
            throw new WeftInputException(
                "UseSequence = FALSE is a defect of tla/Event/Event.tla only (the word without a sequence number): IpcEvent always keeps the sequence, so there is no implementation to replay it against");
        var (waiters, _, n) = Roles(constants, "Waiters", "Setters");
        return new Instance(n, waiters, BoolConstant(constants, "Pulse"), BoolConstant(constants, "Timed"), Bug(constants));
    }

    /// <summary>The seeded defect the constants select.</summary>
    private static SeededBug Bug(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bugs = new (string Constant, bool Correct, SeededBug Bug)[]
        {
            ("CheckThenWait", false, SeededBug.IpcEventCheckThenWait),
            ("RecheckAfterWake", true, SeededBug.IpcEventWakeMeansSet),
            ("CheckWholeWord", true, SeededBug.IpcEventBitOnlyCheck),
        }.Where(b => BoolConstant(constants, b.Constant) != b.Correct).ToList();
        if (bugs.Count > 1)
            throw new WeftInputException($"Event: {string.Join(" and ", bugs.Select(b => $"{b.Constant} = {(b.Correct ? "FALSE" : "TRUE")}"))}: the implementation has one seeded defect at a time");
        return bugs.Count == 0 ? SeededBug.None : bugs[0].Bug;
    }

    private sealed class Instance : SpecInstance
    {
        /// <summary>The timeout of a timed wait: finite, so the engine models the wait as timed; its length is never consulted.</summary>
        private const long TimeoutNs = 1_000_000_000;

        private readonly int _threads;
        private readonly HashSet<int> _waiters;
        private readonly bool _pulse, _timed;
        private readonly SeededBug _bug;
        private readonly bool?[] _returned;
        private IpcEvent? _event;
        private EventHistoryTracker? _history;

        public Instance(int threads, HashSet<int> waiters, bool pulse, bool timed, SeededBug bug)
        {
            _threads = threads;
            _waiters = waiters;
            _pulse = pulse;
            _timed = timed;
            _bug = bug;
            _returned = new bool?[threads + 1];
            Monitors = new Func<PropertyMonitor>[] { () => _history = new EventHistoryTracker() };
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; }

        public override void Body()
        {
            Array.Clear(_returned);
            var options = new IpcOptions { SeededBug = _bug };
            // The body neither joins its threads nor disposes the event (its segment's finalizer frees it): a body
            // joining a thread becomes runnable when that thread finishes, and the engine expires a timed wait only
            // when no thread at all can run, where the spec's EvTimeout asks only that no spec thread can. The
            // mapping reads the event until the replay ends.
            var ev = IpcEvent.CreateInProcess(initiallySet: false, options);
            _event = ev;
            for (int t = 1; t <= _threads; t++)
            {
                int self = t;
                if (_waiters.Contains(t)) WeftThread.Start(() => Waiter(ev, self));
                else WeftThread.Start(() => Setter(ev));
            }
        }

        private void Waiter(IpcEvent ev, int self)
        {
            Checker.Label("idle");
            if (_timed)
            {
                _returned[self] = ev.TryWait(TimeoutNs);
            }
            else
            {
                ev.Wait();
                _returned[self] = true;
            }
        }

        private void Setter(IpcEvent ev)
        {
            Checker.Label("idle");
            ev.Set();
            if (_pulse) ev.Reset();
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var ev = _event!;
            var history = _history!;
            nint word = ev.EventWord;
            return new Dictionary<string, TlaValue>
            {
                ["word"] = Int(ev.PeekWord()),
                ["sleepers"] = Sleepers(threads),
                ["pc"] = PerThread(_threads, t => Str(Pc(threads[t - 1]))),
                ["seen"] = PerThread(_threads, t => Int(history.Began(word, t)?.Seen ?? 0)),
                ["expired"] = PerThread(_threads, t => Bool(_waiters.Contains(t) && threads[t - 1].TimedOut)),
                ["sets"] = Int(history.Sets(word)),
                ["setsAtBegin"] = PerThread(_threads, t => Int(history.Began(word, t)?.Sets ?? 0)),
                ["setAtBegin"] = PerThread(_threads, t => Bool(((history.Began(word, t)?.Seen ?? 0) & 1) != 0)),
            };
        }

        private string Pc(SpecThreadView v)
        {
            if (v.Completed)
            {
                if (!_waiters.Contains(v.SpecThread)) return "done";
                return _returned[v.SpecThread] switch
                {
                    true => "returned",
                    false => "timed_out",
                    null => throw new InvalidOperationException($"waiter {v.SpecThread} finished without recording what its wait returned"),
                };
            }
            return v.InFutexWait ? "wait_check" : v.Label!;
        }
    }
}
