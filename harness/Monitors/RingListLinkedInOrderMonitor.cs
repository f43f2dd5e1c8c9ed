using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// LinkedInOrder of tla/RingList/RingList.tla, the list of closable rings behind LSCQ (Nikolaev, DISC 2019, Figure 9)
/// and LCRQ (Morrison and Afek, PPoPP 2013, Figure 6):
/// <code>
/// LinkedInOrder ==
///     /\ next[Chain[Len(Chain)]] = Null
///     /\ \A i \in 1..(Len(Chain) - 1) : closed[Chain[i]]
///     /\ tail \in RingsOf(Chain) \/ next[tail] = head
/// </code>
/// The rings from the head form a chain that ends (no cycle); every ring with a successor is closed; the tail is on
/// the chain, or one ring behind the head (a dequeuer may move the head past a ring before the enqueuer that linked its
/// successor moves the tail). Closing before linking is what orders the queue across rings: an item that lands in a
/// ring after its successor was linked is lost behind the head or dequeued after items enqueued after it.
///
/// The monitor rebuilds the list's shape from <see cref="RingListEvent"/>s (creation, resets, winning link, head and
/// tail CASes) and checks the chain and the tail after each. A ring's closed flag is checked when it gets its
/// successor (the event carries the flag at the link CAS); that it stays closed afterwards is ClosedStaysClosed
/// (<see cref="RingListClosedStaysClosedMonitor"/>), so a reopened ring is named by that monitor, not this one. The
/// spec's "rings on the list are live" is the pool's NoUseAfterFree.
/// </summary>
public sealed class RingListLinkedInOrderMonitor : PropertyMonitor, IMonitorOf<RingListEvent>
{
    private readonly Dictionary<int, ListShape> _lists = new();

    public override void OnEvent(object e) { }

    public void On(in RingListEvent e)
    {
        if (e.Change == RingListChange.Created)
        {
            _lists[e.List] = new ListShape { Head = e.Ring, Tail = e.Ring };
            return;
        }
        if (!_lists.TryGetValue(e.List, out var list)) return; // a list created before the monitor was attached
        switch (e.Change)
        {
            case RingListChange.Reset:
                list.Next.Remove(e.Ring);
                return;
            case RingListChange.Observed:
                return;
            case RingListChange.Linked when !e.Closed:
                Fail(string.Create(CultureInfo.InvariantCulture,
                    $"thread {e.Thread} linked {RingListEvent.Describe(e.Other)} after {RingListEvent.Describe(e.Ring)}, which is open: a ring with a successor must be closed, or a later enqueue lands behind the new ring's items"));
                return;
            case RingListChange.Linked:
                list.Next[e.Ring] = e.Other;
                break;
            case RingListChange.HeadMoved:
                list.Head = e.Other;
                break;
            case RingListChange.TailMoved:
                list.Tail = e.Other;
                break;
        }
        if (list.Broken() is { } problem)
            Fail(string.Create(CultureInfo.InvariantCulture, $"after thread {e.Thread}'s {e.Change}: {problem}"));
    }

    /// <summary>One list's head, tail and links, as the events report them.</summary>
    private sealed class ListShape
    {
        public long Head;
        public long Tail;
        public readonly Dictionary<long, long> Next = new();

        /// <summary>What breaks the chain from the head or the tail's place, or null.</summary>
        public string? Broken()
        {
            var chain = new HashSet<long>();
            long ring = Head;
            while (true)
            {
                if (!chain.Add(ring))
                    return $"the list from the head comes back to {RingListEvent.Describe(ring)}: a cycle";
                if (!Next.TryGetValue(ring, out long next)) break;
                ring = next;
            }
            if (chain.Contains(Tail) || (Next.TryGetValue(Tail, out long afterTail) && afterTail == Head)) return null;
            return $"the tail ({RingListEvent.Describe(Tail)}) is neither on the list from the head ({RingListEvent.Describe(Head)}) nor just behind it";
        }
    }
}
