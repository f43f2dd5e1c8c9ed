using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Monitors;
using Weft.Platform;
using Weft.Regions;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// tla/RegionRC/RegionRC.tla: the region runtime <c>Weft.Regions</c> on the spec's handoff workload. Setup: region R
/// (spec region 1) holds the list (1 2) and one handle (a retain). Thread 1 sends the handle through a
/// <see cref="RegionChannel"/> and exits R's scope. Thread 2 receives it (<see cref="RegionChannel.TryReceive"/>, once
/// per try: an empty try is the spec's <c>RecvEmpty</c>), tethers R and borrows the list, releases the handle, reads
/// through the borrow, opens Y (2, child of R: a pair (3 . list or nil) and a one-slot vector) and Z (3, child of Y: a
/// pair (5 . list or nil)), stores Z's pair into Y's vector (vector-set!) and Y's pair as the list's cdr (set-cdr!),
/// exits Z and Y, stores the list in a <see cref="GlobalCell"/>, ends the tether, reads through the global and clears
/// it. <c>Large</c> sets the merge threshold (0: H0 merges every permitted repair; otherwise transmigration only).
///
/// Refinement mapping. <c>life</c>, <c>into</c>, <c>tethers</c>, <c>scope</c> and <c>freed</c> are each region's own
/// liveness word, merge link, open tethers, scope flag and freed flag; <c>created</c> says the workload opened it;
/// <c>channel</c> is the channel's slot. <c>rc</c> (the spec's ghost count, changed by the logical operation) is
/// counted from the objects that hold references: the handle until released, an open tether (its reference), the
/// global's handle, each live unmerged child, and each merged region whose scope is still open (a reference on the
/// region that absorbed it). <c>edges</c> is every cross-region pointer ever stored (the region monitors' edge events),
/// with both ends resolved through merges. <c>pc</c> is the label each thread is paused at (<c>done</c> once it
/// finished). <c>doubleFree</c> and <c>rewroteExternal</c> map to FALSE: the no-double-free and external-root monitors
/// stop the run at the offending free or copy. Not mapped: the decrement's locals.
/// </summary>
public sealed class RegionRcModel : SpecModel
{
    public override string Spec => "RegionRC";

    public override IReadOnlyList<SpecAction> Actions { get; } = new SpecAction[]
    {
        new("Send", "send"),
        new("ExitR", "exit"),
        new("Recv", "recv"),
        new("RecvEmpty", "recv"),
        new("TetherR", "tether"),
        new("ReleaseHandle", "release"),
        new("ReadR", "borrowRead", "readGlobal"),
        new("AllocY", "allocY"),
        new("AllocZ", "allocZ"),
        new("StoreZY", "storeZY"),
        new("StoreYR", "storeYR"),
        new("ExitZ", "exitZ"),
        new("ExitY", "exitY"),
        new("GlobalStore", "global"),
        new("Untether", "untether"),
        new("ClearGlobal", "clear"),
        new("Dec", "dec"),
        new("Reread", "reread"),
        new("StoreBack", "store"),
        new("Free", "free"),
        new("Terminating"),
        new("Stuttering"), // TLC's end of a lasso that stutters forever (a liveness counterexample): nothing runs
    };

    public override IReadOnlyDictionary<string, string> Unmapped { get; } = new Dictionary<string, string>
    {
        ["decRegion"] = "the region Region.Subtract is called on (its receiver)",
        ["decAmount"] = "argument 'amount' of Region.Subtract",
        ["decReturn"] = "the workload label the thread returns to after the decrement (its call stack)",
        ["seen"] = "local 'seen' of Region.Subtract's seeded load-and-store decrement",
    };

    public override IReadOnlyList<SpecInvariant> Invariants { get; } = new SpecInvariant[]
    {
        new("TypeOK", "refinement mapping (every state matches the trace)"),
        new("RegionClosure", nameof(RegionClosureMonitor)),
        new("NoRegionCycle", nameof(NoRegionCycleMonitor)),
        new("LivenessRule", nameof(RegionLivenessMonitor)),
        new("EventuallyFreed", nameof(RegionLivenessMonitor)),
        new("NoDoubleFree", nameof(RegionNoDoubleFreeMonitor)),
        new("TetherSafety", nameof(TetherSafetyMonitor)),
        new("ExternalRootsUntouched", nameof(ExternalRootsUntouchedMonitor)),
        new("NoUseAfterFree", nameof(RegionNoUseAfterFreeMonitor)),
    };

