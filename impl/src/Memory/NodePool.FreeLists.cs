using System;
using Weft.Atomics;

namespace Weft.Memory;

/// <summary>
/// The pool's shared free structures: the single-slot free list, the depot of batches that per-thread magazines
/// exchange, and growth by chunks (see the class essay in NodePool.cs).
///
/// Both shared stacks have a head word that carries a modification counter in its high 32 bits, so a CAS on a head
/// succeeds only if no push or pop happened since the head was read. That makes every read of a link between the
/// head read and the CAS (<c>_freeNext</c>, <c>_batchNext</c>) benign when stale: the CAS then fails.
///
/// Invariants: a slot is in exactly one place at a time: a thread's magazine, the free list, the depot (inside one
/// batch), a thread's remote-free list (NodePool.RemoteFree.cs), a thread's overflow stack (inside one batch,
/// NodePool.Overflow.cs), or allocated; a slot at or above the committed count is nowhere until the chunk that holds it is claimed
/// (CAS on <c>_committed</c>) and published (CAS on the free-list head).
/// </summary>
public sealed partial class NodePool
{
    /// <summary>Ints of padding on each side of a magazine, so two threads' magazine counts never share a cache line.</summary>
    private static readonly int MagazinePad = Weft.Platform.ArchInfo.Current.PaddedStride(sizeof(int));

    private readonly AtomicInt32[] _batchNext; // for the head slot of a batch in the depot: the next batch's head + 1
    private AtomicInt64 _depotHead;            // (counter << 32) | (head slot of the top batch + 1)
    private AtomicInt32 _committed;            // slots [0, _committed) exist
    private readonly int _chainStride;         // the free-list order of a new chunk (CommitChunk): 1, or slots per two cache lines
    private readonly int _refillRun;           // slots a magazine refill takes off the free list in one CAS: BatchSize, or 1 in a small pool
    private bool _runHeadPlainStore;           // the seeded defect NodePoolRunPlainStore (StoreRunHeadsForSeededDefect)

    // The magazine counters (MagazineCounts), after the slots: slow-path events, counted by the owner with plain writes.
    private const int FreeListRefillCounter = 0, DepotRefillCounter = 1, SpillCounter = 2, GrowCounter = 3, RemoteFreeCounter = 4, RemoteDrainCounter = 5,
        OverflowRefillCounter = 6, CounterSlots = 7;

    private static void Count(int[] magazine, int counter) =>
        Plain.Write(ref magazine[MagazinePad + 1 + CacheSize + counter], Plain.Read(ref magazine[MagazinePad + 1 + CacheSize + counter]) + 1);

    private static T[] Reserve<T>(int length, bool uninitialised) =>
        uninitialised ? GC.AllocateUninitializedArray<T>(length) : new T[length];

    /// <summary>
    /// Initialises slots [start, start + count), which the caller owns, and chains them from start to start + count - 1:
    /// in index order, or, in a pool several threads share (<see cref="_chainStride"/> above 1, a count it divides), in
    /// strides of <see cref="_chainStride"/> slots (start, start + s, start + 2s, ..., start + 1, start + 1 + s, ...), so
    /// the slots that consecutive refills hand to different threads' magazines sit on different cache lines of every
    /// per-slot array (links, payload, generation, a reclaimer's eras) instead of side by side, where two threads each
    /// reusing their own slot would write the same lines. The first and last slot of the chain are the same either way.
    /// </summary>
    private void CommitChunk(int start, int count)
    {
        foreach (var level in _links) Array.Clear(level, start, count);
        foreach (var word in _words) Array.Clear(word, start, count);
        Array.Clear(_generation, start, count);
        Array.Clear(_batchNext, start, count);
        int stride = _chainStride > 1 && count % _chainStride == 0 ? _chainStride : 1;
        int lines = count / stride;
        int previous = -1;
        for (int p = 0; p < count; p++)
        {
            int slot = start + (p % lines) * stride + p / lines;
            if (previous >= 0) _freeNext[previous] = new AtomicInt32(slot + 1);
            previous = slot;
        }
        _freeNext[previous] = new AtomicInt32(0);
    }

    /// <summary>A slot for a thread without a magazine: the free list, else the depot, else a new chunk.</summary>
    private int TakeShared()
    {
        while (true)
        {
            int idx = TryPopShared();
            if (idx >= 0) return idx;
            int batch = TryPopBatch(ref _depotHead);
            if (batch >= 0)
            {
                int rest = _freeNext[batch].Load(MemoryOrder.Relaxed) - 1;
                if (rest >= 0) PushBatch(ref _depotHead, rest);
                return batch;
            }
            if (!TryGrow() && !ReclaimAtCapacity()) throw new PoolExhaustedException(Capacity, _capacitySetting);
        }
    }

