using System;
using System.Runtime.CompilerServices;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
#if WEFT_CONTROLLED
using Weft.Engine;
using Weft.Monitors;
#endif

namespace Weft.Collections;

/// <summary>
/// A lock-free skiplist set of 64-bit keys (K. Fraser, "Practical lock-freedom", PhD thesis, Cambridge 2004, §4.3.3;
/// M. Herlihy and N. Shavit, "The Art of Multiprocessor Programming", ch. 14.4 LockFreeSkipList) over a
/// <see cref="NodePool"/> of towers, with a pluggable <see cref="Reclaimer"/>.
///
/// Layout. A node is a pool slot with <c>maxLevel</c> next links (level 0 first), one handoff word (link
/// <c>maxLevel</c>, see Retirement) and two payload words: the key and the tower height. A link holds the successor's
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
/// one whose Remove succeeds (its linearization point); <see cref="Contains"/> is wait-free: it walks like Find but
/// never writes, stepping over marked nodes, and linearizes at its last link read.
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
/// <see cref="Reclaimer.ProtectIsPlainLoad"/>), so the nodes a thread reaches stay allocated until its operation ends (IBR,
/// DEBRA); a node reached through a marked, unlinked node was unlinked after the reader started (a marked link is
/// frozen, so its successor is unlinked only after it), which is what those schemes protect. Generation-tagged
/// handles make a snip or link CAS on a recycled node fail (no ABA). DEBRA+ is not supported: the operations write
/// shared nodes (snips, tower links) before they linearize, which its neutralization cannot restart safely. The
/// immediate reclaimer frees at retire, while other threads may still read the node: the negative control.
///
/// Random level. Drawn by <see cref="TowerHeights"/> from a per-thread xorshift generator (geometric, p = 1/2) and
/// offered to the harness (<see cref="Nondeterminism.Choose"/>): under the scheduler the height is a recorded,
/// explored choice.
/// </summary>
public sealed class LockFreeSkipList
{
    /// <summary>Payload words of a node: the key and the tower height.</summary>
    public const int PayloadWordsPerNode = 2;

    private const int KeyWord = 0, HeightWord = 1;
    private const long Mark = NodePool.MarkBit;

    private readonly Reclaimer _reclaimer;
    private readonly NodePool _pool;
    private readonly int _maxLevel;
    private readonly int _handoffLink;
    private readonly long _head;
    private readonly long[][] _preds, _succs;
    private readonly TowerHeights _heights;
    private readonly SeededBug _bug;
    private readonly bool _plainProtect; // the reclaimer's Protect is an acquire load: read links directly (no virtual call)
#if WEFT_CONTROLLED
    private readonly int _id = Sched.NewObjectId();
#endif

