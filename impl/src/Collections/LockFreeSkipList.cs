using System;
using System.Runtime.CompilerServices;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Collections;

/// <summary>
/// A lock-free skiplist map of keys to 64-bit values, also usable as a set (K. Fraser, "Practical lock-freedom", PhD thesis, Cambridge 2004, §4.3.3;
/// M. Herlihy and N. Shavit, "The Art of Multiprocessor Programming", ch. 14.4 LockFreeSkipList) over a
/// <see cref="NodePool"/> of towers, with a pluggable <see cref="Reclaimer"/>. Keys are ordered by the Tier 1 comparer
/// <typeparamref name="TComparer"/> (a stateless struct, called as <c>default(TComparer)</c> so the JIT specializes and
/// inlines the compare; <see cref="Int64KeyComparer"/> for the 64-bit keys of the specs and scenarios).
///
/// Layout. A node is a pool slot with <c>maxLevel</c> next links (level 0 first), one handoff word (link
/// <c>maxLevel</c>, see Retirement), one value word (link <c>maxLevel</c> + 1, see Values) and one payload word: the
/// tower height; its key lives in an array beside the pool, indexed by slot, written before the node is published
/// (and left in place after a free until the slot is reused). A link holds the successor's
/// handle with <see cref="NodePool.MarkBit"/> as the mark: a marked link of node n means "n is being deleted at this
/// level"; a marked link is never changed again, so no node can be linked after n at that level. The head is a
/// sentinel node that is never retired; the tail is the null handle (key +infinity).
///
/// Invariant. Every level is a list that starts at the head, sorted by key (non-decreasing: a key appears twice on a
/// level only while a marked node of it waits to be unlinked); level 0 holds the set: a key is in the set iff level 0
/// holds a node with that key whose level-0 link is unmarked (there is at most one). A node on level i+1 whose link
/// at level i+1 is unmarked is on level i (upper levels are shortcuts, linked bottom-up; a tower is marked top-down
/// before any of its levels is unlinked). Monitors: SkipListMatchesAbstractMonitor, SkipListSublistMonitor.
///
/// Operations. <c>Find</c> walks from the head down the levels, at each level to the last node with a key below the
/// target (the predecessor) and the first node at or after it (the successor), and unlinks ("snips") every marked
/// node it passes, restarting from the head when a snip fails. <see cref="Add"/> links a new node at level 0 with a
/// CAS on the predecessor's link (its linearization point), then level by level upwards; <see cref="Remove"/> marks
/// the victim's links from the top down to level 1 and then level 0, and the thread whose CAS marks level 0 is the
/// one whose Remove succeeds (its linearization point); <see cref="Contains"/> walks like Find but never writes,
/// stepping over marked nodes, and linearizes at its last link read: wait-free under DEBRA (and without reclamation),
/// lock-free under IBR, where a step over marked nodes is validated and a failed validation restarts the search from
/// the head (see Traversal and IBR).
///
/// Values. A node's value word is written before the node is published (TryAdd, AddOrUpdate adding, Add: 0) and
/// afterwards changed only by CAS: an update (<see cref="AddOrUpdate"/>) reads the value v of the node it found
/// unmarked at level 0 and wins the CAS v -> update(v), its linearization point; the remover, once it has won the
/// level-0 mark, swaps the value for <see cref="NoValue"/> by CAS (a tombstone: a value no caller may store), which
/// tells it the removed value and makes every later update CAS fail, so an updater that then reads the tombstone
/// searches again (and adds the key anew). An update whose CAS lands between the remover's mark and its tombstone is
/// linearized just before the mark (its call began before the mark: it found the node unmarked), in the order of the
/// CASes on the value word, and the remover returns the value with that update applied: no update is lost.
/// <see cref="TryGetValue"/> reads the value, then the node's level-0 link: unmarked, the value was current when it
/// was read (its linearization point); marked (or the tombstone), the key has left: it returns false.
///
/// Retirement (who and when). A node may be retired only once it is unlinked at every level, and it may be relinked
/// by one thread only: its inserter, which links the upper levels after level 0 and may still be doing so after a
/// remover has marked the node and searched past it. So two parties finish with the node: the inserter, when it has
/// linked its last level (or stopped because the node was marked), and the remover that marked level 0. Each, when it
/// finishes, tries the CAS 0 -> 1 on the node's handoff word. The first to finish wins and walks away; the second
/// loses, and at that point neither party will ever link the node again, every level it is still linked at is marked
/// (the remover marked them all), so one more search through the key's nodes snips it wherever it is still linked.
/// The loser runs that search and then retires the node: exactly once, after it is unlinked at every level. A node
/// that is never removed is never retired. A node that loses the race to be linked at level 0 was never published and
/// goes straight back to the pool.
///
/// Memory. Every read of a link of a shared node goes through the reclaimer's protected read
/// (<see cref="NodePool.ProtectLink"/>; a plain acquire load when that is all the scheme's Protect is,
/// <see cref="Reclaimer.ProtectIsPlainLoad"/>), so the nodes a thread reaches stay allocated until its operation ends:
/// under DEBRA every node reachable after the operation began; under IBR every node read from a node still reachable
/// at the read, which a step over marked nodes must first validate (see Traversal and IBR). Generation-tagged
/// handles make a snip or link CAS on a recycled node fail (no ABA). DEBRA+ is not supported: the operations write
/// shared nodes (snips, tower links) before they linearize, which its neutralization cannot restart safely. The
/// immediate reclaimer frees at retire, while other threads may still read the node: the negative control.
///
/// Traversal and IBR. A read-only walk steps over marked nodes through their links, which are frozen: a node X
/// unlinked from a level keeps naming its successor S there, and S may have been linked after the reader's
/// reservation was last raised, then removed, retired and freed by its remover's scan while the reader stood on X.
/// IBR protects a handle only when it is read from a node still reachable at the read (Wen et al., "Interval-based
/// memory reclamation", PPoPP 2018), and re-reading a frozen link cannot show that X has gone. So under IBR, after the
/// protected read of S from a marked node, the walk re-reads the link of pred (the last unmarked node it stood on at
/// that level) and goes on only if it still names the first marked node of the run, unmarked (M. M. Michael, "High
/// performance dynamic lock-free hash tables and list-based sets", SPAA 2002, validates the same way): pred's link
/// unmarked means pred is still on the level (a node is unlinked only after it is marked), the run's links are frozen,
/// so S is reachable at that read, which comes after S's protected read; S is retired after it, and the scan that
/// frees it sees the reservation that covers S's birth. Otherwise the search restarts from the head. The first link
/// a search reads at a level is pred's own (pred found unmarked on the level above); if it is marked, pred was marked
/// since, that link may be frozen on a freed node, and there is nothing before pred to validate against: every search
/// (Find too) restarts from the head. A validation fails only when pred's link changed (a snip, an insert after pred,
/// pred's mark), and a first link is marked only when pred was marked during the pass: each is another thread's
/// successful CAS, so Contains, TryGetValue and the walks stay read-only and become lock-free. Find steps over a
/// marked node otherwise only by winning the snip CAS on pred, which validates the same way. DEBRA protects whole
/// operations (nothing is freed while the reader is inside one) and keeps the unvalidated, wait-free walk.
///
/// Trace replay. The steps of tla/SkipList/SkipList.tla start at the <c>StepLabel.At</c> points (one per CAS or
/// link load the algorithm rests on; a search and a Contains are one step each); compiled away in production.
///
/// Random level. Drawn by <see cref="TowerHeights"/> from a per-thread xorshift generator (geometric, p = 1/2) and
/// offered to the harness (<see cref="Nondeterminism.Choose"/>): under the scheduler the height is a recorded,
/// explored choice.
/// </summary>
public sealed class LockFreeSkipList<TKey, TComparer> where TComparer : struct, IKeyComparer<TKey>
{
    /// <summary>Payload words of a node: the tower height.</summary>
    public const int PayloadWordsPerNode = 1;

