using System.Collections.Generic;
using System.Globalization;

namespace Weft.Monitors;

/// <summary>
/// NoStrandedIndex, from tla/SCQ/SCQ.tla (SCQ, Nikolaev DISC 2019, Figure 8):
/// <code>
/// NoStrandedIndex == \A s \in Slots : entries[s].index # Bot =>
///     LET p == entries[s].cycle * R + s IN p >= head \/ \E t \in Threads : Holding(t) /\ pos[t] = p
/// </code>
/// Every index in the ring will be dequeued: the position it was enqueued at is at or past the head (a dequeuer will
/// draw it), or a dequeuer that drew that position is still looking at its entry. An index behind the head with no
/// such dequeuer is stranded: no dequeuer will ever take it, a lost element. This is what the entry cycles, the
/// unsafe bit and the atomic consume protect: an enqueuer that fills an entry a dequeuer of its position already
/// passed (a missing cycle check, an ignored unsafe bit, an unsafe mark lost by a consuming store) strands its index.
/// The monitor follows, per ring, the head (the last drawn position + 1), the positions dequeuers hold and the
/// positions filled and not consumed, from <see cref="ScqPositionEvent"/>s, and checks the property after each.
/// </summary>
public sealed class ScqNoStrandedIndexMonitor : PropertyMonitor, IMonitorOf<ScqPositionEvent>
{
    private readonly Dictionary<int, RingPositions> _rings = new();

    public override void OnEvent(object e) { }

    public void On(in ScqPositionEvent e)
    {
        if (!_rings.TryGetValue(e.Ring, out var ring) || e.Change == ScqPositionChange.Reset)
        {
            ring = new RingPositions(e.Entries);
            _rings[e.Ring] = ring;
            if (e.Change == ScqPositionChange.Reset) return;
        }
        ring.Apply(e.Change, e.Position);
        if (ring.Stranded() is { } p)
            Fail(string.Create(CultureInfo.InvariantCulture,
                $"ring {e.Ring}: the index enqueued at position {p} (entry {p % e.Entries}, cycle {p / e.Entries}) is behind the head ({ring.Head}) and no dequeuer holds that position: it is stranded, a lost element (after thread {e.Thread}'s {e.Change} at position {e.Position})"));
    }

    /// <summary>One ring's head, held positions and filled positions.</summary>
    private sealed class RingPositions
    {
        private readonly HashSet<long> _held = new();
        private readonly HashSet<long> _filled = new();

        public RingPositions(long entries) => Head = entries; // both counters start at 2n (cycle 1)

        public long Head { get; private set; }

        public void Apply(ScqPositionChange change, long position)
        {
            switch (change)
            {
                case ScqPositionChange.HeadDrawn:
                    _held.Add(position);
                    if (position + 1 > Head) Head = position + 1;
                    break;
                case ScqPositionChange.DequeueLeft:
                    _held.Remove(position);
                    break;
                case ScqPositionChange.Filled:
                    _filled.Add(position);
                    break;
                case ScqPositionChange.Consumed:
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
