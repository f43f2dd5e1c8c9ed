using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/NMTree/NMTree.tla: <see cref="NatarajanMittalTree{TKey, TComparer}"/> over 64-bit keys as a set, in a strict,
/// generation-tagged <see cref="NodePool"/> without thread caches (allocation and frees go through the shared free
/// list, as the spec's <c>freeList</c>), reclaimed by <see cref="GracePeriodReclaimer"/> (<c>Reclamation = "grace"</c>)
/// or <see cref="ImmediateReclaimer"/> (<c>"immediate"</c>). Workload: with <c>Prefilled</c> the setup adds 1 and 2;
/// spec thread t runs the program <c>Programs[Workload][t]</c> (the same table as the spec's), each operation starting
/// at the label <c>idle</c>.
///
/// Refinement mapping. Shared state: <c>child</c> (each node's two edges as &lt;&lt;target, flag, tag&gt;&gt;; the
/// generation is not part of the spec's edges) and <c>key</c> (the key array, a sentinel's rank r as 9 + r) are read
/// from the pool's slots and the tree's key array; <c>freeList</c> (the pool's shared free list from its head) and
/// <c>nodeState</c> (free iff on it); <c>retired</c> (the reclaimer's list, registration indices as spec threads);
/// <c>inOp</c> (the workload marks the span of each operation call, which is BeginOperation to EndOperation up to
/// steps without shared accesses); <c>pc</c> is the label each thread is paused at (<c>idle</c> once it finished),
/// <c>opsDone</c> is counted by the workload. Not mapped: the operations' locals and the ghost history
/// (<c>abs</c>, which NmTreeMatchesAbstractMonitor keeps from the linearization points the controlled build reports).
/// </summary>
public sealed class NmTreeModel : SpecModel
{
    /// <summary>The spec's <c>Programs</c>: per workload, per thread, the operations (name, key).</summary>
    private static readonly Dictionary<string, (string Op, long Key)[][]> Programs = new()
    {
        ["remove_add"] = [[("remove", 1)], [("add", 3), ("contains", 3)]],
        ["remove_remove"] = [[("remove", 1)], [("remove", 2)]],
        ["mixed"] = [[("remove", 1), ("add", 1)], [("add", 3), ("remove", 2)]],
        ["three"] = [[("remove", 1)], [("add", 3)], [("remove", 2)]],
    };

