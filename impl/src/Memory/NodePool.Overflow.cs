using Weft.Atomics;

namespace Weft.Memory;

/// <summary>
/// Overflow batches (with slot homes; see the class essay in NodePool.cs): where a full magazine's oldest slots go
/// instead of the shared depot. Without homes a spill hands its batch to the depot and the next thread whose magazine
/// runs dry takes it, which is the exchange magazines are for (Bonwick and Adams, "Magazines and Vmem", USENIX ATC
/// 2001). With homes that exchange undoes them: a reclaimer that frees in bursts (a DEBRA+ bag rotated after a long
/// epoch, an IBR scan) overflows the magazine of the thread whose slots they are, and the other thread's next refill
/// takes slots of groups whose other slots the spiller still holds, so the two working sets interleave line by line.
/// As in mimalloc (Leijen, Zorn and de Moura, "Mimalloc: Free List Sharding in Action", APLAS 2019), where a freed
/// block always returns to its own page and a thread that runs out allocates a fresh page instead of taking another
/// thread's, a spill keeps each slot with its home: the slots whose home is the spilling thread (or none yet) go as one
/// batch onto the thread's own overflow stack, the others onto their homes' remote-free lists (slots a free at once put
/// in this magazine). The owner's refill takes an overflow batch right after its remote-free list and before the
/// shared free list, so the other thread, finding nothing shared, grows the pool by a chunk instead. Only at the pool's
/// capacity does a refill move other threads' overflow batches to the depot (after their remote-free lists) before it
/// reports exhaustion, so an allocation still fails only when no free slot outside the other threads' magazines is left.
///
/// Each overflow stack is a Treiber stack of batches, like the depot: a batch is a chain through the free-list links,
/// its head linked to the next batch's head through <c>_batchNext</c>, and the stack's head word carries a modification
/// counter in its high 32 bits (one word per thread, alone on its own padded lines). The owner pushes and pops; at the
/// capacity other threads pop too, so the head's counter makes a pop's CAS fail when anything was pushed or popped since
/// it read the head, and its read of the stale batch link is benign. The same push and pop serve the depot.
///
/// Memory bound. A thread's free slots of its own homes (magazine, overflow batches, remote-free list) are not handed to
/// another thread below the capacity: at most every slot the thread has taken (every group that is its home), that is
/// its peak of allocated slots rounded up to groups of <see cref="BatchSize"/>, plus up to <see cref="CacheSize"/> slots
/// of other homes in its magazine. The committed slots can therefore reach the sum of the threads' peaks where the
/// depot made them the peak of the sum, never more than the capacity.
///
/// Invariant (with the free structures' in NodePool.FreeLists.cs): a slot in an overflow batch is in exactly one batch
/// of one stack, is free, and is reachable from that stack's head; a pop makes its whole batch the popper's.
/// </summary>
public sealed partial class NodePool
{
    private readonly AtomicInt64[] _overflowHeads = []; // per thread t at (t + 1) * OverflowPad: (counter << 32) | (head slot of t's top overflow batch + 1)
    private bool _overflowPopPlainStore;                 // the seeded defect NodePoolOverflowPopPlainStore

    /// <summary>Longs of padding between two threads' overflow heads.</summary>
    private static readonly int OverflowPad = Weft.Platform.ArchInfo.Current.PaddedStride(sizeof(long));

    /// <summary>
    /// The seeded defect <see cref="Weft.Platform.SeededBug.NodePoolOverflowPopPlainStore"/> (called by the reclaimer
    /// that owns the pool, before any allocation): a pop of an overflow batch stores the new head instead of CASing it.
    /// </summary>
    internal void StoreOverflowHeadsForSeededDefect() => _overflowPopPlainStore = true;

    /// <summary>
    /// With slot homes, hands the oldest <see cref="BatchSize"/> slots of thread <paramref name="threadIndex"/>'s full
    /// magazine back to their homes: those of its own (or no) home as one batch onto its overflow stack, the others
    /// onto their homes' remote-free lists. Returns the count left in the magazine.
    /// </summary>
    private int SpillHome(int[] magazine, int threadIndex)
    {
        int first = MagazinePad + 1, head = -1, last = -1;
        Count(magazine, SpillCounter);
        for (int i = 0; i < BatchSize; i++)
        {
            int idx = Plain.Read(ref magazine[first + i]);
            int home = _homes![idx >> HomeShift].Load(MemoryOrder.Relaxed) - 1;
            if (home >= 0 && home != threadIndex)
            {
                FreeToHome(threadIndex, home, idx);
                continue;
            }
            if (last >= 0) _freeNext[last].Store(idx + 1, MemoryOrder.Relaxed);
            else head = idx;
            last = idx;
        }
        if (last >= 0)
        {
            _freeNext[last].Store(0, MemoryOrder.Relaxed);
            PushBatch(ref OverflowHead(threadIndex), head);
        }
        return DropSpilled(magazine);
    }

    /// <summary>
    /// Puts the owned chain that starts at <paramref name="first"/> (slots of thread <paramref name="threadIndex"/>'s
    /// homes that did not fit its magazine) onto its overflow stack, in batches of up to <see cref="BatchSize"/> slots.
    /// </summary>
    private void PushOverflowChain(int threadIndex, int first)
    {
        int head = first, idx = first, n = 1;
        while (true)
        {
            int next = _freeNext[idx].Load(MemoryOrder.Relaxed) - 1;
            if (next < 0 || n == BatchSize)
            {
                _freeNext[idx].Store(0, MemoryOrder.Relaxed);
                PushBatch(ref OverflowHead(threadIndex), head);
                if (next < 0) return;
                head = next;
                n = 0;
            }
            idx = next;
            n++;
        }
    }

    /// <summary>Pops a batch off thread <paramref name="threadIndex"/>'s overflow stack; its head slot (the chain is now owned), -1 when it is empty.</summary>
    private int TryPopOverflow(int threadIndex) => TryPopBatch(ref OverflowHead(threadIndex), _overflowPopPlainStore);

    /// <summary>
    /// At the pool's capacity: moves every overflow batch of every thread to the depot, so no free slot is out of reach
    /// of an allocation that would otherwise fail; true when any batch moved.
    /// </summary>
    private bool TryReclaimOverflow()
    {
        bool moved = false;
        for (int t = 0; _homes is not null && t < _cache.Length; t++)
        {
            for (int batch = TryPopOverflow(t); batch >= 0; batch = TryPopOverflow(t))
            {
                PushBatch(ref _depotHead, batch);
                moved = true;
            }
        }
        return moved;
    }

    private ref AtomicInt64 OverflowHead(int threadIndex) => ref _overflowHeads[(threadIndex + 1) * OverflowPad];
}