    public override SpecInstance Create(IReadOnlyDictionary<string, TlaValue> constants)
    {
        var bug = StringConstant(constants, "SeededBug") switch
        {
            "none" => SeededBug.None,
            "skipbarrier" => SeededBug.RegionBarrierSkippedOnSetCdr,
            "reread" => SeededBug.RegionDecrementThenReread,
            "bystore" => SeededBug.RegionDecrementByStore,
            "tetherless" => SeededBug.RegionTetherWithoutReference,
            "copyexternal" => SeededBug.RegionTransmigrateCopiesExternal,
            "globalnoretain" => SeededBug.RegionGlobalStoreWithoutRetain,
            var other => throw new WeftInputException(
                $"constant SeededBug = \"{other}\": the RegionRC model knows \"none\", \"skipbarrier\", \"reread\", \"bystore\", \"tetherless\", \"copyexternal\" and \"globalnoretain\""),
        };
        var config = RegionConfig.Default with
        {
            MergeThresholdBytes = BoolConstant(constants, "Large") ? 0 : long.MaxValue,
            SeededBug = bug,
        };
        return new Instance(config, BoolConstant(constants, "BackPointer"));
    }

    /// <summary>Records every pointer stored between regions (impl region ids), for the mapping of <c>edges</c>.</summary>
    private sealed class EdgeRecorder : PropertyMonitor, IMonitorOf<RegionEdgeEvent>
    {
        public HashSet<(int From, int To)> Edges { get; } = new();

        public override void OnEvent(object e) { }

        public void On(in RegionEdgeEvent e)
        {
            if (e.Target != 0 && e.CellRegion != e.TargetRegion) Edges.Add((e.CellRegion, e.TargetRegion));
        }
    }

    private sealed class Instance : SpecInstance
    {
        private const int Threads = 2, RegionCount = 3;
        private readonly RegionConfig _config;
        private readonly bool _backPointer;
        private EdgeRecorder? _edges;
        private readonly Region?[] _regions = new Region?[RegionCount + 1]; // spec region r is _regions[r]
        private RegionChannel? _channel;
        private RegionHandle? _handle;
        private Tether? _tether;
        private GlobalCell? _global;

        public Instance(RegionConfig config, bool backPointer)
        {
            _config = config;
            _backPointer = backPointer;
            Monitors = new Func<PropertyMonitor>[] { () => _edges = new EdgeRecorder() };
        }

        public override IReadOnlyList<Func<PropertyMonitor>> Monitors { get; }

        public override void Body()
        {
            Array.Clear(_regions);
            _tether = null;
            var space = new RegionSpace(_config);
            var r = space.CreateRegion();
            _regions[1] = r;
            var list = r.Cons(Value.Of(1), Value.Of(r.Cons(Value.Of(2), Value.Nil)));
            var channel = _channel = new RegionChannel();
            var handle = _handle = r.Retain();
            var global = _global = new GlobalCell(space);
            var sender = WeftThread.Start(() =>
            {
                Checker.Label("send");
                channel.Send(handle);
                Checker.Label("exit");
                r.ExitScope();
            });
            var receiver = WeftThread.Start(() => Receive(channel, list, global));
            sender.Join();
            receiver.Join();
        }

