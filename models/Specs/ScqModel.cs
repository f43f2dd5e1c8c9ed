using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Collections;
using Weft.Monitors;
using Weft.Platform;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/SCQ/SCQ.tla: one <see cref="ScqRing"/> of capacity <c>N</c> (2N entries). Workload: the N indices are dealt
/// to the spec's threads (index i to thread i mod T + 1); spec thread t performs <c>Ops</c> operations, each chosen
/// at the label <c>idle</c>: an enqueue of the smallest index it holds (offered only while it holds one) or a dequeue,
/// whose index it then holds. The body declares the thread count (<see cref="ScqThreadsEvent"/>) for the threshold's
/// lower bound.
///
/// Refinement mapping. <c>entries</c> (each decoded into cycle, unsafe flag and index, ⊥ = 2N − 1), <c>head</c>,
/// <c>tail</c> and <c>threshold</c> are read from the ring; <c>pc</c> is the label each thread is paused at
/// (<c>idle</c> once it finished); <c>held</c> and <c>opsDone</c> are the workload's. Not mapped: the locals of
/// Enqueue/TryDequeue/CatchUp (<c>pos</c>, <c>seen</c>, <c>idx</c>, <c>ctail</c>, <c>chead</c>).
/// </summary>
public sealed class ScqModel : SpecModel
{
    public override string Spec => "SCQ";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("ScqEnqueueFaa", new[] { "idle", "enq_faa" }, new[] { 1 }),
        new("ScqEnqueueLoad", "enq_load"),
        new("ScqEnqueueReadHead", "enq_read_head"),
        new("ScqEnqueueCas", "enq_cas"),
        new("ScqEnqueueThresholdLoad", "enq_thr_load"),
        new("ScqEnqueueThresholdStore", "enq_thr_store"),
        new("ScqDequeueCheckThreshold", new[] { "idle" }, new[] { 0 }),
        new("ScqDequeueFaa", "deq_faa"),
        new("ScqDequeueLoad", "deq_load"),
        new("ScqDequeueConsume", "deq_consume"),
        new("ScqDequeueInvalidate", "deq_cas"),
        new("ScqDequeueReadTail", "deq_read_tail"),
        new("ScqCatchUpCas", "deq_catchup_cas"),
        new("ScqCatchUpReadHead", "deq_catchup_read_head"),
        new("ScqCatchUpReadTail", "deq_catchup_read_tail"),
        new("ScqDequeueEmpty", "deq_thr_dec_empty"),
        new("ScqDequeueRetry", "deq_thr_dec"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["pos"] = "local 'tail' of ScqRing.TryEnqueueAt / 'head' of TryDequeue (the drawn position)",
        ["seen"] = "local 'seen' of TryEnqueueAt/DequeueAt (the entry read)",
        ["idx"] = "argument 'index' of ScqRing.Enqueue",
        ["ctail"] = "local 'tail' of ScqRing.CatchUp",
        ["chead"] = "local 'head' of ScqRing.CatchUp",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("NoStrandedIndex", nameof(RingNoStrandedEntryMonitor)),
        new("TailCaughtUp", nameof(ScqTailCaughtUpMonitor)),
        new("ThresholdBounded", nameof(ScqThresholdBoundedMonitor)),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = StringConstant(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "nocycle" => SeededBug.ScqEnqueueNoCycleCheck,
            "ignoreunsafe" => SeededBug.ScqIgnoreUnsafe,
            "nocatchup" => SeededBug.ScqNoCatchUp,
            "nothreshold" => SeededBug.ScqNoThreshold,
            "consumebystore" => SeededBug.ScqConsumeByStore,
            var other => throw new WeftInputException(
                $"constant SeededBug = \"{other}\": the SCQ model knows \"none\", \"nocycle\", \"ignoreunsafe\", \"nocatchup\", \"nothreshold\" and \"consumebystore\""),
        };
        int capacity = IntConstant(constants, "N");
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0)
            throw new WeftInputException($"constant N = {capacity}: the SCQ model needs a positive power of two (the ring's capacity)");
        return new Instance(Range(constants, "Threads"), capacity, IntConstant(constants, "Ops"), WeftConfig.Default with { SeededBug = bug });
    }

    private sealed class Instance : SpecInstance
    {
        private readonly int _threads, _capacity, _ops;
        private readonly WeftConfig _config;
        private readonly SortedSet<long>[] _held;
        private readonly int[] _opsDone;
        private ScqRing? _ring;

        public Instance(int threads, int capacity, int ops, WeftConfig config)
        {
            _threads = threads;
            _capacity = capacity;
            _ops = ops;
            _config = config;
            _held = Enumerable.Range(0, threads + 1).Select(_ => new SortedSet<long>()).ToArray();
            _opsDone = new int[threads + 1];
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; } = new Func<PropertyMonitor>[]
        {
            () => new RingNoStrandedEntryMonitor(),
            () => new ScqTailCaughtUpMonitor(),
            () => new ScqThresholdBoundedMonitor(),
        };

        public override void Body()
        {
            Array.Clear(_opsDone);
            for (int t = 1; t <= _threads; t++)
            {
                _held[t].Clear();
                for (long i = 0; i < _capacity; i++)
                    if (i % _threads + 1 == t) _held[t].Add(i);
            }
            var ring = new ScqRing(_capacity, _config);
            _ring = ring;
            Checker.Emit(new ScqThreadsEvent(_threads));
            var workers = new WeftThread[_threads];
            for (int t = 1; t <= _threads; t++)
            {
                int self = t;
                workers[t - 1] = WeftThread.Start(() => Work(ring, self));
            }
            foreach (var w in workers) w.Join();
        }

        private void Work(ScqRing ring, int self)
        {
            var held = _held[self];
            for (int i = 0; i < _ops; i++)
            {
                Checker.Label("idle");
                // The spec offers an enqueue only while the thread holds an index: choose among the enabled operations.
                if (held.Count > 0 && Checker.ChooseBool())
                {
                    long index = held.Min;
                    held.Remove(index);
                    ring.Enqueue(index);
                }
                else if (ring.TryDequeue(out long index))
                {
                    held.Add(index);
                }
                _opsDone[self]++;
            }
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var ring = _ring!;
            return new Dictionary<string, TlaValue>
            {
                ["entries"] = TlaValue.Function(Enumerable.Range(0, 2 * _capacity)
                    .Select(s => new KeyValuePair<TlaValue, TlaValue>(Int(s), Entry(ring.PeekEntry(s))))),
                ["head"] = Int(ring.PeekHead()),
                ["tail"] = Int(ring.PeekTail()),
                ["threshold"] = Int(ring.PeekThreshold()),
                ["pc"] = PerThread(_threads, t => Str(threads[t - 1].Completed ? "idle" : threads[t - 1].Label!)),
                ["held"] = PerThread(_threads, t => TlaValue.Set(_held[t].Select(i => Int(i)))),
                ["opsDone"] = PerThread(_threads, t => Int(_opsDone[t])),
            };
        }

        private static TlaValue Entry((long Cycle, bool Unsafe, long Index) e) =>
            TlaValue.Record(new Dictionary<string, TlaValue> { ["cycle"] = Int(e.Cycle), ["unsafe"] = Bool(e.Unsafe), ["index"] = Int(e.Index) });
    }
}
