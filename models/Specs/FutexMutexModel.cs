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
/// tla/FutexMutex/FutexMutex.tla: <see cref="IpcMutex"/> (Drepper's three-state futex mutex with an owner word) in
/// an in-process segment, adaptive spinning off; a constant set to FALSE selects a seeded defect:
/// <c>MarkContended</c> <see cref="SeededBug.IpcMutexNoContendedMark"/>, <c>AtomicFastPath</c>
/// <see cref="SeededBug.IpcMutexTestThenSet"/>, <c>ReleaseByExchange</c> <see cref="SeededBug.IpcMutexReleaseByDecrement"/>,
/// <c>ClearOwnerFirst</c> <see cref="SeededBug.IpcMutexClearOwnerLate"/> (at most one). Workload: spec thread t performs <c>Ops</c> acquire/release
/// cycles, marking the spec's <c>idle</c> before each acquire and <c>cs</c> between acquire and release; the mutex
/// marks the other pc values.
///
/// Refinement mapping. <c>state</c> is the futex word. <c>owner</c> is 0 when the owner word is 0; otherwise the
/// word holds this process's pid (the spec's threads are processes, the replay's are threads of one process), so
/// the thread is the one the controlled build reported storing it (<see cref="MutexOwnerTracker"/>). <c>sleepers</c>
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
        new("MutexXchgMark", "xchg_mark"),
        new("MutexFutexWait", "futex_wait"),
        new("MutexRetry", "retry"),
        new("MutexOwnerStore", "owner_store"),
        new("MutexOwnerClear", "cs"),
        new("MutexReleaseXchg", "release_xchg", "cs"),
        new("MutexReleaseStore", "release_store"),
        new("MutexOwnerClearLate", "owner_clear"),
        new("MutexReleaseWake", "release_wake"),
        new("SpuriousWake", SpecAction.Asleep),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["c"] = "local 'c' of IpcMutex.AcquireCore (the last value seen)",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("MutualExclusion", "MutualExclusionMonitor"),
        new("StateMatchesHolder", "MutexStateMatchesHolderMonitor"),
        new("OwnerIsHolder", "MutexOwnerIsHolderMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants) =>
        new Instance(Range(constants, "Threads"), Int(constants, "Ops"), Bug(constants));

    /// <summary>The seeded defect the constants select (each names a step the implementation does right when TRUE).</summary>
    private static SeededBug Bug(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bugs = new (string Constant, SeededBug Bug)[]
        {
            ("MarkContended", SeededBug.IpcMutexNoContendedMark),
            ("AtomicFastPath", SeededBug.IpcMutexTestThenSet),
            ("ReleaseByExchange", SeededBug.IpcMutexReleaseByDecrement),
            ("ClearOwnerFirst", SeededBug.IpcMutexClearOwnerLate),
        }.Where(b => !Bool(constants, b.Constant)).ToList();
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
        private MutexOwnerTracker? _owners;

        public Instance(int threads, int ops, SeededBug bug)
        {
            _threads = threads;
            _ops = ops;
            _bug = bug;
            _opsDone = new int[threads + 1];
            Monitors = new Func<PropertyMonitor>[] { () => _owners = new MutexOwnerTracker() };
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; }

        public override void Body()
        {
            Array.Clear(_opsDone);
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
            int ownerWord = mutex.PeekOwner();
            int owner = 0;
            if (ownerWord != 0)
            {
                if (ownerWord != ProcessLiveness.CurrentPid)
                    throw new InvalidOperationException($"the owner word holds {ownerWord}, not this process's pid {ProcessLiveness.CurrentPid}");
                owner = _owners!.Owner(mutex);
            }
            return new Dictionary<string, TlaValue>
            {
                ["state"] = Int(mutex.PeekState()),
                ["owner"] = Int(owner),
                ["sleepers"] = Sleepers(threads),
                ["pc"] = PerThread(_threads, t => Str(Pc(threads[t - 1]))),
                ["opsDone"] = PerThread(_threads, t => Int(_opsDone[t])),
            };
        }

        private static string Pc(SpecThreadView v) => v.Completed ? "done" : v.InFutexWait ? "retry" : v.Label!;
    }
}

/// <summary>
/// The thread that last stored its pid in each mutex's owner word, from the events the controlled build emits (the
/// word itself cannot say which thread of a process it names).
/// </summary>
internal sealed class MutexOwnerTracker : PropertyMonitor, IMonitorOf<MutexEvent>
{
    private readonly Dictionary<nint, int> _owner = new();

    public override void OnEvent(object e) { }

    public void On(in MutexEvent e)
    {
        switch (e.Op)
        {
            case MutexOp.OwnerSet: _owner[e.Word] = e.Thread; break;
            case MutexOp.OwnerCleared or MutexOp.ForceReleased: _owner.Remove(e.Word); break;
        }
    }

    /// <summary>The thread whose pid <paramref name="mutex"/>'s owner word holds (0: none reported).</summary>
    public int Owner(IpcMutex mutex) => _owner.TryGetValue(mutex.EventWord, out var t) ? t : 0;
}
