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
/// tla/LazySkipList/LazySkipList.tla: <see cref="LockedSkipList{TKey, TComparer}"/> as a set over a strict, generation-tagged
/// <see cref="NodePool"/> without thread caches (allocation and frees go through the shared free list, as the spec's
/// <c>freeList</c>), reclaimed by the spec's grace-period rule (<see cref="SkipListGracePeriodReclaimer"/>; the immediate
/// reclaimer for the configuration <c>SeededBug = "free_at_retire"</c>). Workload: spec thread t runs the program
/// <c>Programs[Workload][t]</c> (the same table as the spec's <c>Programs</c>), each operation starting at the label
/// <c>idle</c>; an Add's tower height is the harness choice made in its first step (actions
/// <c>LazyAddHeight1..3</c>).
///
/// Refinement mapping. Shared state: <c>link</c> (each level's successor, as a node; the generation tag is not part
/// of the spec's links), <c>key</c>, <c>height</c>, <c>marked</c> and <c>fullyLinked</c> are read from the pool's
/// slots, <c>lock</c> from each slot's <c>WeftLock</c> (its holder, a controlled thread id, is the spec thread); <c>freeList</c> (the pool's shared free list from its head) and <c>nodeState</c> (free iff on it);
/// <c>pc</c> is the label each thread is paused at (<c>idle</c> once it finished), <c>opsDone</c> is counted by the
/// workload. Not mapped: the operations' locals and the ghost history (<c>abs</c>, which the skiplist monitors keep
/// from the linearization points the controlled build reports); <c>wrong</c> maps to FALSE because
/// SkipListContainsMonitor stops the run at a wrong answer.
/// </summary>
public sealed class LazySkipListModel : SpecModel
{
    public override string Spec => "LazySkipList";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("LazyAddHeight1", new[] { "idle" }, new[] { 0 }),
        new("LazyAddHeight2", new[] { "idle" }, new[] { 1 }),
        new("LazyAddHeight3", new[] { "idle" }, new[] { 2 }),
        new("LazyAddFind", "add_find"),
        new("LazyAddWaitLinked", "add_wait_linked"),
        new("LazyLockPred", "lock_pred"),
        new("LazyAddValidate", "add_validate"),
        new("LazyAddLink", "add_link"),
        new("LazyAddFullyLinked", "add_fully_linked"),
        new("LazyAddUnlock", "add_unlock"),
        new("LazyRemoveFind", "idle"),
        new("LazyRemoveLockVictim", "remove_lock_victim"),
        new("LazyRemoveMark", "remove_mark"),
        new("LazyRemoveValidate", "remove_validate"),
        new("LazyRemoveUnlink", "remove_unlink"),
        new("LazyRemoveUnlock", "remove_unlock"),
        new("LazyRemoveUnlockVictim", "remove_unlock_victim"),
        new("LazyContains", "idle"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["ht"] = "local 'height' of AddInOperation and RemoveInOperation",
        ["nd"] = "local 'node' of AddInOperation, 'victim' of RemoveInOperation",
        ["preds"] = "the thread's preds array (the last search's predecessors)",
        ["succs"] = "the thread's succs array (the last search's successors)",
        ["lvl"] = "loop variable 'level' of LockPredecessors, TryLinkLocked and TryUnlinkLocked; the found level",
        ["ok"] = "the result of TryLinkLocked / TryUnlinkLocked",
        ["abs"] = "ghost: the abstract set; the skiplist monitors keep their own from the linearization points",
        ["limbo"] = "the reclaimer's limbo lists (SkipListGracePeriodReclaimer); their effect, the frees, is mapped by freeList and nodeState",
        ["waitFor"] = "the threads each retired node waits for (SkipListGracePeriodReclaimer); their effect is mapped by freeList and nodeState",
        ["uaf"] = "ghost: a step touched a freed node; NoUseAfterFreeMonitor fails at that access",
        ["held"] = "ghost: the locks each thread holds in acquisition order; SkipListLockDisciplineMonitor keeps its own from the lock events",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("LevelsSorted", "SkipListSortedMonitor"),
        new("Sublist", "SkipListSublistMonitor"),
        new("AbstractSetMatches", "SkipListMatchesAbstractMonitor"),
        new("ContainsCorrect", "SkipListContainsMonitor"),
        new("LockDiscipline", "SkipListLockDisciplineMonitor"),
        new("MarkedNeverUnmarked", "SkipListMarkStableMonitor"),
        new("NoUseAfterFree", "NoUseAfterFreeMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = StringConstant(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "skip_validation" => SeededBug.LockedSkipListSkipsValidation,
            "contains_ignores_flags" => SeededBug.LockedSkipListContainsIgnoresFlags,
            "locks_top_down" => SeededBug.LockedSkipListLocksTopDown,
            "free_at_retire" => SeededBug.None, // a reclaimer, not a defect of the skiplist: the immediate one
            var other => throw new WeftInputException(
                $"constant SeededBug = \"{other}\": the LazySkipList model knows \"none\", \"skip_validation\", \"contains_ignores_flags\", \"locks_top_down\" and \"free_at_retire\""),
        };
        return new Instance(SkipListWorkload.FromConstants(constants, "LazySkipList"), WeftConfig.Default with { SeededBug = bug },
            immediate: StringConstant(constants, "SeededBug") == "free_at_retire");
    }

    private sealed class Instance : SpecInstance
    {
        private readonly SkipListWorkload _workload;
        private readonly WeftConfig _config;
        private NodePool? _pool;
        private LockedSkipList<long, Int64KeyComparer>? _list;

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
            () => new Weft.Monitors.SkipListLockDisciplineMonitor(),
            () => new Weft.Monitors.SkipListMarkStableMonitor(),
        };

        public override void Body()
        {
            var pool = new NodePool(_workload.Nodes, tagged: true, threadCaches: 0, strict: true,
                links: LockedSkipList<long, Int64KeyComparer>.LinksPerNode(_workload.MaxLevel), payloadWords: LockedSkipList<long, Int64KeyComparer>.PayloadWordsPerNode);
            Reclaimer reclaimer = _immediate
                ? Reclaimer.Create(ReclamationScheme.Immediate, pool, _workload.Threads + 1, _config)
                : new SkipListGracePeriodReclaimer(pool, _workload.Threads + 1, _config);
            var list = new LockedSkipList<long, Int64KeyComparer>(reclaimer, _workload.MaxLevel);
            _pool = pool;
            _list = list;
            _workload.Run(reclaimer, (rt, op, key) => op switch
            {
                "add" => list.Add(rt, key),
                "remove" => list.Remove(rt, key),
                _ => list.Contains(rt, key),
            });
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var pool = _pool!;
            var slots = Enumerable.Range(0, _workload.Nodes).ToList();
            var state = _workload.MapShared(pool, _list!.PeekKeyOfSlot, threads);
            state["link"] = _workload.Towers((slot, level) => NodeOf(pool.PeekLink(slot, level) & ~NodePool.MarkBit)); // a remover's unlinked bit is not in the spec
            state["marked"] = Refinement.ByNode(slots.Select(s => Bool(pool.PeekLink(s, _workload.MaxLevel) != 0)));
            state["fullyLinked"] = Refinement.ByNode(slots.Select(s => Bool(pool.PeekLink(s, _workload.MaxLevel + 1) != 0)));
            state["lock"] = Refinement.ByNode(slots.Select(s => Int(Math.Max(0, _list!.PeekLockOwner(s)))));
            state["wrong"] = Bool(false);
            return state;
        }
    }
}
