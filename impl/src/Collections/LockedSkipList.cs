using System;
using System.Runtime.CompilerServices;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;

namespace Weft.Collections;

/// <summary>
/// The lazy skiplist, a map of keys to 64-bit values (also usable as a set) with a lock per node (M. Herlihy, Y. Lev, V. Luchangco and N. Shavit, "A
/// Simple Optimistic Skiplist Algorithm", SIROCCO 2007; Herlihy and Shavit, "The Art of Multiprocessor Programming",
/// ch. 14.3 LazySkipList) over a <see cref="NodePool"/> of towers, with a pluggable <see cref="Reclaimer"/>. Keys are
/// ordered by the Tier 1 comparer <typeparamref name="TComparer"/> (a stateless struct called as
/// <c>default(TComparer)</c>, so the JIT inlines the compare; <see cref="Int64KeyComparer"/> for 64-bit keys).
///
/// Layout. A node is a pool slot with <c>maxLevel</c> next links (level 0 first; links hold handles, and a node's own
/// link of a level carries <see cref="UnlinkedBit"/> once its remover unlinks it from that level), a <c>marked</c> word (link <c>maxLevel</c>: 1 once the node is logically deleted, never reset), a
/// <c>fullyLinked</c> word (link <c>maxLevel</c> + 1: 1 once the node is linked at every level of its tower, never
/// reset), a value word (link <c>maxLevel</c> + 2), and one payload word: the tower height; the key lives in an
/// array beside the pool, indexed by slot, written before the node is published. Each slot has a <see cref="WeftLock"/> (so the
/// scheduler controls every acquisition, and blocking on a held lock is modelled). The head is a sentinel that is
/// never retired; the tail is the null handle (key +infinity).
///
/// Invariant. Every level is a list from the head, strictly sorted by key. A key is in the set iff level 0 holds a
/// node with that key that is fully linked and unmarked. A node on level i + 1 that is unmarked is on level i
/// (towers are linked bottom-up and unlinked top-down). A published node's links change only while its lock is held, and a
/// marked node's links name the same successors ever after (no node is linked after it; its remover only adds the
/// unlinked bit). Monitors: SkipListMatchesAbstractMonitor,
/// SkipListSublistMonitor.
///
/// Operations. <c>Find</c> walks from the head down the levels without locks, recording at each level the last node
/// below the key (the predecessor) and the first at or above it (the successor), and the highest level on which
/// the key was found. <see cref="Add"/> and <see cref="Remove"/> are optimistic: they search, then lock the
/// predecessors bottom-up (the same predecessor once for consecutive levels) and validate what the search saw (each
/// predecessor unmarked and still linked to the successor, the successor unmarked); a failed validation releases
/// the locks and searches again. Add links the new node bottom-up while holding every predecessor's lock and then
/// sets <c>fullyLinked</c> (its linearization point). Remove locks the victim (found fully linked, unmarked and at
/// its top level), sets <c>marked</c> (its linearization point), then locks and validates the predecessors and
/// unlinks the victim top-down. <see cref="Contains"/> takes no lock and writes nothing (wait-free under DEBRA; lock-free under IBR, whose searches restart past a node unlinked under them, see Traversal and IBR): one search; true iff the
/// node found is fully linked and unmarked.
///
/// Values. A node's value is written before the node is published and afterwards only by
/// <see cref="AddOrUpdate"/>, which holds the node's lock, checks the node unmarked and stores update(v) (its
/// linearization point; the lock makes the read, the update and the store one atomic step, and a remover marks under
/// the same lock, so no update lands on a removed node). The remover reads the value under the lock, after its mark:
/// the value at the removal. <see cref="TryGetValue"/> takes no lock: it reads fullyLinked, then the value, then
/// marked; unmarked then, the node was in the map when the value was read (marked is never reset), its linearization
/// point.
///
/// Lock order. Every thread takes locks in decreasing key order: a remover its victim first, then the predecessors
/// from level 0 up (a predecessor at a higher level never has a larger key); an inserter the predecessors from level
/// 0 up. So no cycle of waiting threads can form (deadlock-free), and every lock taken is released on every path
/// (finally blocks), exceptions included.
///
/// Retirement (who and when). The remover, the thread that set <c>marked</c>, retires the node once, right after it
/// has unlinked it at every level and released the locks. No thread can link the node again after that: an
/// inserter links only after a predecessor it validated unmarked and still linked to its successor, and the node is
/// marked and unlinked everywhere. A reader (a search in progress, a thread waiting for the node's lock) may still
/// hold its handle: the reclaimer keeps it allocated until that reader's operation ends (IBR, DEBRA), which is why
/// every link read of a search goes through the reclaimer's protected read. A node that an Add allocated and did not
/// link (the key turned up meanwhile) was never published and goes straight back to the pool. The immediate
/// reclaimer frees at retire, while readers may still hold the node: the negative control. DEBRA+ is refused: its
/// neutralization would restart an operation that holds locks.
///
/// Traversal and IBR. A search may stand on a node that is removed meanwhile; its links are then frozen and may
/// name a successor that was linked after the searcher's last protected read and has since been removed, retired and
/// freed: IBR protects a read through the eras reserved when it returns (Wen et al., 2GE-IBR), a node born after the
/// reservation's upper end and retired before the searcher raises it overlaps no reservation, and re-reading a frozen
/// link cannot show that anything changed. So the remover, right after it unlinks its victim from a level and still
/// holding the predecessor's lock, sets <see cref="UnlinkedBit"/> in the victim's own link of that level, and a search
/// under a reclaimer that protects single reads that reads the bit starts again from the head (the victim is off that
/// level already, so the restart does not meet it there again: a search never waits for a remover). A link read
/// without the bit after the reservation was published names a successor that nobody has unlinked from that level
/// yet: unlinking it, or linking a node before it, takes the lock of its predecessor, which is the victim's old
/// predecessor, held by the victim's remover until after the bit store. So the successor's unlink, retirement and scan
/// come after the read and see the reservation (Protect's Dekker pattern, through the source's link, which the bit
/// store changes). DEBRA protects whole operations and ignores the bit.
///
/// Trace replay. The steps of tla/LazySkipList/LazySkipList.tla start at the <c>StepLabel.At</c> points (each lock
/// acquisition, the validations, each link store, the flag stores, the releases; a search and a Contains are one
/// step each); compiled away in production.
///
/// Random level. As in <see cref="LockFreeSkipList{TKey, TComparer}"/>: geometric (p = 1/2) from a per-thread generator, offered to
/// the harness (<see cref="Nondeterminism.Choose"/>) so the height is an explored, recorded choice under the scheduler.
/// </summary>
public sealed class LockedSkipList<TKey, TComparer> where TComparer : struct, IKeyComparer<TKey>
{
    /// <summary>Payload words of a node: the tower height.</summary>
    public const int PayloadWordsPerNode = 1;

