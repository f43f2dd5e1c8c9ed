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
/// tla/SkipList/SkipList.tla: <see cref="LockFreeSkipList"/> as a set over a strict, generation-tagged
/// <see cref="NodePool"/> without thread caches (allocation and frees go through the shared free list, as the spec's
/// <c>freeList</c>), with no reclamation (<see cref="LeakReclaimer"/>). Workload: spec thread t runs the program
/// <c>Programs[Workload][t]</c> (the same table as the spec's <c>Programs</c>), each operation starting at the label
/// <c>idle</c>; an Add's tower height is the harness choice made in its first step (actions
/// <c>SkipListAddHeight1..3</c>).
///
/// Refinement mapping. Shared state: <c>link</c> (each level's successor, as a node, and its mark bit; the
/// generation tag is not part of the spec's links), <c>key</c>, <c>height</c> and <c>handoff</c> are read from the
/// pool's slots; <c>freeList</c> (the pool's shared free list from its head) and <c>nodeState</c> (free iff on it);
/// <c>pc</c> is the label each thread is paused at (<c>idle</c> once it finished), <c>opsDone</c> is counted by the
/// workload. Not mapped: the operations' locals and the ghost history (<c>abs</c>, which the skiplist monitors keep
/// from the linearization points the controlled build reports); <c>wrong</c> maps to FALSE because
/// SkipListContainsMonitor stops the run at a wrong answer.
/// </summary>
public sealed class SkipListModel : SpecModel
{
    /// <summary>The spec's <c>Programs</c>: per workload, per thread, the operations (name, key).</summary>
    private static readonly Dictionary<string, (string Op, long Key)[][]> Programs = new()
    {
        ["mixed"] = [[("add", 1), ("remove", 2)], [("add", 2), ("remove", 1), ("contains", 1)]],
        ["add_remove"] = [[("add", 1), ("add", 2)], [("remove", 1), ("contains", 1)]],
    };