    /// <param name="reclaimer">The reclamation scheme; its pool must have at least <paramref name="maxLevel"/> + 1 links and <see cref="PayloadWordsPerNode"/> payload words per node.</param>
    /// <param name="maxLevel">The tallest tower (levels 0 .. maxLevel - 1), 1 to 32.</param>
    public LockFreeSkipList(Reclaimer reclaimer, int maxLevel = 16)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLevel, 32);
        if (reclaimer.Neutralizes)
            throw new ArgumentException("the lock-free skiplist does not support DEBRA+: it writes shared nodes before it linearizes, which neutralization cannot restart safely; use IBR or DEBRA", nameof(reclaimer));
        _pool = reclaimer.Pool;
        if (_pool.Links < maxLevel + 1 || _pool.PayloadWords < PayloadWordsPerNode)
            throw new ArgumentException($"a skiplist of max level {maxLevel} needs a pool with {maxLevel + 1} links and {PayloadWordsPerNode} payload words per node; this pool has {_pool.Links} and {_pool.PayloadWords}", nameof(reclaimer));
        _reclaimer = reclaimer;
        _maxLevel = maxLevel;
        _handoffLink = maxLevel;
        _bug = reclaimer.Config.SeededBug;
        _plainProtect = reclaimer.ProtectIsPlainLoad;
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
    public static LockFreeSkipList WithDefaults(int maxThreads, int maxLevel = 16, WeftConfig? config = null)
    {
        config ??= WeftConfig.FromEnvironment();
        var pool = new NodePool(config.PoolCapacity, tagged: true, threadCaches: maxThreads, links: maxLevel + 1, payloadWords: PayloadWordsPerNode, capacitySetting: NodePool.WeftConfigPoolCapacitySetting);
        return new LockFreeSkipList(Reclaimer.Create(config.Reclamation, pool, maxThreads, config), maxLevel);
    }

    public Reclaimer Reclaimer => _reclaimer;
    public int MaxLevel => _maxLevel;

    /// <summary>The keys on level 0 whose nodes are unmarked, in list order, read without scheduling points (state monitors and tests; exact when no thread is running).</summary>
    internal System.Collections.Generic.List<long> PeekKeys()
    {
        var keys = new System.Collections.Generic.List<long>();
        long h = Unmarked(_pool.PeekLink(NodePool.IndexOf(_head), 0));
        while (h != NodePool.Null && keys.Count <= _pool.Capacity)
        {
            int slot = NodePool.IndexOf(h);
            long next = _pool.PeekLink(slot, 0);
            if (!IsMarked(next)) keys.Add(_pool.PeekWord(slot, KeyWord));
            h = Unmarked(next);
        }
        return keys;
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
            long previousKey = long.MinValue;
            bool first = true;
            while (h != NodePool.Null)
            {
                if (here.Count > _pool.Capacity) return $"level {level} is cyclic";
                int slot = NodePool.IndexOf(h);
                long key = _pool.PeekWord(slot, KeyWord), next = _pool.PeekLink(slot, level);
                if (!first && key <= previousKey) return $"level {level} is not strictly sorted: {key} after {previousKey}";
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
            var keys = new System.Collections.Generic.List<long>();
            long h = Unmarked(_pool.PeekLink(NodePool.IndexOf(_head), level));
            while (h != NodePool.Null && keys.Count <= _pool.Capacity)
            {
                keys.Add(_pool.PeekWord(NodePool.IndexOf(h), KeyWord));
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Key(long node) => _pool.Word(node, KeyWord);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Next(ReclaimerThread t, long node, int level) =>
        _plainProtect ? _pool.LoadLink(node, level, MemoryOrder.Acquire) : _pool.ProtectLink(_reclaimer, t, node, level);

    /// <summary>Adds <paramref name="key"/>; false when it was already present. Throws <see cref="PoolExhaustedException"/> (the set unchanged) when a new node is needed and the pool has none.</summary>
    public bool Add(ReclaimerThread t, long key)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            return AddInOperation(t, key);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>Removes <paramref name="key"/>; false when it was absent.</summary>
    public bool Remove(ReclaimerThread t, long key)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            return RemoveInOperation(t, key);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>Whether <paramref name="key"/> is in the set (wait-free: never writes, never restarts).</summary>
    public bool Contains(ReclaimerThread t, long key)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            return ContainsInOperation(t, key);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    private bool AddInOperation(ReclaimerThread t, long key)
    {
        long[] preds = _preds[t.Index], succs = _succs[t.Index];
        int height = _heights.Next(t.Index);
        long node = NodePool.Null;
        while (true)
        {
            if (Find(t, key, preds, succs, throughKey: false))
            {
                if (node != NodePool.Null) _pool.Free(t.Index, node); // never published: no other thread saw it
                return false;
            }
            if (node == NodePool.Null) node = NewNode(t, key, height);
            for (int level = 0; level < height; level++) _pool.StoreLink(node, level, succs[level], MemoryOrder.Relaxed);
            // Winning this CAS links node at level 0 between the predecessor and the successor found: the key is in
            // the set (the linearization point of a successful Add; release: the node's key, height and links are
            // visible to whoever reads the new link). Losing it: the predecessor's link changed; search again.
            if (_bug == SeededBug.SkipListUpperLevelFirst) LinkUpperLevelsFirst(node, height, preds, succs);
            if (_pool.CompareExchangeLink(preds[0], 0, succs[0], node, MemoryOrder.AcqRel))
            {
                Changed(StepAdded, node);
                break;
            }
        }
        LinkUpperLevels(t, node, key, height, preds, succs);
        FinishWithNode(t, node, key); // the inserter is done linking
        return true;
    }

    /// <summary>A new, unpublished node: its handoff word 0, its key and height set. Allocation failure leaves the set unchanged.</summary>
    private long NewNode(ReclaimerThread t, long key, int height)
    {
        long node = _reclaimer.Allocate(t);
        _pool.SetWord(node, KeyWord, key);
        _pool.SetWord(node, HeightWord, height);
        _pool.StoreLink(node, _handoffLink, 0, MemoryOrder.Relaxed);
        return node;
    }

    /// <summary>
    /// Links a node already on level 0 at levels 1 .. height - 1, bottom-up, stopping as soon as it is marked (a
    /// remover got to it first: linking more levels would only be undone).
    /// </summary>
    private void LinkUpperLevels(ReclaimerThread t, long node, long key, int height, long[] preds, long[] succs)
    {
        for (int level = 1; level < height; level++)
        {
            while (true)
            {
                long link = _pool.LoadLink(node, level, MemoryOrder.Acquire); // our own node: allocated until we finish with it
                if (IsMarked(link)) return;
                long succ = succs[level];
                // Winning this CAS points the node's link at the successor of the latest search; losing it means a
                // remover marked this level meanwhile: stop building.
                if (link != succ && !_pool.CompareExchangeLink(node, level, link, succ, MemoryOrder.AcqRel)) return;
                // Winning this CAS links the node at this level after the predecessor. Losing it: the predecessor's
                // link changed; search again (which also tells whether the node is still the key's node).
                if (_pool.CompareExchangeLink(preds[level], level, succ, node, MemoryOrder.AcqRel))
                {
                    Changed(StepLinked, node);
                    break;
                }
                if (!Find(t, key, preds, succs, throughKey: false) || succs[0] != node) return;
            }
        }
    }

    private bool RemoveInOperation(ReclaimerThread t, long key)
    {
        long[] preds = _preds[t.Index], succs = _succs[t.Index];
        if (!Find(t, key, preds, succs, throughKey: false)) return false;
        long victim = succs[0];
        int height = (int)_pool.Word(victim, HeightWord);
        for (int level = height - 1; level >= 1; level--)
        {
            long succ = _pool.LoadLink(victim, level, MemoryOrder.Acquire);
            while (!IsMarked(succ))
            {
                // Winning this CAS marks the victim at this level: no node will be linked after it here, and the
                // inserter, if still building, stops at this level.
                _pool.CompareExchangeLink(victim, level, succ, succ | Mark, MemoryOrder.AcqRel);
                succ = _pool.LoadLink(victim, level, MemoryOrder.Acquire);
            }
        }
        long next = _pool.LoadLink(victim, 0, MemoryOrder.Acquire);
        if (_bug == SeededBug.SkipListUnlinkBeforeMark && !IsMarked(next)) UnlinkBeforeMark(victim, next, preds);
        while (true)
        {
            if (IsMarked(next)) return false; // another Remove marked it first: the key left the set during this call
            // Winning this CAS marks the victim at level 0: the key leaves the set (the linearization point of a
            // successful Remove). Exactly one thread wins it; that thread is the node's remover.
            if (_pool.CompareExchangeLink(victim, 0, next, next | Mark, MemoryOrder.AcqRel))
            {
                Changed(StepRemoved, victim);
                break;
            }
            next = _pool.LoadLink(victim, 0, MemoryOrder.Acquire);
        }
        if (_bug == SeededBug.SkipListRetireWithoutHandoff) RetireWithoutHandoff(t, victim, key);
        else FinishWithNode(t, victim, key); // the remover is done marking
        return true;
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
        if (!Sched.Wants<SkipListEvent>()) return; // walking every level costs: only when a skiplist monitor listens
        var levels = new SkipListNodeView[_maxLevel][];
        for (int level = 0; level < _maxLevel; level++)
        {
            var views = new System.Collections.Generic.List<SkipListNodeView>();
            long h = Unmarked(_pool.PeekLink(NodePool.IndexOf(_head), level));
            while (h != NodePool.Null && views.Count <= _pool.Capacity)
            {
                int slot = NodePool.IndexOf(h);
                long link = _pool.PeekLink(slot, level);
                views.Add(new SkipListNodeView(h, _pool.PeekWord(slot, KeyWord), IsMarked(link), IsMarked(_pool.PeekLink(slot, 0))));
                h = Unmarked(link);
            }
            levels[level] = views.ToArray();
        }
        long key = _pool.PeekWord(NodePool.IndexOf(node), KeyWord);
        Sched.Emit(new SkipListEvent(_id, (SkipListStep)step, key, Sched.ThreadId, levels));
#else
        _ = step;
        _ = node;
#endif
    }

    /// <summary>
    /// The seeded defect <see cref="SeededBug.SkipListRetireWithoutHandoff"/>: the remover unlinks the node and retires
    /// it at once (Herlihy and Shavit's Remove followed by a retire), ignoring that its inserter may still link it at
    /// an upper level after this search: a node then stays linked after it is freed.
    /// </summary>
    private void RetireWithoutHandoff(ReclaimerThread t, long victim, long key)
    {
        Find(t, key, _preds[t.Index], _succs[t.Index], throughKey: true);
        _reclaimer.Retire(t, victim);
    }

    /// <summary>
    /// The inserter or the remover has finished with <paramref name="node"/> (see Retirement in the class comment).
    /// The first of the two to get here walks away; the second unlinks the node wherever it is still linked and
    /// retires it.
    /// </summary>
    private void FinishWithNode(ReclaimerThread t, long node, long key)
    {
        // Winning this CAS means the other party is still at work and will see the handoff word taken when it
        // finishes: it retires the node. Losing it means the other party has finished: this thread retires it.
        if (_pool.CompareExchangeLink(node, _handoffLink, 0, 1, MemoryOrder.AcqRel)) return;
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
    private bool Find(ReclaimerThread t, long key, long[] preds, long[] succs, bool throughKey)
    {
        while (true)
        {
            if (TryFind(t, key, preds, succs, throughKey, out bool found)) return found;
        }
    }

    /// <summary>One pass of <see cref="Find"/> from the head; false when a snip CAS failed and the search must restart.</summary>
    private bool TryFind(ReclaimerThread t, long key, long[] preds, long[] succs, bool throughKey, out bool found)
    {
        long pred = _head, curr = NodePool.Null;
        for (int level = _maxLevel - 1; level >= 0; level--)
        {
            curr = Unmarked(Next(t, pred, level));
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
                long currKey = Key(curr);
                if (currKey > key || (currKey == key && !throughKey)) break;
                pred = curr;
                curr = succ;
            }
            preds[level] = pred;
            succs[level] = curr;
        }
        found = curr != NodePool.Null && Key(curr) == key;
        return true;
    }

    private bool ContainsInOperation(ReclaimerThread t, long key)
    {
        bool ignoreMark = _bug == SeededBug.SkipListContainsIgnoresMark;
        long pred = _head, curr = NodePool.Null;
        for (int level = _maxLevel - 1; level >= 0; level--)
        {
            curr = Unmarked(Next(t, pred, level));
            while (curr != NodePool.Null)
            {
                long succ = Next(t, curr, level);
                // A marked node is stepped over, not unlinked (Contains never writes). The seeded defect takes a
                // marked node at level 0 for a member.
                if (IsMarked(succ) && !(ignoreMark && level == 0))
                {
                    curr = Unmarked(succ);
                    continue;
                }
                if (Key(curr) >= key) break;
                pred = curr;
                curr = Unmarked(succ);
            }
        }
        return curr != NodePool.Null && Key(curr) == key;
    }

    /// <summary>
    /// Copies the keys in [<paramref name="fromInclusive"/>, <paramref name="toInclusive"/>] into
    /// <paramref name="destination"/> in strictly ascending order and returns how many it copied; it stops when the
    /// destination is full (continue from the last key + 1). One reclaimer operation: every link read is protected
    /// as the searches' are; nothing is allocated and nothing is written to the list.
    ///
    /// Weakly consistent (like <see cref="Contains"/>, it walks level 0 and steps over marked nodes): every key
    /// present in the set for the whole call and in range is returned (unless the destination fills first), no key
    /// is returned twice, keys come in ascending order, and a key added or removed during the call may or may not
    /// appear. Exact when no other thread is running.
    /// </summary>
    public int Range(ReclaimerThread t, long fromInclusive, long toInclusive, Span<long> destination)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            return RangeInOperation(t, fromInclusive, toInclusive, destination);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>All keys, ascending, into <paramref name="destination"/> (see <see cref="Range"/> for the guarantee).</summary>
    public int Keys(ReclaimerThread t, Span<long> destination) => Range(t, long.MinValue, long.MaxValue, destination);

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
            return Walk(t, long.MinValue, long.MaxValue, Span<long>.Empty);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>
    /// Descends like <see cref="Contains"/> to the first node at or above <paramref name="fromInclusive"/>, then walks
    /// level 0, stepping over marked nodes. A key is reported only if above the last one reported, so the output is
    /// strictly ascending even if the walk meets a key twice (an old marked node and its re-added successor).
    /// </summary>
    private int RangeInOperation(ReclaimerThread t, long fromInclusive, long toInclusive, Span<long> destination) =>
        destination.IsEmpty || fromInclusive > toInclusive ? 0 : Walk(t, fromInclusive, toInclusive, destination);

    /// <summary>
    /// The walk behind <see cref="Range"/> and <see cref="Count"/>: down the upper levels to the last node below
    /// <paramref name="fromInclusive"/>, then along level 0, taking each unmarked key of the range once, ascending.
    /// Copies the keys into <paramref name="destination"/> (stopping when it is full), or only counts them when it is
    /// empty. Returns how many keys it took.
    /// </summary>
    private int Walk(ReclaimerThread t, long fromInclusive, long toInclusive, Span<long> destination)
    {
        bool countOnly = destination.IsEmpty;
        long pred = _head;
        for (int level = _maxLevel - 1; level >= 1; level--)
        {
            long curr = Unmarked(Next(t, pred, level));
            while (curr != NodePool.Null)
            {
                long succ = Next(t, curr, level);
                if (IsMarked(succ)) { curr = Unmarked(succ); continue; }
                if (Key(curr) >= fromInclusive) break;
                pred = curr;
                curr = Unmarked(succ);
            }
        }
        bool stopAtMark = !countOnly && _bug == SeededBug.SkipListRangeStopsAtMark; // the seeded defect is Range's
        int taken = 0;
        bool any = false;
        long last = long.MinValue;
        long node = Unmarked(Next(t, pred, 0));
        while (node != NodePool.Null)
        {
            long succ = Next(t, node, 0);
            long key = Key(node);
            if (key > toInclusive || (stopAtMark && IsMarked(succ))) break; // the seeded defect stops at a marked node
            if (!IsMarked(succ) && key >= fromInclusive && (!any || key > last))
            {
                if (!countOnly) destination[taken] = key;
                taken++;
                last = key;
                any = true;
                if (!countOnly && taken == destination.Length) break;
            }
            node = Unmarked(succ);
        }
        return taken;
    }
}