    /// <summary>Links a pool needs per node for a skiplist of <paramref name="maxLevel"/>: the tower, marked, fullyLinked and the value.</summary>
    public static int LinksPerNode(int maxLevel) => maxLevel + 3;

    private const int HeightWord = 0;

    private readonly Reclaimer _reclaimer;
    private readonly NodePool _pool;
    private readonly TKey[] _keys; // by slot
    private readonly int _maxLevel;
    private readonly int _markedLink, _fullyLinkedLink, _valueLink;
    private readonly long _head;
    private readonly WeftLock[] _locks; // one per pool slot
    private readonly long[][] _preds, _succs;
    private readonly TowerHeights _heights;
    private readonly SeededBug _bug;
    private readonly bool _plainProtect;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    /// <param name="reclaimer">The reclamation scheme; its pool must have at least <see cref="LinksPerNode"/> links and <see cref="PayloadWordsPerNode"/> payload words per node.</param>
    /// <param name="maxLevel">The tallest tower (levels 0 .. maxLevel - 1), 1 to 32.</param>
    public LockedSkipList(Reclaimer reclaimer, int maxLevel = 16)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLevel, 32);
        if (reclaimer.Neutralizes)
            throw new ArgumentException("the locked skiplist does not support DEBRA+: neutralization would restart an operation that holds node locks; use IBR or DEBRA", nameof(reclaimer));
        _pool = reclaimer.Pool;
        if (_pool.Links < LinksPerNode(maxLevel) || _pool.PayloadWords < PayloadWordsPerNode)
            throw new ArgumentException($"a locked skiplist of max level {maxLevel} needs a pool with {LinksPerNode(maxLevel)} links and {PayloadWordsPerNode} payload word (the height) per node; this pool has {_pool.Links} links and {_pool.PayloadWords} payload words", nameof(reclaimer));
        _reclaimer = reclaimer;
        _keys = new TKey[_pool.Capacity];
        _maxLevel = maxLevel;
        _markedLink = maxLevel;
        _fullyLinkedLink = maxLevel + 1;
        _valueLink = maxLevel + 2;
        _bug = reclaimer.Config.SeededBug;
        _plainProtect = reclaimer.ProtectIsPlainLoad;
        _locks = new WeftLock[_pool.Capacity];
        for (int i = 0; i < _locks.Length; i++) _locks[i] = new WeftLock();
        _preds = new long[reclaimer.MaxThreads][];
        _succs = new long[reclaimer.MaxThreads][];
        for (int i = 0; i < reclaimer.MaxThreads; i++)
        {
            _preds[i] = new long[maxLevel];
            _succs[i] = new long[maxLevel];
        }
        _heights = new TowerHeights(reclaimer.MaxThreads, _maxLevel);
        _head = _pool.Allocate(); // the sentinel: never retired, never marked; its links start null (the tail)
        _pool.StoreLink(_head, _markedLink, 0, MemoryOrder.Relaxed);
        _pool.StoreLink(_head, _fullyLinkedLink, 1, MemoryOrder.Relaxed);
    }

    /// <summary>
    /// A locked skiplist for up to <paramref name="maxThreads"/> registered threads from the configuration's defaults:
    /// a generation-tagged pool of <see cref="WeftConfig.PoolCapacity"/> towers with a cache per thread, and a
    /// reclaimer of <see cref="WeftConfig.Reclamation"/>.
    /// </summary>
    public static LockedSkipList<TKey, TComparer> WithDefaults(int maxThreads, int maxLevel = 16, WeftConfig? config = null)
    {
        config ??= WeftConfig.FromEnvironment();
        var pool = new NodePool(config.PoolCapacity, tagged: true, threadCaches: maxThreads, links: LinksPerNode(maxLevel), payloadWords: PayloadWordsPerNode, capacitySetting: NodePool.WeftConfigPoolCapacitySetting,
            initialSlots: NodePool.InitialSlotsFor(config.PoolCapacity));
        return new LockedSkipList<TKey, TComparer>(Reclaimer.Create(config.Reclamation, pool, maxThreads, config), maxLevel);
    }

    public Reclaimer Reclaimer => _reclaimer;
    public int MaxLevel => _maxLevel;

    // ------------------------------------------------------------------ inspection (no scheduling points)

    /// <summary>The controlled thread holding slot <paramref name="slot"/>'s lock, -1 when free (refinement mappings; controlled build).</summary>
    internal int PeekLockOwner(int slot) => _locks[slot].PeekOwner;

    private bool PeekMarked(int slot) => _pool.PeekLink(slot, _markedLink) != 0;
    private bool PeekFullyLinked(int slot) => _pool.PeekLink(slot, _fullyLinkedLink) != 0;

