using System;
using System.Threading;

namespace Plain.WorkStealing;

/// <summary>
/// A bounded work-stealing deque after Chase and Lev, "Dynamic Circular Work-Stealing Deque" (SPAA 2005): the owner
/// pushes and pops at the bottom, thieves steal at the top. Invariant: every pushed item is taken exactly once, by the
/// owner or by one thief; items live in <c>[top, bottom)</c>.
/// <para>
/// Thieves race each other, and the owner when one item is left, by a compare-and-swap on <c>top</c>: winning it means
/// taking the item at the old top. The owner first publishes its claim by lowering <c>bottom</c> with a full fence
/// (an interlocked exchange: a volatile write alone could be reordered after the following read of <c>top</c>), so a
/// thief that read the old bottom still meets the owner at the CAS on the last item.
/// </para>
/// <para>
/// With <c>casOnLastItem: false</c> the owner takes the last item without that CAS (a known bug of hand-rolled
/// deques): a thief that read <c>top</c> and <c>bottom</c> before the owner's pop still wins its CAS, and both take the
/// same item.
/// </para>
/// </summary>
public sealed class WorkStealingQueue
{
    private readonly int[] _items;
    private readonly bool _casOnLastItem;
    private volatile int _top;
    private volatile int _bottom;

    public WorkStealingQueue(int capacity, bool casOnLastItem)
    {
        _items = new int[capacity];
        _casOnLastItem = casOnLastItem;
    }

    /// <summary>Owner only.</summary>
    public void Push(int item)
    {
        int b = _bottom;
        if (b - _top >= _items.Length) throw new InvalidOperationException("the deque is full");
        _items[b % _items.Length] = item;
        _bottom = b + 1;
    }

    /// <summary>Owner only: takes the newest item.</summary>
    public bool TryPop(out int item)
    {
        int b = _bottom - 1;
        Interlocked.Exchange(ref _bottom, b);
        int t = _top;
        if (t > b)
        {
            _bottom = t; // it was empty: restore
            item = 0;
            return false;
        }
        item = _items[b % _items.Length];
        if (t < b) return true; // more than one item: no thief can reach this one
        bool won;
        if (_casOnLastItem) won = Interlocked.CompareExchange(ref _top, t + 1, t) == t; // won: the last item is the owner's
        else
        {
            _top = t + 1; // the bug: a plain write, so a thief's CAS from t can still succeed
            won = true;
        }
        _bottom = t + 1;
        if (!won) item = 0;
        return won;
    }

    /// <summary>Any thread: takes the oldest item.</summary>
    public bool TrySteal(out int item)
    {
        int t = _top;
        int b = _bottom;
        item = 0;
        if (t >= b) return false;
        int candidate = _items[t % _items.Length];
        if (Interlocked.CompareExchange(ref _top, t + 1, t) != t) return false; // lost: another thread took the item at t
        item = candidate;
        return true;
    }
}