    /// <summary>
    /// Refills an empty magazine: with slot homes, first the thread's remote-free list (the slots of its home that other
    /// threads freed, taken in one exchange), then a batch of its own overflow stack (what its spills kept at home,
    /// NodePool.Overflow.cs); then a run of up to <see cref="_refillRun"/> slots off the free list in one
    /// CAS (first among the shared structures, so a thread that never spills takes the steps it always took), else a
    /// batch from the depot (one slot for the caller, the rest into the magazine), else a new chunk; at the capacity,
    /// the other threads' remote-free lists and overflow batches before the pool counts as exhausted. The groups of a
    /// run or a batch that have no home yet become the caller's home.
    /// </summary>
    private int Refill(int[] magazine, int threadIndex)
    {
        if (_homes is not null)
        {
            int drained = TryDrainRemote(magazine, threadIndex);
            if (drained >= 0)
            {
                Count(magazine, RemoteDrainCounter);
                return drained;
            }
            int kept = TryPopOverflow(threadIndex);
            if (kept >= 0)
            {
                Count(magazine, OverflowRefillCounter);
                return LoadChain(magazine, kept, threadIndex, makeHomes: true);
            }
        }
        while (true)
        {
            int run = TryPopRun(magazine, threadIndex);
            if (run >= 0)
            {
                Count(magazine, FreeListRefillCounter);
                return run;
            }
            int batch = TryPopBatch(ref _depotHead);
            if (batch >= 0)
            {
                Count(magazine, DepotRefillCounter);
                return LoadChain(magazine, batch, threadIndex, makeHomes: true);
            }
            Count(magazine, GrowCounter);
            if (!TryGrow() && !ReclaimAtCapacity()) throw new PoolExhaustedException(Capacity, _capacitySetting);
        }
    }

    /// <summary>
    /// At the pool's capacity (no chunk left to add): moves every thread's remote-free list to the free list and every
    /// overflow batch to the depot, where the caller's next look finds them; false when there was nothing to move.
    /// </summary>
    private bool ReclaimAtCapacity() => TryReclaimRemote() | TryReclaimOverflow();

    /// <summary>
    /// Pops a run of up to <see cref="_refillRun"/> slots off the free list with one CAS: the first for the caller
    /// (returned), the others into the empty magazine so that it hands them out in free-list order; -1 when the list is
    /// empty. The walk to the run's end reads links that another thread may change meanwhile (it took or pushed the
    /// head): every link read is of a committed slot and the walk is bounded, and the head's counter then fails the CAS.
    /// </summary>
    private int TryPopRun(int[] magazine, int threadIndex)
    {
        while (true)
        {
            long head = _freeHead.Load(MemoryOrder.Acquire);
            int first = (int)(uint)head - 1;
            if (first < 0) return -1;
            int n = 1;
            int next = _freeNext[first].Load(MemoryOrder.Relaxed); // may be stale: the CAS below then fails
            for (int last = first; n < _refillRun && next != 0; n++)
            {
                last = next - 1;
                next = _freeNext[last].Load(MemoryOrder.Relaxed);
            }
            long newHead = (((head >> 32) + 1) << 32) | (uint)next;
            // Winning this CAS makes this thread the sole owner of the run's n slots (the links it walked are now its own).
            // The seeded defect stores the head instead: a refiller that read the same head takes the same run.
            if (_runHeadPlainStore) _freeHead.Store(newHead, MemoryOrder.Release);
            else if (!_freeHead.TryCompareExchange(head, newHead, MemoryOrder.AcqRel)) continue;
            int idx = first, homeGroup = MakeHome(first, threadIndex, -1);
            for (int k = n - 2; k >= 0; k--)
            {
                idx = _freeNext[idx].Load(MemoryOrder.Relaxed) - 1;
                Plain.Write(ref magazine[MagazinePad + 1 + k], idx);
                homeGroup = MakeHome(idx, threadIndex, homeGroup);
            }
            if (n > 1) Plain.Write(ref magazine[MagazinePad], n - 1);
            return first;
        }
    }