#if WEFT_CONTROLLED
    /// <summary>The key of slot <paramref name="slot"/> as the refinement mappings and monitors see it (integer keys; read without a scheduling point).</summary>
    internal long PeekKeyOfSlot(int slot) => MonitoredKeys<TKey, TComparer>.ToInt64(_keys[slot]);
#endif

    /// <summary>The keys of level 0 in the set (fully linked, unmarked), in list order (tests; exact when no thread runs).</summary>
    internal System.Collections.Generic.List<TKey> PeekKeys()
    {
        var keys = new System.Collections.Generic.List<TKey>();
        long h = _pool.PeekLink(NodePool.IndexOf(_head), 0);
        while (h != NodePool.Null && keys.Count <= _pool.Capacity)
        {
            int slot = NodePool.IndexOf(h);
            if (PeekFullyLinked(slot) && !PeekMarked(slot)) keys.Add(_keys[slot]);
            h = _pool.PeekLink(slot, 0) & ~UnlinkedBit;
        }
        return keys;
    }

    /// <summary>The (key, value) pairs of level 0 in the map (fully linked, unmarked), in list order (tests; exact when no thread runs).</summary>
    internal System.Collections.Generic.List<(TKey Key, long Value)> PeekPairs()
    {
        var pairs = new System.Collections.Generic.List<(TKey, long)>();
        long h = _pool.PeekLink(NodePool.IndexOf(_head), 0);
        while (h != NodePool.Null && pairs.Count <= _pool.Capacity)
        {
            int slot = NodePool.IndexOf(h);
            if (PeekFullyLinked(slot) && !PeekMarked(slot)) pairs.Add((_keys[slot], _pool.PeekLink(slot, _valueLink)));
            h = _pool.PeekLink(slot, 0) & ~UnlinkedBit;
        }
        return pairs;
    }

    /// <summary>
    /// The shape of a quiescent locked skiplist, read without scheduling points: each level strictly sorted, every
    /// linked node fully linked and unmarked (a remover unlinks before it returns), every node of level i + 1 on
    /// level i. Null when it holds, else what is wrong.
    /// </summary>
    internal string? QuiescentViolation()
    {
        var below = new System.Collections.Generic.HashSet<long>();
        for (int level = 0; level < _maxLevel; level++)
        {
            var here = new System.Collections.Generic.HashSet<long>();
            long h = _pool.PeekLink(NodePool.IndexOf(_head), level);
            TKey previousKey = default!;
            while (h != NodePool.Null)
            {
                if (here.Count > _pool.Capacity) return $"level {level} is cyclic";
                int slot = NodePool.IndexOf(h);
                TKey key = _keys[slot];
                if (here.Count > 0 && default(TComparer).Compare(key, previousKey) <= 0) return $"level {level} is not strictly sorted: {key} after {previousKey}";
                if (PeekMarked(slot)) return $"level {level} still links the marked node of key {key}";
                if (!PeekFullyLinked(slot)) return $"level {level} links the node of key {key}, which is not fully linked";
                if (level > 0 && !below.Contains(h)) return $"the node of key {key} is on level {level} but not on level {level - 1}";
                here.Add(h);
                previousKey = key;
                h = _pool.PeekLink(slot, level) & ~UnlinkedBit;
            }
            below = here;
        }
        return null;
    }

    /// <summary>The keys of each level, top level first (<c>"1:2 0:1,2"</c>), read without scheduling points (tests).</summary>
    internal string ShapeForTests()
    {
        var levels = new System.Collections.Generic.List<string>();
        for (int level = _maxLevel - 1; level >= 0; level--)
        {
            var keys = new System.Collections.Generic.List<TKey>();
            long h = _pool.PeekLink(NodePool.IndexOf(_head), level);
            while (h != NodePool.Null && keys.Count <= _pool.Capacity)
            {
                keys.Add(_keys[NodePool.IndexOf(h)]);
                h = _pool.PeekLink(NodePool.IndexOf(h), level) & ~UnlinkedBit;
            }
            levels.Add(level.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + string.Join(',', keys));
        }
        return string.Join(' ', levels);
    }

    /// <summary>
    /// Whether every node lock is free (the head's and every slot's), probed with TryEnter and Exit: a scheduling
    /// point per lock under the scheduler. Tests call it when no operation is in progress: a lock still held then
    /// is a path that did not release it.
    /// </summary>
    internal bool AllLocksFree()
    {
        foreach (var l in _locks)
        {
            if (!l.TryEnter()) return false;
            l.Exit();
        }
        return true;
    }

    // ------------------------------------------------------------------ node access

    /// <summary>The key of <paramref name="node"/>'s slot (a checked access to the node in the controlled build, as a payload read is).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TKey Key(long node)
    {
        _pool.CheckRead(node);
        return _keys[NodePool.IndexOf(node)];
    }

    /// <summary>The sign of <paramref name="node"/>'s key - <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CompareNode(long node, TKey key) => default(TComparer).Compare(Key(node), key);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RejectNull(TKey key, string name = "key")
    {
        if (key is null) throw new ArgumentNullException(name);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Next(ReclaimerThread t, long node, int level) =>
        _plainProtect ? _pool.LoadLink(node, level, MemoryOrder.Acquire) : _pool.ProtectLink(_reclaimer, t, node, level);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsMarked(long node) => node != NodePool.Null && _pool.LoadLink(node, _markedLink, MemoryOrder.Acquire) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsFullyLinked(long node) => _pool.LoadLink(node, _fullyLinkedLink, MemoryOrder.Acquire) != 0;

    /// <summary>The lock of <paramref name="node"/>'s slot (callers Enter and Exit it themselves, so the scheduler reports the algorithm's line).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WeftLock LockOf(long node) => _locks[NodePool.IndexOf(node)];

    // ------------------------------------------------------------------ operations

    /// <summary>Adds <paramref name="key"/> (with value 0); false when it was already present. Throws <see cref="PoolExhaustedException"/> (the set unchanged, no lock held) when a new node is needed and the pool has none.</summary>
    public bool Add(ReclaimerThread t, TKey key) => TryAdd(t, key, 0);

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/>; false (nothing changed) when the key was already present. Throws as <see cref="Add"/>.</summary>
    public bool TryAdd(ReclaimerThread t, TKey key, long value)
    {
        RejectNull(key);
        while (true)
        {
            PoolExhaustedException? exhausted;
            _reclaimer.BeginOperation(t);
            try
            {
                return AddInOperation(t, key, value, out _);
            }
            catch (PoolExhaustedException e) when (_reclaimer.WaitsAtCapacity)
            {
                exhausted = e; // nothing was published: wait outside the operation (plain DEBRA), then start again
            }
            finally
            {
                LockChanged(SkipListLockStepOperationDone, NodePool.Null);
                _reclaimer.EndOperation(t);
            }
            _reclaimer.AwaitReclamation(t, exhausted, slots: 1);
        }
    }

    /// <summary>Removes <paramref name="key"/>; false when it was absent.</summary>
    public bool Remove(ReclaimerThread t, TKey key) => TryRemove(t, key, out _);

    /// <summary>Removes <paramref name="key"/> and returns the value it had at its removal; false when it was absent.</summary>
    public bool TryRemove(ReclaimerThread t, TKey key, out long value)
    {
        RejectNull(key);
        _reclaimer.BeginOperation(t);
        try
        {
            return RemoveInOperation(t, key, out value);
        }
        finally
        {
            LockChanged(SkipListLockStepOperationDone, NodePool.Null);
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>Whether <paramref name="key"/> is present (the set's <see cref="Contains"/>).</summary>
    public bool ContainsKey(ReclaimerThread t, TKey key) => Contains(t, key);

    /// <summary>
    /// Whether <paramref name="key"/> is present, and its value (no lock, no write; one search, as <see cref="Contains"/>): fullyLinked, then
    /// the value, then marked are read (see Values).
    /// </summary>
    public bool TryGetValue(ReclaimerThread t, TKey key, out long value)
    {
        RejectNull(key);
        _reclaimer.BeginOperation(t);
        try
        {
            value = 0;
            long[] preds = _preds[t.Index], succs = _succs[t.Index];
            int found = Find(t, key, preds, succs);
            if (found < 0) return false;
            long node = succs[found];
            if (!IsFullyLinked(node)) return false;
            long read = _pool.LoadLink(node, _valueLink, MemoryOrder.Acquire);
            if (IsMarked(node)) return false;
            value = read;
            return true;
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>
    /// Adds <paramref name="key"/> with <paramref name="addValue"/> if it is absent, else replaces its value v by
    /// <paramref name="update"/>(v) under the node's lock (the read, the update and the store are one atomic step;
    /// <paramref name="update"/> runs once per update, with the lock held: it must not touch this list). Returns the
    /// value stored. Throws as <see cref="Add"/>.
    /// </summary>
    public long AddOrUpdate(ReclaimerThread t, TKey key, long addValue, Func<long, long> update)
    {
        RejectNull(key);
        ArgumentNullException.ThrowIfNull(update);
        while (true)
        {
            PoolExhaustedException? exhausted;
            _reclaimer.BeginOperation(t);
            try
            {
                while (true)
                {
                    if (AddInOperation(t, key, addValue, out long existing)) return addValue;
                    if (TryUpdateLocked(existing, update, out long updated)) return updated;
                }
            }
            catch (PoolExhaustedException e) when (_reclaimer.WaitsAtCapacity)
            {
                exhausted = e; // nothing was published: wait outside the operation (plain DEBRA), then start again
            }
            finally
            {
                LockChanged(SkipListLockStepOperationDone, NodePool.Null);
                _reclaimer.EndOperation(t);
            }
            _reclaimer.AwaitReclamation(t, exhausted, slots: 1);
        }
    }

    /// <summary>
    /// The update half of <see cref="AddOrUpdate"/> on the fully linked node <paramref name="node"/> an Add found:
    /// under its lock, if it is still unmarked, stores update(v). False when it was marked meanwhile (the key left:
    /// the caller adds it anew).
    /// </summary>
    private bool TryUpdateLocked(long node, Func<long, long> update, out long updated)
    {
        updated = 0;
        if (_bug == SeededBug.LockedSkipListUpdateWithoutLock)
        {
            // The seeded defect: the read, the update and the store are three steps, not one.
            if (IsMarked(node)) return false;
            updated = update(_pool.LoadLink(node, _valueLink, MemoryOrder.Acquire));
            _pool.StoreLink(node, _valueLink, updated, MemoryOrder.Release);
            return true;
        }
        LockOf(node).Enter();
        LockChanged(SkipListLockStepAcquired, node);
        try
        {
            if (IsMarked(node)) return false; // removed: its remover holds the value it read under this lock
            updated = update(_pool.LoadLink(node, _valueLink, MemoryOrder.Relaxed));
            _pool.StoreLink(node, _valueLink, updated, MemoryOrder.Release); // the update's linearization point
            return true;
        }
        finally
        {
            LockChanged(SkipListLockStepReleased, node);
            LockOf(node).Exit();
        }
    }

    /// <summary>Whether <paramref name="key"/> is in the set (no lock, no write; wait-free under DEBRA, lock-free under IBR: see Traversal and IBR).</summary>
    public bool Contains(ReclaimerThread t, TKey key)
    {
        RejectNull(key);
        _reclaimer.BeginOperation(t);
        try
        {
            Looked(key, done: false, result: false);
            bool present = ContainsInOperation(t, key);
            Looked(key, done: true, present);
            return present;
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    private bool ContainsInOperation(ReclaimerThread t, TKey key)
    {
        long[] preds = _preds[t.Index], succs = _succs[t.Index];
        int found = Find(t, key, preds, succs);
        if (found < 0) return false;
        long node = succs[found];
        // The linearization point is the read of fullyLinked (then marked): the node is in the set iff it is
        // fully linked and not marked. The seeded defect answers from the key alone.
        if (_bug == SeededBug.LockedSkipListContainsIgnoresFlags) return true;
        return IsFullyLinked(node) && !IsMarked(node);
    }

    /// <summary>
    /// Copies the keys in [<paramref name="fromInclusive"/>, <paramref name="toInclusive"/>] into
    /// <paramref name="destination"/> in strictly ascending order and returns how many it copied; it stops when the
    /// destination is full (continue from just above the last key). One reclaimer operation, no lock, no write,
    /// nothing allocated: link reads are protected as <see cref="Find"/>'s are.
    ///
    /// Weakly consistent: it walks level 0 and reports a node only if it is fully linked and unmarked (the test
    /// <see cref="Contains"/> applies). Every key present for the whole call and in range is returned (unless the
    /// destination fills first), no key twice, ascending; a key added or removed during the call may or may not
    /// appear. Exact when no other thread is running.
    /// </summary>
    public int Range(ReclaimerThread t, TKey fromInclusive, TKey toInclusive, Span<TKey> destination)
    {
        RejectNull(fromInclusive, nameof(fromInclusive));
        RejectNull(toInclusive, nameof(toInclusive));
        if (destination.IsEmpty || default(TComparer).Compare(fromInclusive, toInclusive) > 0) return 0;
        _reclaimer.BeginOperation(t);
        try
        {
            return Walk(t, new KeyBounds<TKey, TComparer>(fromInclusive, toInclusive), destination);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>All keys, ascending, into <paramref name="destination"/> (see <see cref="Range"/> for the guarantee).</summary>
    public int Keys(ReclaimerThread t, Span<TKey> destination)
    {
        if (destination.IsEmpty) return 0;
        _reclaimer.BeginOperation(t);
        try
        {
            return Walk(t, KeyBounds<TKey, TComparer>.All, destination);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>
    /// The number of keys, counted by one weakly consistent walk of level 0 (see <see cref="Range"/>): exact when no
    /// other thread is running; concurrently, at least the keys present for the whole call and at most those present
    /// at some point during it. O(n), allocation-free.
    /// </summary>
    public int Count(ReclaimerThread t)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            return Walk(t, KeyBounds<TKey, TComparer>.All, Span<TKey>.Empty);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>
    /// Descends to the last node below the lower bound, then walks level 0 counting (and, while
    /// <paramref name="destination"/> has room, copying) the fully linked, unmarked keys in range. A key is taken
    /// only if above the last one taken, so the output is strictly ascending. An empty destination only counts.
    /// </summary>
    private int Walk(ReclaimerThread t, KeyBounds<TKey, TComparer> bounds, Span<TKey> destination)
    {
        bool countOnly = destination.IsEmpty;
        int taken = 0;
        bool any = false;
        TKey last = default!;
        while (true) // once, unless a link read was of a node unlinked from its level (NextOfLive): then again from the head, past the last key taken
        {
            long pred = DescendForWalk(t, bounds, any, last);
            if (pred == NodePool.Null || !NextOfLive(t, pred, 0, out long node)) continue;
            while (true)
            {
                if (node == NodePool.Null) return taken;
                TKey key = Key(node);
                if (bounds.Above(key)) return taken;
                if (!bounds.Below(key) && !(any && default(TComparer).Compare(key, last) <= 0) && IsFullyLinked(node) && !IsMarked(node))
                {
                    if (!countOnly) destination[taken] = key;
                    taken++;
                    last = key;
                    any = true;
                    if (!countOnly && taken == destination.Length) return taken;
                }
                if (!NextOfLive(t, node, 0, out node)) break;
            }
        }
    }

    /// <summary>
    /// The levels above 0 of <see cref="Walk"/>'s descent: the last node below the lower bound and, once a key was
    /// taken, below <paramref name="last"/>; null when a link read was of a node unlinked from its level (search again).
    /// </summary>
    private long DescendForWalk(ReclaimerThread t, KeyBounds<TKey, TComparer> bounds, bool any, TKey last)
    {
        long pred = _head;
        for (int level = _maxLevel - 1; level >= 1 && (bounds.Bounded || any); level--)
        {
            if (!NextOfLive(t, pred, level, out long curr)) return NodePool.Null;
            while (curr != NodePool.Null && (bounds.Below(Key(curr)) || (any && default(TComparer).Compare(Key(curr), last) < 0)))
            {
                pred = curr;
                if (!NextOfLive(t, pred, level, out curr)) return NodePool.Null;
            }
        }
        return pred;
    }

    /// <summary>
    /// The paper's Find: fills <paramref name="preds"/> and <paramref name="succs"/> with each level's last node
    /// below <paramref name="key"/> and first node at or above it, without locks and without writing; returns the
    /// highest level whose successor holds the key, or -1.
    /// </summary>
    private int Find(ReclaimerThread t, TKey key, long[] preds, long[] succs)
    {
        while (true)
        {
            int found = TryFind(t, key, preds, succs);
            if (found != Restart) return found;
        }
    }

    /// <summary>What <see cref="TryFind"/> returns when a link it read was of a node unlinked from that level: search again from the head.</summary>
    private const int Restart = -2;

    /// <summary>One descent of <see cref="Find"/>; <see cref="Restart"/> when a link it read was of a node unlinked from that level (see <see cref="NextOfLive"/>).</summary>
    private int TryFind(ReclaimerThread t, TKey key, long[] preds, long[] succs)
    {
        int found = -1;
        long pred = _head;
        for (int level = _maxLevel - 1; level >= 0; level--)
        {
            if (!NextOfLive(t, pred, level, out long curr)) return Restart;
            while (curr != NodePool.Null && CompareNode(curr, key) < 0)
            {
                pred = curr;
                if (!NextOfLive(t, pred, level, out curr)) return Restart;
            }
            if (found < 0 && curr != NodePool.Null && CompareNode(curr, key) == 0) found = level;
            preds[level] = pred;
            succs[level] = curr;
        }
        return found;
    }

    /// <summary>
    /// Reads link <paramref name="level"/> of <paramref name="node"/> into <paramref name="next"/> (without the
    /// <see cref="UnlinkedBit"/>) through the reclaimer's protected read; false when the reclaimer protects single reads
    /// (IBR) and the link carries the bit: <paramref name="node"/> has been unlinked from this level, the successor may be
    /// freed, and the search must start again from the head (see Traversal and IBR in the class essay). The seeded
    /// defect <see cref="SeededBug.LockedSkipListFollowsRemovedLinks"/> follows it anyway.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NextOfLive(ReclaimerThread t, long node, int level, out long next)
    {
        long link = Next(t, node, level);
        next = link & ~UnlinkedBit;
        return (link & UnlinkedBit) == 0 || _plainProtect || _bug == SeededBug.LockedSkipListFollowsRemovedLinks;
    }

    /// <summary>
    /// Set by a remover in its victim's own link of a level right after it unlinks the victim from that level, still
    /// holding the predecessor's lock (see Traversal and IBR): a reader that finds it knows the successor it names may
    /// be unlinked and freed already.
    /// Handles keep slot index + 1 in their low 31 bits, so the bit is free (<see cref="NodePool.MarkBit"/>).
    /// </summary>
    private const long UnlinkedBit = NodePool.MarkBit;

    /// <summary>The paper's Add; when the key is present, false with its fully linked, unmarked node in <paramref name="existing"/>.</summary>
    private bool AddInOperation(ReclaimerThread t, TKey key, long value, out long existing)
    {
        long[] preds = _preds[t.Index], succs = _succs[t.Index];
        existing = NodePool.Null;
        int height = _heights.Next(t.Index);
        long node = NodePool.Null;
        try
        {
            while (true)
            {
                StepLabel.At("add_find");
                int found = Find(t, key, preds, succs);
                if (found >= 0)
                {
                    existing = succs[found];
                    if (!IsMarked(existing))
                    {
                        // Present, or being added: wait for its inserter to finish (the Add linearizes after it).
                        StepLabel.At("add_wait_linked");
                        while (!IsFullyLinked(existing)) WeftThread.Yield();
                        return false;
                    }
                    WeftThread.Yield(); // being removed: search again once its remover has unlinked it
                    continue;
                }
                if (node == NodePool.Null) node = NewNode(t, key, value, height); // before any lock: exhaustion leaves nothing held
                if (TryLinkLocked(node, height, preds, succs))
                {
                    node = NodePool.Null; // published
                    return true;
                }
                // The search is stale, typically because a remover has marked a node it saw and has yet to unlink
                // it: let other threads run before searching again (under the scheduler, a yield: the wait is fair).
                WeftThread.Yield();
            }
        }
        finally
        {
            if (node != NodePool.Null) _pool.Free(t.Index, node); // never published: no other thread saw it
        }
    }

    /// <summary>A new, unpublished node: unmarked, not fully linked, its key, value and height set.</summary>
    private long NewNode(ReclaimerThread t, TKey key, long value, int height)
    {
        long node = _reclaimer.AllocateRestartable(t); // nothing published yet: at the maximum the operation restarts after a wait (TryAdd)
        _keys[NodePool.IndexOf(node)] = key; // published with the release stores that link it
        _pool.SetWord(node, HeightWord, height);
        _pool.StoreLink(node, _valueLink, value, MemoryOrder.Relaxed); // published with the release stores that link it
        _pool.StoreLink(node, _markedLink, 0, MemoryOrder.Relaxed);
        _pool.StoreLink(node, _fullyLinkedLink, 0, MemoryOrder.Relaxed);
        return node;
    }

    /// <summary>
    /// Locks the predecessors of levels 0 .. height - 1 and validates the search; when valid, links
    /// <paramref name="node"/> bottom-up and sets fullyLinked (the linearization point of a successful Add), all
    /// under the locks. False (every lock released) when the validation failed and the search must be redone.
    /// </summary>
    private bool TryLinkLocked(long node, int height, long[] preds, long[] succs)
    {
        int locked = LockPredecessors(preds, height);
        try
        {
            StepLabel.At("add_validate");
            for (int level = 0; level < height; level++)
            {
                if (!StillValid(preds[level], succs[level], level, successorUnmarked: true)) return false;
            }
            for (int level = 0; level < height; level++) _pool.StoreLink(node, level, succs[level], MemoryOrder.Relaxed);
            for (int level = 0; level < height; level++)
            {
                // Release: the node's key, height and links are visible to whoever reads this link.
                StepLabel.At("add_link");
                _pool.StoreLink(preds[level], level, node, MemoryOrder.Release);
                Changed(StepLinked, node);
            }
            StepLabel.At("add_fully_linked");
            _pool.StoreLink(node, _fullyLinkedLink, 1, MemoryOrder.Release); // the key is in the set
            Changed(StepAdded, node);
            return true;
        }
        finally
        {
            StepLabel.At("add_unlock");
            UnlockPredecessors(preds, locked);
        }
    }

    /// <summary>
    /// Validation under the predecessor's lock: the predecessor is unmarked and still links to the successor the
    /// search saw (for an Add, that successor is unmarked too; a remover's successor is its own, marked, victim).
    /// The seeded defect skips it.
    /// </summary>
    private bool StillValid(long pred, long succ, int level, bool successorUnmarked)
    {
        if (_bug == SeededBug.LockedSkipListSkipsValidation) return true;
        return !IsMarked(pred) && !(successorUnmarked && IsMarked(succ)) && _pool.LoadLink(pred, level, MemoryOrder.Acquire) == succ;
    }

    /// <summary>
    /// Locks the distinct predecessors of levels 0 .. count - 1, bottom-up (decreasing key order, see Lock order);
    /// returns how many levels' predecessors are locked. The seeded defect locks them top-down.
    /// </summary>
    private int LockPredecessors(long[] preds, int count)
    {
        if (_bug == SeededBug.LockedSkipListLocksTopDown)
        {
            for (int level = count - 1; level >= 0; level--)
            {
                if (level == count - 1 || preds[level] != preds[level + 1])
                {
                    StepLabel.At("lock_pred");
                    LockOf(preds[level]).Enter();
                    LockChanged(SkipListLockStepAcquired, preds[level]);
                }
            }
            return count;
        }
        for (int level = 0; level < count; level++)
        {
            if (level == 0 || preds[level] != preds[level - 1])
            {
                StepLabel.At("lock_pred");
                LockOf(preds[level]).Enter();
                LockChanged(SkipListLockStepAcquired, preds[level]);
            }
        }
        return count;
    }

    /// <summary>Releases what <see cref="LockPredecessors"/> took for <paramref name="count"/> levels (each distinct predecessor once).</summary>
    private void UnlockPredecessors(long[] preds, int count)
    {
        for (int level = 0; level < count; level++)
        {
            if (level == 0 || preds[level] != preds[level - 1])
            {
                LockChanged(SkipListLockStepReleased, preds[level]);
                LockOf(preds[level]).Exit();
            }
        }
    }

    private bool RemoveInOperation(ReclaimerThread t, TKey key, out long value)
    {
        long[] preds = _preds[t.Index], succs = _succs[t.Index];
        value = 0;
        int found = Find(t, key, preds, succs);
        if (found < 0) return false;
        long victim = succs[found];
        int height = (int)_pool.Word(victim, HeightWord);
        // Only a fully linked node found at its top level, not marked, can be deleted: otherwise it is being added
        // (not yet in the set) or being removed by another thread.
        if (!IsFullyLinked(victim) || height - 1 != found || IsMarked(victim)) return false;
        StepLabel.At("remove_lock_victim");
        LockOf(victim).Enter();
        LockChanged(SkipListLockStepAcquired, victim);
        try
        {
            if (IsMarked(victim)) return false; // another remover won the lock first: the key left during this call
            StepLabel.At("remove_mark");
            _pool.StoreLink(victim, _markedLink, 1, MemoryOrder.Release); // the key leaves the set; this thread is the remover
            Changed(StepRemoved, victim);
            value = _pool.LoadLink(victim, _valueLink, MemoryOrder.Relaxed); // no update after the mark: they check it under this lock
            while (!TryUnlinkLocked(victim, height, preds, succs))
            {
                WeftThread.Yield(); // a predecessor is being removed or linked before the victim: let its owner finish
                Find(t, key, preds, succs);
            }
        }
        finally
        {
            StepLabel.At("remove_unlock_victim");
            LockChanged(SkipListLockStepReleased, victim);
            LockOf(victim).Exit();
        }
        _reclaimer.Retire(t, victim); // unlinked at every level, locks released: retired once, by its remover
        return true;
    }

    /// <summary>
    /// Locks the victim's predecessors bottom-up and validates them (unmarked, still linking to the victim); when
    /// valid, unlinks the victim top-down. False (the predecessors' locks released) when the search must be redone.
    /// </summary>
    private bool TryUnlinkLocked(long victim, int height, long[] preds, long[] succs)
    {
        int locked = LockPredecessors(preds, height);
        try
        {
            StepLabel.At("remove_validate");
            for (int level = 0; level < height; level++)
            {
                if (!StillValid(preds[level], victim, level, successorUnmarked: false)) return false;
            }
            for (int level = height - 1; level >= 0; level--)
            {
                StepLabel.At("remove_unlink");
                long next = _pool.LoadLink(victim, level, MemoryOrder.Acquire); // frozen: the victim is marked and locked
                _pool.StoreLink(preds[level], level, next, MemoryOrder.Release);
                _pool.StoreLink(victim, level, next | UnlinkedBit, MemoryOrder.Release); // after the unlink, under the predecessor's lock: see Traversal and IBR
                Changed(StepUnlinked, victim);
            }
            return true;
        }
        finally
        {
            StepLabel.At("remove_unlock");
            UnlockPredecessors(preds, locked);
        }
    }

    /// <summary>Controlled build: a Contains began or returned (SkipListContainsMonitor). Compiled away in production.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void Looked(TKey key, bool done, bool result)
    {
#if WEFT_CONTROLLED
        if (MonitoredKeys<TKey, TComparer>.Reported)
            SchedulingHooks.Emit(new SkipListLookupEvent(_id, MonitoredKeys<TKey, TComparer>.ToInt64(key), SchedulingHooks.ThreadId, done, result));
#endif
    }

    // Lock steps (the values of Weft.Monitors.SkipListLockStep).
    private const int SkipListLockStepAcquired = 0, SkipListLockStepReleased = 1, SkipListLockStepOperationDone = 2;

    /// <summary>
    /// Controlled build: this thread acquired or is about to release <paramref name="node"/>'s lock, or its operation
    /// is returning (<paramref name="node"/> null), for SkipListLockDisciplineMonitor. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void LockChanged(int step, long node)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<SkipListLockEvent>() || !MonitoredKeys<TKey, TComparer>.Reported) return;
        bool head = node == _head;
        long key = node == NodePool.Null || head ? 0 : MonitoredKeys<TKey, TComparer>.ToInt64(_keys[NodePool.IndexOf(node)]);
        SchedulingHooks.Emit(new SkipListLockEvent(_id, (SkipListLockStep)step, node, key, head, SchedulingHooks.ThreadId));
#endif
    }

    // Structural steps (the values of Weft.Monitors.SkipListStep).
    private const int StepAdded = 0, StepRemoved = 1, StepLinked = 2, StepUnlinked = 3;

    /// <summary>
    /// Controlled build: reports a structural step to the skiplist monitors with every level right after it. A node
    /// shows as deleted (not in the set) when it is marked or not yet fully linked, and as marked at every level
    /// once marked. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void Changed(int step, long node)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<SkipListEvent>() || !MonitoredKeys<TKey, TComparer>.Reported) return;
        var levels = new SkipListNodeView[_maxLevel][];
        for (int level = 0; level < _maxLevel; level++)
        {
            var views = new System.Collections.Generic.List<SkipListNodeView>();
            long h = _pool.PeekLink(NodePool.IndexOf(_head), level);
            while (h != NodePool.Null && views.Count <= _pool.Capacity)
            {
                int slot = NodePool.IndexOf(h);
                bool marked = PeekMarked(slot);
                views.Add(new SkipListNodeView(h, MonitoredKeys<TKey, TComparer>.ToInt64(_keys[slot]), marked, marked || !PeekFullyLinked(slot)));
                h = _pool.PeekLink(slot, level) & ~UnlinkedBit;
            }
            levels[level] = views.ToArray();
        }
        long key = MonitoredKeys<TKey, TComparer>.ToInt64(_keys[NodePool.IndexOf(node)]);
        SchedulingHooks.Emit(new SkipListEvent(_id, (SkipListStep)step, key, SchedulingHooks.ThreadId, levels));
#endif
    }
}
