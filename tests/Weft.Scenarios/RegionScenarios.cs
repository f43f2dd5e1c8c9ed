using Weft.Platform;
using Weft.Regions;
using Weft.Threading;

namespace Weft.Scenarios;

/// <summary>
/// Region-RC (<c>Weft.Regions</c>, docs/region-rc.md) under the scheduler. A sender builds a detached region (a list
/// and a map), retains a handle, sends it through a <see cref="RegionChannel"/> and exits the region's scope, racing
/// the receiver. The receiver tethers the region, borrows the map, drops its handle (the tether and later a global
/// keep the region alive), uses the borrow, makes child regions and stores their younger values into the older
/// region (repaired by transmigration, or by merges when the threshold is 0), stores a value in a global, ends the
/// tether and reads through the global. With three threads the second thread forwards the handle to a third, which
/// does the global part. The built-in region monitors check every step: RegionClosure, NoRegionCycle, the liveness
/// rule, NoUseAfterFree and NoDoubleFree for regions, TetherSafety and ExternalRootsUntouched. Each seeded defect
/// (<c>SeededBug.Region*</c>) is a negative control caught by the monitor of the invariant it breaks.
/// </summary>
public static class RegionScenarios
{
    [WeftTest("region/handoff-2t", Budget = 300,
        Description = "two threads: a region handed off through a channel while the sender exits its scope; the receiver tethers, borrows, stores younger values into it (transmigration) and keeps it alive through a global")]
    public static void Handoff2() => TwoThreads(RegionConfig.Default);

    [WeftTest("region/handoff-merge-2t", Budget = 300,
        Description = "the same with merge threshold 0: every repair of a direct child's value merges the child into the older region")]
    public static void HandoffMerge2() => TwoThreads(RegionConfig.Default with { MergeThresholdBytes = 0 });

    [WeftTest("region/handoff-3t", Budget = 300,
        Description = "three threads: the sender exits its scope while the region goes to a second thread (tether, borrows, stores) and on to a third (global store, release)")]
    public static void Handoff3() => ThreeThreads(RegionConfig.Default);

    [WeftTest("region/handoff-merge-3t", Budget = 300,
        Description = "three threads with merge threshold 0")]
    public static void HandoffMerge3() => ThreeThreads(RegionConfig.Default with { MergeThresholdBytes = 0 });

    [WeftTest("region/barrier-skipped-dangling", NegativeControl = true, ExpectedMonitor = "RegionClosureMonitor", Budget = 100,
        Description = "the seeded defect 'set-cdr! skips the store barrier': an older region's pair points into a child region, which is then freed")]
    public static void BarrierSkippedDangling() => TwoThreads(Seeded(SeededBug.RegionBarrierSkippedOnSetCdr));

    [WeftTest("region/barrier-skipped-cycle", NegativeControl = true, ExpectedMonitor = "NoRegionCycleMonitor", Budget = 100,
        Description = "the seeded defect 'set-cdr! skips the store barrier' on a younger value that points back: a region cycle")]
    public static void BarrierSkippedCycle() => TwoThreads(Seeded(SeededBug.RegionBarrierSkippedOnSetCdr), backPointer: true);

    [WeftTest("region/double-free-handoff", NegativeControl = true, ExpectedMonitor = "RegionNoDoubleFreeMonitor", Budget = 5000,
        Description = "the seeded defect 'the zero test re-reads the liveness word after the decrement': the sender's scope exit and the receiver's last release both see zero and both free")]
    public static void DoubleFreeHandoff() => TwoThreads(Seeded(SeededBug.RegionDecrementThenReread));

    [WeftTest("region/lost-decrement-handoff", NegativeControl = true, ExpectedMonitor = "RegionLivenessMonitor", Budget = 2000,
        Description = "the seeded defect 'a decrement is a load and a store': a racing update is lost, so the region is freed early or never")]
    public static void LostDecrementHandoff() => TwoThreads(Seeded(SeededBug.RegionDecrementByStore));

    [WeftTest("region/free-while-tethered", NegativeControl = true, ExpectedMonitor = "TetherSafetyMonitor", Budget = 2000,
        Description = "the seeded defect 'a tether takes no reference': the receiver's release and the sender's scope exit free the region while the receiver's tether is open")]
    public static void FreeWhileTethered() => TwoThreads(Seeded(SeededBug.RegionTetherWithoutReference));

    [WeftTest("region/transmigrate-rewrites-external", NegativeControl = true, ExpectedMonitor = "ExternalRootsUntouchedMonitor", Budget = 100,
        Description = "the seeded defect 'transmigration copies cells of older regions': a value stored into a child region is copied with the older list it points to")]
    public static void TransmigrateRewritesExternal() => TwoThreads(Seeded(SeededBug.RegionTransmigrateCopiesExternal));

    [WeftTest("region/global-without-retain", NegativeControl = true, ExpectedMonitor = "RegionNoUseAfterFreeMonitor", Budget = 2000,
        Description = "the seeded defect 'a global store takes no reference': the region is freed when its scope and tether end, and the read through the global is a use-after-free")]
    public static void GlobalWithoutRetain() => TwoThreads(Seeded(SeededBug.RegionGlobalStoreWithoutRetain));

