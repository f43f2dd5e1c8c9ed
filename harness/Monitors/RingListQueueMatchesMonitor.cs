using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Monitors;

/// <summary>
/// QueueMatches of tla/RingList/RingList.tla, the list of closable rings behind LSCQ (Nikolaev, DISC 2019, Figure 9)
/// and LCRQ (Morrison and Afek, PPoPP 2013, Figure 6):
/// <code>
/// QueueMatches == Concat(Chain) = absQ
/// </code>
/// The items of the rings from the head to the last ring, in list order, are the abstract FIFO queue: no element is
/// lost, duplicated or reordered across ring boundaries. (Order inside one ring is the ring's own algorithm, checked by
/// its monitors and the linearizability check.)
///
/// Granularity. The list sees a ring call begin and return (<see cref="RingListItemEvent"/>), not the ring's
/// linearization point inside it. So the monitor keeps, per ring (generation-tagged handle), the items whose enqueue
/// into it returned and whose dequeue has not (<c>present</c>), the dequeue calls in progress on it and the enqueue
/// calls in progress with their items. A ring's true content is then at least <c>present</c> minus the dequeues in
/// progress (each takes at most one item), whatever the interleaving inside the calls; the monitor fails only on what
/// that bound makes certain:
/// <list type="bullet">
/// <item>lost: the head has left a ring (<see cref="RingListChange.HeadMoved"/>), so the ring is off the chain, yet it
/// holds more items than the dequeues in progress on it can take. The spec's state then has an item in no ring of the
/// chain but in absQ; on the queue, that item is never dequeued, or only after newer items of later rings;</item>
/// <item>duplicated: a dequeue returns an item from a ring that neither holds it nor has an enqueue of it in progress
/// (it was taken before, or never entered that ring); or an enqueue call whose item was already dequeued from the ring
/// returns "refused", so its enqueuer places the item again in a new ring;</item>
/// <item>reordered: an enqueue call that began after its ring had a successor returns "taken", and the later rings
/// held items throughout the call: wherever it linearized, its item precedes those newer items in the chain but
/// follows them in absQ.</item>
/// </list>
/// Attach it to tests of <c>LscqQueue</c> and <c>LcrqQueue</c> (it reacts to <see cref="RingListEvent"/> and
/// <see cref="RingListItemEvent"/>); trace replay of tla/RingList runs it on every step (RingListModel).
/// </summary>
public sealed class RingListQueueMatchesMonitor : PropertyMonitor, IMonitorOf<RingListEvent>, IMonitorOf<RingListItemEvent>
{
    private readonly Dictionary<(int List, long Ring), RingAccount> _rings = new();
    private readonly Dictionary<(int List, long Ring), long> _next = new();
    private readonly Dictionary<(int List, int Thread), EnqueueCall> _enqueues = new();
    private bool _sawItems;

    public override bool Vacuous => !_sawItems;

    public override void OnEvent(object e) { }

    public void On(in RingListEvent e)
    {
        switch (e.Change)
        {
            case RingListChange.Created or RingListChange.Reset:
                _rings[(e.List, e.Ring)] = new RingAccount();
                _next.Remove((e.List, e.Ring));
                break;
            case RingListChange.Linked:
                _next[(e.List, e.Ring)] = e.Other;
                break;
            case RingListChange.HeadMoved:
                var left = Account(e.List, e.Ring);
                left.Left = true;
                CheckLeft(e.List, e.Ring, left, $"thread {e.Thread} moved the head past it");
                break;
        }
        TrackLaterRings();
    }

    public void On(in RingListItemEvent e)
    {
        _sawItems = true;
        var ring = Account(e.List, e.Ring);
        switch (e.Step)
        {
            case RingListItemStep.EnqueueCalled:
                bool afterLink = _next.ContainsKey((e.List, e.Ring));
                _enqueues[(e.List, e.Thread)] = new EnqueueCall(e.Ring, e.Item, afterLink, afterLink ? LaterContent(e.List, e.Ring) : 0);
                break;
            case RingListItemStep.Enqueued:
                EnqueueReturned(e, ring, taken: true);
                break;
            case RingListItemStep.EnqueueRefused:
                EnqueueReturned(e, ring, taken: false);
                break;
            case RingListItemStep.DequeueCalled:
                ring.DequeuesInProgress++;
                break;
            case RingListItemStep.Dequeued:
                ring.DequeuesInProgress--;
                Take(e, ring);
                break;
            case RingListItemStep.DequeueFoundEmpty:
                ring.DequeuesInProgress--;
                CheckLeft(e.List, e.Ring, ring, $"thread {e.Thread}'s dequeue found it empty");
                break;
            case RingListItemStep.LinkedWith:
                ring.Present.Add(e.Item);
                break;
        }
        TrackLaterRings();
    }

