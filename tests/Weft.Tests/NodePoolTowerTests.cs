using System;
using Weft.Atomics;
using Weft.Memory;
using Weft.Monitors;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The node pool's tower shape (several links and payload words per node): words are per slot and per level,
/// exhaustion is a clear exception that leaves the pool usable, and in the controlled build a read of an upper link
/// through a stale handle is a NoUseAfterFree violation.
/// </summary>
public sealed class NodePoolTowerTests
{
    [Fact]
    public void Links_and_words_of_a_tower_are_independent_per_level_and_per_slot()
    {
        var pool = new NodePool(4, tagged: true, links: 3, payloadWords: 2);
        Assert.Equal(3, pool.Links);
        Assert.Equal(2, pool.PayloadWords);
        long a = pool.Allocate(), b = pool.Allocate();
        for (int level = 0; level < 3; level++)
        {
            pool.StoreLink(a, level, 100 + level, MemoryOrder.Relaxed);
            pool.StoreLink(b, level, 200 + level, MemoryOrder.Relaxed);
        }
        pool.SetWord(a, 0, 7);
        pool.SetWord(a, 1, 8);
        pool.SetWord(b, 1, 9);
        Assert.Equal(102, pool.LoadLink(a, 2, MemoryOrder.Relaxed));
        Assert.Equal(200, pool.LoadNext(b, MemoryOrder.Relaxed)); // level 0 is the stack's link
        Assert.Equal(7, pool.Payload(a));                         // word 0 is the stack's payload
        Assert.Equal(8, pool.Word(a, 1));
        Assert.Equal(9, pool.Word(b, 1));
        Assert.False(pool.CompareExchangeLink(a, 1, 999, 5, MemoryOrder.AcqRel));
        Assert.True(pool.CompareExchangeLink(a, 1, 101, 5, MemoryOrder.AcqRel));
        Assert.Equal(5, pool.LoadLink(a, 1, MemoryOrder.Relaxed));
        Assert.Equal(0, a & NodePool.MarkBit);
    }

    [Fact]
    public void Exhaustion_names_the_capacity_and_the_setting_and_leaves_the_pool_usable()
    {
        var pool = new NodePool(2, tagged: true, threadCaches: 1, links: 2, payloadWords: 2);
        long a = pool.Allocate(0);
        _ = pool.Allocate(0);
        var e = Assert.Throws<PoolExhaustedException>(() => pool.Allocate(0));
        Assert.Equal(2, e.Capacity);
        Assert.Contains("all 2 slots", e.Message, StringComparison.Ordinal);
        Assert.Contains("the NodePool capacity argument", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("WEFT_POOL_CAPACITY", e.Message, StringComparison.Ordinal); // this pool's size is not that setting's
        pool.Free(0, a);
        long c = pool.Allocate(0);
        Assert.Equal(NodePool.IndexOf(a), NodePool.IndexOf(c));
        Assert.NotEqual(a, c); // a new generation
    }

    [Fact]
    public void Capacity_beyond_the_mark_bit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NodePool(int.MaxValue, links: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NodePool(4, links: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NodePool(4, payloadWords: 0));
    }

    [Fact]
    public void Reading_an_upper_link_through_a_stale_handle_is_a_use_after_free()
    {
        var r = Checker.Explore(() =>
        {
            var pool = new NodePool(2, tagged: true, strict: true, links: 3, payloadWords: 1);
            long a = pool.Allocate();
            pool.MarkRetired(a);
            pool.Free(a);
            _ = pool.Allocate(); // the same slot, a new generation
            _ = pool.LoadLink(a, 2, MemoryOrder.Acquire);
        }, CheckOptions.Default with { Iterations = 1, ScheduleDirectory = TestPaths.ScheduleDir });
        Assert.NotNull(r.Bug);
        Assert.Equal(nameof(NoUseAfterFreeMonitor), r.Bug!.Monitor);
        Assert.Contains("stale handle", r.Bug.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_tower_word_of_a_free_slot_is_a_use_after_free()
    {
        var r = Checker.Explore(() =>
        {
            var pool = new NodePool(2, tagged: true, strict: true, links: 2, payloadWords: 2);
            long a = pool.Allocate();
            pool.MarkRetired(a);
            pool.Free(a);
            pool.CompareExchangeLink(a, 1, 0, 1, MemoryOrder.AcqRel);
        }, CheckOptions.Default with { Iterations = 1, ScheduleDirectory = TestPaths.ScheduleDir });
        Assert.NotNull(r.Bug);
        Assert.Equal(nameof(NoUseAfterFreeMonitor), r.Bug!.Monitor);
        Assert.Contains("which is free", r.Bug.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exhaustion_names_the_setting_that_sized_the_pool()
    {
        static string Exhaust(NodePool pool)
        {
            for (int i = 0; i < pool.Capacity; i++) pool.Allocate();
            return Assert.Throws<PoolExhaustedException>(() => pool.Allocate()).Message;
        }

        Assert.Contains("raise the queue's size option", Exhaust(new NodePool(1, capacitySetting: "the queue's size option")), StringComparison.Ordinal);
        string defaults = Exhaust(new NodePool(capacity: null, threadCaches: 0));
        Assert.Contains("WEFT_POOL_CAPACITY", defaults, StringComparison.Ordinal);
    }
}
