using Weft.Atomics;
using Weft.Memory;

namespace Weft.Collections;

/// <summary>How a <see cref="TreiberStack"/> disposes of popped nodes.</summary>
public enum TreiberReclamation
{
    /// <summary>Popped nodes are never reused (leak): always safe, unbounded memory.</summary>
    Leak,
    /// <summary>Popped nodes return to the pool at once. Safe only with tagged handles (type-stable memory plus
    /// a generation tag in the CAS); with untagged handles it is the classic ABA bug (a negative control).</summary>
    ImmediateReuse,
}

/// <summary>
/// Treiber's lock-free stack (R. K. Treiber, "Systems Programming: Coping with Parallelism", IBM RJ 5118, 1986)
/// over a <see cref="NodePool"/>.
///
/// Invariant: <c>_top</c> is the handle of the first node; following <c>next</c> links from it visits exactly
/// the pushed-but-not-popped values, newest first. Push links the new node to the observed top and publishes
/// it with a CAS; pop reads the top and its successor and swings the top with a CAS. Both operations
/// linearize at their successful CAS.
///
/// ABA: between a popper's read of <c>top</c> = A (with successor B) and its CAS, other threads may pop A,
/// recycle its slot and push it again with a different successor; an untagged CAS then succeeds and installs
/// the stale B. Tagged handles (a generation in the high bits) make the recycled A a different word, so the CAS
/// fails. Reading <c>next</c> of a node that was popped meanwhile is benign in this type-stable design: the
/// value is discarded when the CAS fails.
/// </summary>
public sealed class TreiberStack
{
    private AtomicInt64 _top;
    private readonly NodePool _pool;
    private readonly TreiberReclamation _reclamation;

    public TreiberStack(NodePool pool, TreiberReclamation reclamation)
    {
        _pool = pool;
        _reclamation = reclamation;
    }

    public NodePool Pool => _pool;

    public void Push(long value)
    {
        long node = _pool.Allocate();
        _pool.SetPayload(node, value);
        while (true)
        {
            long top = _top.Load(MemoryOrder.Acquire);
            _pool.Next(node).Store(top, MemoryOrder.Relaxed);
            // Winning this CAS publishes node as the new top with next = the observed top (release: its payload
            // and link are visible to any thread that acquires the new top).
            if (_top.TryCompareExchange(top, node, MemoryOrder.Release)) return;
        }
    }

    public bool TryPop(out long value)
    {
        while (true)
        {
            long top = _top.Load(MemoryOrder.Acquire);
            if (top == NodePool.Null)
            {
                value = 0;
                return false;
            }
            long next = _pool.Next(top).Load(MemoryOrder.Relaxed); // speculative: validated by the CAS below
            // Winning this CAS removes top from the stack: this thread now owns the node exclusively.
            if (_top.TryCompareExchange(top, next, MemoryOrder.AcqRel))
            {
                value = _pool.Payload(top);
                if (_reclamation == TreiberReclamation.ImmediateReuse) _pool.Free(top);
                return true;
            }
        }
    }
}
