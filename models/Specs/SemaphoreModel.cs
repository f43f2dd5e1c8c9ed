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
/// tla/Semaphore/Semaphore.tla: <see cref="IpcSemaphore"/> (the futex counting semaphore with a waiter count) in an
/// in-process segment holding <c>Init</c> units of at most <c>Max</c>, adaptive spinning off. Seeded defects (at most
/// one): <c>WakeOnZeroOnly = TRUE</c> <see cref="SeededBug.IpcSemaphoreWakeOnZeroOnly"/>; <c>CheckMax = FALSE</c>
/// <see cref="SeededBug.IpcSemaphoreNoMaxCheck"/>; <c>AtomicTake = FALSE</c> <see cref="SeededBug.IpcSemaphoreTakeByStore"/>;
/// <c>ClampWake = FALSE</c> <see cref="SeededBug.IpcSemaphoreWakeAllRegistered"/>; <c>AtomicRegister = FALSE</c>
/// <see cref="SeededBug.IpcSemaphoreRegisterByStore"/>. Workload: spec
/// thread t (the t-th spawned thread) is a waiter when t is in <c>Waiters</c> and takes <c>WaitOps</c> units with
/// <see cref="IpcSemaphore.Wait"/>, a poster when t is in <c>Posters</c> and makes <c>PostOps</c> posts of
/// <c>PostN</c> units; each operation starts at the spec's <c>idle</c>, which the workload marks, and the semaphore
/// marks the other pc values. A post the semaphore refuses (<see cref="System.Threading.SemaphoreFullException"/>,
/// nothing changed) counts as refused and as done, as the spec's overflow branch does.
///
/// Refinement mapping. <c>count</c> is the futex word and <c>waiters</c> the waiter-count word. <c>sleepers</c> are
/// the threads asleep in the engine's futex wait; a thread inside the wait (asleep, or woken and not yet resumed) is at
/// pc <c>wait_deregister</c>, the label after the wait; a finished thread is <c>done</c>. <c>wakeN</c> is 0 except for
/// a poster at <c>post_wake</c>, where it is the number of waiters that post's wake event asked for; <c>posted</c> and
/// <c>taken</c> add up the successful posts and takes the controlled build reports (<see cref="SemaphoreTracker"/>);
/// <c>opsDone</c> and <c>refused</c> are counted by the workload. Not mapped: <c>c</c>, a local.
///
/// <c>CheckOverflow = FALSE</c> (the count wraps past <c>Max</c>) has no implementation: <see cref="IpcSemaphore.Post"/>
/// always checks, so such a configuration is refused.
/// </summary>
public sealed class SemaphoreModel : FutexSpecModel
{
    public override string Spec => "Semaphore";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("SemWaitLoad", "idle"),
        new("SemWaitCas", "wait_cas"),
        new("SemWaitRegister", "wait_register"),
        new("SemWaitRegisterStore", "wait_register_store"),
        new("SemWaitFutex", "wait_futex"),
        new("SemWaitDeregister", "wait_deregister"),
        new("SemWaitReload", "wait_reload"),
        new("SemPostLoad", "idle"),
        new("SemPostCas", "post_cas"),
        new("SemPostReadWaiters", "post_read_waiters"),
        new("SemPostWake", "post_wake"),
        new("SpuriousWake", SpecAction.Asleep),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["c"] = "local 'c' of IpcSemaphore.WaitCore / 'old' of IpcSemaphore.Post (the last count seen)",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("CountInRange", "SemaphoreCountInRangeMonitor"),
        new("CountConserved", "SemaphoreCountConservedMonitor"),
        new("WakeBounded", "SemaphoreWakeBoundedMonitor"),
        new("HintCountsRegistered", "SemaphoreHintCountsRegisteredMonitor"),
        new("HintCoversSleepers", "SemaphoreHintCountsRegisteredMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        if (!BoolConstant(constants, "CheckOverflow"))
            throw new WeftInputException(
                "CheckOverflow = FALSE is a TLA+-only seeded defect (the count wraps past Max like an unchecked add); " +
                "IpcSemaphore.Post always refuses a post that would pass the maximum, so there is no implementation to replay it against");
        var (waiters, _, threads) = Roles(constants, "Waiters", "Posters");
        return new Instance(threads, waiters, IntConstant(constants, "WaitOps"), IntConstant(constants, "PostOps"), IntConstant(constants, "PostN"),
            IntConstant(constants, "Init"), IntConstant(constants, "Max"), Bug(constants));
    }

