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
/// tla/EFRBTree/EFRBTree.tla: <see cref="EfrbTree{TKey, TValue, TComparer}"/> (long keys) as a set over a strict,
/// generation-tagged <see cref="NodePool"/> without thread caches (allocation and frees go through the shared free
/// list, as the spec's <c>freeList</c>). The spec's <c>Reclaim</c> picks the reclaimer: <c>"epoch"</c> runs with no
/// reclamation (<see cref="ReclamationScheme.None"/>: nothing is freed; the spec's epoch rule is ghost state) and
/// <c>"immediate"</c> with <see cref="ReclamationScheme.Immediate"/> (a retired slot is freed at once). Workload:
/// spec thread t runs the program <c>Programs[Workload][t]</c> (the same table as the spec's), each operation
/// starting at the label <c>idle</c>.
///
/// Refinement mapping. Per slot: <c>kind</c> (payload word 0: leaf, internal, IInfo, DInfo; a slot never used reads
/// as a leaf), <c>key</c> (a node's key from the key array when its rank is finite, 98 for ∞1 and 99 for ∞2; 0 for a
/// record), <c>left</c>, <c>right</c> and <c>update</c> (links 0 to 2 as they are, generation tags dropped; the
/// update word as its state and record), <c>rec</c> (an IInfo's p, l and new internal node, a DInfo's p, l, gp and
/// expected update word; empty for a node); <c>freeList</c> (the pool's shared free list from its head) and
/// <c>nodeState</c> (free iff on it). Slot s is spec node s + 1, as functions of the node, not up to renaming: the
/// constructor takes slots 0 to 2 for the root and its leaves, and both sides allocate from and free to the head of
/// one free list, so the numbering never diverges (a mismatch is a divergence, not a renaming); <c>pc</c> is the label each thread is paused at (<c>idle</c> once it finished),
/// <c>opsDone</c> is counted by the workload. Not mapped: the operations' locals and the ghost history (<c>abs</c>,
/// <c>retired</c>, <c>barred</c>); <c>uaf</c> and <c>stale</c> map to FALSE because NoUseAfterFreeMonitor and
/// EfrbInfoCurrentMonitor stop the run at the access or child CAS that would set them.
/// </summary>
public sealed class EfrbTreeModel : SpecModel
{
    /// <summary>The spec's <c>Programs</c>: per workload, per thread, the operations (name, key).</summary>
    private static readonly Dictionary<string, (string Op, long Key)[][]> Programs = new()
    {
        ["mixed"] = [[("add", 1), ("remove", 1)], [("add", 2)]],
        ["deletes"] = [[("add", 1), ("remove", 2)], [("add", 2), ("remove", 1)]],
        ["three_keys"] = [[("add", 2), ("remove", 1), ("add", 3)], [("add", 1), ("remove", 2)]],
    };

    /// <summary>The spec's keys of the ranks ∞1 and ∞2.</summary>
    private const long Infinity1Key = 98, Infinity2Key = 99;

