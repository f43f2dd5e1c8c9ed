using System;

namespace Weft.Engine;

/// <summary>
/// One thread's TSO store buffer: a FIFO of <see cref="BufferedStore"/>s kept in a reusable ring (no allocation once
/// it has grown to the iteration's largest backlog). Stores enter at the tail; the scheduler's flushes and the
/// thread's drains remove them from the head, so memory receives each thread's stores in program order.
/// </summary>
internal sealed class StoreBuffer
{
    private BufferedStore[] _ring = new BufferedStore[8];
    private int _head;

    public int Count { get; private set; }

    public void Clear()
    {
        Array.Clear(_ring);
        _head = 0;
        Count = 0;
    }

    public void Append(in BufferedStore store)
    {
        if (Count == _ring.Length) Grow();
        _ring[(_head + Count) % _ring.Length] = store;
        Count++;
    }

    /// <summary>Removes and returns the oldest store.</summary>
    public BufferedStore TakeOldest()
    {
        if (Count == 0) throw new InvalidOperationException("internal: flush of an empty store buffer");
        var s = _ring[_head];
        _ring[_head] = default;
        _head = (_head + 1) % _ring.Length;
        Count--;
        return s;
    }

    /// <summary>The newest buffered store to <paramref name="address"/>, if any (what the owning thread's load reads).</summary>
    public bool TryFindNewest(nint address, out BufferedStore store)
    {
        for (int i = Count - 1; i >= 0; i--)
        {
            ref var s = ref _ring[(_head + i) % _ring.Length];
            if (s.Address == address)
            {
                store = s;
                return true;
            }
        }
        store = default;
        return false;
    }

    private void Grow()
    {
        var bigger = new BufferedStore[_ring.Length * 2];
        for (int i = 0; i < Count; i++) bigger[i] = _ring[(_head + i) % _ring.Length];
        _ring = bigger;
        _head = 0;
    }
}
