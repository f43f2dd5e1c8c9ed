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
/// tla/LCRQ/LCRQ.tla: one <see cref="CrqRing"/> of <c>R</c> entries (LCRQ's ring; the linked list of rings is not
/// modeled). Workload: spec thread t performs <c>Ops</c> operations, each chosen at the label <c>idle</c>: an enqueue
/// of its own value handle t (<see cref="CrqRing.TryEnqueue"/>; false once the ring is closed) or a dequeue.
/// <c>StarvationLimit</c> must be <see cref="CrqRing.StarvationLimit"/>.
///
/// Refinement mapping. <c>entries</c> (each decoded into unsafe flag, index and value handle), <c>head</c>, and the
/// tail split into <c>tail</c> (its position) and <c>closed</c> (its closed bit) are read from the ring; <c>pc</c> is
/// the label each thread is paused at (<c>idle</c> once it finished); <c>opsDone</c> is the workload's;
/// <c>wasClosed</c> is the ghost "the ring has been closed", which <see cref="CrqClosedStaysClosedMonitor"/> keeps
/// for itself from the ring's tail events. Not mapped: the locals of TryEnqueue/TryDequeue/FixState (<c>pos</c>,
/// <c>seen</c>, <c>attempt</c>, <c>ftail</c>).
/// </summary>
public sealed class LcrqModel : SpecModel
{
    public override string Spec => "LCRQ";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("CrqEnqueueFaa", new[] { "idle", "enq_faa" }, new[] { 1 }),
        new("CrqEnqueueLoad", "enq_load"),
        new("CrqEnqueueUnsafeHead", "enq_unsafe_head"),
        new("CrqEnqueueCas", "enq_cas"),
        new("CrqEnqueueFullHead", "enq_full_head"),
        new("CrqEnqueueClose", "enq_close"),
        new("CrqDequeueFaa", new[] { "idle", "deq_faa" }, new[] { 0 }),
        new("CrqDequeueLoad", "deq_load"),
        new("CrqDequeueTake", "deq_take"),
        new("CrqDequeueMark", "deq_mark"),
        new("CrqDequeueAdvance", "deq_advance"),
        new("CrqDequeueReadTail", "deq_read_tail"),
        new("CrqFixReadTail", "fix_read_tail"),
        new("CrqFixReadHead", "fix_read_head"),
        new("CrqFixCas", "fix_cas"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["pos"] = "local 'tail' of CrqRing.TryEnqueue / 'head' of TryDequeue (the drawn position; in FixState the head read)",
        ["seen"] = "local 'seen' of TryEnqueueAt/DequeueAt (the entry read)",
        ["attempt"] = "local 'attempt' of CrqRing.TryEnqueue",
        ["ftail"] = "local 'tail' of CrqRing.FixState",
        ["wasClosed"] = "ghost: the ring has been closed; CrqClosedStaysClosedMonitor keeps its own from the tail events",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("NoStrandedValue", nameof(RingNoStrandedEntryMonitor)),
        new("ClosedStaysClosed", nameof(CrqClosedStaysClosedMonitor)),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = StringConstant(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "ignoreunsafe" => SeededBug.LcrqIgnoreUnsafe,
            "noempty" => SeededBug.LcrqNoEmptyTransition,
            "fixreopens" => SeededBug.LcrqFixStateReopens,
            var other => throw new WeftInputException(
                $"constant SeededBug = \"{other}\": the LCRQ model knows \"none\", \"ignoreunsafe\", \"noempty\" and \"fixreopens\""),
        };
        int entries = IntConstant(constants, "R");
        if (entries <= 0 || (entries & (entries - 1)) != 0)
            throw new WeftInputException($"constant R = {entries}: the LCRQ model needs a positive power of two (the ring's entries)");
        int starvation = IntConstant(constants, "StarvationLimit");
        if (starvation != CrqRing.StarvationLimit)
            throw new WeftInputException($"constant StarvationLimit = {starvation}: CrqRing closes a ring after {CrqRing.StarvationLimit} attempts");
        return new Instance(Range(constants, "Threads"), entries, IntConstant(constants, "Ops"), WeftConfig.Default with { SeededBug = bug });
    }

    private sealed class Instance : SpecInstance
    {
        private const long ClosedBit = 1L << 62;
        private readonly int _threads, _entries, _ops;
        private readonly WeftConfig _config;
        private readonly int[] _opsDone;
        private CrqRing? _ring;

        public Instance(int threads, int entries, int ops, WeftConfig config)
        {
            _threads = threads;
            _entries = entries;
            _ops = ops;
            _config = config;
            _opsDone = new int[threads + 1];
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; } = new Func<PropertyMonitor>[]
        {
            () => new RingNoStrandedEntryMonitor(),
            () => new CrqClosedStaysClosedMonitor(),
        };

        public override void Body()
        {
            Array.Clear(_opsDone);
            var ring = new CrqRing(_entries, _config);
            _ring = ring;
            var workers = new WeftThread[_threads];
            for (int t = 1; t <= _threads; t++)
            {
                int self = t;
                workers[t - 1] = WeftThread.Start(() =>
                {
                    for (int i = 0; i < _ops; i++)
                    {
                        Checker.Label("idle");
                        if (Checker.ChooseBool()) ring.TryEnqueue(self);
                        else ring.TryDequeue(out _);
                        _opsDone[self]++;
                    }
                });
            }
            foreach (var w in workers) w.Join();
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var ring = _ring!;
            long tail = ring.PeekTail();
            return new Dictionary<string, TlaValue>
            {
                ["entries"] = TlaValue.Function(Enumerable.Range(0, _entries)
                    .Select(s => new KeyValuePair<TlaValue, TlaValue>(Int(s), Entry(ring.PeekEntry(s))))),
                ["head"] = Int(ring.PeekHead()),
                ["tail"] = Int(tail & (ClosedBit - 1)),
                ["closed"] = Bool((tail & ClosedBit) != 0),
                ["pc"] = PerThread(_threads, t => Str(threads[t - 1].Completed ? "idle" : threads[t - 1].Label!)),
                ["opsDone"] = PerThread(_threads, t => Int(_opsDone[t])),
            };
        }

        private static TlaValue Entry((bool Unsafe, long Index, long Value) e) =>
            TlaValue.Record(new Dictionary<string, TlaValue> { ["unsafe"] = Bool(e.Unsafe), ["index"] = Int(e.Index), ["value"] = Int(e.Value) });
    }
}