    public override string Spec => "NMTree";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("NMTreeBegin", "idle"),
        new("NMTreeSeekRoot", "seek_root"),
        new("NMTreeSeekRead", "seek_read"),
        new("NMTreeSeekValidate", "seek_validate"),
        new("NMTreeAddAlloc", "add_alloc"),
        new("NMTreeAddCas", "add_cas"),
        new("NMTreeAddReread", "add_reread"),
        new("NMTreeRemoveFlag", "remove_flag"),
        new("NMTreeRemoveReread", "remove_reread"),
        new("NMTreeCleanupRead", "cleanup_read"),
        new("NMTreeTagRead", "tag_read"),
        new("NMTreeTagCas", "tag_cas"),
        new("NMTreeSpliceRead", "splice_read"),
        new("NMTreeSpliceCas", "splice_cas"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["loc"] = "the operation's locals: the seek record (ancestor, successor, parent, leaf), the edges read, the sibling side, the new nodes, the victim; the ghost 'stale' (NoUseAfterFreeMonitor compares generations itself)",
        ["abs"] = "ghost: the abstract set; NmTreeMatchesAbstractMonitor keeps its own from the linearization points",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("Order", "NmTreeOrderMonitor"),
        new("MatchesAbstract", "NmTreeMatchesAbstractMonitor"),
        new("NoUseAfterFree", "NoUseAfterFreeMonitor"),
        new("EdgesFrozen", "NmTreeEdgesFrozenMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = StringConstant(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "no_tag" => SeededBug.NmTreeRemoveWithoutTag,
            "drops_flag" => SeededBug.NmTreeSpliceDropsFlag,
            "routing_min" => SeededBug.NmTreeRoutingKeyMin,
            var other => throw new WeftInputException($"constant SeededBug = \"{other}\": the NMTree model knows \"none\", \"no_tag\", \"drops_flag\" and \"routing_min\""),
        };
        bool grace = StringConstant(constants, "Reclamation") switch
        {
            "grace" => true,
            "immediate" => false,
            var other => throw new WeftInputException($"constant Reclamation = \"{other}\": the NMTree model knows \"grace\" and \"immediate\""),
        };
        string workload = StringConstant(constants, "Workload");
        if (!Programs.TryGetValue(workload, out var program))
            throw new WeftInputException($"constant Workload = \"{workload}\": the NMTree model knows {string.Join(", ", Programs.Keys.Select(k => $"\"{k}\""))}");
        int threads = Range(constants, "Threads");
        if (threads != program.Length)
            throw new WeftInputException($"constant Threads has {threads} threads; workload \"{workload}\" has {program.Length}");
        int nodes = Range(constants, "Nodes");
        if (nodes < 9) throw new WeftInputException($"constant Nodes has {nodes} nodes; the NMTree model needs at least 9 (5 sentinels and the prefilled keys)");
        return new Instance(program, nodes, BoolConstant(constants, "Prefilled"), grace, WeftConfig.Default with { SeededBug = bug });
    }

    private sealed class Instance : SpecInstance
    {
        private const long EdgeBits = NatarajanMittalTree<long, Int64KeyComparer>.FlagBit | NatarajanMittalTree<long, Int64KeyComparer>.TagBit;
        private readonly (string Op, long Key)[][] _program;
        private readonly int _nodes;
        private readonly bool _prefilled, _grace;
        private readonly WeftConfig _config;
        private readonly int[] _opsDone;
        private readonly bool[] _inOp;
        private readonly Dictionary<int, int> _specThreadOf = new(); // registration index -> spec thread
        private NodePool? _pool;
        private NatarajanMittalTree<long, Int64KeyComparer>? _tree;
        private GracePeriodReclaimer? _gracePeriod;

        public Instance((string Op, long Key)[][] program, int nodes, bool prefilled, bool grace, WeftConfig config)
        {
            _program = program;
            _nodes = nodes;
            _prefilled = prefilled;
            _grace = grace;
            _config = config;
            _opsDone = new int[program.Length + 1];
            _inOp = new bool[program.Length + 1];
        }

        /// <summary>Slot i is spec node i + 1 for the five sentinels and (Prefilled) the setup's four nodes: allocated in that order from a fresh pool, and named by no plain variable (nothing points to R).</summary>
        public override IReadOnlyList<(int Slot, long Node)> PinnedNodes =>
            Enumerable.Range(0, _prefilled ? 9 : 5).Select(i => (i, (long)i + 1)).ToList();

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; } = new Func<PropertyMonitor>[]
        {
            () => new Weft.Monitors.NmTreeOrderMonitor(),
            () => new Weft.Monitors.NmTreeMatchesAbstractMonitor(),
            () => new Weft.Monitors.NmTreeEdgesFrozenMonitor(),
        };

        public override void Body()
        {
            Array.Clear(_opsDone);
            Array.Clear(_inOp);
            _specThreadOf.Clear();
            var pool = new NodePool(_nodes, tagged: true, threadCaches: 0, strict: true,
                links: NatarajanMittalTree<long, Int64KeyComparer>.LinksPerNode, payloadWords: NatarajanMittalTree<long, Int64KeyComparer>.PayloadWordsPerNode);
            int registrations = _program.Length + 1;
            Reclaimer reclaimer = _grace
                ? _gracePeriod = new GracePeriodReclaimer(pool, registrations, _config)
                : Reclaimer.Create(ReclamationScheme.Immediate, pool, registrations, _config);
            var tree = new NatarajanMittalTree<long, Int64KeyComparer>(reclaimer);
            _pool = pool;
            _tree = tree;
            var setup = reclaimer.Register();
            if (_prefilled)
            {
                tree.TryAdd(setup, 1);
                tree.TryAdd(setup, 2);
            }
            var workers = new WeftThread[_program.Length];
            for (int t = 1; t <= _program.Length; t++)
            {
                int self = t;
                workers[t - 1] = WeftThread.Start(() =>
                {
                    var rt = reclaimer.Register();
                    _specThreadOf[rt.Index] = self;
                    foreach (var (op, key) in _program[self - 1])
                    {
                        Checker.Label("idle");
                        _inOp[self] = true;
                        _ = op switch
                        {
                            "add" => tree.TryAdd(rt, key),
                            "remove" => tree.TryRemove(rt, key),
                            _ => tree.ContainsKey(rt, key),
                        };
                        _inOp[self] = false;
                        _opsDone[self]++;
                    }
                });
            }
            foreach (var w in workers) w.Join();
        }

        private TlaValue Edge(int slot, int side)
        {
            long edge = _pool!.PeekLink(slot, side);
            return TlaValue.Seq(NodeOf(edge & ~EdgeBits), Bool((edge & NatarajanMittalTree<long, Int64KeyComparer>.FlagBit) != 0),
                Bool((edge & NatarajanMittalTree<long, Int64KeyComparer>.TagBit) != 0));
        }

        private TlaValue Key(int slot)
        {
            long rank = _pool!.PeekWord(slot, 0);
            return Int(rank != 0 ? 9 + rank : _tree!.PeekKey(slot));
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var pool = _pool!;
            var free = pool.FreeSlots();
            var freeSet = free.ToHashSet();
            var slots = Enumerable.Range(0, _nodes).ToList();
            int n = _program.Length;
            var retired = _gracePeriod?.Retired ?? Array.Empty<(long, HashSet<int>)>();
            return new Dictionary<string, TlaValue>
            {
                ["child"] = Refinement.ByNode(slots.Select(s => TlaValue.Function(new[]
                {
                    new KeyValuePair<TlaValue, TlaValue>(Int(0), Edge(s, 0)),
                    new KeyValuePair<TlaValue, TlaValue>(Int(1), Edge(s, 1)),
                }))),
                ["key"] = Refinement.ByNode(slots.Select(Key)),
                ["freeList"] = Seq(free.Select(Refinement.Node)),
                ["nodeState"] = Refinement.ByNode(slots.Select(s => Str(freeSet.Contains(s) ? "free" : "live"))),
                ["inOp"] = PerThread(n, t => Bool(_inOp[t])),
                ["retired"] = Seq(retired.Select(r => TlaValue.Seq(NodeOf(r.Item1),
                    TlaValue.Set(r.Item2.Select(i => Int(_specThreadOf.TryGetValue(i, out int st) ? st : 0)))))),
                ["pc"] = PerThread(n, t => Str(threads[t - 1].Completed ? "idle" : threads[t - 1].Label!)),
                ["opsDone"] = PerThread(n, t => Int(_opsDone[t])),
            };
        }
    }
}
