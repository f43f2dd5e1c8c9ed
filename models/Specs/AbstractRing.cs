using System;
using System.Collections.Generic;
using Weft.Collections;
using Weft.Platform;

namespace Weft.Specs;

/// <summary>
/// The ring of tla/RingList/RingList.tla: a bounded FIFO of <c>C</c> items with a closed flag, each operation one step.
/// It stands in for the rings of LSCQ and LCRQ (whose own algorithms tla/SCQ and tla/LCRQ specify) under the real
/// <see cref="RingList{TItem}"/>, so that a trace of the list spec replays against the list's code. Plain fields: every
/// call runs inside one labeled step of RingList, and a trace replay runs one thread from label to label.
///
/// It mirrors the rings' contract and, for the seeded defect <see cref="SeededBug.LscqNoFinalize"/> /
/// <see cref="SeededBug.LcrqNoCloseWhenFull"/> (spec: "noclose"), the rings' defect: a full ring fails the enqueue
/// without closing; for <see cref="SeededBug.LcrqFixStateReopens"/> (spec: "reopens"), a dequeue that finds a closed
/// ring empty opens it again, as CrqRing's defective fixState drops the closed bit. It also keeps the ghost state the model needs: whether the ring was closed since its reset (the
/// spec's <c>wasClosed</c>), and the item of a new ring that becomes part of the queue only when the ring is linked.
/// </summary>
internal sealed class AbstractRing : LinkedRing<long>
{
    private readonly int _capacity;
    private readonly bool _noClose;
    private readonly bool _reopens;
    private readonly Action<long> _enqueued;
    private readonly Action<long> _dequeued;
    private readonly List<long> _items = new();
    private bool _reset;

    /// <param name="capacity">The items the ring holds (the spec's C).</param>
    /// <param name="bug">The seeded defect of the run.</param>
    /// <param name="enqueued">Called when an item joins a published ring (an enqueue's linearization point).</param>
    /// <param name="dequeued">Called when an item is taken (a dequeue's linearization point).</param>
    public AbstractRing(int capacity, SeededBug bug, Action<long> enqueued, Action<long> dequeued)
    {
        _capacity = capacity;
        _noClose = bug is SeededBug.LscqNoFinalize or SeededBug.LcrqNoCloseWhenFull;
        _reopens = bug == SeededBug.LcrqFixStateReopens;
        _enqueued = enqueued;
        _dequeued = dequeued;
    }

    /// <summary>The items, oldest first.</summary>
    public IReadOnlyList<long> Items => _items;

    /// <summary>The ring is closed to enqueues.</summary>
    public bool Closed { get; private set; }

    /// <summary>Ghost: the ring has been closed since its last reset.</summary>
    public bool WasClosed { get; private set; }

    /// <summary>Ghost: the ring was reset and holds its first item, not yet in the queue (its link is pending).</summary>
    public bool Unpublished { get; private set; }

    /// <summary>
    /// The ring is reachable from the list (the constructor's ring, or a ring whose link CAS succeeded): its first item,
    /// if still pending, is now enqueued (the link CAS was its linearization point).
    /// </summary>
    public void Publish()
    {
        _reset = false;
        if (!Unpublished) return;
        Unpublished = false;
        _enqueued(_items[0]);
    }

    protected override void ResetRing()
    {
        _items.Clear();
        Closed = false;
        WasClosed = false;
        Unpublished = false;
        _reset = true;
    }

    public override bool TryEnqueueOrClose(long item)
    {
        if (!Closed && _items.Count < _capacity)
        {
            _items.Add(item);
            if (_reset) Unpublished = true; // the new ring's first item, added before the ring is linked
            else _enqueued(item);
            _reset = false;
            return true;
        }
        if (!_noClose)
        {
            Closed = true;
            WasClosed = true;
        }
        return false;
    }

    public override bool TryDequeue(out long item)
    {
        if (_items.Count == 0)
        {
            if (_reopens) Closed = false;
            item = 0;
            return false;
        }
        item = _items[0];
        _items.RemoveAt(0);
        _dequeued(item);
        return true;
    }

    public override bool PeekClosed() => Closed;

    public override long Count => _items.Count;
}
