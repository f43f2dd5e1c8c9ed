using System;
using System.Runtime.CompilerServices;
using Weft.Atomics;
using Weft.Reclamation;

namespace Weft.Memory;

/// <summary>
/// The allocator glue: a pool of node slots addressed by handles, so that "free" really returns memory for reuse
/// and the bugs the CLR's garbage collector would hide (ABA, use-after-free, double free) stay observable.
///
/// Handles. A handle is a 64-bit word: the low 32 bits hold the slot index plus one (0 is the null handle), the
/// high 32 bits a generation tag. With <c>tagged: true</c> every free bumps the slot's generation, so a handle to a
/// recycled slot no longer equals the new one and a CAS on a stale handle fails (how tagged Treiber stacks defeat
/// ABA). With <c>tagged: false</c> the tag is always 0: the ABA-prone design, kept for negative controls.
///
/// Free list. A Treiber stack of free slot indices whose head word also carries a modification counter in its high
/// 32 bits, so the pool's own CAS cannot suffer ABA. <c>_freeNext[i]</c> may be read after slot i was taken by
/// another thread; the head CAS then fails, so that read is benign.
///
/// Per-thread magazines (Bonwick and Adams, "Magazines and Vmem", USENIX ATC 2001). A registered thread (index
/// 0..threadCaches-1, from a reclaimer registration) allocates from and frees into a private LIFO magazine of up to
/// <see cref="CacheSize"/> slots, plain memory padded away from the other threads' magazines. A full magazine hands
/// its oldest <see cref="BatchSize"/> slots to a shared depot as one batch (one CAS; with slot homes to its own
/// overflow stack instead, below), and an empty one takes a whole batch back (one CAS), so
/// a producer/consumer pair moves <see cref="BatchSize"/> slots per shared CAS instead of one. The depot is a
/// Treiber stack of batches (a batch is a chain of slots linked through the free-list links, its head linked to the
/// next batch), with its own counter-tagged head; the free list holds new chunks and the slots of threads without a
/// magazine, and an empty magazine of a large pool takes a run of <see cref="BatchSize"/> slots off it with one CAS
/// (contiguous slots of a new chunk: whole cache lines of every per-slot array for one thread), of a small pool one
/// slot (NodePool.FreeLists.cs). A magazine is private to the registration that owns its index,
/// but a registration is released and taken again by other threads, so its count and slots go through the checked
/// accessor (<see cref="Plain"/>): the race detector checks that the registration hand-off orders them.
///
/// Slot homes (large pools of several magazines, unless <c>slotHomes: false</c> or WEFT_POOL_SLOT_HOMES=off). The
/// per-slot arrays are struct-of-arrays (a link, a payload, a generation, a reclaimer's eras: 8 or 16 slots to a
/// 64-byte line), so two threads that write slots within a line of each other write the same line. Every aligned
/// group of <see cref="BatchSize"/> slots has a home, fixed when a magazine first takes one of its slots (the thread whose
/// run, in steady state a whole group of a new chunk, it was); a depot batch another thread takes later does not move
/// it. A free by a thread other than the home goes to the home's remote-free list instead of the freeing
/// thread's magazine, and the home takes it back when its magazine is empty, so each thread's working slots stay on
/// lines of its own as a garbage collector's per-thread allocation contexts keep its nodes (NodePool.RemoteFree.cs).
/// That is <see cref="Free(int, long)"/>, the free of a deferring reclaimer; a free at once (<see cref="FreeLocal"/>:
/// immediate reuse) keeps the slot in the freeing thread's magazine and takes no step the pool without homes does not.
/// With homes a full magazine does not spill to the depot either: its oldest slots of its own homes go as one batch
/// onto the thread's own overflow stack, which its next refills take before anything shared, and slots of other homes
/// go to those homes' remote-free lists; a thread that finds nothing shared grows the pool by a chunk rather than take
/// another thread's spilled slots, which only a refill at the capacity may do before it reports exhaustion. A thread
/// thus keeps up to every slot of its homes (its peak of allocated slots, in groups of <see cref="BatchSize"/>), not
/// up to <see cref="CacheSize"/>; the committed slots can reach the sum of the threads' peaks rather than the peak of
/// their sum, never more than the capacity (NodePool.Overflow.cs).
///
/// Checking (controlled build). Every slot transition (allocate, retire, free) and every node access (link and
/// payload reads and writes) is reported to the engine's monitors (NoUseAfterFree, NoDoubleFree,
/// NeutralizationSafety) with the slot, the handle's generation and the thread. Link reads can be declared
/// speculative (type-stable mode: <c>strict: false</c>), for algorithms that validate what they read with a later
/// CAS; in strict mode every access must be to a live node. A freed slot keeps its payload and link, exactly as
/// in the production build (a stale speculative read returns the old link, which is what makes ABA harmful), so the
/// controlled build never behaves differently from the code users run; the monitors flag the access instead.
///
/// Node shape. A node has <see cref="Links"/> atomic link words (a fixed tower: a skiplist node's next pointers,
/// level 0 first; a stack node has one) and <see cref="PayloadWords"/> plain payload words (written by the owner
/// before publication, read by anyone after). The words are stored level-major (one array per link level and per
/// payload word), so the one-link, one-payload shape of a Treiber stack touches exactly the arrays it did before the
/// shape was generalised, with the same index arithmetic. Link operations on level 0 and payload word 0 are the
/// stack's <see cref="LoadNext"/>, <see cref="StoreNext"/>, <see cref="Payload"/> and <see cref="SetPayload"/>.
///
/// Growth. A pool starts with <c>initialSlots</c> slots on its free list and grows by chunks when the free list, the
/// depot and the caller's magazine are empty: each chunk doubles the slots made available (<see cref="CommittedSlots"/>),
/// up to <see cref="Capacity"/>, the configured maximum. The slot arrays are reserved at the maximum once, so a
/// handle's index arithmetic never changes and no access pays an indirection; a growable pool reserves them without
/// zeroing (<see cref="GC.AllocateUninitializedArray{T}"/>) and a chunk initialises its own slots when it is added, so
/// the memory a process touches grows with the chunks. A chunk is claimed by a CAS on the committed count and
/// published on the free list with one CAS, so growth takes no lock.
///
/// Exhaustion. An allocation when every one of the <see cref="Capacity"/> slots is committed and none is free (none
/// on the free list, in the depot, on a remote-free list or an overflow stack, or in the caller's magazine) throws
/// <see cref="PoolExhaustedException"/>, naming the capacity and the setting that raises it; the pool and the
/// structure over it are unchanged by the failed allocation. Under plain DEBRA the reclaimer catches it and waits for
/// reclamation before it passes it on (<see cref="Weft.Reclamation.DebraReclaimer"/>, DebraReclaimer.PoolWait.cs).
///
/// Free-list state for refinement mappings: <see cref="FreeSlots"/> lists the shared free list from its head,
/// read without scheduling points.
/// </summary>
public sealed partial class NodePool
{
    public const long Null = 0;