    public override string Spec => "EFRBTree";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("EfrbStart", "idle"),
        new("EfrbSearchUpdate", "search_update"),
        new("EfrbSearchChild", "search_child"),
        new("EfrbIFlag", "iflag"),
        new("EfrbIChild", "ichild"),
        new("EfrbIUnflag", "iunflag"),
        new("EfrbDFlag", "dflag"),
        new("EfrbMark", "mark"),
        new("EfrbDChild", "dchild"),
        new("EfrbDUnflag", "dunflag"),
        new("EfrbBacktrack", "backtrack"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["cur"] = "local 'node' of TrySearch",
        ["gp"] = "SearchResult.Grandparent",
        ["p"] = "SearchResult.Parent",
        ["l"] = "SearchResult.Leaf",
        ["gpu"] = "SearchResult.GrandparentUpdate",
        ["pu"] = "SearchResult.ParentUpdate",
        ["parts"] = "local 'parts' of InsertInOperation, 'info' of DeleteInOperation (unpublished)",
        ["hi"] = "parameter 'info' of HelpInsert, HelpDelete and HelpMarked",
        ["own"] = "whether the help runs inside the record's own operation (the call stack)",
        ["hx"] = "local 'grandparent' of HelpDelete and HelpMarked",
        ["hp"] = "local 'parent' of HelpInsert and HelpMarked",
        ["hl"] = "local 'leaf' of HelpMarked",
        ["abs"] = "ghost: the abstract set; EfrbMatchesAbstractMonitor keeps its own from the linearization points",
        ["retired"] = "ghost: the nodes retired so far (under \"epoch\" the replay's reclaimer frees nothing)",
        ["barred"] = "ghost: per thread, the nodes retired before its operation began (the epoch rule)",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("SearchTreeOrder", "EfrbSearchTreeOrderMonitor"),
        new("MatchesAbstract", "EfrbMatchesAbstractMonitor"),
        new("InfoCurrent", "EfrbInfoCurrentMonitor"),
        new("NoUseAfterFree", "NoUseAfterFreeMonitor"),
        new("MarkFinal", "EfrbMarkFinalMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = StringConstant(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "no_mark" => SeededBug.EfrbNoMarkStep,
            "help_reexecutes" => SeededBug.EfrbHelpReexecutesFinished,
            "keys_by_minimum" => SeededBug.EfrbInsertKeysByMinimum,
            "unmark_removed" => SeededBug.EfrbUnmarkRemovedParent,
            var other => throw new WeftInputException(
                $"constant SeededBug = \"{other}\": the EFRBTree model knows \"none\", \"no_mark\", \"help_reexecutes\", \"keys_by_minimum\" and \"unmark_removed\""),
        };
        var scheme = StringConstant(constants, "Reclaim") switch
        {
            "epoch" => ReclamationScheme.None,
            "immediate" => ReclamationScheme.Immediate,
            var other => throw new WeftInputException($"constant Reclaim = \"{other}\": the EFRBTree model knows \"epoch\" and \"immediate\""),
        };
        string workload = StringConstant(constants, "Workload");
        if (!Programs.TryGetValue(workload, out var program))
            throw new WeftInputException($"constant Workload = \"{workload}\": the EFRBTree model knows {string.Join(", ", Programs.Keys.Select(k => $"\"{k}\""))}");
        int threads = Range(constants, "Threads");
        if (threads != program.Length)
            throw new WeftInputException($"constant Threads has {threads} threads; workload \"{workload}\" has {program.Length}");
        int nodes = Range(constants, "Nodes");
        if (nodes < 3) throw new WeftInputException($"constant Nodes = 1..{nodes}: the tree's root and its two leaves need 3 slots");
        return new Instance(program, nodes, scheme, WeftConfig.Default with { SeededBug = bug });
    }

    private sealed class Instance : SpecInstance
    {
        private readonly (string Op, long Key)[][] _program;
        private readonly int _nodes;
        private readonly ReclamationScheme _scheme;
        private readonly WeftConfig _config;
        private readonly int[] _opsDone;
        private NodePool? _pool;
        private EfrbTree<long, long, Int64KeyComparer>? _tree;

        public Instance((string Op, long Key)[][] program, int nodes, ReclamationScheme scheme, WeftConfig config)
        {
            _program = program;
            _nodes = nodes;
            _scheme = scheme;
            _config = config;
            _opsDone = new int[program.Length + 1];
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; } = new Func<PropertyMonitor>[]
        {
            () => new Weft.Monitors.EfrbInfoCurrentMonitor(),
            () => new Weft.Monitors.EfrbMarkFinalMonitor(),
            () => new Weft.Monitors.EfrbSearchTreeOrderMonitor(),
            () => new Weft.Monitors.EfrbMatchesAbstractMonitor(),
        };

        public override void Body()
        {
            var pool = new NodePool(_nodes, tagged: true, threadCaches: 0, strict: true,
                links: EfrbTree<long, long, Int64KeyComparer>.LinksPerNode, payloadWords: EfrbTree<long, long, Int64KeyComparer>.PayloadWordsPerNode);
            var reclaimer = Reclaimer.Create(_scheme, pool, _program.Length + 1, _config);
            var tree = new EfrbTree<long, long, Int64KeyComparer>(reclaimer);
            _pool = pool;
            _tree = tree;
            Array.Clear(_opsDone);
            var workers = new WeftThread[_program.Length];
            for (int t = 1; t <= _program.Length; t++)
            {
                int self = t;
                workers[t - 1] = WeftThread.Start(() =>
                {
                    var rt = reclaimer.Register();
                    foreach (var (op, key) in _program[self - 1])
                    {
                        Checker.Label("idle");
                        _ = op == "add" ? tree.TryAdd(rt, key, key * 10) : tree.TryRemove(rt, key);
                        _opsDone[self]++;
                    }
                });
            }
            foreach (var w in workers) w.Join();
        }

        private static readonly string[] Kinds = ["leaf", "internal", "iinfo", "dinfo"];
        private static readonly string[] States = ["clean", "iflag", "dflag", "mark"];

        private TlaValue UpdateWord(long word) =>
            TlaValue.Seq(Str(States[EfrbUpdateWord.StateOf(word)]), NodeOf(EfrbUpdateWord.InfoOf(word)));

        private TlaValue Key(int slot)
        {
            long kind = _pool!.PeekWord(slot, 0);
            if (kind > 1) return Int(0);
            return _pool.PeekWord(slot, 1) switch
            {
                0 => Int(_tree!.PeekKey(slot)),
                1 => Int(Infinity1Key),
                _ => Int(Infinity2Key),
            };
        }

        private TlaValue Record(int slot)
        {
            var pool = _pool!;
            long kind = pool.PeekWord(slot, 0);
            if (kind < 2) return TlaValue.Seq(Array.Empty<TlaValue>());
            var words = new List<TlaValue> { NodeOf(pool.PeekWord(slot, 1)), NodeOf(pool.PeekWord(slot, 2)), NodeOf(pool.PeekWord(slot, 3)) };
            if (kind == 3) words.Add(UpdateWord(pool.PeekWord(slot, 4)));
            return TlaValue.Seq(words);
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var pool = _pool!;
            var free = pool.FreeSlots();
            var freeSet = free.ToHashSet();
            var slots = Enumerable.Range(0, _nodes).ToList();
            return new Dictionary<string, TlaValue>
            {
                ["kind"] = Seq(slots.Select(s => Str(Kinds[pool.PeekWord(s, 0)]))),
                ["key"] = Seq(slots.Select(Key)),
                ["left"] = Seq(slots.Select(s => NodeOf(pool.PeekLink(s, 0)))),
                ["right"] = Seq(slots.Select(s => NodeOf(pool.PeekLink(s, 1)))),
                ["update"] = Seq(slots.Select(s => UpdateWord(pool.PeekLink(s, 2)))),
                ["rec"] = Seq(slots.Select(Record)),
                ["freeList"] = Seq(free.Select(Refinement.Node)),
                ["nodeState"] = Seq(slots.Select(s => Str(freeSet.Contains(s) ? "free" : "live"))),
                ["pc"] = PerThread(_program.Length, t => Str(threads[t - 1].Completed ? "idle" : threads[t - 1].Label!)),
                ["opsDone"] = PerThread(_program.Length, t => Int(_opsDone[t])),
                ["uaf"] = Bool(false),
                ["stale"] = Bool(false),
            };
        }
    }
}
