using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/IBR/IBR.tla: <see cref="IbrReclaimer"/> (2GE-IBR) guarding a root cell <c>head</c> that holds a node of a
/// tagged <see cref="NodePool"/> without per-thread caches. Workload (spec thread t, forever):
/// <c>BeginOperation; h = Protect(head); read h's payload; [writers] n = Allocate (pool empty: give up);
/// CAS head h -&gt; n; success: Retire(h) / failure: free n; EndOperation</c>.
///
/// Refinement mapping. Read from the reclaimer, the pool and each thread's <see cref="ReclaimerThread"/>: era,
/// reservations, birth and retire eras, the per-thread scan snapshots, head, the free list, node states (from the slot
/// events, <see cref="SlotStateTracker"/>), allocation and retirement counters, limbo lists; <c>hp</c> and
/// <c>newNode</c> are the workload's locals. Values the implementation holds only in a local at that point are not
/// compared (<see cref="Refinement.Any"/>): <c>hp</c>/<c>stale</c> inside <c>Protect</c>, <c>newNode</c> before
/// <c>Allocate</c> returns, and the limbo lists while <c>Scan</c>'s free loop compacts them in place. Not mapped at all: <c>eraRead</c>, <c>scanNext</c>, <c>scanQueue</c>, <c>scanEra</c>
/// (locals of BeginOperation/Protect/Scan).
/// </summary>
public sealed class IbrModel : SpecModel
{
    /// <summary>The spec's stand-in for <see cref="IbrReclaimer.Infinity"/>.</summary>
    public const long SpecInfinity = 2147483647;

    public override string Spec => "IBR";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("IbrBeginReadEra", "begin_read_era"),
        new("IbrBeginStoreUpper", "begin_store_upper"),
        new("IbrBeginStoreLower", "begin_store_lower"),
        new("IbrProtectReadHandle", "protect_read_handle"),
        new("IbrProtectReadEra", "protect_read_era"),
        new("IbrProtectStoreUpper", "protect_store_upper"),
        new("IbrAccess", "access"),
        new("IbrAllocBumpEra", "alloc"),
        new("IbrAllocPool", "alloc", "alloc_pool"),
        new("IbrAllocExhausted", "alloc", "alloc_pool"),
        new("IbrAllocBirth", "alloc_birth"),
        new("IbrCasHead", "cas_head"),
        new("IbrDiscard", "discard"),
        new("IbrRetire", "retire"),
        new("IbrScanReadLower", "scan_lower"),
        new("IbrScanReadUpper", "scan_upper"),
        new("IbrScanFree", "scan_free"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["eraRead"] = "local 'e' of BeginOperation/Protect",
        ["scanNext"] = "local 'j' of Scan's snapshot loop",
        ["scanQueue"] = "Scan's free loop position (locals 'k' and 'keep')",
        ["scanEra"] = "local 'eraNow' of Scan",
    };