    /// <summary>
    /// Slots a per-thread magazine holds at most: room for a reclaimer's bursts of frees (an IBR scan every 64
    /// retirements, DEBRA+ bags of irregular length) on top of refilled runs, so that a thread whose frees match its
    /// allocations on average rarely hands a batch to the depot, where the other thread would take slots of groups
    /// whose other slots the spiller still holds (measured by <c>overlap-phases</c>, see the README).
    /// </summary>
    public const int CacheSize = 1024;

    /// <summary>Slots a magazine moves to or from the shared depot in one CAS.</summary>
    public const int BatchSize = 1 << HomeShift;

    /// <summary>A refill takes a run of <see cref="BatchSize"/> slots off the free list only in a pool of at least this many runs per magazine.</summary>
    private const int RunPoolFactor = 16;

    /// <summary>Slots a growable pool built by a structure from a configuration starts with (<see cref="InitialSlotsFor"/>).</summary>
    public const int DefaultInitialSlots = 4096;

    /// <summary>The smallest chunk a pool grows by.</summary>
    public const int MinimumChunk = 1024;

    private readonly AtomicInt64[] _next;      // link level 0 (= _links[0])
    private readonly AtomicInt64[][] _links;   // _links[level][slot]
    private readonly long[] _payload;          // payload word 0 (= _words[0])
    private readonly long[][] _words;          // _words[word][slot]
    private readonly AtomicInt32[] _freeNext;
    private readonly int[] _generation;
    private readonly bool _tagged;
    private readonly bool _strict;
    private AtomicInt64 _freeHead; // (counter << 32) | (index + 1)
    private readonly int[][] _cache; // per thread: [pad | count | slots... | counters | pad]
    private readonly AtomicInt32[]? _homes; // per group of BatchSize slots: its home thread index + 1 (0: none); null: homes off
    private readonly bool _statistics;
    private readonly string _capacitySetting;
    private AtomicInt64 _allocs, _frees, _peak, _cacheHits;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    /// <param name="capacity">The maximum number of slots; null: <see cref="Weft.Platform.WeftConfig.PoolCapacity"/> of <see cref="Weft.Platform.WeftConfig.FromEnvironment"/> (WEFT_POOL_CAPACITY, else 65,536).</param>
    /// <param name="tagged">Put a generation tag in handles (defeats ABA on CASes of handles).</param>
    /// <param name="threadCaches">Number of per-thread caches (registered thread indices); 0 for none.</param>
    /// <param name="statistics">Keep <see cref="Statistics"/> counters (relaxed atomic increments).</param>
    /// <param name="strict">Every link read must be of a live node (no type-stable speculative reads).</param>
    /// <param name="links">Link words per node (a tower of next pointers, level 0 first); at least 1.</param>
    /// <param name="payloadWords">Plain payload words per node; at least 1.</param>
    /// <param name="capacitySetting">What a user raises when the pool is exhausted, named in the
    /// <see cref="PoolExhaustedException"/> (a structure passes its own setting); null: the capacity argument, or
    /// WEFT_POOL_CAPACITY when <paramref name="capacity"/> is null.</param>
    /// <param name="initialSlots">Slots available at construction; the pool grows by chunks up to the capacity.
    /// null (or at least the capacity): every slot at once, a fixed pool.</param>
    /// <param name="slotHomes">Give each group of <see cref="BatchSize"/> slots a home thread and return a slot another
    /// thread frees to its home (a pool whose refills take runs, with at least two magazines); null:
    /// <see cref="Weft.Platform.WeftConfig.PoolSlotHomes"/> of <see cref="Weft.Platform.WeftConfig.FromEnvironment"/>
    /// (WEFT_POOL_SLOT_HOMES, else on).</param>
    public NodePool(int? capacity = null, bool tagged = true, int threadCaches = 0, bool statistics = false, bool strict = false,
        int links = 1, int payloadWords = 1, string? capacitySetting = null, int? initialSlots = null, bool? slotHomes = null)
    {
        _capacitySetting = capacitySetting ?? (capacity is null ? WeftConfigPoolCapacitySetting : "the NodePool capacity argument");
        int slots = capacity ?? Weft.Platform.WeftConfig.FromEnvironment().PoolCapacity;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slots, nameof(capacity));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slots, MaxCapacity, nameof(capacity));
        ArgumentOutOfRangeException.ThrowIfNegative(threadCaches);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(links);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(payloadWords);
        if (initialSlots is { } init) ArgumentOutOfRangeException.ThrowIfNegativeOrZero(init, nameof(initialSlots));
        int initial = Math.Min(initialSlots ?? slots, slots);
        bool growable = initial < slots;
        _tagged = tagged;
        _strict = strict;
        _statistics = statistics;
        _links = new AtomicInt64[links][];
        for (int l = 0; l < links; l++) _links[l] = Reserve<AtomicInt64>(slots, growable);
        _next = _links[0];
        _words = new long[payloadWords][];
        for (int w = 0; w < payloadWords; w++) _words[w] = Reserve<long>(slots, growable);
        _payload = _words[0];
        _freeNext = Reserve<AtomicInt32>(slots, growable);
        _batchNext = Reserve<AtomicInt32>(slots, growable);
        _generation = Reserve<int>(slots, growable);
        // A magazine refill takes a run of BatchSize slots off the free list when the pool is large enough that every
        // magazine holding a full run leaves most of it free; each run is then contiguous slots of its own (whole lines
        // of every per-slot array, not shared with another thread's run), so chunks are chained in index order. In a
        // smaller pool a refill takes one slot, and several threads' magazines refill one slot at a time: chain each
        // chunk in strides of two cache lines of ints.
        _refillRun = slots >= RunPoolFactor * Math.Max(threadCaches, 1) * BatchSize ? BatchSize : 1;
        _chainStride = threadCaches > 1 && _refillRun == 1 ? Weft.Platform.ArchInfo.Current.PaddedStride(sizeof(int)) : 1;
        // Initially the first chunk is free: slot 0 first, slot initial - 1 last.
        CommitChunk(0, initial);
        _freeHead = new AtomicInt64(1);
        _committed = new AtomicInt32(initial);
        _cache = new int[threadCaches][];
        for (int i = 0; i < threadCaches; i++) _cache[i] = new int[2 * MagazinePad + 1 + CacheSize + CounterSlots];
        // Homes only where refills hand out whole runs (a small pool's one-slot refills are strided instead) and a slot
        // can pass between magazines; the environment is read only then.
        if (threadCaches > 1 && _refillRun == BatchSize && (slotHomes ?? Weft.Platform.WeftConfig.FromEnvironment().PoolSlotHomes))
        {
            _homes = new AtomicInt32[(slots + BatchSize - 1) >> HomeShift];
            _remoteHeads = new AtomicInt32[(threadCaches + 1) * MagazinePad];
            _overflowHeads = new AtomicInt64[(threadCaches + 1) * OverflowPad];
        }
    }

    /// <summary>
    /// The largest capacity: a slot index plus one fits in 31 bits, so bit 31 of a handle is always clear and a
    /// structure may use it as a mark (<see cref="MarkBit"/>).
    /// </summary>
    public const int MaxCapacity = int.MaxValue - 1;

    /// <summary>The setting that sizes the pools of structures built from a <see cref="Weft.Platform.WeftConfig"/>.</summary>
    public const string WeftConfigPoolCapacitySetting = "WEFT_POOL_CAPACITY (WeftConfig.PoolCapacity)";

    /// <summary>A bit no handle has set (bit 31, above every slot index): free for a structure's marked references.</summary>
    public const long MarkBit = 1L << 31;

    /// <summary>The maximum number of slots: every handle's index is below it (structures size side arrays by it).</summary>
    public int Capacity => _payload.Length;

    /// <summary>Slots made available so far (the initial slots and the chunks added since); at most <see cref="Capacity"/>.</summary>
    public int CommittedSlots => _committed.Peek();

    /// <summary>The initial slots of a growable pool of <paramref name="capacity"/> slots built from a configuration.</summary>
    public static int InitialSlotsFor(int capacity) => Math.Min(capacity, DefaultInitialSlots);

    /// <summary>Link words per node.</summary>
    public int Links => _links.Length;

    /// <summary>Payload words per node.</summary>
    public int PayloadWords => _words.Length;
    public bool Tagged => _tagged;
    public bool Strict => _strict;

    /// <summary>Counters (zeros unless constructed with <c>statistics: true</c>).</summary>
    public PoolStatistics Statistics
    {
        get
        {
            long a = _allocs.Peek(), f = _frees.Peek();
            return new PoolStatistics(a, f, a - f, _peak.Peek(), _cacheHits.Peek());
        }
    }

    /// <summary>The slots of the shared free list, head first (a racy snapshot; exact when no thread is running, as in a trace replay).</summary>
    internal System.Collections.Generic.List<int> FreeSlots()
    {
        var list = new System.Collections.Generic.List<int>();
        int idx = (int)(uint)_freeHead.Peek() - 1;
        while (idx >= 0 && list.Count <= Capacity)
        {
            list.Add(idx);
            idx = _freeNext[idx].Peek() - 1;
        }
        return list;
    }

    /// <summary>The current generation of a slot (0 when untagged).</summary>
    internal int Generation(int slot) => _generation[slot];

    /// <summary>The link cell of a slot, read without a scheduling point (refinement mappings).</summary>
    internal long PeekNext(int slot) => _next[slot].Peek();

    /// <summary>The payload of a slot, read without a monitor event (refinement mappings).</summary>
    internal long PeekPayload(int slot) => _payload[slot];

    /// <summary>Link <paramref name="level"/> of a slot, read without a scheduling point (refinement mappings and state monitors).</summary>
    internal long PeekLink(int slot, int level) => _links[level][slot].Peek();

    /// <summary>Payload word <paramref name="word"/> of a slot, read without a monitor event (refinement mappings and state monitors).</summary>
    internal long PeekWord(int slot, int word) => _words[word][slot];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(long handle) => (int)(uint)handle - 1;

    // No test of _tagged here: an untagged pool never bumps a generation (see Released), so its tag reads as 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long HandleOf(int index) => ((long)Plain.Read(ref _generation[index]) << 32) | (uint)(index + 1);

    /// <summary>Takes a free slot from the shared free list (or the depot, or a new chunk); throws <see cref="PoolExhaustedException"/> when the pool is exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Allocate() => Allocated(TakeShared());

    /// <summary>Takes a free slot for registered thread <paramref name="threadIndex"/>, from its magazine when it has one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Allocate(int threadIndex)
    {
        if ((uint)threadIndex < (uint)_cache.Length)
        {
            int[] magazine = _cache[threadIndex];
            int count = Plain.Read(ref magazine[MagazinePad]);
            if (count > 0)
            {
                if (_statistics) _cacheHits.FetchAdd(1, MemoryOrder.Relaxed);
                Plain.Write(ref magazine[MagazinePad], count - 1);
                return Allocated(Plain.Read(ref magazine[MagazinePad + count]));
            }
            return Allocated(Refill(magazine, threadIndex));
        }
        return Allocate();
    }

    /// <summary>Registered thread <paramref name="threadIndex"/>'s magazine counters (a racy snapshot; exact once the thread is quiet).</summary>
    public MagazineCounters MagazineCounts(int threadIndex)
    {
        int[] magazine = _cache[threadIndex];
        int at = MagazinePad + 1 + CacheSize;
        return new MagazineCounters(magazine[at + FreeListRefillCounter], magazine[at + DepotRefillCounter], magazine[at + SpillCounter], magazine[at + GrowCounter],
            magazine[at + RemoteFreeCounter], magazine[at + RemoteDrainCounter], magazine[at + OverflowRefillCounter]);
    }

    /// <summary>
    /// The seeded defect <see cref="Weft.Platform.SeededBug.NodePoolSharedMagazine"/> (called by the reclaimer that owns
    /// the pool, before any allocation): every registered thread's magazine becomes magazine 0 (no cost on the paths).
    /// </summary>
    internal void ShareMagazinesForSeededDefect()
    {
        for (int i = 1; i < _cache.Length; i++) _cache[i] = _cache[0];
    }

    /// <summary>
    /// The seeded defect <see cref="Weft.Platform.SeededBug.NodePoolRunPlainStore"/> (called by the reclaimer that owns
    /// the pool, before any allocation): a run refill stores the new free-list head instead of CASing it (a test of one
    /// field on the refill path, once per run).
    /// </summary>
    internal void StoreRunHeadsForSeededDefect() => _runHeadPlainStore = true;

    /// <summary>
    /// The seeded defect <see cref="Weft.Platform.SeededBug.NodePoolRemoteLinkAfterPublish"/> (called by the reclaimer
    /// that owns the pool, before any allocation): a remote free publishes the slot on its home's list before linking it.
    /// </summary>
    internal void LinkRemoteFreesLateForSeededDefect() => _remoteLinkAfterPublish = true;

    /// <summary>Whether this pool gives its slots homes (see the class essay).</summary>
    public bool SlotHomes => _homes is not null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Allocated(int idx)
    {
        if (_statistics) CountAllocation();
        long h = HandleOf(idx);
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, idx, (int)(h >> 32), SlotOp.Allocate, SchedulingHooks.ThreadId));
#endif
        return h;
    }

    private void CountAllocation()
    {
        long live = _allocs.FetchAdd(1, MemoryOrder.Relaxed) + 1 - _frees.Load(MemoryOrder.Relaxed);
        long peak = _peak.Load(MemoryOrder.Relaxed);
        while (live > peak && !_peak.TryCompareExchange(peak, live, MemoryOrder.Relaxed)) peak = _peak.Load(MemoryOrder.Relaxed);
    }

    /// <summary>Marks a node unlinked and handed to a reclaimer: it stays readable until freed.</summary>
    public void MarkRetired(long handle)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, IndexOf(handle), (int)(handle >> 32), SlotOp.Retire, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>Returns the slot of <paramref name="handle"/> to the shared free list. The caller must own it (no other thread may still use it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Free(long handle) => PushShared(Released(handle));

    /// <summary>
    /// Returns a slot on behalf of registered thread <paramref name="threadIndex"/>, into its magazine (the oldest
    /// <see cref="BatchSize"/> slots of a full one go to the depot), or, when the slot's home is another thread, onto that
    /// thread's remote-free list: the free of a deferring reclaimer (IBR's scans, DEBRA's bags), whose nodes another
    /// thread may have allocated. A free at once of a node the thread has just popped or allocated is <see cref="FreeLocal"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Free(int threadIndex, long handle)
    {
        int idx = Released(handle);
        if (_homes is { } homes && (uint)threadIndex < (uint)_cache.Length)
        {
            // The home lookup stays on the inlined path (one relaxed load of a word that refills write); only a
            // slot whose home is another thread takes the call to its remote-free list.
            int home = homes[idx >> HomeShift].Load(MemoryOrder.Relaxed) - 1;
            if (home >= 0 && home != threadIndex)
            {
                FreeToHome(threadIndex, home, idx);
                return;
            }
        }
        ToOwnMagazine(threadIndex, idx);
    }

    /// <summary>
    /// Returns a slot on behalf of registered thread <paramref name="threadIndex"/> into its own magazine whatever the
    /// slot's home (without a magazine: the shared free list): for a free at once, between a pop and the thread's next
    /// push (immediate reuse, a node that was never published). Such a free takes no step beyond the pool without slot
    /// homes' free, where the home lookup of <see cref="Free(int, long)"/> lengthened the window between the two CASes
    /// on a contended top enough to cost two threads of immediate reuse about 15% (README, "Two threads, piece by
    /// piece"). The slot keeps its home: the next deferred free of it sends it there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void FreeLocal(int threadIndex, long handle) => ToOwnMagazine(threadIndex, Released(handle));

    /// <summary>Pushes the owned free slot <paramref name="idx"/> onto registered thread <paramref name="threadIndex"/>'s magazine (without one: the shared free list).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ToOwnMagazine(int threadIndex, int idx)
    {
        if ((uint)threadIndex < (uint)_cache.Length) ToMagazine(_cache[threadIndex], threadIndex, idx);
        else PushShared(idx);
    }

    /// <summary>Pushes the owned free slot <paramref name="idx"/> onto a thread's magazine (a full one spills its oldest batch first: to the depot, or with homes to their homes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ToMagazine(int[] magazine, int threadIndex, int idx)
    {
        int count = Plain.Read(ref magazine[MagazinePad]);
        if (count == CacheSize) count = SpillBatch(magazine, threadIndex);
        Plain.Write(ref magazine[MagazinePad + 1 + count], idx);
        Plain.Write(ref magazine[MagazinePad], count + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Released(long handle)
    {
        int idx = IndexOf(handle);
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, idx, (int)(handle >> 32), SlotOp.Free, SchedulingHooks.ThreadId));
#endif
        if (_tagged) Plain.Write(ref _generation[idx], Plain.Read(ref _generation[idx]) + 1); // the freeing thread owns the slot
        if (_statistics) _frees.FetchAdd(1, MemoryOrder.Relaxed);
        return idx;
    }

    /// <summary>
    /// Reads the link of a node. In the default (type-stable) mode the read may be speculative: the node may have
    /// been freed meanwhile and the caller must validate the value (a later CAS) before using it. In strict mode the
    /// node must be live.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long LoadNext(long handle, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        int idx = IndexOf(handle);
        long v = _next[idx].Load(order
#if WEFT_CONTROLLED
            , file, line
#endif
        );
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, idx, (int)(handle >> 32), SlotOp.Read, SchedulingHooks.ThreadId, Speculative: !_strict));
#endif
        return v;
    }

    /// <summary>Writes the link of a node the caller owns or has protected.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void StoreNext(long handle, long value, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        int idx = IndexOf(handle);
        _next[idx].Store(value, order
#if WEFT_CONTROLLED
            , file, line
#endif
        );
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, idx, (int)(handle >> 32), SlotOp.Write, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>
    /// Reports an access to state the caller keeps beside the slot of <paramref name="handle"/> (an object indexed by
    /// the slot, such as an LSCQ ring): checked by the NoUseAfterFree monitor like an access to the node's fields.
    /// Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    public void Accessed(long handle, bool write)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, IndexOf(handle), (int)(handle >> 32), write ? SlotOp.Write : SlotOp.Read, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>Reads the payload of a live node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Payload(long handle
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        int idx = IndexOf(handle);
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, idx, (int)(handle >> 32), SlotOp.Read, SchedulingHooks.ThreadId));
#endif
        return Plain.Read(ref _payload[idx]
#if WEFT_CONTROLLED
            , file, line
#endif
        );
    }

    /// <summary>Writes the payload of a node the caller owns (before publishing it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetPayload(long handle, long value
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        int idx = IndexOf(handle);
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, idx, (int)(handle >> 32), SlotOp.Write, SchedulingHooks.ThreadId));
#endif
        Plain.Write(ref _payload[idx], value
#if WEFT_CONTROLLED
            , file, line
#endif
        );
    }

    // The tower: links above level 0 and payload words above word 0. Each access is checked like the level-0 ones
    // (a SlotEvent: NoUseAfterFree sees a read through a stale handle).

    /// <summary>Reads link <paramref name="level"/> of a node (speculative unless the pool is strict, as <see cref="LoadNext"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long LoadLink(long handle, int level, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        int idx = IndexOf(handle);
        long v = _links[level][idx].Load(order
#if WEFT_CONTROLLED
            , file, line
#endif
        );
        LinkAccessed(idx, handle, write: false);
        return v;
    }

    /// <summary>
    /// Reads link <paramref name="level"/> of a node through <paramref name="reclaimer"/>'s protected read: the node
    /// the returned handle names stays allocated until the operation ends (<see cref="Reclaimer.Protect"/>). The node
    /// read from must itself be protected; the read is checked once Protect returns (a strict access in a strict pool).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ProtectLink(Reclaimer reclaimer, ReclaimerThread thread, long handle, int level)
    {
        int idx = IndexOf(handle);
        long v = reclaimer.Protect(thread, ref _links[level][idx]);
        LinkAccessed(idx, handle, write: false);
        return v;
    }

    /// <summary>Writes link <paramref name="level"/> of a node the caller owns (before publication).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void StoreLink(long handle, int level, long value, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        int idx = IndexOf(handle);
        _links[level][idx].Store(value, order
#if WEFT_CONTROLLED
            , file, line
#endif
        );
        LinkAccessed(idx, handle, write: true);
    }

    /// <summary>Compare-and-swap on link <paramref name="level"/> of a node; true when the link held <paramref name="expected"/> and now holds <paramref name="desired"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CompareExchangeLink(long handle, int level, long expected, long desired, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        int idx = IndexOf(handle);
        bool won = _links[level][idx].TryCompareExchange(expected, desired, order
#if WEFT_CONTROLLED
            , file, line
#endif
        );
        LinkAccessed(idx, handle, write: true);
        return won;
    }

    /// <summary>Reads payload word <paramref name="word"/> of a live node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Word(long handle, int word
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        int idx = IndexOf(handle);
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, idx, (int)(handle >> 32), SlotOp.Read, SchedulingHooks.ThreadId));
#endif
        return Plain.Read(ref _words[word][idx]
#if WEFT_CONTROLLED
            , file, line
#endif
        );
    }

    /// <summary>
    /// Controlled build: reports a read of a live node's data kept beside the pool (a key array indexed by slot),
    /// checked as a payload read (<see cref="Word"/>) is: a stale handle is a use after free. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    public void CheckRead(long handle)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, IndexOf(handle), (int)(handle >> 32), SlotOp.Read, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>Writes payload word <paramref name="word"/> of a node the caller owns (before publishing it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetWord(long handle, int word, long value
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
        int idx = IndexOf(handle);
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, idx, (int)(handle >> 32), SlotOp.Write, SchedulingHooks.ThreadId));
#endif
        Plain.Write(ref _words[word][idx], value
#if WEFT_CONTROLLED
            , file, line
#endif
        );
    }

    /// <summary>Controlled build: reports an access to a link of slot <paramref name="idx"/> through <paramref name="handle"/> (reads are speculative unless the pool is strict).</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void LinkAccessed(int idx, long handle, bool write)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new SlotEvent(_id, idx, (int)(handle >> 32), write ? SlotOp.Write : SlotOp.Read, SchedulingHooks.ThreadId, Speculative: !write && !_strict));
#endif
    }
}
