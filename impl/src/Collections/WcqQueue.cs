using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Weft.Atomics;
using Weft.Platform;

namespace Weft.Collections;

/// <summary>
/// wCQ, the bounded wait-free FIFO queue of R. Nikolaev and B. Ravindran, "wCQ: A Fast Wait-Free Queue with Bounded
/// Memory Usage", SPAA 2022: SCQ's construction (a data array of n slots and two rings of indices, the allocated ring
/// <c>aq</c> and the free ring <c>fq</c>, as in <see cref="ScqQueue{T}"/>) over wait-free rings (<see cref="WcqRing"/>).
///
/// Invariant: every slot index in [0, n) is in exactly one of three places: in <c>fq</c> (free), in <c>aq</c> (holds a
/// value waiting to be dequeued), or owned by one thread between its two ring operations. So each ring holds at most n
/// indices, the premise under which <see cref="WcqRing.Enqueue"/> always succeeds, within its bound.
///
/// TryEnqueue takes a free index from <c>fq</c> (none: full), writes the value into its slot and enqueues the index on
/// <c>aq</c>; the ring's CAS publishes the slot write to the dequeuer that takes the index. TryDequeue takes an index
/// from <c>aq</c> (none: empty), reads and clears the slot and returns the index to <c>fq</c>. Both are wait-free: two
/// ring operations, each bounded (<see cref="WcqRing"/>). Linearization as <see cref="ScqQueue{T}"/>.
///
/// Threads. wCQ keeps a record per thread. A thread either registers once (<see cref="Register"/>) and passes its
/// handle, or calls the overloads without a handle, which register the calling thread on first use (a thread-local
/// lookup per call). At most <see cref="Threads"/> threads can register; a thread's record is not released when it ends.
///
/// Memory: the slots, both rings (4n entries of 8 bytes) and the thread records are allocated at construction and never
/// grow; an operation allocates nothing.
/// </summary>
public sealed class WcqQueue<T>
{
    private readonly T[] _slots;
    private readonly WcqRing _allocated;
    private readonly WcqRing _free;
    private readonly ThreadLocal<WcqHandle> _implicit;
    private AtomicInt64 _registered;

    /// <summary>A queue of <paramref name="capacity"/> values (a power of two in [1, 2^15]) for up to
    /// <paramref name="threads"/> threads (in [1, <see cref="WcqRing.MaxThreads"/>]).</summary>
    /// <exception cref="ArgumentOutOfRangeException">the capacity is not a power of two in [1, 2^15], the thread count
    /// is out of range, or an option is.</exception>
    public WcqQueue(int capacity, int threads, WcqOptions? options = null, WeftConfig? config = null)
    {
        WcqRing.ValidateCapacity(capacity);
        WcqRing.ValidateThreads(threads);
        _slots = new T[capacity];
        _allocated = new WcqRing(capacity, threads, options, config);
        _free = new WcqRing(capacity, threads, options, config);
        _implicit = new ThreadLocal<WcqHandle>(Register);
        for (int i = 0; i < capacity; i++) _free.Enqueue(0, i); // every slot starts free (record 0, before any sharing)
    }

    /// <summary>The number of values the queue holds at most.</summary>
    public int Capacity => _slots.Length;

    /// <summary>The number of threads that can register.</summary>
    public int Threads => _allocated.Threads;

    /// <summary>Approximate number of values (exact when no operation is in progress).</summary>
    public int Count => _allocated.Count;

    /// <summary>Registers the calling thread: a handle for the operations below, used by one thread at a time.</summary>
    /// <exception cref="InvalidOperationException">every thread record of the queue is taken.</exception>
    public WcqHandle Register()
    {
        long id = _registered.FetchAdd(1, MemoryOrder.AcqRel);
        if (id >= Threads)
            throw new InvalidOperationException($"all {Threads} thread records of this wCQ queue are taken: construct it with a larger thread count");
        return new WcqHandle(this, (int)id);
    }

    /// <summary>Appends <paramref name="value"/> as <paramref name="handle"/>'s thread; false when the queue is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryEnqueue(WcqHandle handle, T value)
    {
        int id = Own(handle);
        if (!_free.TryDequeue(id, out long index)) return false;
        _slots[index] = value; // published to the dequeuer by the release CAS of the aq enqueue
        _allocated.Enqueue(id, index);
        return true;
    }

    /// <summary>Removes the oldest value as <paramref name="handle"/>'s thread; false when the queue is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryDequeue(WcqHandle handle, out T value)
    {
        int id = Own(handle);
        if (!_allocated.TryDequeue(id, out long index))
        {
            value = default!;
            return false;
        }
        value = _slots[index]; // the aq dequeue acquired the enqueuer's write
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) _slots[index] = default!;
        _free.Enqueue(id, index); // the slot is free again
        return true;
    }

    /// <summary>Appends <paramref name="value"/> as the calling thread (registered on first use); false when full.</summary>
    public bool TryEnqueue(T value) => TryEnqueue(_implicit.Value!, value);

    /// <summary>Removes the oldest value as the calling thread (registered on first use); false when empty.</summary>
    public bool TryDequeue(out T value) => TryDequeue(_implicit.Value!, out value);

    private int Own(WcqHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        if (!ReferenceEquals(handle.Queue, this))
            throw new ArgumentException("the handle was registered with another wCQ queue", nameof(handle));
        return handle.Id;
    }
}
