using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Ipc;
using Weft.Platform;
using Weft.Monitors;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/FutexMutex/FutexMutex.tla: <see cref="IpcMutex"/> (the owner's pid and a waiters bit in the futex word) in
/// an in-process segment, adaptive spinning off; a constant set to FALSE selects a seeded defect:
/// <c>MarkContended</c> <see cref="SeededBug.IpcMutexNoContendedMark"/>, <c>AtomicFastPath</c>
/// <see cref="SeededBug.IpcMutexTestThenSet"/>, <c>ReleaseByCas</c> <see cref="SeededBug.IpcMutexReleaseByDecrement"/>,
/// <c>MarkByCas</c> <see cref="SeededBug.IpcMutexMarkByExchange"/> (at most one). Workload: spec thread t performs <c>Ops</c> acquire/release
/// cycles, marking the spec's <c>idle</c> before each acquire and <c>cs</c> between acquire and release; the mutex
/// marks the other pc values.
///
/// The spec's threads are processes, each writing its own id into the word; the replay runs them as simulated
/// processes (<see cref="SimulatedIpc"/>: controlled thread t has pid <c>SimulatedIpc.PidOf(t)</c>), so the word
/// tells them apart as it does across real processes (threads of one process share a pid, and a waiter's mark CAS
/// cannot see the lock change hands between them).
///
/// Refinement mapping. <c>waiters</c> is the word's waiters bit. <c>owner</c> is 0 when the word's owner bits are 0,
/// else the thread of the pid they hold. <c>sleepers</c>
/// are the threads asleep in the engine's futex wait; a thread inside the wait (asleep, or woken and not yet resumed)
/// is at pc <c>retry</c>, the label after the wait; a finished thread is <c>done</c>. <c>opsDone</c> is counted by
/// the workload. Not mapped: <c>c</c>, the local of AcquireCore.
/// </summary>
public sealed class FutexMutexModel : FutexSpecModel
{
    public override string Spec => "FutexMutex";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("MutexCasFast", "idle"),
        new("MutexFastStore", "fast_store"),
        new("MutexTake", "take"),
        new("MutexMark", "mark"),
        new("MutexFutexWait", "futex_wait"),
        new("MutexRetry", "retry"),
        new("MutexReleaseCas", "cs"),
        new("MutexReleaseXchg", "release_xchg"),
        new("MutexReleaseStore", "release_store"),
        new("MutexReleaseWake", "release_wake"),
        new("SpuriousWake", SpecAction.Asleep),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["c"] = "local 'c' of IpcMutex.AcquireContended (the word last seen) and the value a release took out",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("MutualExclusion", "MutualExclusionMonitor"),
        new("StateMatchesHolder", "MutexStateMatchesHolderMonitor"),
        new("OwnerIsHolder", "MutexOwnerIsHolderMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants) =>
        new Instance(Range(constants, "Threads"), IntConstant(constants, "Ops"), Bug(constants));

    /// <summary>The seeded defect the constants select (each names a step the implementation does right when TRUE).</summary>
    private static SeededBug Bug(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bugs = new (string Constant, SeededBug Bug)[]
        {
            ("MarkContended", SeededBug.IpcMutexNoContendedMark),
            ("AtomicFastPath", SeededBug.IpcMutexTestThenSet),
            ("ReleaseByCas", SeededBug.IpcMutexReleaseByDecrement),
            ("MarkByCas", SeededBug.IpcMutexMarkByExchange),
        }.Where(b => !BoolConstant(constants, b.Constant)).ToList();
        if (bugs.Count > 1)
            throw new WeftInputException($"FutexMutex: {string.Join(" and ", bugs.Select(b => b.Constant + " = FALSE"))}: the implementation has one seeded defect at a time");
        return bugs.Count == 0 ? SeededBug.None : bugs[0].Bug;
    }

    private sealed class Instance : SpecInstance
    {
        private readonly int _threads, _ops;
        private readonly SeededBug _bug;
        private readonly int[] _opsDone;
        private IpcMutex? _mutex;

        public Instance(int threads, int ops, SeededBug bug)
        {
            _threads = threads;
            _ops = ops;
            _bug = bug;
            _opsDone = new int[threads + 1];
        }

        public override void Body()
        {
            Array.Clear(_opsDone);
            SimulatedIpc.BeginIteration();
            var options = new IpcOptions { AdaptiveSpin = false, SeededBug = _bug };
            using var mutex = IpcMutex.CreateInProcess(options);
            _mutex = mutex;
            var workers = new WeftThread[_threads];
            for (int t = 1; t <= _threads; t++)
            {
                int self = t;
                workers[t - 1] = WeftThread.Start(() =>
                {
                    for (int i = 0; i < _ops; i++)
                    {
                        Checker.Label("idle");
                        mutex.Acquire();
                        Checker.Label("cs");
                        mutex.Release();
                        _opsDone[self]++;
                    }
                });
            }
            foreach (var w in workers) w.Join();
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var mutex = _mutex!;
            int word = mutex.PeekState();
            int ownerBits = word & IpcMutex.OwnerMask;
            int owner = 0;
            if (ownerBits != 0)
            {
                owner = SimulatedIpc.ThreadOf(ownerBits);
                if (owner < 1 || owner > _threads)
                    throw new InvalidOperationException($"the word's owner bits hold pid {ownerBits}, which is no spec thread's process");
            }
            return new Dictionary<string, TlaValue>
            {
                ["owner"] = Int(owner),
                ["waiters"] = Bool((word & IpcMutex.Waiters) != 0),
                ["sleepers"] = Sleepers(threads),
                ["pc"] = PerThread(_threads, t => Str(Pc(threads[t - 1]))),
                ["opsDone"] = PerThread(_threads, t => Int(_opsDone[t])),
            };
        }

        private static string Pc(SpecThreadView v) => v.Completed ? "done" : v.InFutexWait ? "retry" : v.Label!;
    }
}
