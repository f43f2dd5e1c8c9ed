using System;
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
}