    /// <summary>Links a pool needs per node for a skiplist of <paramref name="maxLevel"/>: the tower, the handoff word and the value.</summary>
    public static int LinksPerNode(int maxLevel) => maxLevel + 2;

    /// <summary>The value a removed node's value word holds (the tombstone): no caller may store it (ArgumentOutOfRangeException).</summary>
    public const long NoValue = long.MinValue;

    private const int HeightWord = 0;
    private const long Mark = NodePool.MarkBit;

    private readonly Reclaimer _reclaimer;
    private readonly NodePool _pool;
    private readonly TKey[] _keys; // by slot
    private readonly int _maxLevel;
    private readonly int _handoffLink, _valueLink;
    private readonly long _head;
    private readonly long[][] _preds, _succs;
    private readonly TowerHeights _heights;
    private readonly SeededBug _bug;
    private readonly bool _plainProtect; // the reclaimer's Protect is an acquire load: read links directly (no virtual call)
    private readonly bool _validateSteps; // the reclaimer protects single reads (IBR): validate each step over marked nodes (Traversal and IBR)
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    /// <param name="reclaimer">The reclamation scheme; its pool must have at least <see cref="LinksPerNode"/> links and <see cref="PayloadWordsPerNode"/> payload words per node.</param>
    /// <param name="maxLevel">The tallest tower (levels 0 .. maxLevel - 1), 1 to 32.</param>
    public LockFreeSkipList(Reclaimer reclaimer, int maxLevel = 16)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLevel, 32);
        if (reclaimer.Neutralizes)
            throw new ArgumentException("the lock-free skiplist does not support DEBRA+: it writes shared nodes before it linearizes, which neutralization cannot restart safely; use IBR or DEBRA", nameof(reclaimer));
        _pool = reclaimer.Pool;
        if (_pool.Links < LinksPerNode(maxLevel) || _pool.PayloadWords < PayloadWordsPerNode)
            throw new ArgumentException($"a skiplist of max level {maxLevel} needs a pool with {LinksPerNode(maxLevel)} links and {PayloadWordsPerNode} payload word (the height) per node; this pool has {_pool.Links} links and {_pool.PayloadWords} payload words", nameof(reclaimer));
        _reclaimer = reclaimer;
        _keys = new TKey[_pool.Capacity];
        _maxLevel = maxLevel;
        _handoffLink = maxLevel;
        _valueLink = maxLevel + 1;
        _bug = reclaimer.Config.SeededBug;
        _plainProtect = reclaimer.ProtectIsPlainLoad;
        _validateSteps = !_plainProtect && _bug != SeededBug.LockFreeSkipListFollowsRemovedLinks;
        _preds = new long[reclaimer.MaxThreads][];
        _succs = new long[reclaimer.MaxThreads][];
        for (int i = 0; i < reclaimer.MaxThreads; i++)
        {
            _preds[i] = new long[maxLevel];
            _succs[i] = new long[maxLevel];
        }
        _heights = new TowerHeights(reclaimer.MaxThreads, _maxLevel);
        _head = _pool.Allocate(); // the sentinel: never retired; its links start null (the tail)
    }

    /// <summary>
    /// A skiplist for up to <paramref name="maxThreads"/> registered threads built from the configuration's defaults:
    /// a generation-tagged pool of <see cref="WeftConfig.PoolCapacity"/> towers with a cache per thread, and a
    /// reclaimer of <see cref="WeftConfig.Reclamation"/> (IBR unless overridden).
    /// </summary>
    public static LockFreeSkipList<TKey, TComparer> WithDefaults(int maxThreads, int maxLevel = 16, WeftConfig? config = null)
    {
        config ??= WeftConfig.FromEnvironment();
        var pool = new NodePool(config.PoolCapacity, tagged: true, threadCaches: maxThreads, links: LinksPerNode(maxLevel), payloadWords: PayloadWordsPerNode, capacitySetting: NodePool.WeftConfigPoolCapacitySetting,
            initialSlots: NodePool.InitialSlotsFor(config.PoolCapacity));
        return new LockFreeSkipList<TKey, TComparer>(Reclaimer.Create(config.Reclamation, pool, maxThreads, config), maxLevel);
    }

    public Reclaimer Reclaimer => _reclaimer;
    public int MaxLevel => _maxLevel;