    /// <summary>The seeded defect the constants select.</summary>
    private static SeededBug Bug(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bugs = new (string Constant, bool Correct, SeededBug Bug)[]
        {
            ("WakeOnZeroOnly", false, SeededBug.IpcSemaphoreWakeOnZeroOnly),
            ("CheckMax", true, SeededBug.IpcSemaphoreNoMaxCheck),
            ("AtomicTake", true, SeededBug.IpcSemaphoreTakeByStore),
            ("ClampWake", true, SeededBug.IpcSemaphoreWakeAllRegistered),
            ("AtomicRegister", true, SeededBug.IpcSemaphoreRegisterByStore),
        }.Where(b => BoolConstant(constants, b.Constant) != b.Correct).ToList();
        if (bugs.Count > 1)
            throw new WeftInputException($"Semaphore: {string.Join(" and ", bugs.Select(b => $"{b.Constant} = {(b.Correct ? "FALSE" : "TRUE")}"))}: the implementation has one seeded defect at a time");
        return bugs.Count == 0 ? SeededBug.None : bugs[0].Bug;
    }

    private sealed class Instance : SpecInstance
    {
        private readonly int _threads, _waitOps, _postOps, _postN, _init, _max;
        private readonly HashSet<int> _waiters;
        private readonly SeededBug _bug;
        private readonly int[] _opsDone;
        private int _refused;
        private IpcSemaphore? _semaphore;
        private SemaphoreTracker? _tracker;

        public Instance(int threads, HashSet<int> waiters, int waitOps, int postOps, int postN, int init, int max, SeededBug bug)
        {
            _threads = threads;
            _waiters = waiters;
            _waitOps = waitOps;
            _postOps = postOps;
            _postN = postN;
            _init = init;
            _max = max;
            _bug = bug;
            _opsDone = new int[threads + 1];
            Monitors = new Func<PropertyMonitor>[] { () => _tracker = new SemaphoreTracker() };
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; }

        private int OpsOf(int t) => _waiters.Contains(t) ? _waitOps : _postOps;

        public override void Body()
        {
            Array.Clear(_opsDone);
            _refused = 0;
            var options = new IpcOptions
            {
                AdaptiveSpin = false,
                SeededBug = _bug,
            };
            using var semaphore = IpcSemaphore.CreateInProcess(_init, _max, options);
            _semaphore = semaphore;
            var workers = new WeftThread[_threads];
            for (int t = 1; t <= _threads; t++)
            {
                int self = t;
                workers[t - 1] = _waiters.Contains(t)
                    ? WeftThread.Start(() =>
                    {
                        for (int i = 0; i < _waitOps; i++)
                        {
                            Checker.Label("idle");
                            semaphore.Wait();
                            _opsDone[self]++;
                        }
                    })
                    : WeftThread.Start(() =>
                    {
                        for (int i = 0; i < _postOps; i++)
                        {
                            Checker.Label("idle");
                            try
                            {
                                semaphore.Post(_postN);
                            }
                            catch (System.Threading.SemaphoreFullException)
                            {
                                _refused++;
                            }
                            _opsDone[self]++;
                        }
                    });
            }
            // Posters first: they never block, so once they have all finished the body can always take its next
            // join. A waiter left asleep by a refused post (the spec's Terminating: its unit never came) then ends the
            // trace without the run counting as a deadlock, while a waiter asleep after every post succeeded still
            // leaves the body blocked joining it, the deadlock of the lost wake-up.
            for (int t = 1; t <= _threads; t++)
                if (!_waiters.Contains(t)) workers[t - 1].Join();
            for (int t = 1; t <= _threads; t++)
                if (_waiters.Contains(t)) workers[t - 1].Join();
        }

        /// <summary>The spec's Terminating: every thread done, or asleep for good after a refused post.</summary>
        public override bool Terminated(IReadOnlyList<SpecThreadView> threads) =>
            threads.All(v => v.Completed || (_refused > 0 && v.Asleep));

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var semaphore = _semaphore!;
            var tracker = _tracker!;
            var word = semaphore.EventWord;
            return new Dictionary<string, TlaValue>
            {
                ["count"] = Int(semaphore.PeekCount()),
                ["waiters"] = Int(semaphore.PeekWaiters()),
                ["sleepers"] = Sleepers(threads),
                ["pc"] = PerThread(_threads, t => Str(Pc(threads[t - 1]))),
                ["wakeN"] = PerThread(_threads, t => Int(Pc(threads[t - 1]) == "post_wake" ? tracker.Wake(word, t) : 0)),
                ["opsDone"] = PerThread(_threads, t => Int(_opsDone[t])),
                ["posted"] = Int(tracker.Posted(word)),
                ["taken"] = Int(tracker.Taken(word)),
                ["refused"] = Int(_refused),
            };
        }

        /// <summary>
        /// The spec's pc of a thread: the label it waits at; <c>wait_deregister</c> inside the futex wait; <c>done</c>
        /// once finished, except for a thread with no operations, which the spec leaves at <c>idle</c>.
        /// </summary>
        private string Pc(SpecThreadView v) =>
            v.Completed ? (OpsOf(v.SpecThread) == 0 ? "idle" : "done") : v.InFutexWait ? "wait_deregister" : v.Label!;
    }
}