    /// <summary>Every unmapped variable is a local the implementation passes with its labels (the stateful search's fingerprint).</summary>
    public override IReadOnlyCollection<string> UnmappedLiveAtLabels { get; } = new[] { "eraRead", "scanNext", "scanQueue", "scanEra" };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("NoUseAfterFree", "NoUseAfterFreeMonitor"),
        new("NoDoubleFree", "NoDoubleFreeMonitor"),
        new("ReservationsBounded", "EpochMonotonicMonitor", OnState: true), // the monitor at every store; CheckState on every state too
        new("EpochMonotonic", "EpochMonotonicMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> c)
    {
        var bug = StringConstant(c, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "age" => SeededBug.IbrFreeByAge,
            "ahead" => SeededBug.IbrReserveAhead,
            "rollback" => SeededBug.IbrEraRollback,
            "double" => SeededBug.DoubleRetire,
            var other => throw new WeftInputException($"constant SeededBug = \"{other}\": the IBR model knows \"none\", \"age\", \"ahead\", \"rollback\" and \"double\""),
        };
        var config = WeftConfig.Default with
        {
            EpochFrequency = IntConstant(c, "EpochFreq"),
            RetireThreshold = IntConstant(c, "RetireThreshold"),
            SeededBug = bug,
        };
        return new Instance(Range(c, "Threads"), IntSet(c, "Writers"), Range(c, "Nodes"), config, IntConstant(c, "MaxEra"));
    }

    private sealed class Instance : SpecInstance
    {
        private readonly int _n, _nodes;
        private readonly long _maxEra;
        private readonly HashSet<int> _writers;
        private readonly WeftConfig _config;
        private readonly ReclaimerLocals[] _locals;
        private NodePool? _pool;
        private IbrReclaimer? _r;
        private RootCell? _root;
        private SlotStateTracker? _slots;

        public Instance(int threads, HashSet<int> writers, int nodes, WeftConfig config, long maxEra)
        {
            _maxEra = maxEra;
            _n = threads;
            _writers = writers;
            _nodes = nodes;
            _config = config;
            _locals = new ReclaimerLocals[threads + 1];
            Monitors = new Func<PropertyMonitor>[] { () => _slots = new SlotStateTracker() };
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; }

        public override void Body()
        {
            var pool = new NodePool(_nodes, tagged: true, threadCaches: 0);
            var r = new IbrReclaimer(pool, _n, _config);
            var root = new RootCell();
            root.Head = new AtomicInt64(pool.Allocate()); // the setup's node: slot 1 of the spec, birth era 0
            _pool = pool;
            _r = r;
            _root = root;
            var workers = new WeftThread[_n];
            for (int t = 1; t <= _n; t++)
            {
                var me = _locals[t] = new ReclaimerLocals();
                bool writer = _writers.Contains(t);
                workers[t - 1] = WeftThread.Start(() => Operations(r, pool, root, me, writer));
            }
            foreach (var w in workers) w.Join();
        }

        private static void Operations(IbrReclaimer r, NodePool pool, RootCell root, ReclaimerLocals me, bool writer)
        {
            var rt = me.Registration = r.Register();
            while (true)
            {
                r.BeginOperation(rt);
                long h = r.Protect(rt, ref root.Head);
                me.Hp = h;
                Checker.Label("access");
                _ = pool.Payload(h);
                if (writer) root.Replace(r, pool, me, h);
                r.EndOperation(rt);
                me.Hp = NodePool.Null;
            }
        }

        private static TlaValue Era(long e) => Int(e == IbrReclaimer.Infinity ? SpecInfinity : e);

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var pool = _pool!;
            var r = _r!;
            var free = pool.FreeSlots();
            string Pc(int t) => threads[t - 1].Label ?? "(finished)";
            bool InProtect(int t) => Pc(t) is "protect_read_handle" or "protect_read_era" or "protect_store_upper";
            bool Scanning(int t) => Pc(t) == "scan_free";
            TlaValue Hp(int t) => InProtect(t) ? Refinement.Any : NodeOf(_locals[t].Hp);
            TlaValue Stale(int t) => InProtect(t) ? Refinement.Any : ModelSupport.Stale(pool, _locals[t].Hp);
            TlaValue Limbo(int t) => Scanning(t)
                ? Refinement.Any
                : ModelSupport.Limbo(_locals[t].Registration!);
            return new Dictionary<string, TlaValue>
            {
                ["era"] = Int(r.Era),
                ["lower"] = PerThread(_n, t => Era(r.Reservation(t - 1).Lower)),
                ["upper"] = PerThread(_n, t => Era(r.Reservation(t - 1).Upper)),
                ["birth"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Int(r.SlotEras(s).Birth))),
                ["retireEra"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Int(r.SlotEras(s).Retire))),
                ["scanLower"] = PerThread(_n, t => PerThread(_n, j => Era(_locals[t].Registration!.ScanLower[j - 1]))),
                ["scanUpper"] = PerThread(_n, t => PerThread(_n, j => Era(_locals[t].Registration!.ScanUpper[j - 1]))),
                ["head"] = NodeOf(_root!.Head.Peek()),
                ["freeList"] = Seq(free.Select(Refinement.Node)),
                ["nodeState"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Str(_slots!.StateOf(s)))),
                ["pc"] = PerThread(_n, t => Str(Pc(t))),
                ["upperSeen"] = PerThread(_n, t => Int(_locals[t].Registration?.UpperSeen ?? 0)), // kept across operations, as the reservation
                ["hp"] = PerThread(_n, Hp),
                ["newNode"] = PerThread(_n, t => Pc(t) == "alloc_birth" ? Refinement.Any : NodeOf(_locals[t].NewNode)),
                ["allocs"] = PerThread(_n, t => Int(_locals[t].Registration!.Allocations % _config.EpochFrequency)),
                ["retiredCount"] = PerThread(_n, t => Int(_locals[t].Registration!.RetiredSinceScan)),
                ["limbo"] = PerThread(_n, Limbo),
                ["stale"] = PerThread(_n, Stale),
                ["doubleFree"] = Bool(false),
            };
        }

        /// <summary>The configurations' CONSTRAINT EraBound: <c>era &lt;= MaxEra</c>.</summary>
        public override bool WithinConstraint(IReadOnlyDictionary<string, TlaValue> mapped) =>
            mapped["era"] is TlaInt era && era.Value <= _maxEra;

        public override bool HasConstraint => true;

        /// <summary>The limbo lists of a thread at <c>scan_free</c>, which the mapping hides while the scan compacts them in place.</summary>
        public override TlaValue? Unobserved(IReadOnlyList<SpecThreadView> threads) =>
            RawLimbo(_n, t => threads[t - 1].Label == "scan_free" ? _locals[t].Registration : null);

        /// <summary>ReservationsBounded on the reclaimer: every published reservation end is +inf or an era already reached.</summary>
        public override string? CheckState(string invariant)
        {
            if (invariant != "ReservationsBounded") return base.CheckState(invariant);
            var r = _r!;
            long era = r.Era;
            for (int i = 0; i < _n; i++)
            {
                var (lo, up) = r.Reservation(i);
                if (lo != IbrReclaimer.Infinity && lo > era) return $"thread {i + 1} reserves lower era {lo} beyond the era {era}";
                if (up != IbrReclaimer.Infinity && up > era) return $"thread {i + 1} reserves upper era {up} beyond the era {era}";
            }
            return null;
        }
    }
}
