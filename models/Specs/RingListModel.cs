using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;
using Weft.Tla;
using Weft.Monitors;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/RingList/RingList.tla: the real <see cref="RingList{TItem}"/> over <see cref="AbstractRing"/>s (each ring's
/// algorithm one step, as the spec abstracts it) in the slots of a tagged <see cref="NodePool"/> without per-thread
/// caches, reclaimed by <see cref="IbrReclaimer"/>. Workload: spec thread t performs <c>Ops</c> operations, each
/// chosen at the label <c>idle</c>: an enqueue of the value (t - 1) * Ops + k + 1 for its k-th operation (a pool
/// exhausted on the way gives the enqueue up) or a dequeue.
///
/// Refinement mapping. Read from the list, its rings, the pool and the reclaimer: head, tail, each slot's ring (items,
/// closed flag, next), the free list, slot states (<see cref="SlotStateTracker"/>), IBR's eras, reservations and
/// scan snapshots, each thread's registration (UpperSeen, allocation and retirement counters, limbo lists); <c>op</c>
/// and <c>opsDone</c> are the workload's. Ghosts: <c>absQ</c>, the abstract queue, is kept from the rings'
/// linearization points (an item added to a published ring, a new ring linked, an item taken); <c>wasClosed</c> by each
/// ring. Not mapped: RingList's locals (<c>hp</c>, <c>nx</c>, <c>fresh</c>, and so <c>stale</c>) and IBR's
/// (<c>eraRead</c>, <c>scanNext</c>, <c>scanQueue</c>).
///
/// Invariants: QueueMatches, LinkedInOrder and ClosedStaysClosed are the list's monitors
/// (<see cref="RingListQueueMatchesMonitor"/>, <see cref="RingListLinkedInOrderMonitor"/>,
/// <see cref="RingListClosedStaysClosedMonitor"/>, fed by RingList's events, as on the registered lscq/* and lcrq/*
/// tests; each ring call is one step here, so QueueMatchesMonitor's per-ring accounting is exact between actions);
/// NoUseAfterFree is the pool's <see cref="NoUseAfterFreeMonitor"/>.
/// </summary>
public sealed class RingListModel : SpecModel
{
    public override string Spec => "RingList";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("RingListEnqueueBegin", new[] { "idle", "begin_read_era" }, new[] { 1 }),
        new("RingListDequeueBegin", new[] { "idle", "begin_read_era" }, new[] { 0 }),
        new("IbrBeginStoreUpper", "begin_store_upper"),
        new("IbrBeginStoreLower", "begin_store_lower"),
        new("IbrProtectReadHandle", "protect_read_handle"),
        new("IbrProtectReadEra", "protect_read_era"),
        new("IbrProtectStoreUpper", "protect_store_upper"),
        new("RingListEnqueueReadNext", "enq_read_next"),
        new("RingListEnqueueHelpTail", "enq_help_tail"),
        new("RingListEnqueueRing", "enq_ring"),
        new("IbrAllocBumpEra", "alloc"),
        new("IbrAllocPool", "alloc", "alloc_pool"),
        new("IbrAllocExhausted", "alloc", "alloc_pool"),
        new("IbrAllocBirth", "alloc_birth"),
        new("RingListEnqueueLink", "enq_link"),
        new("RingListEnqueueSwingTail", "enq_swing_tail"),
        new("RingListEnqueueDiscard", "enq_discard"),
        new("RingListDequeueRing", "deq_ring"),
        new("RingListDequeueReadNext", "deq_read_next"),
        new("RingListDequeueLastTry", "deq_last_try"),
        new("RingListDequeueSwingHead", "deq_swing_head"),
        new("IbrRetire", "retire"),
        new("IbrScanReadLower", "scan_lower"),
        new("IbrScanReadUpper", "scan_upper"),
        new("IbrScanFree", "scan_free"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["hp"] = "local 'tail' of RingList.TryEnqueueOnce / 'head' of TryDequeue (the protected ring)",
        ["nx"] = "local 'next' of RingList.TryEnqueueOnce / TryDequeue",
        ["fresh"] = "local 'fresh' of RingList.TryEnqueueOnce",
        ["stale"] = "ghost over the local 'hp': its slot was freed since it was read (the pool's NoUseAfterFree check)",
        ["eraRead"] = "local 'e' of BeginOperation/Protect",
        ["scanNext"] = "local 'j' of Scan's snapshot loop",
        ["scanQueue"] = "Scan's free loop position (locals 'k' and 'keep')",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("ClosedStaysClosed", nameof(RingListClosedStaysClosedMonitor)),
        new("QueueMatches", nameof(RingListQueueMatchesMonitor)),
        new("LinkedInOrder", nameof(RingListLinkedInOrderMonitor)),
        new("NoUseAfterFree", nameof(NoUseAfterFreeMonitor)),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> c)
    {
        var bug = StringConstant(c, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "nolasttry" => SeededBug.RingListNoLastTry,
            "freeonunlink" => SeededBug.RingListFreeOnUnlink,
            "noclose" => SeededBug.LscqNoFinalize,
            "reopens" => SeededBug.LcrqFixStateReopens,
            var other => throw new WeftInputException(
                $"constant SeededBug = \"{other}\": the RingList model knows \"none\", \"nolasttry\", \"freeonunlink\", \"noclose\" and \"reopens\""),
        };
        int capacity = IntConstant(c, "C");
        if (capacity <= 0) throw new WeftInputException($"constant C = {capacity}: a ring holds at least one item");
        var config = WeftConfig.Default with
        {
            EpochFrequency = IntConstant(c, "EpochFreq"),
            RetireThreshold = IntConstant(c, "RetireThreshold"),
            SeededBug = bug,
        };
        return new Instance(Range(c, "Threads"), Range(c, "Nodes"), capacity, IntConstant(c, "Ops"), config, IntConstant(c, "MaxEra"));
    }

    private sealed class Instance : SpecInstance
    {
        private readonly int _n, _nodes, _capacity, _ops;
        private readonly long _maxEra;
        private readonly WeftConfig _config;
        private readonly ReclaimerThread?[] _rt;
        private readonly string[] _op;
        private readonly int[] _opsDone;
        private readonly List<long> _absQ = new();
        private NodePool? _pool;
        private IbrReclaimer? _r;
        private RingList<long>? _list;
        private SlotStateTracker? _slots;

        public Instance(int threads, int nodes, int capacity, int ops, WeftConfig config, long maxEra)
        {
            _maxEra = maxEra;
            _n = threads;
            _nodes = nodes;
            _capacity = capacity;
            _ops = ops;
            _config = config;
            _rt = new ReclaimerThread?[threads + 1];
            _op = new string[threads + 1];
            _opsDone = new int[threads + 1];
            Monitors = new Func<PropertyMonitor>[]
            {
                () => _slots = new SlotStateTracker(),
                () => new RingListLinkedInOrderMonitor(),
                () => new RingListClosedStaysClosedMonitor(),
                () => new RingListQueueMatchesMonitor(),
            };
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; }

        public override void Body()
        {
            _absQ.Clear();
            Array.Fill(_op, "none");
            Array.Clear(_opsDone);
            var pool = new NodePool(_nodes, tagged: true, threadCaches: 0);
            var r = new IbrReclaimer(pool, _n, _config);
            var list = new RingList<long>(r, () => new AbstractRing(_capacity, _config.SeededBug, _absQ.Add, Dequeued));
            RingOf(list, list.PeekHead())!.Publish();
            _pool = pool;
            _r = r;
            _list = list;
            var workers = new WeftThread[_n];
            for (int t = 1; t <= _n; t++)
            {
                int self = t;
                workers[t - 1] = WeftThread.Start(() => Operations(r, list, self));
            }
            foreach (var w in workers) w.Join();
        }

        private void Dequeued(long item)
        {
            if (_absQ.Count > 0) _absQ.RemoveAt(0); // the spec's Tail(absQ): QueueMatches says whether it was item
        }

        private void Operations(IbrReclaimer r, RingList<long> list, int self)
        {
            var rt = _rt[self] = r.Register();
            for (int k = 0; k < _ops; k++)
            {
                Checker.Label("idle");
                if (Checker.ChooseBool())
                {
                    _op[self] = "enq";
                    try
                    {
                        list.Enqueue(rt, (self - 1) * _ops + k + 1);
                    }
                    catch (PoolExhaustedException)
                    {
                        // The pool has no ring left: the enqueue is given up (the spec's IbrAllocExhausted).
                    }
                }
                else
                {
                    _op[self] = "deq";
                    list.TryDequeue(rt, out _);
                }
                _op[self] = "none";
                _opsDone[self]++;
            }
        }

        private static AbstractRing? RingOf(RingList<long> list, long handle) =>
            handle == NodePool.Null ? null : (AbstractRing?)list.RingAtSlot(NodePool.IndexOf(handle));

        private AbstractRing? RingAtSlot(int slot) => (AbstractRing?)_list!.RingAtSlot(slot);

        private static long NextOf(AbstractRing? ring) => ring is null ? NodePool.Null : ring.Next.Peek();

        /// <summary>The handles from head following next (at most one per slot, as the spec's ChainFrom).</summary>
        private List<long> Chain()
        {
            var chain = new List<long>();
            long h = _list!.PeekHead();
            while (h != NodePool.Null && chain.Count < _nodes)
            {
                chain.Add(h);
                h = NextOf(RingOf(_list, h));
            }
            return chain;
        }

        private static TlaValue Era(long e) => Int(e == IbrReclaimer.Infinity ? IbrModel.SpecInfinity : e);

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            SyncGhost();
            var pool = _pool!;
            var r = _r!;
            var list = _list!;
            string Pc(int t) => threads[t - 1].Completed ? "idle" : threads[t - 1].Label!;
            var rings = Enumerable.Range(0, _nodes).Select(RingAtSlot).ToArray();
            return new Dictionary<string, TlaValue>
            {
                ["head"] = NodeOf(list.PeekHead()),
                ["tail"] = NodeOf(list.PeekTail()),
                ["items"] = Refinement.ByNode(rings.Select(g => Seq((g?.Items ?? Array.Empty<long>()).Select(v => Int(v))))),
                ["closed"] = Refinement.ByNode(rings.Select(g => Bool(g?.Closed ?? false))),
                ["next"] = Refinement.ByNode(rings.Select(g => NodeOf(NextOf(g)))),
                ["freeList"] = Seq(pool.FreeSlots().Select(Refinement.Node)),
                ["nodeState"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Str(_slots!.StateOf(s)))),
                ["era"] = Int(r.Era),
                ["lower"] = PerThread(_n, t => Era(r.Reservation(t - 1).Lower)),
                ["upper"] = PerThread(_n, t => Era(r.Reservation(t - 1).Upper)),
                ["birth"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Int(r.SlotEras(s).Birth))),
                ["retireEra"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Int(r.SlotEras(s).Retire))),
                ["scanLower"] = PerThread(_n, t => PerThread(_n, j => Era(_rt[t]!.ScanLower[j - 1]))),
                ["scanUpper"] = PerThread(_n, t => PerThread(_n, j => Era(_rt[t]!.ScanUpper[j - 1]))),
                ["pc"] = PerThread(_n, t => Str(Pc(t))),
                ["op"] = PerThread(_n, t => Str(_op[t])),
                ["upperSeen"] = PerThread(_n, t => Int(_rt[t]?.UpperSeen ?? 0)), // kept across operations, as the reservation
                ["allocs"] = PerThread(_n, t => Int(_rt[t]!.Allocations % _config.EpochFrequency)),
                ["retiredCount"] = PerThread(_n, t => Int(_rt[t]!.RetiredSinceScan)),
                ["limbo"] = PerThread(_n, t => Pc(t) == "scan_free" ? Refinement.Any : Limbo(_rt[t]!)),
                ["opsDone"] = PerThread(_n, t => Int(_opsDone[t])),
                ["absQ"] = Seq(_absQ.Select(v => Int(v))),
                ["wasClosed"] = Refinement.ByNode(rings.Select(g => Bool(g?.WasClosed ?? false))),
            };
        }

        /// <summary>
        /// Brings the ghost abstract queue up to date: a ring on the list whose first item is pending was just linked,
        /// and the link CAS was that item's enqueue (called after every action, by the mapping and by the checks).
        /// </summary>
        /// <summary>The ghost follows every action, also those a stateful search replays without mapping.</summary>
        public override void AfterAction() => SyncGhost();

        private void SyncGhost()
        {
            foreach (long h in Chain()) RingOf(_list!, h)!.Publish();
        }

        /// <summary>The configurations' CONSTRAINT EraBound: <c>era &lt;= MaxEra</c>.</summary>
        public override bool WithinConstraint(IReadOnlyDictionary<string, TlaValue> mapped) =>
            mapped["era"] is TlaInt era && era.Value <= _maxEra;

        public override bool HasConstraint => true;
    }
}