    public override string Spec => "SkipList";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("SkipListAddHeight1", new[] { "idle" }, new[] { 0 }),
        new("SkipListAddHeight2", new[] { "idle" }, new[] { 1 }),
        new("SkipListAddHeight3", new[] { "idle" }, new[] { 2 }),
        new("SkipListAddFind", "add_find"),
        new("SkipListAddUpperFirst", "add_upper_first"),
        new("SkipListAddCas0", "add_cas0"),
        new("SkipListAddLinkRead", "add_link_read"),
        new("SkipListAddLinkOwn", "add_link_own"),
        new("SkipListAddLinkCas", "add_link_cas"),
        new("SkipListAddLinkFind", "add_link_find"),
        new("SkipListRemoveFind", "idle"),
        new("SkipListRemoveMarkRead", "remove_mark_read"),
        new("SkipListRemoveMarkCas", "remove_mark_cas"),
        new("SkipListRemoveRead0", "remove_read0"),
        new("SkipListRemoveUnlinkEarly", "remove_unlink_early"),
        new("SkipListRemoveMark0", "remove_mark0"),
        new("SkipListRemoveReread0", "remove_reread0"),
        new("SkipListFinishHandoff", "finish_handoff"),
        new("SkipListFinishSnip", "finish_snip"),
        new("SkipListContains", "idle"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["ht"] = "local 'height' of AddInOperation",
        ["nd"] = "local 'node' of AddInOperation, 'victim' of RemoveInOperation",
        ["preds"] = "the thread's preds array (the last search's predecessors)",
        ["succs"] = "the thread's succs array (the last search's successors)",
        ["lvl"] = "loop variable 'level' of LinkUpperLevels and RemoveInOperation",
        ["lnk"] = "local 'link' of LinkUpperLevels, 'succ' and 'next' of RemoveInOperation",
        ["abs"] = "ghost: the abstract set; the skiplist monitors keep their own from the linearization points",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("LevelsSorted", "SkipListSortedMonitor"),
        new("Sublist", "SkipListSublistMonitor"),
        new("AbstractSetMatches", "SkipListMatchesAbstractMonitor"),
        new("ContainsCorrect", "SkipListContainsMonitor"),
        new("MarkedNeverUnmarked", "SkipListMarkStableMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = Str(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "unlink_early" => SeededBug.SkipListUnlinkBeforeMark,
            "upper_first" => SeededBug.SkipListUpperLevelFirst,
            "contains_ignores_mark" => SeededBug.SkipListContainsIgnoresMark,
            "relink_marked" => SeededBug.SkipListRelinkMarked,
            var other => throw new WeftInputException(
                $"constant SeededBug = \"{other}\": the SkipList model knows \"none\", \"unlink_early\", \"upper_first\", \"contains_ignores_mark\" and \"relink_marked\""),
        };
        string workload = Str(constants, "Workload");
        if (!Programs.TryGetValue(workload, out var program))
            throw new WeftInputException($"constant Workload = \"{workload}\": the SkipList model knows {string.Join(", ", Programs.Keys.Select(k => $"\"{k}\""))}");
        int threads = Range(constants, "Threads");
        if (threads != program.Length)
            throw new WeftInputException($"constant Threads has {threads} threads; workload \"{workload}\" has {program.Length}");
        int maxLevel = Int(constants, "MaxLevel");
        if (maxLevel is < 1 or > 3) throw new WeftInputException($"constant MaxLevel = {maxLevel}: the SkipList model supports 1 to 3");
        return new Instance(program, Range(constants, "Nodes"), maxLevel, WeftConfig.Default with { SeededBug = bug });
    }

    private sealed class Instance : SpecInstance
    {
        private readonly (string Op, long Key)[][] _program;
        private readonly int _nodes, _maxLevel;
        private readonly WeftConfig _config;
        private readonly int[] _opsDone;
        private NodePool? _pool;

        public Instance((string Op, long Key)[][] program, int nodes, int maxLevel, WeftConfig config)
        {
            _program = program;
            _nodes = nodes;
            _maxLevel = maxLevel;
            _config = config;
            _opsDone = new int[program.Length + 1];
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; } = new Func<PropertyMonitor>[]
        {
            () => new Weft.Monitors.SkipListSortedMonitor(),
            () => new Weft.Monitors.SkipListSublistMonitor(),
            () => new Weft.Monitors.SkipListMatchesAbstractMonitor(),
            () => new Weft.Monitors.SkipListContainsMonitor(),
            () => new Weft.Monitors.SkipListMarkStableMonitor(),
        };

        public override void Body()
        {
            Array.Clear(_opsDone);
            var pool = new NodePool(_nodes, tagged: true, threadCaches: 0, strict: true,
                links: LockFreeSkipList.LinksPerNode(_maxLevel), payloadWords: LockFreeSkipList.PayloadWordsPerNode);
            var reclaimer = Reclaimer.Create(ReclamationScheme.None, pool, _program.Length + 1, _config);
            var list = new LockFreeSkipList(reclaimer, _maxLevel);
            _pool = pool;
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
                        _ = op switch
                        {
                            "add" => list.Add(rt, key),
                            "remove" => list.Remove(rt, key),
                            _ => list.Contains(rt, key),
                        };
                        _opsDone[self]++;
                    }
                });
            }
            foreach (var w in workers) w.Join();
        }

        private TlaValue Link(int slot, int level)
        {
            long h = _pool!.PeekLink(slot, level);
            return TlaValue.Seq(NodeOf(h & ~NodePool.MarkBit), Bool((h & NodePool.MarkBit) != 0));
        }

        private TlaValue Tower(int slot) =>
            TlaValue.Function(Enumerable.Range(0, _maxLevel).Select(l => new KeyValuePair<TlaValue, TlaValue>(Int(l), Link(slot, l))));

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var pool = _pool!;
            var free = pool.FreeSlots();
            var freeSet = free.ToHashSet();
            var slots = Enumerable.Range(0, _nodes).ToList();
            return new Dictionary<string, TlaValue>
            {
                ["link"] = Refinement.ByNode(slots.Select(Tower)),
                ["key"] = Refinement.ByNode(slots.Select(s => Int(pool.PeekWord(s, 0)))),
                ["height"] = Refinement.ByNode(slots.Select(s => Int(pool.PeekWord(s, 1)))),
                ["handoff"] = Refinement.ByNode(slots.Select(s => Int(pool.PeekLink(s, _maxLevel)))),
                ["freeList"] = Seq(free.Select(Refinement.Node)),
                ["nodeState"] = Refinement.ByNode(slots.Select(s => Str(freeSet.Contains(s) ? "free" : "live"))),
                ["pc"] = PerThread(_program.Length, t => Str(threads[t - 1].Completed ? "idle" : threads[t - 1].Label!)),
                ["opsDone"] = PerThread(_program.Length, t => Int(_opsDone[t])),
                ["wrong"] = Bool(false),
            };
        }
    }
}
