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
/// tla/Treiber/Treiber.tla: <see cref="TreiberStack"/> over a <see cref="NodePool"/> with immediate reuse (the
/// stack's bare path), tagged or untagged. Workload: the setup pushes <c>InitialDepth</c> zeros; spec thread t
/// performs <c>Ops</c> operations, each a push of t or a pop, chosen at the label <c>idle</c>.
///
/// Refinement mapping. Shared state: <c>top</c>, <c>next</c>, <c>payload</c>, <c>gen</c> (handles are
/// <c>&lt;&lt;node, tag&gt;&gt;</c>), <c>freeList</c> (the pool's shared free list from its head) and
/// <c>nodeState</c> (free iff on the free list) are read from the stack and the pool; <c>pc</c> is the label each
/// thread is paused at (<c>idle</c> once it finished); <c>opsDone</c> is counted by the workload. Not mapped:
/// the locals of Push/TryPop (<c>node</c>, <c>tp</c>, <c>nx</c>, <c>val</c>) and the spec's ghost history
/// (<c>abs</c>, <c>expect</c>), which the stack monitors keep for themselves from the linearization points the
/// controlled build reports; <c>doubleFree</c> maps to FALSE because the pool's NoDoubleFree monitor stops the run
/// at a double free.
/// </summary>
public sealed class TreiberModel : SpecModel
{
    public override string Spec => "Treiber";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("TreiberPushAlloc", new[] { "idle" }, new[] { 1 }),
        new("TreiberPushReadTop", "push_read_top"),
        new("TreiberPushWriteNext", "push_write_next"),
        new("TreiberPushCas", "push_cas"),
        new("TreiberPopReadTop", new[] { "idle", "pop_read_top" }, new[] { 0 }),
        new("TreiberPopReadNext", "pop_read_next"),
        new("TreiberPopCas", "pop_cas"),
        new("TreiberPopReadPayload", "pop_read_payload"),
        new("TreiberPopFree", "pop_free"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["node"] = "local of TreiberStack.PushBare",
        ["tp"] = "local 'top' of PushBare/TryPopBare",
        ["nx"] = "local 'next' of TryPopBare",
        ["val"] = "local 'value' of TryPopBare",
        ["abs"] = "ghost: the abstract stack; StackMatchesAbstractMonitor keeps its own from the linearization points",
        ["expect"] = "ghost: the value the abstract pop returned; PopReturnsAbstractTopMonitor keeps its own",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("NoUseAfterFree", "NoUseAfterFreeMonitor"),
        new("NoDoubleFree", "NoDoubleFreeMonitor"),
        new("StackMatchesAbstract", "StackMatchesAbstractMonitor"),
        new("PopReturnsAbstractTop", "PopReturnsAbstractTopMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = StringConstant(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "double" => SeededBug.DoubleRetire,
            "next" => SeededBug.TreiberPopReturnsNext,
            var other => throw new WeftInputException($"constant SeededBug = \"{other}\": the Treiber model knows \"none\", \"double\" and \"next\""),
        };
        return new Instance(Range(constants, "Threads"), Range(constants, "Nodes"), IntConstant(constants, "InitialDepth"), BoolConstant(constants, "Tagged"),
            IntConstant(constants, "Ops"), WeftConfig.Default with { SeededBug = bug });
    }

    private sealed class Instance : SpecInstance
    {
        private readonly int _threads, _nodes, _depth, _ops;
        private readonly bool _tagged;
        private readonly WeftConfig _config;
        private NodePool? _pool;
        private TreiberStack? _stack;
        private readonly int[] _opsDone;

        public Instance(int threads, int nodes, int depth, bool tagged, int ops, WeftConfig config)
        {
            _config = config;
            _threads = threads;
            _nodes = nodes;
            _depth = depth;
            _tagged = tagged;
            _ops = ops;
            _opsDone = new int[threads + 1];
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; } = new Func<PropertyMonitor>[]
        {
            () => new Weft.Monitors.StackMatchesAbstractMonitor(),
            () => new Weft.Monitors.PopReturnsAbstractTopMonitor(),
        };

        public override void Body()
        {
            Array.Clear(_opsDone);
            var pool = new NodePool(_nodes, tagged: _tagged, threadCaches: 0, strict: false);
            var reclaimer = Reclaimer.Create(ReclamationScheme.Immediate, pool, _threads + 1, _config);
            var stack = new TreiberStack(reclaimer);
            _pool = pool;
            _stack = stack;
            var setup = reclaimer.Register();
            for (int i = 0; i < _depth; i++) stack.Push(setup, 0);
            var workers = new WeftThread[_threads];
            for (int t = 1; t <= _threads; t++)
            {
                int self = t;
                workers[t - 1] = WeftThread.Start(() =>
                {
                    var rt = reclaimer.Register();
                    for (int i = 0; i < _ops; i++)
                    {
                        Checker.Label("idle");
                        // The spec starts a push only when the pool has a free slot (a push on an empty pool throws
                        // before changing anything, which the spec leaves out): choose among the enabled operations.
                        bool canPush = pool.FreeSlots().Count > 0;
                        if (canPush && Checker.ChooseBool()) stack.Push(rt, self);
                        else stack.TryPop(rt, out _);
                        _opsDone[self]++;
                    }
                });
            }
            foreach (var w in workers) w.Join();
        }

        private TlaValue Handle(long h) => TlaValue.Seq(NodeOf(h), Int(_tagged ? (int)(h >> 32) : 0));

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var pool = _pool!;
            var free = pool.FreeSlots();
            var freeSet = free.ToHashSet();
            return new Dictionary<string, TlaValue>
            {
                ["top"] = Handle(_stack!.PeekTop()),
                ["next"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Handle(pool.PeekNext(s)))),
                ["payload"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Int(pool.PeekPayload(s)))),
                ["gen"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Int(pool.Generation(s)))),
                ["freeList"] = Seq(free.Select(Refinement.Node)),
                ["nodeState"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Str(freeSet.Contains(s) ? "free" : "live"))),
                ["pc"] = PerThread(_threads, t => Str(threads[t - 1].Completed ? "idle" : threads[t - 1].Label!)),
                ["opsDone"] = PerThread(_threads, t => Int(_opsDone[t])),
                ["doubleFree"] = Bool(false),
            };
        }
    }
}