#if WEFT_CONTROLLED
    /// <summary>The key of slot <paramref name="slot"/> as the refinement mappings and monitors see it (integer keys; read without a scheduling point).</summary>
    internal long PeekKeyOfSlot(int slot) => MonitoredKeys<TKey, TComparer>.ToInt64(_keys[slot]);
#endif

    /// <summary>The keys on level 0 whose nodes are unmarked, in list order, read without scheduling points (state monitors and tests; exact when no thread is running).</summary>
    internal System.Collections.Generic.List<TKey> PeekKeys()
    {
        var keys = new System.Collections.Generic.List<TKey>();
        long h = Unmarked(_pool.PeekLink(NodePool.IndexOf(_head), 0));
        while (h != NodePool.Null && keys.Count <= _pool.Capacity)
        {
            int slot = NodePool.IndexOf(h);
            long next = _pool.PeekLink(slot, 0);
            if (!IsMarked(next)) keys.Add(_keys[slot]);
            h = Unmarked(next);
        }
        return keys;
    }

    /// <summary>The (key, value) pairs of level 0's unmarked nodes, in list order, read without scheduling points (tests; exact when no thread is running).</summary>
    internal System.Collections.Generic.List<(TKey Key, long Value)> PeekPairs()
    {
        var pairs = new System.Collections.Generic.List<(TKey, long)>();
        long h = Unmarked(_pool.PeekLink(NodePool.IndexOf(_head), 0));
        while (h != NodePool.Null && pairs.Count <= _pool.Capacity)
        {
            int slot = NodePool.IndexOf(h);
            long next = _pool.PeekLink(slot, 0);
            if (!IsMarked(next)) pairs.Add((_keys[slot], _pool.PeekLink(slot, _valueLink)));
            h = Unmarked(next);
        }
        return pairs;
    }

    /// <summary>
    /// The shape every quiescent skiplist has (no operation in progress), read without scheduling points: each level
    /// strictly sorted by key, no marked node linked at any level (the second party to finish with a removed node has
    /// unlinked it everywhere), and every node of level i + 1 also on level i (towers are linked bottom-up and removed
    /// whole). Null when it holds, else what is wrong.
    /// </summary>
    internal string? QuiescentViolation()
    {
        var below = new System.Collections.Generic.HashSet<long>();
        for (int level = 0; level < _maxLevel; level++)
        {
            var here = new System.Collections.Generic.HashSet<long>();
            long h = Unmarked(_pool.PeekLink(NodePool.IndexOf(_head), level));
            TKey previousKey = default!;
            bool first = true;
            while (h != NodePool.Null)
            {
                if (here.Count > _pool.Capacity) return $"level {level} is cyclic";
                int slot = NodePool.IndexOf(h);
                TKey key = _keys[slot];
                long next = _pool.PeekLink(slot, level);
                if (!first && default(TComparer).Compare(key, previousKey) <= 0) return $"level {level} is not strictly sorted: {key} after {previousKey}";
                if (IsMarked(next)) return $"level {level} still links the marked node of key {key}";
                if (level > 0 && !below.Contains(h)) return $"the node of key {key} is on level {level} but not on level {level - 1}";
                here.Add(h);
                previousKey = key;
                first = false;
                h = Unmarked(next);
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
            long h = Unmarked(_pool.PeekLink(NodePool.IndexOf(_head), level));
            while (h != NodePool.Null && keys.Count <= _pool.Capacity)
            {
                keys.Add(_keys[NodePool.IndexOf(h)]);
                h = Unmarked(_pool.PeekLink(NodePool.IndexOf(h), level));
            }
            levels.Add(level.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + string.Join(',', keys));
        }
        return string.Join(' ', levels);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMarked(long link) => (link & Mark) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Unmarked(long link) => link & ~Mark;

    /// <summary>The key of <paramref name="node"/>'s slot (a checked access to the node in the controlled build, as a payload read is).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TKey Key(long node)
    {
        _pool.CheckRead(node);
        return Plain.Read(ref _keys[NodePool.IndexOf(node)]); // the race detector checks the key's publication
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

    /// <summary>Adds <paramref name="key"/> (with value 0); false when it was already present. Throws <see cref="PoolExhaustedException"/> (the set unchanged) when a new node is needed and the pool has none.</summary>
    public bool Add(ReclaimerThread t, TKey key) => TryAdd(t, key, 0);

    /// <summary>
    /// Adds <paramref name="key"/> with <paramref name="value"/>; false (nothing changed) when the key was already
    /// present. Throws <see cref="PoolExhaustedException"/> (the map unchanged) when a new node is needed and the pool
    /// has none, and <see cref="ArgumentOutOfRangeException"/> for the reserved value <see cref="NoValue"/>.
    /// </summary>
    public bool TryAdd(ReclaimerThread t, TKey key, long value)
    {
        RejectNull(key);
        ThrowIfReserved(value);
        while (true)
        {
            PoolExhaustedException? exhausted;
            _reclaimer.BeginOperation(t);
            try
            {
                return AddInOperation(t, key, value);
            }
            catch (PoolExhaustedException e) when (_reclaimer.WaitsAtCapacity)
            {
                exhausted = e; // nothing was published: wait outside the operation (plain DEBRA), then start again
            }
            finally
            {
                _reclaimer.EndOperation(t);
            }
            _reclaimer.AwaitReclamation(t, exhausted, slots: 1);
        }
    }

    /// <summary>Removes <paramref name="key"/>; false when it was absent.</summary>
    public bool Remove(ReclaimerThread t, TKey key) => TryRemove(t, key, out _);

    /// <summary>Removes <paramref name="key"/> and returns the value it had (every update linearized before the removal applied); false when it was absent.</summary>
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
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>
    /// Whether <paramref name="key"/> is present, and its value (never writes; wait-free under DEBRA, lock-free under IBR: see Traversal and IBR): the value read from the
    /// node found unmarked, confirmed by reading the node's level-0 link unmarked afterwards (see Values).
    /// </summary>
    public bool TryGetValue(ReclaimerThread t, TKey key, out long value)
    {
        RejectNull(key);
        _reclaimer.BeginOperation(t);
        try
        {
            return GetInOperation(t, key, out value);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>Whether <paramref name="key"/> is present (the set's <see cref="Contains"/>).</summary>
    public bool ContainsKey(ReclaimerThread t, TKey key) => Contains(t, key);

    /// <summary>
    /// Adds <paramref name="key"/> with <paramref name="addValue"/> if it is absent, else replaces its value v by
    /// <paramref name="update"/>(v) atomically (a CAS on the value word of the node found present and unmarked: the
    /// linearization point; <paramref name="update"/> may run more than once when the CAS loses, as with
    /// ConcurrentDictionary). Returns the value stored. A removal racing with the update either comes after it (and
    /// returns the updated value) or before it (and the update adds the key anew): no update is lost. Throws as
    /// <see cref="TryAdd"/>, and <see cref="ArgumentOutOfRangeException"/> when <paramref name="update"/> returns
    /// <see cref="NoValue"/> (the map unchanged).
    /// </summary>
    public long AddOrUpdate(ReclaimerThread t, TKey key, long addValue, Func<long, long> update)
    {
        RejectNull(key);
        ArgumentNullException.ThrowIfNull(update);
        ThrowIfReserved(addValue);
        while (true)
        {
            PoolExhaustedException? exhausted;
            _reclaimer.BeginOperation(t);
            try
            {
                while (true)
                {
                    if (TryUpdatePresent(t, key, update, out long updated)) return updated;
                    if (AddInOperation(t, key, addValue)) return addValue;
                }
            }
            catch (PoolExhaustedException e) when (_reclaimer.WaitsAtCapacity)
            {
                exhausted = e; // nothing was published: wait outside the operation (plain DEBRA), then start again
            }
            finally
            {
                _reclaimer.EndOperation(t);
            }
            _reclaimer.AwaitReclamation(t, exhausted, slots: 1);
        }
    }

    private static void ThrowIfReserved(long value)
    {
        if (value == NoValue)
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{NoValue} (long.MinValue) is reserved: it marks the value word of a removed node");
    }

    /// <summary>
    /// The update half of <see cref="AddOrUpdate"/>: finds the key's unmarked node and CASes its value v to
    /// update(v). False when the key is absent, or its node was removed (the tombstone read) before the CAS won.
    /// </summary>
    private bool TryUpdatePresent(ReclaimerThread t, TKey key, Func<long, long> update, out long updated)
    {
        long[] preds = _preds[t.Index], succs = _succs[t.Index];
        updated = 0;
        if (!Find(t, key, preds, succs, throughKey: false)) return false;
        long node = succs[0];
        long current = _pool.LoadLink(node, _valueLink, MemoryOrder.Acquire);
        while (current != NoValue)
        {
            long next = update(current);
            ThrowIfReserved(next);
            updated = next;
            if (_bug == SeededBug.SkipListUpdateByStore)
            {
                _pool.StoreLink(node, _valueLink, next, MemoryOrder.Release); // the seeded defect: a store, not a CAS
                return true;
            }
            // Winning this CAS replaces the value the update was computed from: the update's linearization point (the
            // node was found unmarked; if a remover has marked it since, it has not yet swapped in the tombstone and
            // will return this value: the update linearizes just before the mark). Losing it: another update or
            // the remover's tombstone came first; read again.
            if (_pool.CompareExchangeLink(node, _valueLink, current, next, MemoryOrder.AcqRel)) return true;
            current = _pool.LoadLink(node, _valueLink, MemoryOrder.Acquire);
        }
        return false; // removed meanwhile: the key is absent since the remover's mark; add it anew
    }

    private bool GetInOperation(ReclaimerThread t, TKey key, out long value)
    {
        value = 0;
        long node = Locate(t, key);
        if (node == NodePool.Null) return false;
        long read = _pool.LoadLink(node, _valueLink, MemoryOrder.Acquire);
        // The level-0 link read after the value: unmarked, the node was in the map when the value was read (a marked
        // link is never unmarked). Marked, or the tombstone read: the key has left.
        if (read == NoValue || IsMarked(_pool.LoadLink(node, 0, MemoryOrder.Acquire))) return false;
        value = read;
        return true;
    }

    /// <summary>Whether <paramref name="key"/> is in the set (never writes; wait-free under DEBRA, lock-free under IBR, whose searches restart when a step over marked nodes fails its validation: see Traversal and IBR).</summary>
    public bool Contains(ReclaimerThread t, TKey key)
    {
        RejectNull(key);
        _reclaimer.BeginOperation(t);
        try
        {
            Looked(key, done: false, result: false);
            bool found = ContainsInOperation(t, key);
            Looked(key, done: true, found);
            return found;
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    private bool AddInOperation(ReclaimerThread t, TKey key, long value)
    {
        long[] preds = _preds[t.Index], succs = _succs[t.Index];
        int height = _heights.Next(t.Index);
        long node = NodePool.Null;
        while (true)
        {
            StepLabel.At("add_find");
            if (Find(t, key, preds, succs, throughKey: false))
            {
                if (node != NodePool.Null) _pool.Free(t.Index, node); // never published: no other thread saw it
                return false;
            }
            if (node == NodePool.Null) node = NewNode(t, key, value, height);
            for (int level = 0; level < height; level++) _pool.StoreLink(node, level, succs[level], MemoryOrder.Relaxed);
            // Winning this CAS links node at level 0 between the predecessor and the successor found: the key is in
            // the set (the linearization point of a successful Add; release: the node's key, height and links are
            // visible to whoever reads the new link). Losing it: the predecessor's link changed; search again.
            if (_bug == SeededBug.SkipListUpperLevelFirst)
            {
                StepLabel.At("add_upper_first");
                LinkUpperLevelsFirst(node, height, preds, succs);
            }
            StepLabel.At("add_cas0");
            if (_pool.CompareExchangeLink(preds[0], 0, succs[0], node, _bug == SeededBug.SkipListLinkRelaxed ? MemoryOrder.Relaxed : MemoryOrder.AcqRel))
            {
                Changed(StepAdded, node);
                break;
            }
        }
        LinkUpperLevels(t, node, key, height, preds, succs);
        FinishWithNode(t, node, key); // the inserter is done linking
        return true;
    }

    /// <summary>A new, unpublished node: its handoff word 0, its key, value and height set. Allocation failure leaves the set unchanged.</summary>
    private long NewNode(ReclaimerThread t, TKey key, long value, int height)
    {
        long node = _reclaimer.AllocateRestartable(t); // nothing published yet: at the maximum the operation restarts after a wait (TryAdd)
        Plain.Write(ref _keys[NodePool.IndexOf(node)], key); // published by the release of the level-0 link CAS
        _pool.SetWord(node, HeightWord, height);
        _pool.StoreLink(node, _handoffLink, 0, MemoryOrder.Relaxed);
        _pool.StoreLink(node, _valueLink, value, MemoryOrder.Relaxed); // published by the release of the level-0 link CAS
        return node;
    }

    /// <summary>
    /// Links a node already on level 0 at levels 1 .. height - 1, bottom-up, stopping as soon as it is marked (a
    /// remover got to it first: linking more levels would only be undone).
    /// </summary>
    private void LinkUpperLevels(ReclaimerThread t, long node, TKey key, int height, long[] preds, long[] succs)
    {
        for (int level = 1; level < height; level++)
        {
            while (true)
            {
                StepLabel.At("add_link_read");
                long link = _pool.LoadLink(node, level, MemoryOrder.Acquire); // our own node: allocated until we finish with it
                if (IsMarked(link) && _bug != SeededBug.SkipListRelinkMarked) return; // the seeded defect goes on
                long succ = succs[level];
                StepLabel.At("add_link_own");
                // Winning this CAS points the node's link at the successor of the latest search; losing it means a
                // remover marked this level meanwhile: stop building.
                if (link != succ && !_pool.CompareExchangeLink(node, level, link, succ, MemoryOrder.AcqRel)) return;
                // Winning this CAS links the node at this level after the predecessor. Losing it: the predecessor's
                // link changed; search again (which also tells whether the node is still the key's node).
                StepLabel.At("add_link_cas");
                if (_pool.CompareExchangeLink(preds[level], level, succ, node, MemoryOrder.AcqRel))
                {
                    Changed(StepLinked, node);
                    break;
                }
                StepLabel.At("add_link_find");
                if (!Find(t, key, preds, succs, throughKey: false) || succs[0] != node) return;
            }
        }
    }

    private bool RemoveInOperation(ReclaimerThread t, TKey key, out long value)
    {
        long[] preds = _preds[t.Index], succs = _succs[t.Index];
        value = 0;
        if (!Find(t, key, preds, succs, throughKey: false)) return false;
        long victim = succs[0];
        int height = (int)_pool.Word(victim, HeightWord);
        for (int level = height - 1; level >= 1; level--)
        {
            StepLabel.At("remove_mark_read");
            long succ = _pool.LoadLink(victim, level, MemoryOrder.Acquire);
            while (!IsMarked(succ))
            {
                // Winning this CAS marks the victim at this level: no node will be linked after it here, and the
                // inserter, if still building, stops at this level.
                StepLabel.At("remove_mark_cas");
                if (_pool.CompareExchangeLink(victim, level, succ, succ | Mark, MemoryOrder.AcqRel)) Marked(victim, level);
                StepLabel.At("remove_mark_read");
                succ = _pool.LoadLink(victim, level, MemoryOrder.Acquire);
            }
        }
        StepLabel.At("remove_read0");
        long next = _pool.LoadLink(victim, 0, MemoryOrder.Acquire);
        if (_bug == SeededBug.SkipListUnlinkBeforeMark && !IsMarked(next))
        {
            StepLabel.At("remove_unlink_early");
            UnlinkBeforeMark(victim, next, preds);
        }
        while (true)
        {
            if (IsMarked(next)) return false; // another Remove marked it first: the key left the set during this call
            // Winning this CAS marks the victim at level 0: the key leaves the set (the linearization point of a
            // successful Remove). Exactly one thread wins it; that thread is the node's remover.
            StepLabel.At("remove_mark0");
            if (_pool.CompareExchangeLink(victim, 0, next, next | Mark, MemoryOrder.AcqRel))
            {
                Marked(victim, 0);
                Changed(StepRemoved, victim);
                break;
            }
            StepLabel.At("remove_reread0");
            next = _pool.LoadLink(victim, 0, MemoryOrder.Acquire);
        }
        value = SwapInTombstone(victim);
        if (_bug == SeededBug.SkipListRetireWithoutHandoff) RetireWithoutHandoff(t, victim, key);
        else FinishWithNode(t, victim, key); // the remover is done marking
        return true;
    }

    /// <summary>
    /// The remover, after its level-0 mark, replaces the victim's value by <see cref="NoValue"/> and returns the value
    /// it replaced: the value at the removal, with every update linearized before it (see Values). The node is still
    /// allocated: the remover has not finished with it.
    /// </summary>
    private long SwapInTombstone(long victim)
    {
        long current = _pool.LoadLink(victim, _valueLink, MemoryOrder.Acquire);
        // Winning this CAS retires the value word: updates that read an older value fail from now on, and current is
        // the removed value. Losing it: an update won first; read again (the updates are finite: each one that wins
        // was computed from a value read before this CAS).
        while (!_pool.CompareExchangeLink(victim, _valueLink, current, NoValue, MemoryOrder.AcqRel))
            current = _pool.LoadLink(victim, _valueLink, MemoryOrder.Acquire);
        return current;
    }

    /// <summary>
    /// The seeded defect <see cref="SeededBug.SkipListUpperLevelFirst"/>: before its level-0 CAS, Add links the new
    /// node at the upper levels (one CAS each, as found by the search), so for a while the node is a shortcut to a
    /// node that is not on the level below (SkipListSublist).
    /// </summary>
    private void LinkUpperLevelsFirst(long node, int height, long[] preds, long[] succs)
    {
        for (int level = 1; level < height; level++)
        {
            if (_pool.CompareExchangeLink(preds[level], level, succs[level], node, MemoryOrder.AcqRel)) Changed(StepLinked, node);
        }
    }

    /// <summary>
    /// The seeded defect <see cref="SeededBug.SkipListUnlinkBeforeMark"/>: Remove unlinks the victim at level 0 before
    /// it marks it, so the key leaves level 0 before the Remove's linearization point (SkipListMatchesAbstract); and a
    /// node an Add linked after the victim meanwhile is unlinked with it (a lost insert).
    /// </summary>
    private void UnlinkBeforeMark(long victim, long next, long[] preds)
    {
        if (_pool.CompareExchangeLink(preds[0], 0, victim, next, MemoryOrder.AcqRel)) Changed(StepUnlinked, victim);
    }

    // Structural steps (the values of Weft.Monitors.SkipListStep).
    private const int StepAdded = 0, StepRemoved = 1, StepLinked = 2, StepUnlinked = 3;

    /// <summary>
    /// Controlled build: reports a structural step to the monitors (SkipListMatchesAbstractMonitor,
    /// SkipListSublistMonitor) with every level as it is right after the step. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void Changed(int step, long node)
    {
#if WEFT_CONTROLLED
        // Walking every level costs: only when a skiplist monitor listens (and the keys are ones it can order).
        if (!SchedulingHooks.Wants<SkipListEvent>() || !MonitoredKeys<TKey, TComparer>.Reported) return;
        var levels = new SkipListNodeView[_maxLevel][];
        for (int level = 0; level < _maxLevel; level++)
        {
            var views = new System.Collections.Generic.List<SkipListNodeView>();
            long h = Unmarked(_pool.PeekLink(NodePool.IndexOf(_head), level));
            while (h != NodePool.Null && views.Count <= _pool.Capacity)
            {
                int slot = NodePool.IndexOf(h);
                long link = _pool.PeekLink(slot, level);
                views.Add(new SkipListNodeView(h, MonitoredKeys<TKey, TComparer>.ToInt64(_keys[slot]), IsMarked(link), IsMarked(_pool.PeekLink(slot, 0))));
                h = Unmarked(link);
            }
            levels[level] = views.ToArray();
        }
        long key = MonitoredKeys<TKey, TComparer>.ToInt64(_keys[NodePool.IndexOf(node)]);
        SchedulingHooks.Emit(new SkipListEvent(_id, (SkipListStep)step, key, SchedulingHooks.ThreadId, levels));
#endif
    }

    /// <summary>Controlled build: this thread's CAS marked <paramref name="node"/>'s link at <paramref name="level"/> (SkipListMarkStableMonitor). Compiled away in production.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void Marked(long node, int level)
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Wants<SkipListMarkEvent>()) SchedulingHooks.Emit(new SkipListMarkEvent(_id, node, level, SchedulingHooks.ThreadId));
#endif
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

    /// <summary>
    /// The seeded defect <see cref="SeededBug.SkipListRetireWithoutHandoff"/>: the remover unlinks the node and retires
    /// it at once (Herlihy and Shavit's Remove followed by a retire), ignoring that its inserter may still link it at
    /// an upper level after this search: a node then stays linked after it is freed.
    /// </summary>
    private void RetireWithoutHandoff(ReclaimerThread t, long victim, TKey key)
    {
        Find(t, key, _preds[t.Index], _succs[t.Index], throughKey: true);
        _reclaimer.Retire(t, victim);
    }

    /// <summary>
    /// The inserter or the remover has finished with <paramref name="node"/> (see Retirement in the class comment).
    /// The first of the two to get here walks away; the second unlinks the node wherever it is still linked and
    /// retires it.
    /// </summary>
    private void FinishWithNode(ReclaimerThread t, long node, TKey key)
    {
        // Winning this CAS means the other party is still at work and will see the handoff word taken when it
        // finishes: it retires the node. Losing it means the other party has finished: this thread retires it.
        StepLabel.At("finish_handoff");
        if (_pool.CompareExchangeLink(node, _handoffLink, 0, 1, MemoryOrder.AcqRel)) return;
        StepLabel.At("finish_snip");
        Find(t, key, _preds[t.Index], _succs[t.Index], throughKey: true); // snips the node at every level it is still on
        _reclaimer.Retire(t, node);
    }

    /// <summary>
    /// Searches for <paramref name="key"/>: fills <paramref name="preds"/> and <paramref name="succs"/> with each
    /// level's last node below the key and the first node at or above it, unlinking every marked node it passes;
    /// returns whether the level-0 successor holds the key (and is unmarked, as every node it stops at is). With
    /// <paramref name="throughKey"/> it walks past the nodes holding the key too (the successors are then above the
    /// key): every marked node of the key is unlinked, whatever unmarked node of the key stands before it.
    /// </summary>
    private bool Find(ReclaimerThread t, TKey key, long[] preds, long[] succs, bool throughKey)
    {
        while (true)
        {
            if (TryFind(t, key, preds, succs, throughKey, out bool found)) return found;
        }
    }

    /// <summary>One pass of <see cref="Find"/> from the head; false when a snip CAS failed and the search must restart.</summary>
    private bool TryFind(ReclaimerThread t, TKey key, long[] preds, long[] succs, bool throughKey, out bool found)
    {
        long pred = _head, curr = NodePool.Null;
        for (int level = _maxLevel - 1; level >= 0; level--)
        {
            // The seeded defect SkipListUpperSearchOffByOne stops the upper levels one node early.
            bool offByOne = level > 0 && _bug == SeededBug.SkipListUpperSearchOffByOne && !throughKey;
            if (!FirstStep(t, pred, level, out curr))
            {
                found = false;
                return false;
            }
            while (curr != NodePool.Null)
            {
                long succ = Next(t, curr, level);
                if (IsMarked(succ))
                {
                    // Winning this CAS unlinks the marked node curr at this level (its link is frozen, so succ is
                    // still its successor). Losing it: pred's link changed (pred was marked, or a node was linked
                    // after it): restart from the head.
                    if (!_pool.CompareExchangeLink(pred, level, curr, Unmarked(succ), MemoryOrder.AcqRel))
                    {
                        found = false;
                        return false;
                    }
                    Changed(StepUnlinked, curr);
                    curr = Unmarked(succ);
                    continue;
                }
                int order = CompareNode(curr, key);
                if (order > 0 || (order == 0 && !throughKey)) break;
                if (offByOne && (Unmarked(succ) == NodePool.Null || CompareNode(Unmarked(succ), key) >= 0)) break;
                pred = curr;
                curr = succ;
            }
            preds[level] = pred;
            succs[level] = curr;
        }
        found = curr != NodePool.Null && CompareNode(curr, key) == 0;
        return true;
    }

    private bool ContainsInOperation(ReclaimerThread t, TKey key) => Locate(t, key) != NodePool.Null;

    /// <summary>
    /// The search behind <see cref="Contains"/> and <see cref="TryGetValue"/>: the node of <paramref name="key"/>
    /// found unmarked at level 0 (at its last link read), or null. Read-only; wait-free when the reclaimer protects
    /// whole operations, lock-free under IBR, where a pass restarts when a step over marked nodes fails its validation
    /// (see Traversal and IBR).
    /// </summary>
    private long Locate(ReclaimerThread t, TKey key)
    {
        while (true)
        {
            if (TryLocate(t, key, out long node)) return node;
        }
    }

    /// <summary>One pass of <see cref="Locate"/> from the head; false when a step over marked nodes failed its validation (<see cref="StillLinks"/>) or the first link read at a level was marked (<see cref="FirstStep"/>), and the search must restart.</summary>
    private bool TryLocate(ReclaimerThread t, TKey key, out long node)
    {
        bool ignoreMark = _bug == SeededBug.SkipListContainsIgnoresMark;
        long pred = _head, curr = NodePool.Null;
        node = NodePool.Null;
        for (int level = _maxLevel - 1; level >= 0; level--)
        {
            if (!FirstStep(t, pred, level, out curr)) return false;
            var at = new LevelPosition(pred);
            while (curr != NodePool.Null)
            {
                long succ = Next(t, curr, level);
                // A marked node is stepped over, not unlinked (Contains never writes), once pred is seen still to
                // link the first marked node of the run. The seeded defect takes a marked node at level 0 for a member.
                if (IsMarked(succ) && !(ignoreMark && level == 0))
                {
                    if (!at.StepOverMarked(this, level, curr)) return false;
                    curr = Unmarked(succ);
                    continue;
                }
                if (CompareNode(curr, key) >= 0) break;
                at.StandOn(curr);
                curr = Unmarked(succ);
            }
            pred = at.Pred;
        }
        node = curr != NodePool.Null && CompareNode(curr, key) == 0 ? curr : NodePool.Null;
        return true;
    }

    /// <summary>
    /// The first link read of a level, from <paramref name="pred"/> (the head, or the node a search stopped at on the
    /// level above, found unmarked there): its successor, unmarked, in <paramref name="curr"/>; false when the
    /// link is marked and steps are validated (see Traversal and IBR): pred was marked after the search stood on it,
    /// its link at this level is frozen and may name a freed node, and there is no earlier node of this level to
    /// validate against, so the search restarts from the head.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool FirstStep(ReclaimerThread t, long pred, int level, out long curr)
    {
        long link = Next(t, pred, level);
        curr = Unmarked(link);
        return !IsMarked(link) || !_validateSteps;
    }

    /// <summary>
    /// The validation of a step over marked nodes (see Traversal and IBR): whether <paramref name="pred"/>'s link at
    /// <paramref name="level"/> still names <paramref name="firstMarked"/>, unmarked, read after the protected read of
    /// the successor the step goes to. Always true when the reclaimer protects whole operations (DEBRA, no
    /// reclamation) and under the seeded defect <see cref="SeededBug.LockFreeSkipListFollowsRemovedLinks"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool StillLinks(long pred, int level, long firstMarked) =>
        !_validateSteps || _pool.LoadLink(pred, level, MemoryOrder.Acquire) == firstMarked;

    /// <summary>
    /// Where a read-only walk stands on one level (<see cref="TryLocate"/>, <see cref="Walk"/>,
    /// <see cref="DescendForWalk"/>; see Traversal and IBR): the last unmarked node it stood on (<see cref="Pred"/>)
    /// and the first of the marked nodes it has stepped over since (null when none). The walk reads each link itself
    /// (its stop rule may look at the node first) and then takes one of the two transitions: <see cref="StandOn"/> an
    /// unmarked node, or <see cref="StepOverMarked"/>, the validated step over a marked one. A local value (no
    /// allocation); a new one at each level, from the node the walk stopped at on the level above.
    /// </summary>
    private struct LevelPosition(long pred)
    {
        private long _firstMarked = NodePool.Null;

        /// <summary>The last unmarked node stood on at this level: the node whose link validates a step over a marked node.</summary>
        public long Pred { get; private set; } = pred;

        /// <summary>The walk stands on <paramref name="node"/>, whose link it read unmarked: the run of marked nodes behind it is empty.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void StandOn(long node)
        {
            Pred = node;
            _firstMarked = NodePool.Null;
        }

        /// <summary>
        /// The step over <paramref name="node"/>, whose link at <paramref name="level"/> the walk read marked (the
        /// protected read of its successor): the node opens a run of marked nodes unless one is open, and the step is
        /// valid only if <see cref="Pred"/>'s link, read now, still names the run's first node, unmarked
        /// (<see cref="StillLinks"/>); false: the search restarts from the head.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool StepOverMarked(LockFreeSkipList<TKey, TComparer> list, int level, long node)
        {
            if (_firstMarked == NodePool.Null) _firstMarked = node;
            return list.StillLinks(Pred, level, _firstMarked);
        }
    }

    /// <summary>
    /// Copies the keys in [<paramref name="fromInclusive"/>, <paramref name="toInclusive"/>] into
    /// <paramref name="destination"/> in strictly ascending order and returns how many it copied; it stops when the
    /// destination is full (continue from just above the last key). One reclaimer operation: every link read is
    /// protected as the searches' are; nothing is allocated and nothing is written to the list.
    ///
    /// Weakly consistent (like <see cref="Contains"/>, it walks level 0 and steps over marked nodes): every key
    /// present in the set for the whole call and in range is returned (unless the destination fills first), no key
    /// is returned twice, keys come in ascending order, and a key added or removed during the call may or may not
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
    /// The walk behind <see cref="Range"/>, <see cref="Keys"/> and <see cref="Count"/>: down the upper levels to the
    /// last node below the lower bound, then along level 0, stepping over marked nodes and taking each unmarked key
    /// of the range once. A key is taken only if above the last one taken, so the output is strictly ascending even
    /// if the walk meets a key twice (an old marked node and its re-added successor). Copies the keys into
    /// <paramref name="destination"/> (stopping when it is full), or only counts them when it is empty. Returns how
    /// many keys it took. Under IBR a step over marked nodes is validated (see Traversal and IBR); when a validation
    /// fails the walk descends again from the head to just below the last key taken and goes on from there.
    /// </summary>
    private int Walk(ReclaimerThread t, KeyBounds<TKey, TComparer> bounds, Span<TKey> destination)
    {
        bool countOnly = destination.IsEmpty;
        bool stopAtMark = !countOnly && _bug == SeededBug.SkipListRangeStopsAtMark; // the seeded defect is Range's
        int taken = 0;
        bool any = false;
        TKey last = default!;
        while (true) // once, unless a step over marked nodes failed its validation (or a first link was marked): then again from the head, past the last key taken
        {
            long pred = DescendForWalk(t, bounds, any, last);
            if (pred == NodePool.Null || !FirstStep(t, pred, 0, out long node)) continue;
            var at = new LevelPosition(pred);
            while (true)
            {
                if (node == NodePool.Null) return taken;
                long succ = Next(t, node, 0);
                TKey key = Key(node);
                if (bounds.Above(key) || (stopAtMark && IsMarked(succ))) return taken; // the seeded defect stops at a marked node
                if (IsMarked(succ))
                {
                    if (!at.StepOverMarked(this, 0, node)) break;
                }
                else
                {
                    if (!bounds.Below(key) && (!any || default(TComparer).Compare(key, last) > 0))
                    {
                        if (!countOnly) destination[taken] = key;
                        taken++;
                        last = key;
                        any = true;
                        if (!countOnly && taken == destination.Length) return taken;
                    }
                    at.StandOn(node);
                }
                node = Unmarked(succ);
            }
        }
    }

    /// <summary>
    /// The levels above 0 of <see cref="Walk"/>'s descent: the last node below the lower bound and, once a key was
    /// taken, below <paramref name="last"/>; null when a step over marked nodes failed its validation (search again).
    /// </summary>
    private long DescendForWalk(ReclaimerThread t, KeyBounds<TKey, TComparer> bounds, bool any, TKey last)
    {
        long pred = _head;
        for (int level = _maxLevel - 1; level >= 1 && (bounds.Bounded || any); level--)
        {
            if (!FirstStep(t, pred, level, out long curr)) return NodePool.Null;
            var at = new LevelPosition(pred);
            while (curr != NodePool.Null)
            {
                long succ = Next(t, curr, level);
                if (IsMarked(succ))
                {
                    if (!at.StepOverMarked(this, level, curr)) return NodePool.Null;
                    curr = Unmarked(succ);
                    continue;
                }
                if (!bounds.Below(Key(curr)) && !(any && default(TComparer).Compare(Key(curr), last) < 0)) break;
                at.StandOn(curr);
                curr = Unmarked(succ);
            }
            pred = at.Pred;
        }
        return pred;
    }
}
