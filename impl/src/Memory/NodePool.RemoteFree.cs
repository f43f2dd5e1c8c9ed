using Weft.Atomics;

namespace Weft.Memory;

/// <summary>
/// Slot homes and the remote-free lists (see the class essay in NodePool.cs): the pool's version of mimalloc's
/// "thread-delayed free" (D. Leijen, B. Zorn and L. de Moura, "Mimalloc: Free List Sharding in Action", APLAS 2019),
/// where a page belongs to one thread and a block freed by another thread goes onto the page's separate thread-free
/// list, which the owner collects in one atomic swap when its local free list runs out.
///
/// Homes. Every aligned group of <see cref="BatchSize"/> slots (<c>slot &gt;&gt; HomeShift</c>) has a home thread in
/// <c>_homes</c> (index + 1; 0 until a magazine first takes one of its slots). The first magazine refill that takes a
/// slot of a group, a run off the free list or a batch from the depot, makes the group the caller's home, and the
/// home never moves: the runs of a new chunk are whole aligned groups, so a thread's slots fill whole groups of its
/// own, and each per-slot array line is written by one thread. A batch another thread took from the depot (a spill of
/// a pool without homes, or at the capacity another thread's overflow batch, NodePool.Overflow.cs) does not re-home its groups: its slots go back to their home when that thread frees them, instead of
/// the spiller's remaining slots of those groups going the other way (which, re-homed, left lines of both threads).
/// A home is a hint, not an ownership claim: a free to any thread's list is correct, so the home words are read and
/// written relaxed, and two refills that race to home a group (slots of one group in two threads' first takes) leave
/// either home.
///
/// Remote-free lists. One per registered thread, a LIFO stack of free slots linked through the free-list links, its
/// head alone on two cache lines. Many threads push (a <c>Free</c> of a slot whose home is another thread, not a
/// <c>FreeLocal</c>, which keeps the slot in the freeing thread's magazine: link the slot to
/// the head read, then CAS the head to the slot); only whole-list takes remove (the home's exchange of the head with
/// 0 when its magazine is empty, before it looks at the shared free list or the depot; at the pool's capacity any
/// thread's exchange, before it reports exhaustion). No slot is ever popped singly, so a head that changed and came
/// back (ABA) cannot hurt: a push's CAS needs only the head to be the slot its link names, whatever happened between,
/// and an exchange takes whatever chain is there. Ordering: each push's CAS is a release (its link store and the
/// freeing thread's last writes to the slot, its generation included, come before it), the take is an acquire
/// exchange, and the pushes between are read-modify-writes that carry the release sequence, so the taker sees every
/// link of the chain it took.
///
/// Invariant (with the free structures' in NodePool.FreeLists.cs): a slot on a remote-free list is on exactly one, is
/// free, and is reachable from that list's head; a take makes its whole chain the taker's.
/// </summary>
public sealed partial class NodePool
{
    /// <summary>log2 of <see cref="BatchSize"/> (which is defined from it): a slot's home group is <c>slot &gt;&gt; HomeShift</c>.</summary>
    private const int HomeShift = 6;

    private readonly AtomicInt32[] _remoteHeads = []; // per thread t at (t + 1) * MagazinePad: head slot of t's remote-free list + 1
    private bool _remoteLinkAfterPublish;              // the seeded defect NodePoolRemoteLinkAfterPublish

    /// <summary>Sends slot <paramref name="idx"/>, freed by <paramref name="threadIndex"/>, to the remote-free list of its home <paramref name="home"/>, another thread.</summary>
    private void FreeToHome(int threadIndex, int home, int idx)
    {
        PushRemote(home, idx);
        Count(_cache[threadIndex], RemoteFreeCounter);
    }

    /// <summary>Pushes the owned free slot <paramref name="idx"/> onto thread <paramref name="home"/>'s remote-free list.</summary>
    private void PushRemote(int home, int idx)
    {
        ref AtomicInt32 head = ref _remoteHeads[(home + 1) * MagazinePad];
        while (true)
        {
            int top = head.Load(MemoryOrder.Relaxed);
            if (_remoteLinkAfterPublish)
            {
                // The seeded defect: publish first, link after; a take in between follows idx's stale link.
                if (!head.TryCompareExchange(top, idx + 1, MemoryOrder.Release)) continue;
                _freeNext[idx].Store(top, MemoryOrder.Relaxed);
                return;
            }
            _freeNext[idx].Store(top, MemoryOrder.Relaxed);
            // Winning this CAS publishes idx on the home's list with its link to the chain it replaced (release: the
            // link and the slot's generation are visible to the take that acquires it). Losing it means another free
            // pushed, or the home took the list: link to the new head and try again.
            if (head.TryCompareExchange(top, idx + 1, MemoryOrder.Release)) return;
        }
    }

    /// <summary>
    /// Takes thread <paramref name="threadIndex"/>'s whole remote-free list into its empty magazine (one exchange);
    /// returns a slot for the caller, -1 when the list is empty.
    /// </summary>
    private int TryDrainRemote(int[] magazine, int threadIndex)
    {
        ref AtomicInt32 head = ref _remoteHeads[(threadIndex + 1) * MagazinePad];
        if (head.Load(MemoryOrder.Relaxed) == 0) return -1; // nothing freed remotely: no exchange (the common case)
        // Winning the exchange (any non-zero head) makes this thread the sole owner of the whole chain: later pushes
        // start a new list. Acquire: every push in the chain released its link before its CAS.
        int first = head.Exchange(0, MemoryOrder.Acquire) - 1;
        if (first < 0) return -1; // taken meanwhile by a thread at the pool's capacity
        return LoadChain(magazine, first, threadIndex, makeHomes: false); // its slots' homes are this thread already
    }

    /// <summary>The last slot of the owned chain that starts at <paramref name="first"/>.</summary>
    private int LastOf(int first)
    {
        int last = first;
        for (int next = _freeNext[last].Load(MemoryOrder.Relaxed) - 1; next >= 0; next = _freeNext[last].Load(MemoryOrder.Relaxed) - 1) last = next;
        return last;
    }

    /// <summary>
    /// At the pool's capacity: moves every thread's remote-free list onto the shared free list (one exchange each), so
    /// no free slot is out of reach of an allocation that would otherwise fail; true when any slot moved.
    /// </summary>
    private bool TryReclaimRemote()
    {
        bool moved = false;
        for (int t = 0; _homes is not null && t < _cache.Length; t++)
        {
            // Winning the exchange (a non-zero head) makes this thread the owner of t's whole list, as t's own take would.
            int first = _remoteHeads[(t + 1) * MagazinePad].Exchange(0, MemoryOrder.Acquire) - 1;
            if (first < 0) continue;
            PushChain(first, LastOf(first));
            moved = true;
        }
        return moved;
    }

    /// <summary>
    /// Makes the group of <paramref name="slot"/> (owned by the caller, just taken) <paramref name="threadIndex"/>'s home
    /// if it has none yet and is not the group <paramref name="done"/> already looked at; returns the group (-1 without
    /// slot homes).
    /// </summary>
    private int MakeHome(int slot, int threadIndex, int done)
    {
        if (_homes is null) return -1;
        int group = slot >> HomeShift;
        if (group == done) return group;
        if (_homes[group].Load(MemoryOrder.Relaxed) == 0) _homes[group].Store(threadIndex + 1, MemoryOrder.Relaxed);
        return group;
    }
}
