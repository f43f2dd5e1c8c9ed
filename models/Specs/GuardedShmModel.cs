using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Ipc;
using Weft.Monitors;
using Weft.Platform;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/GuardedShm/GuardedShm.tla: <see cref="GuardedSharedMemory"/> with simulated processes and names
/// (<see cref="SimulatedIpc"/>); a constant set to FALSE selects a seeded defect: <c>ClearSlot</c>
/// <see cref="SeededBug.GuardedShmDetachSkipsClear"/>, <c>CheckLiveness</c> <see cref="SeededBug.GuardedShmAttachOverLivePid"/>,
/// <c>Claim</c> <see cref="SeededBug.GuardedShmUnlinkWithoutClaim"/>, <c>CheckIncarnation</c>
/// <see cref="SeededBug.GuardedShmUnlinkWithoutIncarnationCheck"/> (at most one). Workload: spec process p is controlled
/// thread p. A user creates the name or, if it exists, attaches; once attached (the workload marks <c>attached</c>) it
/// crashes or detaches, as the action's choice says (<c>Crashes</c>); with <c>Crashes</c> a creator may also die between
/// initializing the segment and publishing it (the implementation's crash point, <see cref="SimulatedIpc.CrashPoint"/>,
/// choice 1 at <c>publish</c>). A cleaner runs CleanupIfAbandoned. An operator
/// removes the name (marked <c>operator_unlink</c>) and then acts as a user. The implementation marks the other pc values.
///
/// Refinement mapping. <c>name</c> is the number of the simulated object the name refers to; <c>created</c> the number
/// of objects created; per object, <c>published</c> is its magic being non-zero, <c>slot[s][i]</c> the process whose
/// pid pid slot i - 1 holds, <c>claimed</c> the unlink claim word. <c>alive</c> is the simulated process table. A
/// finished thread is <c>done</c>. Not mapped: the locals of the implementation's loops and the history variables the
/// monitors keep for themselves.
/// </summary>
public sealed class GuardedShmModel : SpecModel
{
    private const string Name = "guarded";

    public override string Spec => "GuardedShm";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("OperatorUnlink", "operator_unlink"),
        new("Create", "create"),
        new("Publish", new[] { "publish" }, new[] { 0 }),
        new("OpenAttach", "attach_open"),
        new("AttachLoad", "attach_load"),
        new("AttachCas", "attach_cas"),
        new("Crash", new[] { "attached", "publish" }, new[] { 1 }),
        new("DetachClear", new[] { "attached" }, new[] { 0 }),
        new("CleanupOpen", "cleanup_open"),
        new("CleanupCreator", "cleanup_creator"),
        new("Scan", "scan"),
        new("ClaimStep", "claim"),
        new("CheckOpen", "check_open"),
        new("CheckIncarnationStep", "check_incarnation"),
        new("Unlink", "unlink"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["seg"] = "local: the ShmSegment a process mapped (Attach, Dispose, CleanupIfAbandoned, NameStillRefersTo)",
        ["idx"] = "local 'i' of the Attach and AnyLive loops",
        ["seen"] = "local 'p' of Attach (the slot value the CAS expects), or the segment NameStillRefersTo opened",
        ["mine"] = "field '_slot' of the GuardedSharedMemory handle",
        ["holds"] = "history: the attachment (kept by the monitors from Attached/Detached events)",
        ["scanSeg"] = "history: kept by GuardedShmNoEarlyUnlinkMonitor from ScanBegan events",
        ["scanLive"] = "history: kept by GuardedShmNoEarlyUnlinkMonitor from ScanBegan events",
        ["removed"] = "history: GuardedShmNoEarlyUnlinkMonitor sees the Unlinked event",
    };