        private void Receive(RegionChannel channel, Cell list, GlobalCell global)
        {
            RegionHandle? got;
            do Checker.Label("recv");
            while (!channel.TryReceive(out got));
            Checker.Label("tether");
            var tether = _tether = got!.Region.Tether();
            var borrow = tether.Borrow(list);
            Checker.Label("release");
            got.Release();
            Checker.Label("borrowRead");
            borrow.Get().Car();
            var r = list.Home;
            Checker.Label("allocY");
            var y = _regions[2] = r.EnterChild();
            var pairY = y.Cons(Value.Of(3), _backPointer ? Value.Of(list) : Value.Nil);
            var holder = y.NewVector(1);
            Checker.Label("allocZ");
            var z = _regions[3] = y.EnterChild();
            var pairZ = z.Cons(Value.Of(5), _backPointer ? Value.Of(list) : Value.Nil);
            Checker.Label("storeZY");
            holder.VectorSet(0, Value.Of(pairZ));
            Checker.Label("storeYR");
            list.SetCdr(Value.Of(pairY));
            Checker.Label("exitZ");
            z.ExitScope();
            Checker.Label("exitY");
            y.ExitScope();
            Checker.Label("global");
            global.Set(Value.Of(list));
            Checker.Label("untether");
            tether.End();
            Checker.Label("readGlobal");
            global.Get().Cell.Car();
            Checker.Label("clear");
            global.Clear();
        }

        /// <summary>The spec's number of an implementation region (0: none).</summary>
        private int SpecRegion(Region? region)
        {
            for (int r = 1; r <= RegionCount; r++)
                if (region is not null && ReferenceEquals(_regions[r], region)) return r;
            return 0;
        }

        private int SpecRegionById(int id)
        {
            for (int r = 1; r <= RegionCount; r++)
                if (_regions[r]?.Id == id) return r;
            throw new InvalidOperationException($"an edge names region {id}, which the workload did not open");
        }

        /// <summary>The spec's ghost count of <paramref name="r"/>: the objects holding a reference on it.</summary>
        private long References(int r)
        {
            var region = _regions[r];
            if (region is null || region.IsMerged) return 0;
            long count = 0;
            if (r == 1)
            {
                if (!_handle!.IsReleased) count++;
                if (_tether is { Ended: false } && _config.SeededBug != SeededBug.RegionTetherWithoutReference) count++;
                if (_global!.Handle is { IsReleased: false }) count++;
            }
            foreach (var other in _regions)
            {
                if (other?.Parent is null || other.FreedHere) continue;
                if (!other.IsMerged && ReferenceEquals(other.Parent.Resolve(), region)) count++;                  // a live child
                else if (other.IsMerged && other.ScopeOpen && ReferenceEquals(other.Resolve(), region)) count++; // a merged scope
            }
            return count;
        }

        private TlaValue PerRegion(Func<int, Region?, TlaValue> f) =>
            Seq(Enumerable.Range(1, RegionCount).Select(r => f(r, _regions[r])));

        public override IReadOnlyDictionary<string, TlaValue> Map(IReadOnlyList<SpecThreadView> threads)
        {
            var edges = _edges!.Edges
                .Select(e => (From: SpecRegion(_regions[SpecRegionById(e.From)]!.Resolve()), To: SpecRegion(_regions[SpecRegionById(e.To)]!.Resolve())))
                .Where(e => e.From != e.To)
                .Distinct()
                .Select(e => TlaValue.Seq(new[] { Int(e.From), Int(e.To) }));
            return new Dictionary<string, TlaValue>
            {
                ["life"] = PerRegion((_, x) => Int(x?.PeekLife() ?? 0)),
                ["created"] = PerRegion((_, x) => Bool(x is not null)),
                ["scope"] = PerRegion((_, x) => Bool(x?.ScopeOpen ?? false)),
                ["rc"] = PerRegion((r, _) => Int(References(r))),
                ["freed"] = PerRegion((_, x) => Bool(x?.FreedHere ?? false)),
                ["doubleFree"] = Bool(false),
                ["into"] = PerRegion((_, x) => Int(SpecRegion(x?.MergedInto))),
                ["tethers"] = PerRegion((_, x) => Int(x?.PeekOpenTethers() ?? 0)),
                ["edges"] = TlaValue.Set(edges),
                ["rewroteExternal"] = Bool(false),
                ["channel"] = Str(_channel!.PeekFull() ? "full" : "empty"),
                ["pc"] = PerThread(Threads, t => Str(threads[t - 1].Completed ? "done" : threads[t - 1].Label!)),
            };
        }
    }
}
