using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// NoStrandedIndex of tla/SCQ/SCQ.tla (SCQ, Nikolaev DISC 2019) and NoStrandedValue of tla/LCRQ/LCRQ.tla (CRQ,
/// Morrison and Afek PPoPP 2013):
/// <code>
/// NoStrandedIndex == \A s \in Slots : entries[s].index # Bot =>
///     LET p == entries[s].cycle * R + s IN p >= head \/ \E t \in Threads : Holding(t) /\ pos[t] = p
/// </code>
/// Every value in a ring will be dequeued: the position it was enqueued at is at or past the head (a dequeuer will
/// draw it), or a dequeuer that drew that position is still looking at its entry. A value behind the head with no
/// such dequeuer is stranded: no dequeuer will ever take it, a lost element. This is what the entries' cycles
/// (indices), the unsafe bit and the atomic consume protect: an enqueuer that fills an entry a dequeuer of its
/// position already passed (a missing cycle check, an ignored unsafe bit, an unsafe mark lost by a consuming store,
/// an empty entry a dequeuer did not move on) strands its value. The monitor follows, per ring, the head (the last
/// drawn position + 1; before any draw no position is behind it), the positions dequeuers hold and the positions
/// filled and not consumed, from <see cref="RingPositionEvent"/>s, and checks the property after each.
/// </summary>
public sealed class RingNoStrandedEntryMonitor : PropertyMonitor, IMonitorOf<RingPositionEvent>
{
    private readonly Dictionary<int, RingPositions> _rings = new();

    public override void OnEvent(object e) { }

    public void On(in RingPositionEvent e)
    {
        if (!_rings.TryGetValue(e.Ring, out var ring) || e.Change == RingPositionChange.Reset)
        {
            ring = new RingPositions();
            _rings[e.Ring] = ring;
            if (e.Change == RingPositionChange.Reset) return;
        }
        ring.Apply(e.Change, e.Position);
        if (ring.Stranded() is { } p)
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"ring {e.Ring}: the value enqueued at position {p} (entry {p % e.Entries}, cycle {p / e.Entries}) is behind the head ({ring.Head}) and no dequeuer holds that position: it is stranded, a lost element (after thread {e.Thread}'s {e.Change} at position {e.Position})"));
    }

    /// <summary>One ring's head, held positions and filled positions.</summary>
    private sealed class RingPositions
    {
        private readonly HashSet<long> _held = new();
        private readonly HashSet<long> _filled = new();

        /// <summary>The last drawn position + 1 (0 before any draw: every position a ring hands out is at or past its initial head).</summary>
        public long Head { get; private set; }

        public void Apply(RingPositionChange change, long position)
        {
            switch (change)
            {
                case RingPositionChange.HeadDrawn:
                    _held.Add(position);
                    if (position + 1 > Head) Head = position + 1;
                    break;
                case RingPositionChange.DequeueLeft:
                    _held.Remove(position);
                    break;
                case RingPositionChange.Filled:
                    _filled.Add(position);
                    break;
                case RingPositionChange.Consumed:
                    _held.Remove(position);
                    _filled.Remove(position);
                    break;
            }
        }

        public long? Stranded()
        {
            foreach (long p in _filled)
                if (p < Head && !_held.Contains(p)) return p;
            return null;
        }
    }
}