    /// <summary>
    /// Moves the owned chain that starts at <paramref name="first"/> into thread <paramref name="threadIndex"/>'s empty
    /// magazine, up to its capacity, and returns the next slot for the caller (the chain's last, when the magazine holds
    /// the rest); a longer chain's rest goes onto the thread's overflow stack with slot homes (it is a remote-free list
    /// of the thread's own homes), else onto the shared free list. The one walker of a depot or overflow batch (at most
    /// <see cref="BatchSize"/> slots) and a remote-free list (any length). With <paramref name="makeHomes"/> (and slot
    /// homes), the groups of the slots walked that have no home yet become the thread's home.
    /// </summary>
    private int LoadChain(int[] magazine, int first, int threadIndex, bool makeHomes)
    {
        int count = 0, idx = first, homeGroup = -1;
        while (true)
        {
            if (makeHomes) homeGroup = MakeHome(idx, threadIndex, homeGroup);
            int next = _freeNext[idx].Load(MemoryOrder.Relaxed) - 1;
            if (next < 0) break;
            if (count == CacheSize)
            {
                // The magazine is full: the owned rest stays the thread's (overflow batches), or without homes goes onto the free list.
                if (_homes is not null) PushOverflowChain(threadIndex, next);
                else PushChain(next, LastOf(next));
                break;
            }
            Plain.Write(ref magazine[MagazinePad + 1 + count++], idx);
            idx = next;
        }
        Plain.Write(ref magazine[MagazinePad], count);
        return idx;
    }

    /// <summary>
    /// Hands the oldest <see cref="BatchSize"/> slots of thread <paramref name="threadIndex"/>'s full magazine to the
    /// depot as one batch, or with slot homes back to their homes (<see cref="SpillHome"/>); returns the count left.
    /// </summary>
    private int SpillBatch(int[] magazine, int threadIndex)
    {
        if (_homes is not null) return SpillHome(magazine, threadIndex);
        int first = MagazinePad + 1;
        Count(magazine, SpillCounter);
        for (int i = 0; i < BatchSize - 1; i++)
            _freeNext[Plain.Read(ref magazine[first + i])].Store(Plain.Read(ref magazine[first + i + 1]) + 1, MemoryOrder.Relaxed);
        _freeNext[Plain.Read(ref magazine[first + BatchSize - 1])].Store(0, MemoryOrder.Relaxed);
        PushBatch(ref _depotHead, Plain.Read(ref magazine[first]));
        return DropSpilled(magazine);
    }

    /// <summary>Pops one slot off the free list; -1 when it is empty.</summary>
    private int TryPopShared()
    {
        while (true)
        {
            long head = _freeHead.Load(MemoryOrder.Acquire);
            int idx = (int)(uint)head - 1;
            if (idx < 0) return -1;
            int next = _freeNext[idx].Load(MemoryOrder.Relaxed); // may be stale if idx was just taken: the CAS below then fails
            long newHead = (((head >> 32) + 1) << 32) | (uint)next;
            // Winning this CAS makes this thread the sole owner of slot idx.
            if (_freeHead.TryCompareExchange(head, newHead, MemoryOrder.AcqRel)) return idx;
        }
    }

    private void PushShared(int idx) => PushChain(idx, idx);

    /// <summary>Pushes the owned chain first -> ... -> last onto the free list.</summary>
    private void PushChain(int first, int last)
    {
        while (true)
        {
            long head = _freeHead.Load(MemoryOrder.Acquire);
            _freeNext[last].Store((int)(uint)head, MemoryOrder.Relaxed);
            long newHead = (((head >> 32) + 1) << 32) | (uint)(first + 1);
            // Winning this CAS publishes the chain on the free list (release: the link stores above are visible first).
            if (_freeHead.TryCompareExchange(head, newHead, MemoryOrder.Release)) return;
        }
    }

    /// <summary>
    /// After a spill (to the depot or home) took a full magazine's oldest <see cref="BatchSize"/> slots: moves the rest
    /// down to the front and returns the count left.
    /// </summary>
    private static int DropSpilled(int[] magazine)
    {
        int first = MagazinePad + 1;
        for (int i = 0; i < CacheSize - BatchSize; i++) Plain.Write(ref magazine[first + i], Plain.Read(ref magazine[first + BatchSize + i]));
        Plain.Write(ref magazine[MagazinePad], CacheSize - BatchSize);
        return CacheSize - BatchSize;
    }

    /// <summary>Pushes an owned batch (a chain through the free-list links) onto a stack of batches: the depot or a thread's overflow stack.</summary>
    private void PushBatch(ref AtomicInt64 stack, int head)
    {
        while (true)
        {
            long top = stack.Load(MemoryOrder.Acquire);
            _batchNext[head].Store((int)(uint)top, MemoryOrder.Relaxed);
            long newTop = (((top >> 32) + 1) << 32) | (uint)(head + 1);
            // Winning this CAS publishes the batch on the stack (release: its chain and batch link are visible first).
            if (stack.TryCompareExchange(top, newTop, MemoryOrder.Release)) return;
        }
    }

