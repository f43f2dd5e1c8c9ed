using System;
using System.Threading;
using Weft.Regions;
using Xunit;

namespace Weft.Tests.Regions;

using Cell = global::Weft.Regions.Cell;

/// <summary>
/// docs/region-rc.md R1 (the liveness rule and each escape boundary's reference-count operations), R3 (channel
/// handoff and what may be sent), R4 (the packed word, single-threaded sanity and a real-thread race), R5 (tethers and
/// borrows: a stale borrow is an error naming both places), R6 (chunks, inline buffer, accounting, quotas) and R9 (the
/// sanitizer's errors name both locations), on the production paths outside the scheduler.
/// </summary>
public sealed class RegionLifecycleTests
{
    [Fact]
    public void A_region_is_freed_exactly_when_its_scope_has_ended_and_its_count_is_zero()
    {
        var region = new RegionSpace().CreateRegion();
        var first = region.Retain();
        var second = region.Retain();
        Assert.Equal(2, region.ExternalReferences);
        first.Release();
        region.ExitScope();
        Assert.False(region.IsFreed); // one reference left
        second.Release();
        Assert.True(region.IsFreed);
        Assert.Equal(1, region.Epoch);
    }

    [Fact]
    public void Return_with_its_own_region_hands_one_reference_to_the_caller()
    {
        var space = new RegionSpace();
        RegionHandle Callee()
        {
            var region = space.CreateRegion();
            region.Cons(Value.Of(1), Value.Nil);
            var handle = region.Retain(); // +1 before the scope ends
            region.ExitScope();
            return handle;
        }
        var result = Callee();
        Assert.False(result.Region.IsFreed);
        result.Release(); // the caller's -1
        Assert.True(result.Region.IsFreed);
        Assert.Equal(0, space.Statistics.LiveRegions);
    }

    [Fact]
    public void A_child_holds_a_reference_on_its_parent_until_it_is_freed()
    {
        var parent = new RegionSpace().CreateRegion();
        var child = parent.EnterChild();
        parent.ExitScope();
        Assert.False(parent.IsFreed);
        Assert.Equal(1, parent.ExternalReferences);
        child.ExitScope(); // frees the child, whose parent reference was the last
        Assert.True(child.IsFreed && parent.IsFreed);
    }

    [Fact]
    public void Misuse_is_a_clear_error()
    {
        var region = new RegionSpace().CreateRegion();
        var handle = region.Retain();
        handle.Release();
        var twice = Assert.Throws<RegionException>(() => handle.Release());
        Assert.Contains("already released at RegionLifecycleTests.cs:", twice.Message, StringComparison.Ordinal);
        region.ExitScope();
        var exit = Assert.Throws<RegionException>(() => region.ExitScope());
        Assert.Contains("already exited at RegionLifecycleTests.cs:", exit.Message, StringComparison.Ordinal);
        Assert.Throws<RegionException>(() => Value.Of(1).Cell);
        Assert.Throws<RegionException>(() => new RegionSpace().CreateRegion().NewVector(1).Car());
    }

    [Fact]
    public void Use_after_free_names_the_access_and_the_free()
    {
        var region = new RegionSpace().CreateRegion();
        var cell = region.Cons(Value.Of(1), Value.Nil);
        int freeLine = CallerPosition.Line(); region.ExitScope();
        int useLine = CallerPosition.Line(); var e = Assert.Throws<RegionAccessException>(() => cell.Car());
        Assert.Contains($"read of cell {cell.Name} at {CallerPosition.At(useLine)}", e.Message, StringComparison.Ordinal);
        Assert.Contains($"freed at {CallerPosition.At(freeLine)}", e.Message, StringComparison.Ordinal);
        Assert.Throws<RegionAccessException>(() => cell.SetCar(Value.Of(2)));
        Assert.Throws<RegionAccessException>(() => region.Cons(Value.Nil, Value.Nil));
    }

