using System;
using System.Linq;
using Weft.Collections;
using Weft.Monitors;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The RingList monitors on their own, fed <see cref="RingListEvent"/>s: each shape or flag the spec's LinkedInOrder
/// and ClosedStaysClosed reject fails, a legal run passes. (On the real queues they are shown firing by the negative
/// controls lscq/no-finalize, lcrq/no-close-when-full and lcrq/ringlist-reopens.)
/// </summary>
public sealed class RingListMonitorTests
{
    // Ring handles as the pool makes them: slot index + 1 in the low bits, the generation above bit 32.
    private const long Ring1 = 1, Ring2 = 2, Ring3 = 3, Ring1Reused = (1L << 32) | 1;

    private static RingListEvent Event(RingListChange change, long ring, long other = 0, bool closed = false) =>
        new(7, change, ring, other, closed, 1);

    private static void Run(IMonitorOf<RingListEvent> monitor, params RingListEvent[] events)
    {
        foreach (var e in events) monitor.On(e);
    }

    /// <summary>RingList reports through a private mirror of <see cref="RingListChange"/> (production cannot see the harness).</summary>
    [Fact]
    public void The_list_s_changes_mirror_the_monitor_s()
    {
        // A type nested in a generic class is generic itself: close it over the list's item type.
        var mirror = typeof(RingList<>).GetNestedType("ListChange", System.Reflection.BindingFlags.NonPublic)?.MakeGenericType(typeof(long));
        Assert.NotNull(mirror);
        Assert.Equal(Enum.GetNames(typeof(RingListChange)), Enum.GetNames(mirror!));
        foreach (var name in Enum.GetNames(mirror!))
            Assert.Equal((int)Enum.Parse(typeof(RingListChange), name), (int)Enum.Parse(mirror!, name));
    }

    /// <summary>A legal run: ring 1 closes, ring 2 is linked, the head passes ring 1 before the tail (tail one behind), ring 1's slot is reused open.</summary>
    private static RingListEvent[] LegalRun() => new[]
    {
        Event(RingListChange.Created, Ring1),
        Event(RingListChange.Observed, Ring1, closed: true),
        Event(RingListChange.Reset, Ring2),
        Event(RingListChange.Linked, Ring1, Ring2, closed: true),
        Event(RingListChange.HeadMoved, Ring1, Ring2),
        Event(RingListChange.TailMoved, Ring1, Ring2),
        Event(RingListChange.Observed, Ring2, closed: true),
        Event(RingListChange.Reset, Ring1Reused),
        Event(RingListChange.Linked, Ring2, Ring1Reused, closed: true),
        Event(RingListChange.Observed, Ring1Reused, closed: false),
    };