    /// <summary>
    /// Pops a batch off a stack of batches (the depot or a thread's overflow stack); returns its head slot (the chain is
    /// now owned), -1 when the stack is empty. <paramref name="plainStore"/>: the seeded defect NodePoolOverflowPopPlainStore.
    /// </summary>
    private int TryPopBatch(ref AtomicInt64 stack, bool plainStore = false)
    {
        while (true)
        {
            long top = stack.Load(MemoryOrder.Acquire);
            int head = (int)(uint)top - 1;
            if (head < 0) return -1;
            int next = _batchNext[head].Load(MemoryOrder.Relaxed); // may be stale: the CAS below then fails
            long newTop = (((top >> 32) + 1) << 32) | (uint)next;
            // Winning this CAS makes this thread the sole owner of the batch (its whole chain). The seeded defect stores
            // the head instead: a popper that read the same top takes the same batch.
            if (plainStore) stack.Store(newTop, MemoryOrder.Release);
            else if (!stack.TryCompareExchange(top, newTop, MemoryOrder.AcqRel)) continue;
            return head;
        }
    }

    /// <summary>
    /// Adds a chunk (as many slots as are committed, at least <see cref="MinimumChunk"/>, up to the capacity) to the
    /// free list. False when the pool is at its capacity; true when a chunk was added, by this thread or another.
    /// </summary>
    private bool TryGrow()
    {
        int committed = _committed.Load(MemoryOrder.Acquire);
        if (committed >= Capacity) return false;
        int add = Math.Min(Math.Max(committed, MinimumChunk), Capacity - committed);
        // Winning this CAS makes this thread the owner of slots [committed, committed + add): no other thread can
        // reach them until they are on the free list. Losing it means another thread grew the pool: look again.
        if (!_committed.TryCompareExchange(committed, committed + add, MemoryOrder.AcqRel)) return true;
        CommitChunk(committed, add);
        PushChain(committed, committed + add - 1);
        return true;
    }

    /// <summary>
    /// Counts the free slots of a quiescent pool (no thread allocating or freeing): the free list, every batch in the
    /// depot, every magazine and every remote-free list. Throws <see cref="InvalidOperationException"/> naming the slot when a slot is free
    /// twice (a double free) or is not a committed slot, so a stress run can check after the fact that nothing was
    /// freed twice; the committed slots minus this count are the slots in use.
    /// </summary>
    public int AuditFreeSlots()
    {
        int committed = _committed.Peek();
        var seen = new bool[committed];
        int count = 0;
        void Free(int slot, string where)
        {
            if ((uint)slot >= (uint)committed) throw new InvalidOperationException($"slot {slot} on the {where} is not one of the {committed} committed slots");
            if (seen[slot]) throw new InvalidOperationException($"slot {slot} is free twice (found again on the {where})");
            seen[slot] = true;
            count++;
        }
        for (int idx = (int)(uint)_freeHead.Peek() - 1; idx >= 0; idx = _freeNext[idx].Peek() - 1)
        {
            Free(idx, "free list");
            if (count > committed) throw new InvalidOperationException("the free list is cyclic");
        }
        for (int batch = (int)(uint)_depotHead.Peek() - 1; batch >= 0; batch = _batchNext[batch].Peek() - 1)
        {
            for (int idx = batch; idx >= 0; idx = _freeNext[idx].Peek() - 1)
            {
                Free(idx, "depot");
                if (count > committed) throw new InvalidOperationException("the depot is cyclic");
            }
        }
        for (int t = 0; t < _cache.Length; t++)
            for (int k = 0; k < _cache[t][MagazinePad]; k++) Free(_cache[t][MagazinePad + 1 + k], $"magazine of thread {t}");
        for (int t = 0; _homes is not null && t < _cache.Length; t++)
        {
            for (int batch = (int)(uint)OverflowHead(t).Peek() - 1; batch >= 0; batch = _batchNext[batch].Peek() - 1)
            {
                for (int idx = batch; idx >= 0; idx = _freeNext[idx].Peek() - 1)
                {
                    Free(idx, $"overflow stack of thread {t}");
                    if (count > committed) throw new InvalidOperationException($"the overflow stack of thread {t} is cyclic");
                }
            }
            for (int idx = _remoteHeads[(t + 1) * MagazinePad].Peek() - 1; idx >= 0; idx = _freeNext[idx].Peek() - 1)
            {
                Free(idx, $"remote-free list of thread {t}");
                if (count > committed) throw new InvalidOperationException($"the remote-free list of thread {t} is cyclic");
            }
        }
        return count;
    }
}