    [Fact]
    public void Freed_memory_is_poisoned()
    {
        var region = new RegionSpace().CreateRegion();
        var cell = region.Cons(Value.Of(1), Value.Of(2));
        var chunk = typeof(Cell).GetField("_chunk", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(cell);
        var slots = (Value[])chunk!.GetType().GetProperty("Slots")!.GetValue(chunk)!;
        region.ExitScope();
        Assert.All(slots, v => Assert.Equal("poison", v.ToString()));
    }

    [Fact]
    public void A_borrow_after_its_tether_ended_is_an_error_naming_both_places()
    {
        var region = new RegionSpace().CreateRegion();
        var cell = region.Cons(Value.Of(1), Value.Nil);
        var tether = region.Tether();
        int borrowLine = CallerPosition.Line(); var borrow = tether.Borrow(cell);
        Assert.Equal(1, borrow.Get().Car().Immediate);
        int endLine = CallerPosition.Line(); tether.End();
        var e = Assert.Throws<StaleBorrowException>(() => borrow.Get());
        Assert.Contains($"taken at {CallerPosition.At(borrowLine)}", e.Message, StringComparison.Ordinal);
        Assert.Contains($"tether ended at {CallerPosition.At(endLine)}", e.Message, StringComparison.Ordinal);
        Assert.False(region.IsFreed); // the scope is still open
    }

    [Fact]
    public void A_borrow_after_its_region_exited_is_an_error()
    {
        var region = new RegionSpace().CreateRegion();
        var cell = region.Cons(Value.Of(1), Value.Nil);
        var tether = region.Tether();
        var borrow = tether.Borrow(cell);
        region.ExitScope();
        Assert.False(region.IsFreed); // the tether pins it
        Assert.Equal(1, borrow.Get().Car().Immediate);
        tether.End();
        Assert.True(region.IsFreed);
        var e = Assert.Throws<StaleBorrowException>(() => borrow.Get());
        Assert.Contains("after its tether ended", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tethered_region_is_not_freed_and_not_merged()
    {
        var space = new RegionSpace(RegionConfig.Default with { MergeThresholdBytes = 0 });
        var old = space.CreateRegion();
        var young = old.EnterChild();
        var tether = young.Tether();
        young.ExitScope();
        Assert.False(young.IsFreed);
        old.NewVector(1).VectorSet(0, Value.Of(young.Cons(Value.Of(1), Value.Nil)));
        Assert.False(young.IsMerged);
        tether.End();
        Assert.True(young.IsFreed);
    }

    [Fact]
    public void A_channel_moves_a_detached_region_and_its_reference_to_another_thread()
    {
        var space = new RegionSpace();
        var region = space.CreateRegion();
        var list = region.Cons(Value.Of(1), Value.Of(region.Cons(Value.Of(2), Value.Nil)));
        var channel = new RegionChannel();
        long[]? seen = null;
        var receiver = new Thread(() =>
        {
            var handle = channel.Receive();
            seen = RegionGraphs.ListValues(list);
            handle.Release();
        });
        receiver.Start();
        channel.Send(region.Retain());
        region.ExitScope();
        receiver.Join();
        Assert.Equal(new long[] { 1, 2 }, seen);
        Assert.True(region.IsFreed);
    }

    [Fact]
    public void Only_a_detached_untethered_region_without_children_may_be_sent()
    {
        var space = new RegionSpace();
        var parent = space.CreateRegion();
        var child = parent.EnterChild();
        var channel = new RegionChannel();
        var childHandle = child.Retain();
        var e1 = Assert.Throws<RegionException>(() => channel.Send(childHandle));
        Assert.Contains("not detached", e1.Message, StringComparison.Ordinal);
        childHandle.Release();
        var e2 = Assert.Throws<RegionException>(() => channel.Send(parent.Retain()));
        Assert.Contains("live child region", e2.Message, StringComparison.Ordinal);
        child.ExitScope();
        Assert.True(child.IsFreed);
        var tether = parent.Tether();
        Assert.Contains("tethered", Assert.Throws<RegionException>(() => channel.Send(parent.Retain())).Message, StringComparison.Ordinal);
        tether.End();
        channel.Send(parent.Retain());
    }

    [Fact]
    public void The_last_of_racing_decrements_frees_once_on_real_threads()
    {
        // R4's packed word under real contention: many threads release handles while the owner exits the scope.
        for (int round = 0; round < 200; round++)
        {
            var region = new RegionSpace().CreateRegion();
            var handles = new RegionHandle[4];
            for (int i = 0; i < handles.Length; i++) handles[i] = region.Retain();
            var threads = new Thread[handles.Length];
            for (int i = 0; i < threads.Length; i++)
            {
                var h = handles[i];
                threads[i] = new Thread(() => h.Release());
                threads[i].Start();
            }
            region.ExitScope();
            foreach (var t in threads) t.Join();
            Assert.True(region.IsFreed);
            Assert.Equal(1, region.Epoch);
        }
    }

    [Fact]
    public void Cells_in_the_inline_buffer_are_in_region_for_every_classification()
    {
        var space = new RegionSpace(RegionConfig.Default with { InlineSlots = 3, ChunkSlots = 8 });
        var old = space.CreateRegion();
        var holder = old.NewVector(1);                               // inline (1 of 3 slots)
        var young = old.EnterChild();
        var inline = young.Cons(Value.Of(1), Value.Nil);             // inline buffer of the child
        var chunked = young.Cons(Value.Of(2), Value.Of(inline));     // 2 + 2 > 3 slots: in a chunk
        var chunkedAgain = young.Cons(Value.Of(3), Value.Of(chunked));
        Assert.True(inline.InInlineBuffer);
        Assert.False(chunked.InInlineBuffer);
        Assert.Same(young, inline.Home);
        Assert.False(Region.Outlives(inline.Home, old));              // the barrier's test: younger, so repaired
        holder.VectorSet(0, Value.Of(chunkedAgain));
        Assert.Equal(3, (int)old.Statistics.CellsCopied);             // transmigration's domain: all three, inline included
        young.ExitScope();
        Assert.Equal(new long[] { 3, 2, 1 }, RegionGraphs.ListValues(holder.VectorRef(0).Cell));
    }

    [Fact]
    public void Accounting_counts_bytes_allocations_chunks_inline_bytes_and_peak()
    {
        var space = new RegionSpace(RegionConfig.Default with { InlineSlots = 4, ChunkSlots = 8 });
        var region = space.CreateRegion();
        region.Cons(Value.Nil, Value.Nil);   // 64 bytes, inline
        region.NewVector(3);                 // 80 bytes, a new chunk of 8
        region.NewVector(20);                // 352 bytes, a chunk of its own
        var s = region.Statistics;
        Assert.Equal((496L, 3L, 3, 64L, 496L), (s.Bytes, s.Allocations, s.Chunks, s.InlineBytes, s.PeakBytes));
        var g = space.Statistics;
        Assert.Equal((1L, (4 + 8 + 20) * 16L, 3L), (g.LiveRegions, g.LiveBytes, g.ChunksCreated));
        region.ExitScope();
        Assert.Equal((0L, 0L, (4 + 8 + 20) * 16L), (space.Statistics.LiveRegions, space.Statistics.LiveBytes, space.Statistics.PeakLiveBytes));
    }

    [Fact]
    public void A_quota_fails_with_a_clear_error()
    {
        var region = new RegionSpace(RegionConfig.Default with { QuotaBytes = 200 }).CreateRegion();
        region.Cons(Value.Nil, Value.Nil);
        region.Cons(Value.Nil, Value.Nil);
        region.Cons(Value.Nil, Value.Nil);
        var e = Assert.Throws<RegionQuotaExceededException>(() => region.Cons(Value.Nil, Value.Nil));
        Assert.StartsWith($"region {region.Id} exceeded its quota of 200 bytes (192 allocated, 64 requested at RegionLifecycleTests.cs:", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("likely an escape or retention", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_configuration_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegionSpace(RegionConfig.Default with { ChunkSlots = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegionSpace(RegionConfig.Default with { QuotaBytes = -1 }));
    }
}