    private void EnqueueReturned(in RingListItemEvent e, RingAccount ring, bool taken)
    {
        if (!_enqueues.Remove((e.List, e.Thread), out var call)) call = new EnqueueCall(e.Ring, e.Item, false, 0);
        if (!taken)
        {
            if (call.TakenEarly)
                Fail(string.Create(CultureInfo.InvariantCulture,
                    $"{Item(e.Item)} was dequeued from {RingListEvent.Describe(e.Ring)} while thread {e.Thread} enqueued it there, yet the ring refused the enqueue: the enqueuer places it again in a new ring, so it is duplicated"));
            return;
        }
        if (!call.TakenEarly) ring.Present.Add(e.Item);
        if (call.AfterLink && System.Math.Min(call.MinLater, LaterContent(e.List, e.Ring)) > 0)
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"thread {e.Thread} enqueued {Item(e.Item)} into {RingListEvent.Describe(e.Ring)}, which already had a successor when the call began, while the later rings held items throughout: {Item(e.Item)} sits ahead of newer items in the list, so it is reordered"));
        CheckLeft(e.List, e.Ring, ring, $"thread {e.Thread}'s enqueue of {Item(e.Item)} returned into it");
    }

    private void Take(in RingListItemEvent e, RingAccount ring)
    {
        object? item = e.Item;
        int i = ring.Present.FindIndex(v => Equals(v, item));
        if (i >= 0)
        {
            ring.Present.RemoveAt(i);
            return;
        }
        foreach (var call in _enqueues.Values)
        {
            if (call.Ring != e.Ring || call.TakenEarly || !Equals(call.Item, e.Item)) continue;
            call.TakenEarly = true; // its enqueue linearized inside the call, which has not returned yet
            return;
        }
        Fail(string.Create(CultureInfo.InvariantCulture,
            $"thread {e.Thread} dequeued {Item(e.Item)} from {RingListEvent.Describe(e.Ring)}, which does not hold it and has no enqueue of it in progress: it was dequeued twice, or taken from a ring it was never enqueued into"));
    }

    /// <summary>Fails when a ring the head has left holds more items than the dequeues in progress on it can take.</summary>
    private void CheckLeft(int list, long handle, RingAccount ring, string when)
    {
        if (!ring.Left || ring.Present.Count <= ring.DequeuesInProgress) return;
        Fail(string.Create(CultureInfo.InvariantCulture,
            $"the head has left {RingListEvent.Describe(handle)} of list {list} ({when}), but it still holds {string.Join(", ", ring.Present.Select(Item))} with {ring.DequeuesInProgress} dequeue(s) in progress on it: {(ring.Present.Count - ring.DequeuesInProgress == 1 ? "an item is" : "items are")} lost behind the head (the rings from the head no longer hold the abstract queue)"));
    }

    /// <summary>A lower bound of the items in the rings after <paramref name="ring"/> on its list.</summary>
    private int LaterContent(int list, long ring)
    {
        int sum = 0;
        var seen = new HashSet<long> { ring };
        while (_next.TryGetValue((list, ring), out long next) && seen.Add(next))
        {
            if (_rings.TryGetValue((list, next), out var a)) sum += System.Math.Max(0, a.Present.Count - a.DequeuesInProgress);
            ring = next;
        }
        return sum;
    }

    /// <summary>Keeps, for each enqueue call that began on a ring with a successor, the least content of the later rings seen during the call.</summary>
    private void TrackLaterRings()
    {
        foreach (var ((list, _), call) in _enqueues)
            if (call.AfterLink) call.MinLater = System.Math.Min(call.MinLater, LaterContent(list, call.Ring));
    }

    private RingAccount Account(int list, long ring)
    {
        if (!_rings.TryGetValue((list, ring), out var a)) _rings[(list, ring)] = a = new RingAccount();
        return a;
    }

    private static string Item(object? item) => $"item {string.Format(CultureInfo.InvariantCulture, "{0}", item)}";

    /// <summary>What the monitor knows of one ring generation.</summary>
    private sealed class RingAccount
    {
        public readonly List<object?> Present = new();
        public int DequeuesInProgress;
        public bool Left;
    }

    /// <summary>An enqueue call in progress on a ring.</summary>
    private sealed class EnqueueCall(long ring, object? item, bool afterLink, int minLater)
    {
        public long Ring { get; } = ring;
        public object? Item { get; } = item;
        public bool AfterLink { get; } = afterLink;
        public int MinLater { get; set; } = minLater;
        public bool TakenEarly { get; set; }
    }
}
