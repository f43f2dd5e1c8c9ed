using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Atomics;
using Weft.Memory;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/DEBRA/DEBRA.tla: <see cref="DebraReclaimer"/> (DEBRA, or DEBRA+ with <c>Neutralize</c>) under the IBR
/// workload: a root cell <c>head</c> holding a node of a tagged <see cref="NodePool"/>; spec thread t repeats
/// <c>BeginOperation; h = Protect(head); read h's payload; Validate; [writers] n = Allocate (pool empty: give up);
/// CAS head h -&gt; n; success: Retire(h) / failure: free n; EndOperation</c>, restarting after a
/// <see cref="NeutralizedException"/> (EndOperation runs in the workload's <c>finally</c>).
///
/// Refinement mapping. From the reclaimer: epoch, announcements, flags, each thread's local epoch, check cursor and count of operations since its last check,
/// current bag, bags and stall bookkeeping; from the pool: head, the free list; node states from the slot events
/// (<see cref="SlotStateTracker"/>); <c>hp</c>, <c>newNode</c> and the ghost <c>garbage</c> (the payload read came
/// from a freed slot, recorded by the workload when it reads) from the workload. Not compared: <c>hp</c> and
/// <c>stale</c> between the handle load and Protect's return (a local), the bags of a thread whose rotation is
/// freeing one (the list is cleared only after the loop). Not mapped: <c>toFree</c> (the rotation loop's
/// enumerator) and <c>checkA</c> (CheckOne's local <c>a</c>).
/// </summary>
public sealed class DebraModel : SpecModel
{
    public override string Spec => "DEBRA";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("DebraBeginReadFlag", "begin_read_flag"),
        new("DebraBeginReadEpoch", "begin_read_epoch", "begin_read_epoch_kept"),
        new("DebraRotateFree", "rotate_free"),
        new("DebraBeginClearFlag", "begin_clear_flag"),
        new("DebraBeginAnnounce", "begin_announce"),
        new("DebraCheckReadAnnounce", "check_read_announce"),
        new("DebraCheckRegistered", "check_registered"),
        new("DebraCheckReadFlag", "check_read_flag"),
        new("DebraCheckNeutralize", "check_neutralize"),
        new("DebraCheckCasEpoch", "check_cas_epoch"),
        new("DebraProtectReadHandle", "protect_read_handle"),
        new("DebraValidate", "protect_validate", "access_validate"),
        new("DebraAccess", "access"),
        new("DebraAlloc", "alloc"),
        new("DebraAllocExhausted", "alloc"),
        new("DebraCasHead", "cas_head"),
        new("DebraDiscard", "discard"),
        new("DebraEndAnnounce", "end_announce"),
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["toFree"] = "the enumerator of RotateAndReclaim's free loop",
        ["checkA"] = "local 'a' of CheckOne",
    };

    /// <summary>Every unmapped variable is a local the implementation passes with its labels (the stateful search's fingerprint).</summary>
    public override IReadOnlyCollection<string> UnmappedLiveAtLabels { get; } = new[] { "toFree", "checkA" };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("NoUseAfterFree", "NoUseAfterFreeMonitor"),
        new("NoDoubleFree", "NoDoubleFreeMonitor"),
        new("NeutralizationSafety", "NeutralizationSafetyMonitor"),
        new("BoundedPending", "BoundedPendingMonitor"),
        new("AnnouncementsBounded", "EpochMonotonicMonitor", OnState: true), // the monitor at every store; CheckState on every state too
        new("EpochMonotonic", "EpochMonotonicMonitor"),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> c)
    {
        var bug = StringConstant(c, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "early" => SeededBug.DebraEarlyRotation,
            "ahead" => SeededBug.DebraAnnounceAhead,
            "rollback" => SeededBug.DebraEpochRollback,
            "double" => SeededBug.DoubleRetire,
            "resume" => SeededBug.DebraPlusResumeNeutralized,
            "keep" => SeededBug.DebraKeepAcrossEpoch,
            var other => throw new WeftInputException($"constant SeededBug = \"{other}\": the DEBRA model knows \"none\", \"early\", \"ahead\", \"rollback\", \"double\", \"resume\" and \"keep\""),
        };
        var config = WeftConfig.Default with { StallThreshold = IntConstant(c, "StallThreshold"), EpochCheckInterval = IntConstant(c, "CheckInterval"), SeededBug = bug };
        return new Instance(Range(c, "Threads"), IntSet(c, "Writers"), Range(c, "Nodes"), BoolConstant(c, "Neutralize"),
            IntConstant(c, "MaxPending"), config, IntConstant(c, "MaxEpoch"));
    }

    private sealed class Locals : ReclaimerLocals
    {
        public bool Garbage;
    }

    private sealed class Instance : SpecInstance
    {
        private readonly int _n, _nodes, _maxPending;
        private readonly long _maxEpoch;
        private readonly HashSet<int> _writers;
        private readonly bool _neutralize;
        private readonly WeftConfig _config;
        private readonly Locals[] _locals;
        private NodePool? _pool;
        private DebraReclaimer? _r;
        private RootCell? _root;
        private SlotStateTracker? _slots;

        public Instance(int threads, HashSet<int> writers, int nodes, bool neutralize, int maxPending, WeftConfig config, long maxEpoch)
        {
            _maxEpoch = maxEpoch;
            _n = threads;
            _writers = writers;
            _nodes = nodes;
            _neutralize = neutralize;
            _maxPending = maxPending;
            _config = config;
            _locals = new Locals[threads + 1];
            Monitors = new Func<PropertyMonitor>[] { () => _slots = new SlotStateTracker() };
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; }

        public override void Body()
        {
            var pool = new NodePool(_nodes, tagged: true, threadCaches: 0);
            var r = new DebraReclaimer(pool, _n, _config, _neutralize);
            var root = new RootCell();
            root.Head = new AtomicInt64(pool.Allocate()); // the setup's node: slot 1 of the spec
            if (_maxPending > 0) Checker.Emit(new PendingBoundEvent(_maxPending));
            _pool = pool;
            _r = r;
            _root = root;
            // Each thread registers before its first label, so every thread is registered before the first spec step
            // (the spec's registration is fixed).
            var workers = new WeftThread[_n];
            for (int t = 1; t <= _n; t++)
            {
                var me = _locals[t] = new Locals();
                bool writer = _writers.Contains(t);
                workers[t - 1] = WeftThread.Start(() => Operations(r, pool, root, me, writer));
            }
            foreach (var w in workers) w.Join();
        }

        private void Operations(DebraReclaimer r, NodePool pool, RootCell root, Locals me, bool writer)
        {
            var rt = me.Registration = r.Register();
            while (true)
            {
                r.BeginOperation(rt);
                try
                {
                    long h = r.Protect(rt, ref root.Head);
                    me.Hp = h;
                    Checker.Label("access");
                    int slot = NodePool.IndexOf(h);
                    me.Garbage = _slots!.StateOf(slot) == "free" || (int)(h >> 32) != pool.Generation(slot);
                    _ = pool.Payload(h);
                    if (r.Neutralizes) Checker.Label("access_validate");
                    r.Validate(rt);
                    if (writer)
                    {
                        Checker.Label("alloc");
                        root.Replace(r, pool, me, h);
                    }
                }
                catch (NeutralizedException)
                {
                    me.Garbage = false; // the value read is discarded
                }
                finally
                {
                    r.EndOperation(rt);
                    me.Hp = NodePool.Null;
                    me.Garbage = false;
                }
            }
        }

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var pool = _pool!;
            var r = _r!;
            string Pc(int t) => threads[t - 1].Label ?? "(finished)";
            // Protect's h is a local until Protect returns. A DEBRA+ thread neutralized in Protect's Validate never returns
            // it; it ends the operation at once (DEBRA+ keeps its announcement: no end_announce step), and the spec's end
            // of the operation resets hp as the workload's finally does.
            bool InProtect(int t) => Pc(t) == "protect_validate";
            ReclaimerThread RegistrationOf(int t) => _locals[t].Registration!;
            TlaValue Hp(int t) => InProtect(t) ? Refinement.Any : NodeOf(_locals[t].Hp);
            TlaValue Stale(int t) => InProtect(t) ? Refinement.Any : ModelSupport.Stale(pool, _locals[t].Hp);
            TlaValue Limbo(int t) => Pc(t) == "rotate_free"
                ? Refinement.Any
                : ModelSupport.Limbo(RegistrationOf(t));
            return new Dictionary<string, TlaValue>
            {
                ["epoch"] = Int(r.Epoch),
                ["announce"] = PerThread(_n, t =>
                {
                    var (e, q) = r.Announcement(t - 1);
                    return TlaValue.Record(("e", Int(e)), ("q", Bool(q)));
                }),
                ["neutralized"] = PerThread(_n, t => Bool(r.IsNeutralized(t - 1))),
                ["head"] = NodeOf(_root!.Head.Peek()),
                ["freeList"] = Seq(pool.FreeSlots().Select(Refinement.Node)),
                ["nodeState"] = Refinement.ByNode(Enumerable.Range(0, _nodes).Select(s => Str(_slots!.StateOf(s)))),
                ["pc"] = PerThread(_n, t => Str(Pc(t))),
                ["localEpoch"] = PerThread(_n, t => Int(RegistrationOf(t).LocalEpoch)),
                ["checkNext"] = PerThread(_n, t => Int(RegistrationOf(t).CheckNext)),
                ["opsSinceCheck"] = PerThread(_n, t => Int(RegistrationOf(t).OpsSinceCheck)),
                ["currentBag"] = PerThread(_n, t => Int(RegistrationOf(t).CurrentBag)),
                ["limbo"] = PerThread(_n, Limbo),
                ["stallEpoch"] = PerThread(_n, t => Int(r.Stall(t - 1).Epoch)),
                ["stallCount"] = PerThread(_n, t => Int(r.Stall(t - 1).Count)),
                ["hp"] = PerThread(_n, Hp),
                ["newNode"] = PerThread(_n, t => NodeOf(_locals[t].NewNode)),
                ["stale"] = PerThread(_n, Stale),
                ["garbage"] = PerThread(_n, t => Bool(_locals[t].Garbage)),
                ["doubleFree"] = Bool(false),
            };
        }

        /// <summary>The configurations' CONSTRAINT EpochBound: <c>epoch &lt;= MaxEpoch</c>.</summary>
        public override bool WithinConstraint(IReadOnlyDictionary<string, TlaValue> mapped) =>
            mapped["epoch"] is TlaInt epoch && epoch.Value <= _maxEpoch;

        public override bool HasConstraint => true;

        /// <summary>The bags of a thread at <c>rotate_free</c>, which the mapping hides while the rotation frees one.</summary>
        public override TlaValue? Unobserved(IReadOnlyList<SpecThreadView> threads) =>
            RawLimbo(_n, t => threads[t - 1].Label == "rotate_free" ? _locals[t].Registration : null);

        /// <summary>AnnouncementsBounded on the reclaimer: no announced or local epoch is ahead of the global epoch.</summary>
        public override string? CheckState(string invariant)
        {
            if (invariant != "AnnouncementsBounded") return base.CheckState(invariant);
            var r = _r!;
            long epoch = r.Epoch;
            for (int t = 1; t <= _n; t++)
            {
                var (e, _) = r.Announcement(t - 1);
                if (e > epoch) return $"thread {t} announces epoch {e}, ahead of the epoch {epoch}";
                if (_locals[t].Registration!.LocalEpoch > epoch) return $"thread {t} has local epoch {_locals[t].Registration!.LocalEpoch}, ahead of the epoch {epoch}";
            }
            return null;
        }
    }
}
