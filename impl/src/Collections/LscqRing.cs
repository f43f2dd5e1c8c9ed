using Weft.Atomics;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// One ring of <see cref="LscqQueue{T}"/>: a finalizable <see cref="ScqQueue{T}"/> and the handle of the next ring
/// (<see cref="Weft.Memory.NodePool.Null"/> until one is linked; set once per generation, by CAS). Reused by every
/// generation of its pool slot: <see cref="Reset"/> is called by the slot's new owner before it publishes the ring.
/// </summary>
internal sealed class LscqRing<T>
{
    public LscqRing(int capacity, WeftConfig config) => Queue = new ScqQueue<T>(capacity, config);

    public ScqQueue<T> Queue { get; }

    public AtomicInt64 Next;

    public void Reset()
    {
        Queue.Reset();
        Next.Store(Weft.Memory.NodePool.Null, MemoryOrder.Release);
    }
}
