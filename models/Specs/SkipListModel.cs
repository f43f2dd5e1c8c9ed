using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/SkipList/SkipList.tla: <see cref="LockFreeSkipList{TKey, TComparer}"/> as a set over a strict, generation-tagged
/// <see cref="NodePool"/> without thread caches (allocation and frees go through the shared free list, as the spec's
/// <c>freeList</c>), reclaimed by the spec's grace-period rule (<see cref="SkipListGracePeriodReclaimer"/>; the immediate
/// reclaimer for the configuration <c>SeededBug = "free_at_retire"</c>). Workload: spec thread t runs the program
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
        ["limbo"] = "the reclaimer's limbo lists (SkipListGracePeriodReclaimer); their effect, the frees, is mapped by freeList and nodeState",
        ["waitFor"] = "the threads each retired node waits for (SkipListGracePeriodReclaimer); their effect is mapped by freeList and nodeState",
        ["uaf"] = "ghost: a step touched a freed node; NoUseAfterFreeMonitor fails at that access",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("LevelsSorted", "SkipListSortedMonitor"),
        new("Sublist", "SkipListSublistMonitor"),
        new("AbstractSetMatches", "SkipListMatchesAbstractMonitor"),
        new("ContainsCorrect", "SkipListContainsMonitor"),
        new("MarkedNeverUnmarked", "SkipListMarkStableMonitor"),
        new("NoUseAfterFree", "NoUseAfterFreeMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = StringConstant(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "unlink_early" => SeededBug.SkipListUnlinkBeforeMark,
            "upper_first" => SeededBug.SkipListUpperLevelFirst,
            "contains_ignores_mark" => SeededBug.SkipListContainsIgnoresMark,
            "relink_marked" => SeededBug.SkipListRelinkMarked,
            "free_at_retire" => SeededBug.None, // a reclaimer, not a defect of the skiplist: the immediate one
            var other => throw new WeftInputException(
                $"constant SeededBug = \"{other}\": the SkipList model knows \"none\", \"unlink_early\", \"upper_first\", \"contains_ignores_mark\", \"relink_marked\" and \"free_at_retire\""),
        };
        return new Instance(SkipListWorkload.FromConstants(constants, "SkipList"), WeftConfig.Default with { SeededBug = bug },
            immediate: StringConstant(constants, "SeededBug") == "free_at_retire");
    }

    private sealed class Instance : SpecInstance
    {
        private readonly SkipListWorkload _workload;
        private readonly WeftConfig _config;
        private NodePool? _pool;
        private LockFreeSkipList<long, Int64KeyComparer>? _list;

        private readonly bool _immediate;

        public Instance(SkipListWorkload workload, WeftConfig config, bool immediate)
        {
            _workload = workload;
            _config = config;
            _immediate = immediate;
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
            var pool = new NodePool(_workload.Nodes, tagged: true, threadCaches: 0, strict: true,
                links: LockFreeSkipList<long, Int64KeyComparer>.LinksPerNode(_workload.MaxLevel), payloadWords: LockFreeSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
            Reclaimer reclaimer = _immediate
                ? Reclaimer.Create(ReclamationScheme.Immediate, pool, _workload.Threads + 1, _config)
                : new SkipListGracePeriodReclaimer(pool, _workload.Threads + 1, _config);
            var list = new LockFreeSkipList<long, Int64KeyComparer>(reclaimer, _workload.MaxLevel);
            _pool = pool;
            _list = list;
            _workload.Run(reclaimer, (rt, op, key) => op switch
            {
                "add" => list.Add(rt, key),
                "remove" => list.Remove(rt, key),
                _ => list.Contains(rt, key),
            });
        }

        private TlaValue Link(int slot, int level)
        {
            long h = _pool!.PeekLink(slot, level);
            return TlaValue.Seq(NodeOf(h & ~NodePool.MarkBit), Bool((h & NodePool.MarkBit) != 0));
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var pool = _pool!;
            var state = _workload.MapShared(pool, _list!.PeekKeyOfSlot, threads);
            state["link"] = _workload.Towers(Link);
            state["handoff"] = Refinement.ByNode(Enumerable.Range(0, _workload.Nodes).Select(s => Int(pool.PeekLink(s, _workload.MaxLevel))));
            state["wrong"] = Bool(false);
            return state;
        }
    }
}