    [Fact]
    public void Linked_in_order_passes_a_legal_run_and_fails_a_link_after_an_open_ring()
    {
        Run(new RingListLinkedInOrderMonitor(), LegalRun());
        var e = Assert.ThrowsAny<Exception>(() => Run(new RingListLinkedInOrderMonitor(),
            Event(RingListChange.Created, Ring1), Event(RingListChange.Reset, Ring2), Event(RingListChange.Linked, Ring1, Ring2, closed: false)));
        Assert.Contains("after ring 1 (generation 0), which is open", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_in_order_fails_a_cycle_and_a_tail_off_the_list()
    {
        var cycle = Assert.ThrowsAny<Exception>(() => Run(new RingListLinkedInOrderMonitor(),
            Event(RingListChange.Created, Ring1), Event(RingListChange.Linked, Ring1, Ring2, closed: true),
            Event(RingListChange.Linked, Ring2, Ring1, closed: true)));
        Assert.Contains("a cycle", cycle.Message, StringComparison.Ordinal);

        var tail = Assert.ThrowsAny<Exception>(() => Run(new RingListLinkedInOrderMonitor(),
            Event(RingListChange.Created, Ring1), Event(RingListChange.Linked, Ring1, Ring2, closed: true),
            Event(RingListChange.TailMoved, Ring1, Ring3)));
        Assert.Contains("the tail (ring 3 (generation 0)) is neither on the list", tail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_stays_closed_passes_a_legal_run_and_fails_a_reopened_ring()
    {
        Run(new RingListClosedStaysClosedMonitor(), LegalRun());
        var e = Assert.ThrowsAny<Exception>(() => Run(new RingListClosedStaysClosedMonitor(),
            Event(RingListChange.Created, Ring1), Event(RingListChange.Observed, Ring1, closed: true),
            Event(RingListChange.Observed, Ring1, closed: false)));
        Assert.Contains("ring 1 (generation 0) was closed and is open again", e.Message, StringComparison.Ordinal);
        // A reset (the slot's next owner, untagged pools reuse the handle) clears the ring's history.
        Run(new RingListClosedStaysClosedMonitor(),
            Event(RingListChange.Created, Ring1), Event(RingListChange.Observed, Ring1, closed: true),
            Event(RingListChange.Reset, Ring1), Event(RingListChange.Observed, Ring1, closed: false));
    }

    /// <summary>RingList reports items through a private mirror of <see cref="RingListItemStep"/>.</summary>
    [Fact]
    public void The_list_s_item_steps_mirror_the_monitor_s()
    {
        var mirror = typeof(RingList<>).GetNestedType("ItemChange", System.Reflection.BindingFlags.NonPublic)?.MakeGenericType(typeof(long));
        Assert.NotNull(mirror);
        Assert.Equal(Enum.GetNames(typeof(RingListItemStep)), Enum.GetNames(mirror!));
        foreach (var name in Enum.GetNames(mirror!))
            Assert.Equal((int)Enum.Parse(typeof(RingListItemStep), name), (int)Enum.Parse(mirror!, name));
    }

    private static RingListItemEvent Item(RingListItemStep step, long ring, long? item = null, int thread = 1) =>
        new(7, step, ring, item, thread);

    private static void Feed(RingListQueueMatchesMonitor monitor, params object[] events)
    {
        foreach (var e in events)
        {
            if (e is RingListEvent l) ((IMonitorOf<RingListEvent>)monitor).On(l);
            else ((IMonitorOf<RingListItemEvent>)monitor).On((RingListItemEvent)e);
        }
    }

    /// <summary>
    /// A legal run with overlapping calls: item 1 enters ring 1, ring 1 closes (item 2 refused), ring 2 is linked with
    /// item 2; a dequeue takes item 3 from ring 1 while its enqueue is still in progress (it linearized inside the call);
    /// the head leaves ring 1 while another dequeue in progress there has taken item 1 but not returned yet.
    /// </summary>
    private static object[] LegalItems() => new object[]
    {
        Event(RingListChange.Created, Ring1),
        Item(RingListItemStep.EnqueueCalled, Ring1, 1), Item(RingListItemStep.Enqueued, Ring1, 1),
        Item(RingListItemStep.EnqueueCalled, Ring1, 3, thread: 3),
        Item(RingListItemStep.DequeueCalled, Ring1, thread: 2), Item(RingListItemStep.Dequeued, Ring1, 3, thread: 2),
        Item(RingListItemStep.Enqueued, Ring1, 3, thread: 3),
        Item(RingListItemStep.EnqueueCalled, Ring1, 2), Item(RingListItemStep.EnqueueRefused, Ring1, 2),
        Event(RingListChange.Reset, Ring2), Event(RingListChange.Linked, Ring1, Ring2, closed: true), Item(RingListItemStep.LinkedWith, Ring2, 2),
        Item(RingListItemStep.DequeueCalled, Ring1, thread: 2),
        Item(RingListItemStep.DequeueCalled, Ring1, thread: 3), Item(RingListItemStep.DequeueFoundEmpty, Ring1, thread: 3),
        Event(RingListChange.HeadMoved, Ring1, Ring2),
        Item(RingListItemStep.Dequeued, Ring1, 1, thread: 2),
        Item(RingListItemStep.DequeueCalled, Ring2, thread: 2), Item(RingListItemStep.Dequeued, Ring2, 2, thread: 2),
    };

    [Fact]
    public void Queue_matches_passes_overlapping_calls_and_fails_an_item_left_behind_the_head()
    {
        var legal = new RingListQueueMatchesMonitor();
        Feed(legal, LegalItems());
        Assert.False(legal.Vacuous);
        // Without the dequeue in progress on ring 1, item 1 is in a ring the head has left: lost.
        var lost = Assert.ThrowsAny<Exception>(() => Feed(new RingListQueueMatchesMonitor(),
            Event(RingListChange.Created, Ring1),
            Item(RingListItemStep.EnqueueCalled, Ring1, 1), Item(RingListItemStep.Enqueued, Ring1, 1),
            Event(RingListChange.Reset, Ring2), Event(RingListChange.Linked, Ring1, Ring2, closed: true), Item(RingListItemStep.LinkedWith, Ring2, 2),
            Event(RingListChange.HeadMoved, Ring1, Ring2)));
        Assert.Contains("still holds item 1 with 0 dequeue(s) in progress on it: an item is lost behind the head", lost.Message, StringComparison.Ordinal);
        // An enqueue that completes into a ring the head left (the seeded defect RingListNoLastTry's schedule) is lost too.
        var late = Assert.ThrowsAny<Exception>(() => Feed(new RingListQueueMatchesMonitor(),
            Event(RingListChange.Created, Ring1), Item(RingListItemStep.EnqueueCalled, Ring1, 1),
            Event(RingListChange.Reset, Ring2), Event(RingListChange.Linked, Ring1, Ring2, closed: true), Item(RingListItemStep.LinkedWith, Ring2, 2),
            Event(RingListChange.HeadMoved, Ring1, Ring2), Item(RingListItemStep.Enqueued, Ring1, 1)));
        Assert.Contains("enqueue of item 1 returned into it", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_matches_fails_a_duplicated_item()
    {
        var twice = Assert.ThrowsAny<Exception>(() => Feed(new RingListQueueMatchesMonitor(),
            Event(RingListChange.Created, Ring1),
            Item(RingListItemStep.EnqueueCalled, Ring1, 1), Item(RingListItemStep.Enqueued, Ring1, 1),
            Item(RingListItemStep.DequeueCalled, Ring1), Item(RingListItemStep.Dequeued, Ring1, 1),
            Item(RingListItemStep.DequeueCalled, Ring1, thread: 2), Item(RingListItemStep.Dequeued, Ring1, 1, thread: 2)));
        Assert.Contains("thread 2 dequeued item 1 from ring 1 (generation 0), which does not hold it", twice.Message, StringComparison.Ordinal);
        var refused = Assert.ThrowsAny<Exception>(() => Feed(new RingListQueueMatchesMonitor(),
            Event(RingListChange.Created, Ring1),
            Item(RingListItemStep.EnqueueCalled, Ring1, 1),
            Item(RingListItemStep.DequeueCalled, Ring1, thread: 2), Item(RingListItemStep.Dequeued, Ring1, 1, thread: 2),
            Item(RingListItemStep.EnqueueRefused, Ring1, 1)));
        Assert.Contains("yet the ring refused the enqueue", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_matches_fails_an_item_that_enters_a_ring_with_a_successor_holding_newer_items()
    {
        object[] Run(long? dequeueOfTwo) => new object[]
        {
            Event(RingListChange.Created, Ring1),
            Event(RingListChange.Reset, Ring2), Event(RingListChange.Linked, Ring1, Ring2, closed: false), Item(RingListItemStep.LinkedWith, Ring2, 2),
            Item(RingListItemStep.EnqueueCalled, Ring1, 1),
            Item(RingListItemStep.DequeueCalled, Ring2, thread: 2), Item(RingListItemStep.Dequeued, Ring2, dequeueOfTwo, thread: 2),
            Item(RingListItemStep.Enqueued, Ring1, 1),
        };
        var e = Assert.ThrowsAny<Exception>(() => Feed(new RingListQueueMatchesMonitor(), Run(null)[..5].Append(Item(RingListItemStep.Enqueued, Ring1, 1)).ToArray()));
        Assert.Contains("already had a successor when the call began, while the later rings held items throughout", e.Message, StringComparison.Ordinal);
        // Item 2 left ring 2 during the call: the enqueue may have linearized after it, when the later rings were empty.
        Feed(new RingListQueueMatchesMonitor(), Run(2));
    }
}