    /// <summary>
    /// The implementation's labels pass the segment's number (every label after a mapping but <c>attached</c> and
    /// <c>publish</c>, where the slot holding the process's pid names it), the loop index and the expected slot value or
    /// the segment NameStillRefersTo opened.
    /// </summary>
    public override IReadOnlyCollection<string> UnmappedLiveAtLabels { get; } = new[] { "seg", "idx", "seen" };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("SlotsValid", "GuardedShmSlotsValidMonitor"),
        new("AttachedHoldSlot", "GuardedShmAttachedHoldSlotMonitor"),
        new("NoEarlyUnlink", "GuardedShmNoEarlyUnlinkMonitor"),
    };

    private enum Role { User, Cleaner, Operator }

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var users = IntSet(constants, "Users");
        var cleaners = IntSet(constants, "Cleaners");
        var operators = IntSet(constants, "Operators");
        int n = users.Count + cleaners.Count + operators.Count;
        if (users.Overlaps(cleaners) || users.Overlaps(operators) || cleaners.Overlaps(operators)
            || !users.Union(cleaners).Union(operators).ToHashSet().SetEquals(Enumerable.Range(1, n)))
            throw new WeftInputException("GuardedShm: Users, Cleaners and Operators must split the processes 1..n without overlap");
        var roles = Enumerable.Range(1, n).Select(p => users.Contains(p) ? Role.User : cleaners.Contains(p) ? Role.Cleaner : Role.Operator).ToArray();
        int slots = IntConstant(constants, "Slots");
        if (slots < 1 || slots > GuardedSharedMemory.MaxProcesses)
            throw new WeftInputException($"GuardedShm: Slots = {slots}; the implementation tracks 1 to {GuardedSharedMemory.MaxProcesses}");
        return new Instance(roles, slots, users.Count + operators.Count, BoolConstant(constants, "Crashes"), Bug(constants));
    }

    /// <summary>The seeded defect the constants select (each names a step the implementation does right when TRUE).</summary>
    private static SeededBug Bug(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bugs = new (string Constant, SeededBug Bug)[]
        {
            ("ClearSlot", SeededBug.GuardedShmDetachSkipsClear),
            ("CheckLiveness", SeededBug.GuardedShmAttachOverLivePid),
            ("Claim", SeededBug.GuardedShmUnlinkWithoutClaim),
            ("CheckIncarnation", SeededBug.GuardedShmUnlinkWithoutIncarnationCheck),
        }.Where(b => !BoolConstant(constants, b.Constant)).ToList();
        if (bugs.Count > 1)
            throw new WeftInputException($"GuardedShm: {string.Join(" and ", bugs.Select(b => b.Constant + " = FALSE"))}: the implementation has one seeded defect at a time");
        return bugs.Count == 0 ? SeededBug.None : bugs[0].Bug;
    }

    private sealed class Instance : SpecInstance
    {
        private readonly Role[] _roles;
        private readonly int _slots, _segments;
        private readonly bool _crashes;
        private readonly IpcOptions _options;
        private SimulatedWorld? _world;

        public Instance(Role[] roles, int slots, int segments, bool crashes, SeededBug bug)
        {
            _roles = roles;
            _slots = slots;
            _segments = segments;
            _crashes = crashes;
            _options = IpcOptions.Default with { SeededBug = bug };
            Monitors = new Func<PropertyMonitor>[]
            {
                () => new GuardedShmSlotsValidMonitor(), () => new GuardedShmAttachedHoldSlotMonitor(), () => new GuardedShmNoEarlyUnlinkMonitor(),
            };
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; }

        public override void Body()
        {
            SimulatedIpc.BeginIteration(crashPoints: _crashes);
            _world = SimulatedIpc.CurrentWorld;
            var workers = new WeftThread[_roles.Length];
            for (int p = 1; p <= _roles.Length; p++)
            {
                var role = _roles[p - 1];
                workers[p - 1] = WeftThread.Start(() => Run(role));
            }
            foreach (var w in workers) w.Join();
        }

        private void Run(Role role)
        {
            switch (role)
            {
                case Role.Cleaner:
                    GuardedSharedMemory.CleanupIfAbandoned(Name, _options);
                    return;
                case Role.Operator:
                    Checker.Label("operator_unlink");
                    ShmSegment.Unlink(Name);
                    break;
            }
            GuardedSharedMemory? g;
            try
            {
                g = CreateOrAttach();
            }
            catch (SimulatedCrashException)
            {
                return; // died before publishing the segment it created
            }
            if (g is null) return;
            Checker.Label("attached");
            if (_crashes && Checker.Choose(2) == 1)
            {
                SimulatedIpc.Crash();
                return;
            }
            g.Dispose();
        }

        private GuardedSharedMemory? CreateOrAttach()
        {
            try
            {
                return GuardedSharedMemory.Create(Name, 8, _slots, _options);
            }
            catch (IOException)
            {
                // The name exists: attach to it.
            }
            try
            {
                return GuardedSharedMemory.Attach(Name, _options);
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or InvalidOperationException)
            {
                return null; // gone, not yet published, or full
            }
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var world = _world!;
            var objects = world.Objects;
            SimulatedShmObject? Segment(int s) => s < objects.Count ? objects[s] : null;
            return new Dictionary<string, TlaValue>
            {
                ["name"] = Int(world.PeekName(Name)),
                ["created"] = Int(objects.Count - 1),
                ["published"] = PerThread(_segments, s => Bool(Segment(s) is { } o && o.PeekInt32(0) != 0)),
                ["slot"] = PerThread(_segments, s => PerThread(_slots, i => Int(Segment(s) is { } o ? ProcessOf(o.PeekInt32(GuardedSharedMemory.TableOffset + 4 * (i - 1))) : 0))),
                ["claimed"] = PerThread(_segments, s => Bool(Segment(s) is { } o && o.PeekInt32(GuardedSharedMemory.UnlinkClaimField) != 0)),
                ["alive"] = PerThread(_roles.Length, p => Bool(!world.Crashed.Contains(SimulatedIpc.PidOf(p)))),
                ["pc"] = PerThread(_roles.Length, p => Str(threads[p - 1].Completed ? "done" : threads[p - 1].Label!)),
            };
        }

        private static int ProcessOf(int pid) => pid == 0 ? 0 : SimulatedIpc.ThreadOf(pid);
    }
}
