using Weft.Atomics;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// One ring of <see cref="LcrqQueue{T}"/>: a <see cref="CrqRing"/> and the handle of the next ring
/// (<see cref="Weft.Memory.NodePool.Null"/> until one is linked; set once per generation, by CAS). Reused by every
/// generation of its pool slot: <see cref="Reset"/> is called by the slot's new owner before it publishes the ring.
/// </summary>
internal sealed class LcrqRing
{
    public LcrqRing(int capacity, WeftConfig config) => Ring = new CrqRing(capacity, config);

    public CrqRing Ring { get; }

    public AtomicInt64 Next;

    public void Reset()
    {
        Ring.Reset();
        Next.Store(Weft.Memory.NodePool.Null, MemoryOrder.Release);
    }
}
