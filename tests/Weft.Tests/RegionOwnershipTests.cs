using System;
using System.Threading;
using Weft.Regions;
using Xunit;

namespace Weft.Tests.Regions;

/// <summary>
/// docs/region-rc.md R3, the single-owner rule on the production paths (outside the scheduler; the controlled build's
/// monitor is shown by the negative controls <c>region/receive-without-ownership</c> and <c>region/use-after-send</c>):
/// an allocation, read or write by a thread that does not own the region is a <see cref="RegionOwnershipException"/>
/// naming the use, the owner and where it got the region; a send gives ownership up and a receive takes it.
/// </summary>
public sealed class RegionOwnershipTests
{
    /// <summary>Runs <paramref name="use"/> on a new thread and returns what it threw (a raw thread must not throw).</summary>
    private static Exception? OnAnotherThread(Action use)
    {
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try
            {
                use();
            }
            catch (Exception e)
            {
                caught = e;
            }
        });
        thread.Start();
        thread.Join();
        return caught;
    }

    [Fact]
    public void A_read_write_or_allocation_by_a_thread_that_does_not_own_the_region_is_a_clear_error()
    {
        var region = new RegionSpace().CreateRegion();
        var pair = region.Cons(Value.Of(1), Value.Nil);
        var read = Assert.IsType<RegionOwnershipException>(OnAnotherThread(() => pair.Car()));
        Assert.Contains($"read of cell {pair.Name}", read.Message, StringComparison.Ordinal);
        Assert.Contains($"region {region.Id} is owned by managed thread {Environment.CurrentManagedThreadId} (created at ", read.Message, StringComparison.Ordinal);
        Assert.Contains("RegionOwnershipTests.cs:", read.Message, StringComparison.Ordinal);
        var write = Assert.IsType<RegionOwnershipException>(OnAnotherThread(() => pair.SetCar(Value.Of(2))));
        Assert.Contains($"write to cell {pair.Name}", write.Message, StringComparison.Ordinal);
        var allocation = Assert.IsType<RegionOwnershipException>(OnAnotherThread(() => region.Cons(Value.Nil, Value.Nil)));
        Assert.Contains($"allocation in region {region.Id}", allocation.Message, StringComparison.Ordinal);
        Assert.Equal(1, pair.Car().Immediate); // the owner's own uses go on, and nothing was written
        Assert.Equal(1, region.Statistics.Allocations);
    }

    [Fact]
    public void A_sender_that_uses_the_region_after_send_gets_an_error_until_the_region_comes_back()
    {
        var region = new RegionSpace().CreateRegion();
        var pair = region.Cons(Value.Of(1), Value.Nil);
        var channel = new RegionChannel();
        channel.Send(region.Retain());
        var e = Assert.Throws<RegionOwnershipException>(() => pair.Car());
        Assert.Contains("is owned by no thread (it is in a channel) (sent at ", e.Message, StringComparison.Ordinal);
        Assert.Throws<RegionOwnershipException>(() => region.Cons(Value.Nil, Value.Nil));
        var handle = channel.Receive(); // the same thread receives it back: it owns the region again
        Assert.Equal(1, pair.Car().Immediate);
        handle.Release();
        region.ExitScope(); // liveness operations are not uses
        Assert.True(region.IsFreed);
    }

    [Fact]
    public void A_receive_makes_the_receiver_the_owner_and_the_old_owner_a_stranger()
    {
        var region = new RegionSpace().CreateRegion();
        var pair = region.Cons(Value.Of(1), Value.Nil);
        var channel = new RegionChannel();
        channel.Send(region.Retain());
        RegionHandle? handle = null;
        Assert.Null(OnAnotherThread(() =>
        {
            handle = channel.Receive();
            pair.SetCar(Value.Of(region.Cons(Value.Of(7), Value.Nil))); // the receiver allocates and writes
        }));
        var e = Assert.Throws<RegionOwnershipException>(() => pair.Car());
        Assert.Contains("(received at ", e.Message, StringComparison.Ordinal);
        handle!.Release();
        region.ExitScope();
        Assert.True(region.IsFreed);
    }

    [Fact]
    public void The_seeded_receive_without_ownership_leaves_the_receiver_a_stranger()
    {
        var region = new RegionSpace(RegionConfig.Default with { SeededBug = Platform.SeededBug.RegionReceiveWithoutOwnership }).CreateRegion();
        var pair = region.Cons(Value.Of(1), Value.Nil);
        var channel = new RegionChannel();
        channel.Send(region.Retain());
        var e = OnAnotherThread(() =>
        {
            var handle = channel.Receive();
            try
            {
                pair.Car();
            }
            finally
            {
                handle.Release();
            }
        });
        Assert.Contains("owned by no thread", Assert.IsType<RegionOwnershipException>(e).Message, StringComparison.Ordinal);
    }
}