    [WeftTest("region/receive-without-ownership", NegativeControl = true, ExpectedMonitor = "RegionOwnershipMonitor", Budget = 100,
        Description = "the seeded defect 'a receive does not transfer ownership': the receiver's first read of the region's cells is a use by a thread that does not own it (R3)")]
    public static void ReceiveWithoutOwnership() => TwoThreads(Seeded(SeededBug.RegionReceiveWithoutOwnership));

    [WeftTest("region/use-after-send", NegativeControl = true, ExpectedMonitor = "RegionOwnershipMonitor", Budget = 100,
        Description = "a program error the single-owner rule reports: the sender reads the region's map after sending the region (R3)")]
    public static void UseAfterSend()
    {
        var shared = Build(RegionConfig.Default);
        var channel = new RegionChannel();
        var handle = shared.Region.Retain();
        var sender = WeftThread.Start(() =>
        {
            channel.Send(handle);
            shared.Map.MapGet(Value.Of(1)); // the error: the region is no longer this thread's
            shared.Region.ExitScope();
        });
        var receiver = WeftThread.Start(() => channel.Receive().Release());
        sender.Join();
        receiver.Join();
    }

    private static RegionConfig Seeded(SeededBug bug) => RegionConfig.Default with { SeededBug = bug };

    /// <summary>What the sender builds: the region, the list (1 2), the map {1: list}.</summary>
    private sealed record Shared(RegionSpace Space, Region Region, Cell Map);

    private static Shared Build(RegionConfig config)
    {
        var space = new RegionSpace(config);
        var region = space.CreateRegion();
        var list = region.Cons(Value.Of(1), Value.Of(region.Cons(Value.Of(2), Value.Nil)));
        var map = region.NewMap();
        map.MapSet(Value.Of(1), Value.Of(list));
        return new Shared(space, region, map);
    }

    private static void TwoThreads(RegionConfig config, bool backPointer = false)
    {
        var shared = Build(config);
        var channel = new RegionChannel();
        var handle = shared.Region.Retain();
        var sender = WeftThread.Start(() =>
        {
            channel.Send(handle);
            shared.Region.ExitScope();
        });
        var receiver = WeftThread.Start(() =>
        {
            var got = channel.Receive();
            var tether = got.Region.Tether();
            var borrow = tether.Borrow(shared.Map);
            got.Release(); // the tether keeps the region alive, racing the sender's scope exit
            var list = borrow.Get().MapGet(Value.Of(1)).Cell;
            StoreYoungerValues(got.Region, list, backPointer);
            var global = new GlobalCell(shared.Space);
            global.Set(Value.Of(list));
            tether.End();
            Checker.Assert(global.Get().Cell.Car().Immediate == 1, "the global's list does not start with 1");
            global.Clear();
        });
        sender.Join();
        receiver.Join();
    }

    private static void ThreeThreads(RegionConfig config)
    {
        var shared = Build(config);
        var first = new RegionChannel();
        var second = new RegionChannel();
        var handle = shared.Region.Retain();
        var sender = WeftThread.Start(() =>
        {
            first.Send(handle);
            shared.Region.ExitScope();
        });
        var middle = WeftThread.Start(() =>
        {
            var got = first.Receive();
            var tether = got.Region.Tether();
            var list = tether.Borrow(shared.Map).Get().MapGet(Value.Of(1)).Cell;
            StoreYoungerValues(got.Region, list, backPointer: false);
            tether.End();
            second.Send(got); // the handle's reference moves on: this thread keeps none
        });
        var last = WeftThread.Start(() =>
        {
            var got = second.Receive();
            var global = new GlobalCell(shared.Space);
            global.Set(shared.Map.MapGet(Value.Of(1)));
            got.Release();
            Checker.Assert(global.Get().Cell.Cdr().Cell.Car().Immediate == 3, "the list's second element is not the stored 3");
            global.Clear();
        });
        sender.Join();
        middle.Join();
        last.Join();
    }

    /// <summary>
    /// Younger-into-older stores (R2): a child's pair stored as the list's cdr (with a pointer back to the list when
    /// <paramref name="backPointer"/>), and a grandchild's pair that points at the list stored into the child (the
    /// list, in an older region, is an external root of that repair). The children then exit.
    /// </summary>
    private static void StoreYoungerValues(Region region, Cell list, bool backPointer)
    {
        var young = region.EnterChild();
        var pair = young.Cons(Value.Of(3), backPointer ? Value.Of(list) : Value.Nil);
        list.SetCdr(Value.Of(pair));
        var child = region.EnterChild();
        var grandchild = child.EnterChild();
        var pointsAtList = grandchild.Cons(Value.Of(5), Value.Of(list));
        var holder = child.NewVector(1);
        holder.VectorSet(0, Value.Of(pointsAtList));
        grandchild.ExitScope();
        young.ExitScope();
        Checker.Assert(list.Cdr().Cell.Car().Immediate == 3, "the list's cdr does not hold the stored pair");
        Checker.Assert(ReferenceEquals(holder.VectorRef(0).Cell.Cdr().Cell, list), "the repaired value no longer shares the older list");
        child.ExitScope();
    }
}
