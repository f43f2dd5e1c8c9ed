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
/// tla/wCQ/wCQ.tla: one <see cref="WcqRing"/> of capacity <c>N</c> (2N entries) with one record per spec thread
/// (thread t owns record t − 1) and the options <c>EnqPatience</c>, <c>DeqPatience</c>, <c>HelpDelay</c>. Workload
/// (as SCQ's): the N indices are dealt to the threads (index i to thread i mod T + 1); thread 1 performs
/// <c>FirstOps</c> operations, every other thread <c>Ops</c>, each chosen at the label <c>idle</c>: an enqueue of the
/// smallest index it holds (offered only while it holds one) or a dequeue, whose index it then holds.
///
/// Refinement mapping. <c>entries</c> (decoded into cycle, note, unsafe, final, index), <c>head</c> and <c>tail</c>
/// (position, phase-2 owner), <c>threshold</c> and the records' shared words <c>rec</c> are read from the ring;
/// <c>nextCheck</c> and <c>helpCursor</c> are the records' private help state; <c>steps</c> and <c>helpSteps</c> are
/// the scheduling points the thread's current (or last) operation took, and of those in Help (the controlled build
/// counts them), so a replay also checks that every spec action is exactly one shared access; <c>pc</c> is the label
/// each thread is paused at (<c>idle</c> once finished); <c>held</c> and <c>opsDone</c> are the workload's. Not
/// mapped: <c>l</c>, the locals of the operation in progress.
/// </summary>
public sealed class WcqModel : SpecModel
{
    public override string Spec => "wCQ";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("HelpKind", new[] { "idle", "help_kind" }, new[] { 1 }),
        new("HelpSeq2", "he_seq2", "hd_seq2"),
        new("HelpKindAgain", "he_kind", "hd_kind"),
        new("HelpInit", "he_init", "hd_init"),
        new("HelpSeq1", "he_seq1", "hd_seq1"),
        new("EnqueueFaa", new[] { "idle", "enq_faa" }, new[] { 1 }),
        new("EnqueueLoad", "enq_load"),
        new("EnqueueReadHead", "enq_read_head"),
        new("EnqueueCas", "enq_cas"),
        new("ThresholdLoad", "thr_load"),
        new("ThresholdStore", "thr_store"),
        new("EnqueueLast", new[] { "idle", "enq_last" }, new[] { 1 }),
        new("PublishSeq", "enq_pub_seq", "deq_pub_seq"),
        new("PublishLocal", "enq_pub_local", "deq_pub_local"),
        new("PublishInit", "enq_pub_init", "deq_pub_init"),
        new("PublishKind", "enq_pub_kind", "deq_pub_kind"),
        new("PublishSeq2", "enq_pub_seq2", "deq_pub_seq2"),
        new("RetireSeq", "enq_retire", "deq_retire"),
        new("RetireKind", "enq_retire_kind", "deq_retire_kind"),
        new("DequeueCheckThreshold", new[] { "idle" }, new[] { 0 }),
        new("DequeueFaa", "deq_faa"),
        new("DequeueLoad", "deq_load"),
        new("DequeueInvalidate", "deq_cas"),
        new("DequeueReadTail", "deq_read_tail"),
        new("DequeueEmpty", "deq_thr_empty"),
        new("DequeueRetry", "deq_thr"),
        new("CatchUpLoad", "cu_load"),
        new("CatchUpCas", "cu_cas"),
        new("CatchUpReadHead", "cu_head"),
        new("FinishRequestLoad", "fra_load"),
        new("FinishRequestCas", "fra_cas"),
        new("ConsumeOr", "cons_or"),
        new("DequeueLast", "deq_last"),
        new("DequeueFinal", "deq_final"),
        new("DequeueFinalEntry", "deq_final_entry"),
        new("SlowLoad", "si_load"),
        new("SlowLocal", "si_local"),
        new("Phase2Seq2", "fp_seq2"),
        new("Phase2Local", "fp_local"),
        new("Phase2Count", "fp_count"),
        new("Phase2Seq1", "fp_seq1"),
        new("Phase2Settle", "fp_settle"),
        new("Phase2Clear", "fp_clear"),
        new("SlowPhase1", "si_phase1"),
        new("PublishPhase2Load", "pp_load"),
        new("PublishPhase2Seq1", "pp_seq1"),
        new("PublishPhase2Local", "pp_local"),
        new("PublishPhase2Count", "pp_count"),
        new("PublishPhase2Seq2", "pp_seq2"),
        new("SlowGlobal", "si_global"),
        new("SlowReload", "si_reload"),
        new("SlowThreshold", "si_thr"),
        new("SlowPhase2", "si_phase2"),
        new("SlowClear", "si_clear"),
        new("EnqueueSlowSeq1", "es_seq1"),
        new("EnqueueSlowLoad", "es_load"),
        new("EnqueueSlowReadHead", "es_read_head"),
        new("EnqueueSlowCas", "es_cas"),
        new("FinishEnqueueFin", "fe_fin"),
        new("FinishEnqueueLoad", "fe_load"),
        new("FinishEnqueueCas", "fe_cas"),
        new("DequeueSlowLoad", "ds_load"),
        new("DequeueSlowCas", "ds_cas"),
        new("DequeueSlowFin", "ds_fin"),
        new("DequeueSlowTail", "ds_tail"),
        new("DequeueSlowThreshold", "ds_thr"),
        new("DequeueSlowEmptyFin", "ds_empty_fin"),
        new("Terminating"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["l"] = "the locals of WcqRing's methods for the operation in progress (positions drawn, entries seen, the request run, the phase-2 record read, catch-up targets) and the kind of the current or last operation",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("NoStrandedIndex", nameof(RingNoStrandedEntryMonitor)),
        new("RequestActive", nameof(WcqRequestActiveMonitor)),
        new("WaitFree", nameof(WcqStepBoundMonitor), OnState: true), // the monitor when an operation returns; CheckState on every state
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = StringConstant(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "nohelp" => SeededBug.WcqNoHelping,
            "ignoreseq" => SeededBug.WcqHelperIgnoresSequence,
            "slownocycle" => SeededBug.WcqSlowEnqueueNoCycleCheck,
            var other => throw new WeftInputException(
                $"constant SeededBug = \"{other}\": the wCQ model knows \"none\", \"nohelp\", \"ignoreseq\" and \"slownocycle\""),
        };
        int capacity = IntConstant(constants, "N");
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0)
            throw new WeftInputException($"constant N = {capacity}: the wCQ model needs a positive power of two (the ring's capacity)");
        var options = new WcqOptions
        {
            EnqueuePatience = IntConstant(constants, "EnqPatience"),
            DequeuePatience = IntConstant(constants, "DeqPatience"),
            HelpDelay = IntConstant(constants, "HelpDelay"),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new WeftInputException($"constants EnqPatience/DeqPatience/HelpDelay: {e.Message}");
        }
        return new Instance(Range(constants, "Threads"), capacity, IntConstant(constants, "FirstOps"), IntConstant(constants, "Ops"), options,
            WeftConfig.Default with { SeededBug = bug });
    }

    private sealed class Instance : SpecInstance
    {
        private readonly int _threads, _capacity, _firstOps, _ops;
        private readonly WcqOptions _options;
        private readonly WeftConfig _config;
        private readonly SortedSet<long>[] _held;
        private readonly int[] _opsDone;
        private WcqRing? _ring;

        public Instance(int threads, int capacity, int firstOps, int ops, WcqOptions options, WeftConfig config)
        {
            _threads = threads;
            _capacity = capacity;
            _firstOps = firstOps;
            _ops = ops;
            _options = options;
            _config = config;
            _held = Enumerable.Range(0, threads + 1).Select(_ => new SortedSet<long>()).ToArray();
            _opsDone = new int[threads + 1];
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; } = new Func<PropertyMonitor>[]
        {
            () => new RingNoStrandedEntryMonitor(),
            () => new WcqRequestActiveMonitor(),
            () => new WcqStepBoundMonitor(),
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
            var ring = new WcqRing(_capacity, _threads, _options, _config);
            _ring = ring;
            var workers = new WeftThread[_threads];
            for (int t = 1; t <= _threads; t++)
            {
                int self = t;
                workers[t - 1] = WeftThread.Start(() => Work(ring, self));
            }
            foreach (var w in workers) w.Join();
        }

        private void Work(WcqRing ring, int self)
        {
            var held = _held[self];
            int ops = self == 1 ? _firstOps : _ops;
            for (int i = 0; i < ops; i++)
            {
                Checker.Label("idle");
                // The spec offers an enqueue only while the thread holds an index: choose among the enabled operations.
                if (held.Count > 0 && Checker.ChooseBool())
                {
                    long index = held.Min;
                    held.Remove(index);
                    ring.Enqueue(self - 1, index);
                }
                else if (ring.TryDequeue(self - 1, out long index))
                {
                    held.Add(index);
                }
                _opsDone[self]++;
            }
        }

        public override SpecActionConstraint? ActionConstraint(string name) =>
            name == OthersRunWholeOperations.ConstraintName ? new OthersRunWholeOperations(this) : null;

        /// <summary>
        /// The adversarial scheduler of MC_NoHelping.cfg and MC_Outrun.cfg (tla/wCQ/wCQ.tla):
        /// <code>
        /// OthersRunWholeOperations ==
        ///     /\ \A t \in Threads \ {1} : pc[t] # "idle" => UNCHANGED &lt;&lt;pc[1], l[1], steps[1]&gt;&gt;
        ///     /\ \A t \in Threads \ {1} :
        ///           (pc[t] = "idle" /\ steps'[t] # steps[t]) =>
        ///               /\ pc[1] \in {"enq_load", "si_global"} \/ opsDone[1] = FirstOps
        ///               /\ held[t] # {} => held'[t] # held[t]
        /// </code>
        /// Every action of a thread changes its <c>steps</c>, so: thread 1 acts only while every other thread is at
        /// <c>idle</c>; another thread starts an operation only while thread 1 is about to load its fast position's
        /// entry or to CAS the global counter of a slow increment (or has made its operations), and, holding an
        /// index, starts an enqueue (the operation it chose must change what it holds: checked after the step).
        /// </summary>
        private sealed class OthersRunWholeOperations(Instance instance) : SpecActionConstraint
        {
            public const string ConstraintName = "OthersRunWholeOperations";
            private readonly long[]?[] _heldBefore = new long[]?[instance._threads + 1];

            public override string Name => ConstraintName;

            private static bool Idle(SpecThreadView v) => v.Completed || v.Label == "idle";

            public override bool MayAct(int thread, IReadOnlyList<SpecThreadView> threads)
            {
                if (thread == 1) return threads.Skip(1).All(Idle);
                _heldBefore[thread] = null;
                if (!Idle(threads[thread - 1])) return true;
                _heldBefore[thread] = instance._held[thread].ToArray();
                var first = threads[0];
                return (!first.Completed && first.Label is "enq_load" or "si_global") || instance._opsDone[1] == instance._firstOps;
            }

            public override bool Allowed(int thread, IReadOnlyList<SpecThreadView> threads)
            {
                if (thread == 1 || _heldBefore[thread] is not { } before) return true;
                _heldBefore[thread] = null;
                return before.Length == 0 || !instance._held[thread].SetEquals(before);
            }
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var ring = _ring!;
            var records = Enumerable.Range(0, _threads).Select(ring.PeekRecord).ToArray();
            return new Dictionary<string, TlaValue>
            {
                ["entries"] = TlaValue.Function(Enumerable.Range(0, 2 * _capacity)
                    .Select(s => new KeyValuePair<TlaValue, TlaValue>(Int(s), Entry(ring.PeekEntry(s))))),
                ["head"] = Word(ring.PeekGlobal(head: true)),
                ["tail"] = Word(ring.PeekGlobal(head: false)),
                ["threshold"] = Int(ring.PeekThreshold()),
                ["rec"] = PerThread(_threads, t => Record(records[t - 1])),
                ["nextCheck"] = PerThread(_threads, t => Int(records[t - 1].NextCheck)),
                ["helpCursor"] = PerThread(_threads, t => Int(records[t - 1].HelpCursor)),
                ["pc"] = PerThread(_threads, t => Str(threads[t - 1].Completed ? "idle" : threads[t - 1].Label!)),
                ["steps"] = PerThread(_threads, t => Int(ring.PeekSteps(t - 1).Steps)),
                ["helpSteps"] = PerThread(_threads, t => Int(ring.PeekSteps(t - 1).HelpSteps)),
                ["held"] = PerThread(_threads, t => TlaValue.Set(_held[t].Select(i => Int(i)))),
                ["opsDone"] = PerThread(_threads, t => Int(_opsDone[t])),
            };
        }

        /// <summary>WaitFree on the implementation: every thread's current (or last) operation within its bound so far.</summary>
        public override string? CheckState(string invariant)
        {
            if (invariant != "WaitFree") return base.CheckState(invariant);
            var ring = _ring!;
            for (int t = 1; t <= _threads; t++)
            {
                var (steps, help) = ring.PeekSteps(t - 1);
                var (own, helpBound) = ring.PeekStepBound(t - 1);
                if (steps - help > own) return $"thread {t}'s operation took {steps - help} of its own steps outside Help, above its wait-freedom bound {own}";
                if (help > helpBound) return $"thread {t}'s operation took {help} of its own steps in Help, above the bound {helpBound}";
            }
            return null;
        }

        private static TlaValue Entry((long Cycle, long Note, bool Unsafe, bool Final, long Index) e) =>
            TlaValue.Record(new Dictionary<string, TlaValue>
            {
                ["cycle"] = Int(e.Cycle), ["note"] = Int(e.Note), ["unsafe"] = Bool(e.Unsafe), ["final"] = Bool(e.Final), ["index"] = Int(e.Index),
            });

        private static TlaValue Word((long Position, long Owner) w) =>
            TlaValue.Record(new Dictionary<string, TlaValue> { ["pos"] = Int(w.Position), ["owner"] = Int(w.Owner) });

        private static TlaValue Local((long Position, bool Fin, bool Inc) c) =>
            TlaValue.Record(new Dictionary<string, TlaValue> { ["pos"] = Int(c.Position), ["fin"] = Bool(c.Fin), ["inc"] = Bool(c.Inc) });

        private static TlaValue Record(WcqRecordView r) =>
            TlaValue.Record(new Dictionary<string, TlaValue>
            {
                ["seq1"] = Int(r.Seq1), ["seq2"] = Int(r.Seq2), ["kind"] = Int(r.Kind),
                ["ltail"] = Local(r.LocalTail), ["itail"] = Int(r.InitTail),
                ["lhead"] = Local(r.LocalHead), ["ihead"] = Int(r.InitHead),
                ["p2seq1"] = Int(r.Phase2Seq1), ["p2local"] = Int(r.Phase2Local), ["p2count"] = Int(r.Phase2Count), ["p2seq2"] = Int(r.Phase2Seq2),
            });
    }
}
