using System;
using System.Runtime.CompilerServices;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Collections;

/// <summary>
/// A lock-free binary search tree map (F. Ellen, P. Fatourou, E. Ruppert and F. van Breugel, "Non-blocking Binary
/// Search Trees", PODC 2010) over a <see cref="NodePool"/>, with a pluggable <see cref="Reclaimer"/>. Keys are
/// ordered by the Tier 1 comparer <typeparamref name="TComparer"/>.
///
/// Layout. The tree is leaf-oriented: the leaves hold the map's keys (and values), internal nodes only route (keys in
/// the left subtree are below the node's key, keys in the right subtree at or above it) and always have two children.
/// Nodes and info records are slots of one pool: a node has three links (left, right, and the update field) and the
/// payload words kind and rank (0 for a finite key, 1 and 2 for the infinities ∞1 &lt; ∞2 of the sentinels); an info
/// record has the kind word and the handles of the nodes it names (and, for a delete, the parent's update word it
/// expects). Keys and values sit in arrays beside the pool, indexed by slot, written before publication and never
/// changed after it (a freed slot keeps its key and value referenced until the slot is reused). The root is an internal node of key ∞2 whose left child starts as a leaf ∞1 and whose right
/// child is a leaf ∞2, so every leaf of a finite key has a parent and a grandparent; the root is never removed.
///
/// The update field. One 64-bit word packs a state (<see cref="EfrbUpdateWord"/>: Clean, IFlag, DFlag, Mark, in
/// bits 30-31 of the handle, free because the pool's capacity is kept below 2^30) with the handle of an info record:
/// IFlag says an insert (an IInfo: parent p, leaf l, new internal node) is replacing a child of this node; DFlag says
/// a delete (a DInfo: grandparent gp, parent p, leaf l, p's expected update word) is removing a grandchild; Mark says
/// this node is being removed (it is the DInfo's p) and will never change again. Clean keeps the handle of the last
/// info record, which is never dereferenced but makes every update word unique (info records are fresh, handles are
/// generation-tagged), so no CAS on an update field can suffer ABA.
///
/// Invariant. Every leaf lies on its key's search path (EfrbSearchTreeOrderMonitor) and the finite keys of the leaves
/// reachable from the root are the map's keys (EfrbMatchesAbstractMonitor). A child pointer of a node changes only
/// while the node's update field holds the flag of the operation that changes it: an insert's child CAS runs only
/// while p is IFlag'ed with its IInfo, a delete's only while gp is DFlag'ed with its DInfo and p is marked with it; a
/// help of an info record that is no longer current changes nothing, because its child CAS expects the child the
/// record names, which is gone (EfrbInfoCurrentMonitor). A Mark is final (EfrbMarkFinalMonitor).
///
/// Operations. <see cref="TryAdd"/>: search to the leaf l and its parent p; if p's update field is not Clean, help
/// the operation it names and retry; otherwise build a new leaf, a copy of l and a new internal node over both, then
/// flag p (iflag), replace l by the new node (ichild, the linearization point), unflag p (iunflag). <see
/// cref="TryRemove"/>: search to l, p and gp; if either update field is not Clean, help and retry; otherwise flag gp
/// (dflag), mark p (mark), replace p by l's sibling in gp (dchild, the linearization point), unflag gp (dunflag); if
/// the mark fails (p changed), unflag gp (backtrack) and retry (the retry helps what changed p). Any thread that meets a
/// flag or mark in its search completes the operation it names first (helping), so some operation always progresses.
/// <see cref="TryGetValue"/> and <see cref="ContainsKey"/> only search, never write and never help.
///
/// Departures from the paper, for reclamation (the paper assumes a garbage collector). The search is validated: a
/// child pointer is followed only if its node was still in the tree when the pointer was read (its update field
/// unchanged and unmarked, or, for a marked node, its parent's unchanged and unmarked), else the search restarts from
/// the root (<c>TryChild</c>); and only records met by such a search are helped (not the word a lost flag CAS or
/// mark CAS finds, which may name a record already freed: the retry's search meets it). Both keep lock-freedom: a
/// restart or a lost CAS means another operation changed an update field.
///
/// Retirement (who and when). Exactly one thread wins each CAS below, and it retires:
/// <list type="bullet">
/// <item>ichild: the leaf l it replaced (only IInfo handles, compared and never dereferenced, still name it);</item>
/// <item>iunflag (IFlag -> Clean of p): the IInfo, which no update field holds flagged any more;</item>
/// <item>dunflag (DFlag -> Clean of gp, after the record was marked): p, l and the DInfo. p is unlinked by then (gp's
/// child can only change from p through this record's dchild while gp holds its flag), l hangs only from p, and the
/// DInfo is reachable only through p's final Mark and so through p;</item>
/// <item>backtrack (the same CAS, when the mark failed): the DInfo, which was never in p's update field.</item>
/// </list>
/// A thread that still holds one of these handles read it while the node was reachable inside its operation, which is
/// what IBR and DEBRA protect (every link and update field is read through <see cref="NodePool.ProtectLink"/>); the
/// owner of new records, which a helper may retire as soon as they are published, re-reads the field it will flag
/// after allocating them, so its IBR reservation covers their birth (<c>StillCurrent</c>).
/// Nodes and records that lose the race to be published (a failed iflag or dflag) are reused by the next attempt or go
/// straight back to the pool. DEBRA+ is not supported: helping writes shared nodes before the helper's own operation
/// linearizes, which its neutralization cannot restart safely. The immediate reclaimer frees at retire, while a
/// searcher may still read the node: the negative control.
/// </summary>
public sealed class EfrbTree<TKey, TValue, TComparer> where TComparer : struct, IKeyComparer<TKey>
{
    /// <summary>Links per slot: left child, right child, update field.</summary>
    public const int LinksPerNode = 3;

    /// <summary>Payload words per slot: the kind, then the rank (nodes) or the named handles (info records).</summary>
    public const int PayloadWordsPerNode = 5;

    private const int LeftLink = 0, RightLink = 1, UpdateLink = 2;
    private const int KindWord = 0, RankWord = 1;
    private const int InfoParentWord = 1, InfoLeafWord = 2, InfoThirdWord = 3, InfoParentUpdateWord = 4; // third: gp (DInfo) or the new internal node (IInfo)
    private const long LeafKind = 0, InternalKind = 1, InsertInfoKind = 2, DeleteInfoKind = 3;
    private const long Finite = 0, InfinityOne = 1, InfinityTwo = 2;

    private readonly Reclaimer _reclaimer;
    private readonly NodePool _pool;
    private readonly TKey[] _keys;
    private readonly TValue[] _values;
    private readonly long _root;
    private readonly SeededBug _bug;
    private readonly bool _plainProtect;
    private readonly TComparer _comparer = default;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    /// <param name="reclaimer">The reclamation scheme; its pool must have <see cref="LinksPerNode"/> links and <see cref="PayloadWordsPerNode"/> payload words per slot and fewer than 2^30 slots.</param>
    public EfrbTree(Reclaimer reclaimer)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        if (reclaimer.Neutralizes)
            throw new ArgumentException("the EFRB tree does not support DEBRA+: helping writes shared nodes before the helper's operation linearizes, which neutralization cannot restart safely; use IBR or DEBRA", nameof(reclaimer));
        _pool = reclaimer.Pool;
        if (_pool.Links < LinksPerNode || _pool.PayloadWords < PayloadWordsPerNode)
            throw new ArgumentException($"an EFRB tree needs a pool with {LinksPerNode} links and {PayloadWordsPerNode} payload words per slot; this pool has {_pool.Links} and {_pool.PayloadWords}", nameof(reclaimer));
        if (_pool.Capacity > EfrbUpdateWord.MaxCapacity)
            throw new ArgumentException($"an EFRB tree packs a state into bits 30-31 of a handle: its pool may have at most {EfrbUpdateWord.MaxCapacity} slots; this one has {_pool.Capacity}", nameof(reclaimer));
        _reclaimer = reclaimer;
        _bug = reclaimer.Config.SeededBug;
        _plainProtect = reclaimer.ProtectIsPlainLoad;
        _keys = new TKey[_pool.Capacity];
        _values = new TValue[_pool.Capacity];
        _root = NewSentinel(InternalKind, InfinityTwo);
        _pool.StoreLink(_root, LeftLink, NewSentinel(LeafKind, InfinityOne), MemoryOrder.Relaxed);
        _pool.StoreLink(_root, RightLink, NewSentinel(LeafKind, InfinityTwo), MemoryOrder.Release);
    }

    /// <summary>
    /// A tree for up to <paramref name="maxThreads"/> registered threads built from the configuration's defaults: a
    /// generation-tagged pool of <see cref="WeftConfig.PoolCapacity"/> slots with a cache per thread, and a reclaimer
    /// of <see cref="WeftConfig.Reclamation"/> (IBR unless overridden).
    /// </summary>
    public static EfrbTree<TKey, TValue, TComparer> WithDefaults(int maxThreads, WeftConfig? config = null)
    {
        config ??= WeftConfig.FromEnvironment();
        var pool = new NodePool(config.PoolCapacity, tagged: true, threadCaches: maxThreads, links: LinksPerNode, payloadWords: PayloadWordsPerNode, capacitySetting: NodePool.WeftConfigPoolCapacitySetting,
            initialSlots: NodePool.InitialSlotsFor(config.PoolCapacity));
        return new EfrbTree<TKey, TValue, TComparer>(Reclaimer.Create(config.Reclamation, pool, maxThreads, config));
    }

    public Reclaimer Reclaimer => _reclaimer;

    private long NewSentinel(long kind, long rank)
    {
        long node = _pool.Allocate();
        _pool.SetWord(node, KindWord, kind);
        _pool.SetWord(node, RankWord, rank);
        return node;
    }

    // ---- Reading nodes ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Read(ReclaimerThread t, long node, int link) =>
        _plainProtect ? _pool.LoadLink(node, link, MemoryOrder.Acquire) : _pool.ProtectLink(_reclaimer, t, node, link);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsLeaf(long node) => _pool.Word(node, KindWord) == LeafKind;

    /// <summary>Whether <paramref name="key"/> is below the key of <paramref name="node"/> (a finite key is below both infinities).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool KeyBelow(TKey key, long node) =>
        _pool.Word(node, RankWord) != Finite || _comparer.Compare(key, _keys[NodePool.IndexOf(node)]) < 0;

    /// <summary>Whether the leaf <paramref name="leaf"/> holds exactly <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HoldsKey(long leaf, TKey key) =>
        _pool.Word(leaf, RankWord) == Finite && _comparer.Compare(key, _keys[NodePool.IndexOf(leaf)]) == 0;

    /// <summary>Orders two nodes by key (rank first: finite keys, then ∞1, then ∞2).</summary>
    private int CompareNodes(long a, long b)
    {
        long rankA = _pool.Word(a, RankWord), rankB = _pool.Word(b, RankWord);
        if (rankA != rankB) return rankA < rankB ? -1 : 1;
        return rankA == Finite ? _comparer.Compare(_keys[NodePool.IndexOf(a)], _keys[NodePool.IndexOf(b)]) : 0;
    }

    /// <summary>What a search found: the leaf, its parent and grandparent, and the update fields it read of both.</summary>
    private struct SearchResult
    {
        public long Grandparent, Parent, Leaf, GrandparentUpdate, ParentUpdate;
    }

    // Labels (StepLabel.At) name the pc values of tla/EFRBTree/EFRBTree.tla, each before the shared access it starts
    // (search_update, search_child, iflag, ichild, iunflag, dflag, mark, dchild, dunflag, backtrack); a TLC trace
    // replay runs a thread from one to the next. They compile away outside the controlled build.

    /// <summary>
    /// The paper's Search, validated: from the root down to the leaf on <paramref name="key"/>'s search path, reading
    /// each internal node's update field before its child pointer (so a later CAS expecting the update word fails if
    /// the node changed since), and restarting from the root when a step cannot be validated (<see cref="TryChild"/>).
    /// Every node and update word returned was in the tree after this thread's reservation covered it. Never writes.
    /// </summary>
    private SearchResult Search(ReclaimerThread t, TKey key)
    {
        while (true)
        {
            if (TrySearch(t, key, out SearchResult r)) return r;
        }
    }

    private bool TrySearch(ReclaimerThread t, TKey key, out SearchResult r)
    {
        r = default;
        long node = _root;
        while (!IsLeaf(node))
        {
            r.Grandparent = r.Parent;
            r.GrandparentUpdate = r.ParentUpdate;
            r.Parent = node;
            StepLabel.At("search_update");
            r.ParentUpdate = Read(t, node, UpdateLink);
            StepLabel.At("search_child");
            if (!TryChild(t, r.Grandparent, r.GrandparentUpdate, node, r.ParentUpdate, KeyBelow(key, node) ? LeftLink : RightLink, out node)) return false;
        }
        r.Leaf = node;
        return true;
    }

    /// <summary>
    /// Reads the child of <paramref name="node"/> on <paramref name="link"/> and checks that it was in the tree when
    /// read: true when <paramref name="node"/>'s update field still holds <paramref name="nodeUpdate"/> (read before the
    /// child) and that is not a Mark (an unmarked internal node is in the tree, and its children cannot have changed
    /// without a new flag), or when it is a Mark and the parent's field still holds an unmarked
    /// <paramref name="parentUpdate"/> (then the marked node is still the parent's child, so still in the tree).
    ///
    /// Why. IBR protects a node only if this thread's reservation covered its birth era before the node was retired
    /// and freed. A node read from a node that has left the tree (a marked node's frozen child, or the record in its
    /// Mark) may be younger than the reservation the thread had while it waited, and may have been retired and freed
    /// in that time. A node read while it is in the tree is retired only later, after the protected read published
    /// the reservation that covers it. (Epoch schemes protect whatever the operation reaches, so for DEBRA the check
    /// only costs a read.)
    /// </summary>
    private bool TryChild(ReclaimerThread t, long parent, long parentUpdate, long node, long nodeUpdate, int link, out long child)
    {
        child = Read(t, node, link);
        if (_bug == SeededBug.EfrbSearchWithoutValidation) return true; // the seeded defect: the paper's unvalidated step
        if (_pool.LoadLink(node, UpdateLink, MemoryOrder.Acquire) != nodeUpdate) return false;
        if (EfrbUpdateWord.StateOf(nodeUpdate) != EfrbUpdateWord.Mark) return true;
        return parent != NodePool.Null && EfrbUpdateWord.StateOf(parentUpdate) != EfrbUpdateWord.Mark
            && _pool.LoadLink(parent, UpdateLink, MemoryOrder.Acquire) == parentUpdate;
    }

    // ---- Public operations ----

    /// <summary>
    /// Adds <paramref name="key"/> with <paramref name="value"/>; false (and the map unchanged) when the key is present.
    /// Throws <see cref="ArgumentNullException"/> for a null key, and <see cref="PoolExhaustedException"/> (the map
    /// unchanged) when the pool has no room for the three nodes and the record an insert needs.
    /// </summary>
    public bool TryAdd(ReclaimerThread t, TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(t);
        ThrowIfNull(key);
        while (true)
        {
            PoolExhaustedException? exhausted;
            _reclaimer.BeginOperation(t);
            try
            {
                return InsertInOperation(t, key, value);
            }
            catch (PoolExhaustedException e) when (_reclaimer.WaitsAtCapacity)
            {
                exhausted = e; // nothing was published: wait outside the operation (plain DEBRA), then start again
            }
            finally
            {
                _reclaimer.EndOperation(t);
            }
            _reclaimer.AwaitReclamation(t, exhausted, slots: 4); // the leaf, its sibling copy, the internal node and the IInfo
        }
    }

    /// <summary>Removes <paramref name="key"/>; false when it was absent. Throws <see cref="PoolExhaustedException"/> (the map unchanged) when the pool has no room for the delete's record.</summary>
    public bool TryRemove(ReclaimerThread t, TKey key) => TryRemove(t, key, out _);

    /// <summary>Removes <paramref name="key"/> and gives its value; false when it was absent.</summary>
    public bool TryRemove(ReclaimerThread t, TKey key, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(t);
        ThrowIfNull(key);
        while (true)
        {
            PoolExhaustedException? exhausted;
            _reclaimer.BeginOperation(t);
            try
            {
                return DeleteInOperation(t, key, out value);
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

    /// <summary>The value of <paramref name="key"/>, if present (one search: never writes, never helps).</summary>
    public bool TryGetValue(ReclaimerThread t, TKey key, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(t);
        ThrowIfNull(key);
        _reclaimer.BeginOperation(t);
        try
        {
            long leaf = Search(t, key).Leaf;
            if (HoldsKey(leaf, key))
            {
                value = _values[NodePool.IndexOf(leaf)];
                return true;
            }
            value = default!;
            return false;
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>Whether <paramref name="key"/> is present (one search: never writes, never helps).</summary>
    public bool ContainsKey(ReclaimerThread t, TKey key) => TryGetValue(t, key, out _);

    private static void ThrowIfNull(TKey key)
    {
        if (key is null) throw new ArgumentNullException(nameof(key), "an EFRB tree has no null key: the comparer orders only non-null keys");
    }

    // ---- Insert ----

    /// <summary>The three nodes and the record one insert attempt publishes; reused across attempts until the iflag CAS publishes them.</summary>
    private struct InsertParts
    {
        public long NewLeaf, Sibling, Internal, Info;
    }

    private bool InsertInOperation(ReclaimerThread t, TKey key, TValue value)
    {
        InsertParts parts = default;
        while (true)
        {
            SearchResult s = Search(t, key);
            if (HoldsKey(s.Leaf, key))
            {
                FreeUnpublished(t, parts);
                return false;
            }
            if (EfrbUpdateWord.StateOf(s.ParentUpdate) != EfrbUpdateWord.Clean)
            {
                Help(t, s.ParentUpdate);
                continue;
            }
            if (parts.Info == NodePool.Null) parts = Allocate(t); // may throw PoolExhaustedException: nothing is published yet (TryAdd waits and restarts)
            long info = BuildInsert(key, value, s, parts);
            StepLabel.At("iflag");
            if (!StillCurrent(t, s.Parent, s.ParentUpdate)) continue;
            // iflag. Winning this CAS flags p with this insert's record: p's children can now be changed only by this
            // record's ichild, and p cannot be marked (a mark expects the Clean word this CAS replaced). Losing it:
            // p changed since the search; search again (and help what changed it).
            if (_pool.CompareExchangeLink(s.Parent, UpdateLink, s.ParentUpdate, EfrbUpdateWord.Pack(EfrbUpdateWord.IFlag, info), MemoryOrder.AcqRel))
            {
                UpdateChanged(s.Parent, s.ParentUpdate, EfrbUpdateWord.Pack(EfrbUpdateWord.IFlag, info));
                HelpInsert(t, info);
                return true;
            }
            // Lost: p changed since the search. The next search meets whatever changed it and helps it there (a word
            // read now from p could name a record younger than this thread's reservation, already freed).
        }
    }

    /// <summary>Takes the four slots of an insert; on exhaustion returns the ones taken and rethrows (the map unchanged).</summary>
    private InsertParts Allocate(ReclaimerThread t)
    {
        InsertParts parts = default;
        try
        {
            parts.NewLeaf = _reclaimer.AllocateRestartable(t);
            parts.Sibling = _reclaimer.AllocateRestartable(t);
            parts.Internal = _reclaimer.AllocateRestartable(t);
            parts.Info = _reclaimer.AllocateRestartable(t);
            return parts;
        }
        catch (PoolExhaustedException)
        {
            FreeUnpublished(t, parts);
            throw;
        }
    }

    private void FreeUnpublished(ReclaimerThread t, InsertParts parts)
    {
        // Never published (no iflag CAS named them): no other thread saw them.
        if (parts.NewLeaf != NodePool.Null) _pool.Free(t.Index, parts.NewLeaf);
        if (parts.Sibling != NodePool.Null) _pool.Free(t.Index, parts.Sibling);
        if (parts.Internal != NodePool.Null) _pool.Free(t.Index, parts.Internal);
        if (parts.Info != NodePool.Null) _pool.Free(t.Index, parts.Info);
    }

    /// <summary>
    /// Fills the unpublished parts for an insert of <paramref name="key"/> below the parent and over the leaf of
    /// <paramref name="s"/>: a leaf of the key, a copy of the old leaf, an internal node over both keyed by the larger
    /// (the smaller leaf on its left), and the IInfo naming p, l and the internal node. Returns the record.
    /// </summary>
    private long BuildInsert(TKey key, TValue value, SearchResult s, InsertParts parts)
    {
        int leafSlot = NodePool.IndexOf(s.Leaf);
        _keys[NodePool.IndexOf(parts.NewLeaf)] = key;
        _values[NodePool.IndexOf(parts.NewLeaf)] = value;
        InitNode(parts.NewLeaf, LeafKind, Finite);
        long oldRank = _pool.Word(s.Leaf, RankWord);
        _keys[NodePool.IndexOf(parts.Sibling)] = _keys[leafSlot];
        _values[NodePool.IndexOf(parts.Sibling)] = _values[leafSlot];
        InitNode(parts.Sibling, LeafKind, oldRank);
        bool newIsSmaller = KeyBelow(key, s.Leaf);
        bool misroute = _bug == SeededBug.EfrbInsertKeysByMinimum;
        long routing = newIsSmaller != misroute ? parts.Sibling : parts.NewLeaf; // the larger leaf gives its key (the seeded defect: the smaller)
        _keys[NodePool.IndexOf(parts.Internal)] = _keys[NodePool.IndexOf(routing)];
        InitNode(parts.Internal, InternalKind, _pool.Word(routing, RankWord));
        _pool.StoreLink(parts.Internal, LeftLink, newIsSmaller ? parts.NewLeaf : parts.Sibling, MemoryOrder.Relaxed);
        _pool.StoreLink(parts.Internal, RightLink, newIsSmaller ? parts.Sibling : parts.NewLeaf, MemoryOrder.Relaxed);
        _pool.StoreLink(parts.Internal, UpdateLink, EfrbUpdateWord.Pack(EfrbUpdateWord.Clean, NodePool.Null), MemoryOrder.Relaxed);
        _pool.SetWord(parts.Info, KindWord, InsertInfoKind);
        _pool.SetWord(parts.Info, InfoParentWord, s.Parent);
        _pool.SetWord(parts.Info, InfoLeafWord, s.Leaf);
        _pool.SetWord(parts.Info, InfoThirdWord, parts.Internal);
        return parts.Info;
    }

    private void InitNode(long node, long kind, long rank)
    {
        _pool.SetWord(node, KindWord, kind);
        _pool.SetWord(node, RankWord, rank);
    }

    /// <summary>The paper's HelpInsert: replace l by the new internal node in p (ichild), then unflag p (iunflag).</summary>
    private void HelpInsert(ReclaimerThread t, long info)
    {
        StepLabel.At("ichild");
        long parent = _pool.Word(info, InfoParentWord), leaf = _pool.Word(info, InfoLeafWord), internalNode = _pool.Word(info, InfoThirdWord);
        long expected = _bug == SeededBug.EfrbHelpReexecutesFinished ? CurrentChild(t, parent, internalNode) : leaf;
        // ichild. Winning this CAS puts the new internal node (with the new leaf and the copy of l) where l was: the
        // key is in the map (the insert's linearization point), and l is unlinked: this thread retires it. Losing it:
        // another helper of this record already did it (l is never linked again, so the CAS can win only once).
        if (ChildCompareExchange(parent, expected, internalNode))
        {
            ChildChanged(StepInserted, internalNode, leaf, info, parent, EfrbUpdateWord.IFlag);
            if (expected == leaf) _reclaimer.Retire(t, leaf);
        }
        long flagged = EfrbUpdateWord.Pack(EfrbUpdateWord.IFlag, info), clean = EfrbUpdateWord.Pack(EfrbUpdateWord.Clean, info);
        StepLabel.At("iunflag");
        // iunflag. Winning this CAS ends the insert: p may be flagged again, and no update field names this record
        // flagged any more, so no thread will start helping it: this thread retires it. Losing it: another helper did.
        if (_pool.CompareExchangeLink(parent, UpdateLink, flagged, clean, MemoryOrder.AcqRel))
        {
            UpdateChanged(parent, flagged, clean);
            _reclaimer.Retire(t, info);
        }
    }

    /// <summary>The seeded defect <see cref="SeededBug.EfrbHelpReexecutesFinished"/>: the child pointer of <paramref name="parent"/> on <paramref name="child"/>'s side as it is now, so the child CAS succeeds even after the record's operation finished.</summary>
    private long CurrentChild(ReclaimerThread t, long parent, long child) =>
        Read(t, parent, CompareNodes(child, parent) < 0 ? LeftLink : RightLink);

    /// <summary>The paper's CAS-Child: replaces <paramref name="old"/> by <paramref name="replacement"/> in the child pointer of <paramref name="parent"/> on the replacement's side.</summary>
    private bool ChildCompareExchange(long parent, long old, long replacement)
    {
        int link = CompareNodes(replacement, parent) < 0 ? LeftLink : RightLink;
        return _pool.CompareExchangeLink(parent, link, old, replacement, MemoryOrder.AcqRel) && old != replacement;
    }

    /// <summary>
    /// Re-reads <paramref name="node"/>'s update field, protected, after this thread allocated the records it is about
    /// to publish; false when it changed since the search (the flag CAS would fail). The read is what keeps the new
    /// records safe under IBR: IBR protects a node only from its birth era on, and a thread's reservation covers only
    /// eras up to its last protected read, so without this read a helper that finishes the operation could retire a
    /// record whose birth lies above this thread's reservation, free it, and leave its owner reading a freed slot.
    /// </summary>
    private bool StillCurrent(ReclaimerThread t, long node, long expected) => Read(t, node, UpdateLink) == expected;

    // ---- Delete ----

    private bool DeleteInOperation(ReclaimerThread t, TKey key, out TValue value)
    {
        long info = NodePool.Null;
        while (true)
        {
            SearchResult s = Search(t, key);
            if (!HoldsKey(s.Leaf, key))
            {
                if (info != NodePool.Null) _pool.Free(t.Index, info); // never published
                value = default!;
                return false;
            }
            if (EfrbUpdateWord.StateOf(s.GrandparentUpdate) != EfrbUpdateWord.Clean) { Help(t, s.GrandparentUpdate); continue; }
            if (EfrbUpdateWord.StateOf(s.ParentUpdate) != EfrbUpdateWord.Clean) { Help(t, s.ParentUpdate); continue; }
            if (info == NodePool.Null) info = _reclaimer.AllocateRestartable(t); // may throw PoolExhaustedException: nothing is published yet (TryRemove waits and restarts)
            BuildDelete(info, s);
            StepLabel.At("dflag");
            if (!StillCurrent(t, s.Grandparent, s.GrandparentUpdate)) continue;
            long flagged = EfrbUpdateWord.Pack(EfrbUpdateWord.DFlag, info);
            // dflag. Winning this CAS flags gp with this delete's record: gp's children can now be changed only by
            // this record's dchild. Losing it: gp changed since the search; search again.
            if (_pool.CompareExchangeLink(s.Grandparent, UpdateLink, s.GrandparentUpdate, flagged, MemoryOrder.AcqRel))
            {
                UpdateChanged(s.Grandparent, s.GrandparentUpdate, flagged);
                value = _values[NodePool.IndexOf(s.Leaf)]; // l stays allocated until this operation ends
                if (HelpDelete(t, info)) return true;
                info = NodePool.Null; // published: the backtrack's winner retires it
                continue;
            }
            // Lost: gp changed since the search; the next search meets the change and helps it (see TryAdd's loop).
        }
    }

    private void BuildDelete(long info, SearchResult s)
    {
        _pool.SetWord(info, KindWord, DeleteInfoKind);
        _pool.SetWord(info, InfoParentWord, s.Parent);
        _pool.SetWord(info, InfoLeafWord, s.Leaf);
        _pool.SetWord(info, InfoThirdWord, s.Grandparent);
        _pool.SetWord(info, InfoParentUpdateWord, s.ParentUpdate);
    }

    /// <summary>The paper's HelpDelete: mark p; if that succeeds (here or by another helper) finish the delete, else undo the flag of gp (backtrack). True when the delete took effect.</summary>
    private bool HelpDelete(ReclaimerThread t, long info)
    {
        StepLabel.At("mark");
        long parent = _pool.Word(info, InfoParentWord), expected = _pool.Word(info, InfoParentUpdateWord);
        long marked = EfrbUpdateWord.Pack(EfrbUpdateWord.Mark, info);
        if (_bug == SeededBug.EfrbNoMarkStep)
        {
            HelpMarked(t, info); // the seeded defect: p is never marked, so an insert below it can still flag it
            return true;
        }
        // mark. Winning this CAS marks p with this record: p's update field never changes again, so no insert or
        // delete can flag it, and its children are frozen. Losing it is success too if another helper marked p with
        // this same record; otherwise p changed since the delete's search and the delete must retry.
        if (_pool.CompareExchangeLink(parent, UpdateLink, expected, marked, MemoryOrder.AcqRel))
            UpdateChanged(parent, expected, marked);
        long now = Read(t, parent, UpdateLink);
        if (now == marked)
        {
            HelpMarked(t, info);
            return true;
        }
        // The paper helps the operation that changed p here. This helper does not: p may have left the tree, and the
        // record now in its update field may be younger than this thread's reservation and already freed. The owner's
        // retry meets that operation in its validated search and helps it there.
        long grandparent = _pool.Word(info, InfoThirdWord);
        long flagged = EfrbUpdateWord.Pack(EfrbUpdateWord.DFlag, info), clean = EfrbUpdateWord.Pack(EfrbUpdateWord.Clean, info);
        StepLabel.At("backtrack");
        // backtrack. Winning this CAS unflags gp after the mark failed: the record was never in p's update field and
        // is no longer in gp's, so no thread will start helping it: this thread retires it. Losing it: another helper did.
        if (_pool.CompareExchangeLink(grandparent, UpdateLink, flagged, clean, MemoryOrder.AcqRel))
        {
            UpdateChanged(grandparent, flagged, clean);
            _reclaimer.Retire(t, info);
        }
        return false;
    }

    /// <summary>The paper's HelpMarked: replace p by l's sibling in gp (dchild), then unflag gp (dunflag).</summary>
    private void HelpMarked(ReclaimerThread t, long info)
    {
        StepLabel.At("dchild");
        long parent = _pool.Word(info, InfoParentWord), leaf = _pool.Word(info, InfoLeafWord), grandparent = _pool.Word(info, InfoThirdWord);
        long right = Read(t, parent, RightLink);
        long other = right == leaf ? Read(t, parent, LeftLink) : right;
        long expected = _bug == SeededBug.EfrbHelpReexecutesFinished ? CurrentChild(t, grandparent, other) : parent;
        // dchild. Winning this CAS replaces p by l's sibling in gp: l's key leaves the map (the delete's
        // linearization point). Losing it: another helper of this record already did it (p is never linked again).
        if (ChildCompareExchange(grandparent, expected, other))
            ChildChanged(StepDeleted, leaf, NodePool.Null, info, grandparent, EfrbUpdateWord.DFlag);
        long flagged = EfrbUpdateWord.Pack(EfrbUpdateWord.DFlag, info), clean = EfrbUpdateWord.Pack(EfrbUpdateWord.Clean, info);
        StepLabel.At("dunflag");
        // dunflag. Winning this CAS ends the delete: gp may be flagged again. p is unlinked (gp's child could leave p
        // only through this record's dchild while gp held its flag), l hung only from p, and the record is reachable
        // only through p's final mark: this thread retires all three. Losing it: another helper did.
        if (_pool.CompareExchangeLink(grandparent, UpdateLink, flagged, clean, MemoryOrder.AcqRel))
        {
            UpdateChanged(grandparent, flagged, clean);
            if (_bug == SeededBug.EfrbUnmarkRemovedParent) UnmarkRemovedParent(parent, info);
            if (_bug != SeededBug.EfrbNoMarkStep) RetireDeleted(t, parent, leaf, info);
        }
    }

    private void RetireDeleted(ReclaimerThread t, long parent, long leaf, long info)
    {
        _reclaimer.Retire(t, parent);
        _reclaimer.Retire(t, leaf);
        _reclaimer.Retire(t, info);
    }

    /// <summary>
    /// The seeded defect <see cref="SeededBug.EfrbUnmarkRemovedParent"/>: the delete that finished also "unflags" the
    /// parent it removed, as it does the grandparent, so a searcher that reached the removed parent can flag it again
    /// and insert below a node no longer in the tree.
    /// </summary>
    private void UnmarkRemovedParent(long parent, long info)
    {
        long marked = EfrbUpdateWord.Pack(EfrbUpdateWord.Mark, info), clean = EfrbUpdateWord.Pack(EfrbUpdateWord.Clean, info);
        // Winning this (defective) CAS unmarks the removed parent: it can be flagged again although it left the tree.
        if (_pool.CompareExchangeLink(parent, UpdateLink, marked, clean, MemoryOrder.AcqRel)) UpdateChanged(parent, marked, clean);
    }

    /// <summary>The paper's Help: completes the operation whose record an update field names (a Clean field needs no help).</summary>
    private void Help(ReclaimerThread t, long update)
    {
        long info = EfrbUpdateWord.InfoOf(update);
        switch (EfrbUpdateWord.StateOf(update))
        {
            case EfrbUpdateWord.IFlag: HelpInsert(t, info); break;
            case EfrbUpdateWord.Mark: HelpMarked(t, info); break;
            case EfrbUpdateWord.DFlag: HelpDelete(t, info); break;
        }
    }

    // ---- Enumeration ----

    /// <summary>
    /// Copies the keys in [<paramref name="fromInclusive"/>, <paramref name="toInclusive"/>] into
    /// <paramref name="destination"/> in strictly ascending order and returns how many it copied; it stops when the
    /// destination is full (continue from the last key, exclusive, with <see cref="RangeAfter"/>). One reclaimer
    /// operation, allocation-free, never writes.
    ///
    /// Weakly consistent: each key is found by a fresh descent for the smallest leaf above the last key taken, so
    /// keys come in strictly ascending order, none twice; a key present for the whole call and in range is returned
    /// (unless the destination fills first); a key added or removed during the call may or may not appear. Exact when
    /// no other thread is running. O(k · depth) for k keys.
    /// </summary>
    public int Range(ReclaimerThread t, TKey fromInclusive, TKey toInclusive, Span<TKey> destination)
    {
        ArgumentNullException.ThrowIfNull(t);
        ThrowIfNull(fromInclusive);
        ThrowIfNull(toInclusive);
        if (destination.IsEmpty || _comparer.Compare(fromInclusive, toInclusive) > 0) return 0;
        return WalkOperation(t, fromInclusive, inclusive: true, toInclusive, bounded: true, destination);
    }

    /// <summary>As <see cref="Range"/>, from the first key above <paramref name="fromExclusive"/> (to continue an enumeration whose destination filled).</summary>
    public int RangeAfter(ReclaimerThread t, TKey fromExclusive, TKey toInclusive, Span<TKey> destination)
    {
        ArgumentNullException.ThrowIfNull(t);
        ThrowIfNull(fromExclusive);
        ThrowIfNull(toInclusive);
        if (destination.IsEmpty || _comparer.Compare(fromExclusive, toInclusive) >= 0) return 0;
        return WalkOperation(t, fromExclusive, inclusive: false, toInclusive, bounded: true, destination);
    }

    /// <summary>All keys, ascending, into <paramref name="destination"/> (see <see cref="Range"/> for the guarantee).</summary>
    public int Keys(ReclaimerThread t, Span<TKey> destination)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (destination.IsEmpty) return 0;
        return WalkOperation(t, default!, inclusive: true, default!, bounded: false, destination);
    }

    /// <summary>The number of keys, counted by the weakly consistent walk of <see cref="Range"/>: exact when no other thread is running. O(n · depth), allocation-free.</summary>
    public int Count(ReclaimerThread t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return WalkOperation(t, default!, inclusive: true, default!, bounded: false, Span<TKey>.Empty);
    }

    private int WalkOperation(ReclaimerThread t, TKey from, bool inclusive, TKey to, bool bounded, Span<TKey> destination)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            return Walk(t, from, inclusive, to, bounded, destination);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>Takes keys ascending from <paramref name="from"/> (all keys when not <paramref name="bounded"/>), into the destination or, when it is empty, only counting.</summary>
    private int Walk(ReclaimerThread t, TKey from, bool inclusive, TKey to, bool bounded, Span<TKey> destination)
    {
        bool countOnly = destination.IsEmpty;
        int taken = 0;
        bool found = bounded ? NextKey(t, from, inclusive, out TKey key) : FirstKey(t, out key);
        while (found)
        {
            if (bounded && _comparer.Compare(key, to) > 0) break;
            if (!countOnly) destination[taken] = key;
            taken++;
            if (!countOnly && taken == destination.Length) break;
            found = NextKey(t, key, inclusive: false, out key);
        }
        return taken;
    }

    /// <summary>The smallest key, if any: the leftmost leaf (a validated descent, like every search).</summary>
    private bool FirstKey(ReclaimerThread t, out TKey key)
    {
        while (true)
        {
            if (TryDescend(t, default!, leftmost: true, out long leaf, out _, out _)) return LeafKey(leaf, out key);
        }
    }

    /// <summary>
    /// The smallest key at or above (<paramref name="inclusive"/>) or above <paramref name="from"/>, if any. One
    /// validated descent along <paramref name="from"/>'s search path ends at a leaf l: every leaf left of l is below
    /// <paramref name="from"/>, every leaf right of it at or above the key of the deepest node where the path turned
    /// left. So the answer is l if it qualifies, else the smallest key at or above that node's key (a new descent; the
    /// keys searched for strictly increase). A leaf or a turning node of rank ∞1 or ∞2 means there is none.
    /// </summary>
    private bool NextKey(ReclaimerThread t, TKey from, bool inclusive, out TKey key)
    {
        while (true)
        {
            if (!TryDescend(t, from, leftmost: false, out long leaf, out long turn, out TKey turnKey)) continue;
            if (!LeafKey(leaf, out key)) return false;
            int c = _comparer.Compare(key, from);
            if (c > 0 || (c == 0 && inclusive)) return true;
            if (turn == NodePool.Null) return false;
            from = turnKey;
            inclusive = true;
        }
    }

    /// <summary>The key of a leaf reached by a validated descent; false for the leaves ∞1 and ∞2.</summary>
    private bool LeafKey(long leaf, out TKey key)
    {
        bool finite = _pool.Word(leaf, RankWord) == Finite;
        key = finite ? _keys[NodePool.IndexOf(leaf)] : default!;
        return finite;
    }

    /// <summary>
    /// One validated descent (<see cref="TryChild"/>; false: restart) along <paramref name="key"/>'s search path, or
    /// always left when <paramref name="leftmost"/>. Gives the leaf reached and the deepest node of finite key where
    /// the path turned left (null if none), with that key.
    /// </summary>
    private bool TryDescend(ReclaimerThread t, TKey key, bool leftmost, out long leaf, out long turn, out TKey turnKey)
    {
        long parent = NodePool.Null, parentUpdate = 0, node = _root;
        turn = NodePool.Null;
        turnKey = default!;
        while (!IsLeaf(node))
        {
            long update = Read(t, node, UpdateLink);
            bool left = leftmost || KeyBelow(key, node);
            if (left && _pool.Word(node, RankWord) == Finite)
            {
                turn = node;
                turnKey = _keys[NodePool.IndexOf(node)];
            }
            if (!TryChild(t, parent, parentUpdate, node, update, left ? LeftLink : RightLink, out long child))
            {
                leaf = NodePool.Null;
                return false;
            }
            parent = node;
            parentUpdate = update;
            node = child;
        }
        leaf = node;
        return true;
    }

    // ---- Inspection (tests and monitors; no scheduling points) ----

    /// <summary>The key array's entry of <paramref name="slot"/> (refinement mappings): a leaf's or internal node's key when its rank is finite.</summary>
    internal TKey PeekKey(int slot) => _keys[slot];

    /// <summary>The finite keys of the leaves reachable from the root, in order, read without scheduling points (exact when no thread is running).</summary>
    internal System.Collections.Generic.List<TKey> PeekKeys()
    {
        var keys = new System.Collections.Generic.List<TKey>();
        var stack = new System.Collections.Generic.Stack<long>();
        stack.Push(_root);
        while (stack.Count > 0 && keys.Count <= _pool.Capacity)
        {
            int slot = NodePool.IndexOf(stack.Pop());
            if (_pool.PeekWord(slot, KindWord) == LeafKind)
            {
                if (_pool.PeekWord(slot, RankWord) == Finite) keys.Add(_keys[slot]);
                continue;
            }
            stack.Push(_pool.PeekLink(slot, RightLink));
            stack.Push(_pool.PeekLink(slot, LeftLink));
        }
        return keys;
    }

    /// <summary>
    /// The shape every quiescent tree has, read without scheduling points: every update field Clean, every internal
    /// node with its left leaves below its key and its right leaves at or above it, the leaves strictly ascending, and
    /// the rightmost leaf ∞2. Null when it holds, else what is wrong.
    /// </summary>
    internal string? QuiescentViolation()
    {
        var leaves = new System.Collections.Generic.List<long>();
        string? bad = CheckSubtree(_root, NodePool.Null, NodePool.Null, leaves, depth: 0);
        if (bad is not null) return bad;
        for (int i = 1; i < leaves.Count; i++)
            if (PeekCompare(leaves[i - 1], leaves[i]) >= 0) return "the leaves are not strictly ascending";
        return _pool.PeekWord(NodePool.IndexOf(leaves[^1]), RankWord) == InfinityTwo ? null : "the rightmost leaf is not ∞2";
    }

    private string? CheckSubtree(long node, long lower, long upper, System.Collections.Generic.List<long> leaves, int depth)
    {
        if (depth > _pool.Capacity) return "the tree is cyclic";
        int slot = NodePool.IndexOf(node);
        if (lower != NodePool.Null && PeekCompare(node, lower) < 0) return "a node lies left of an ancestor's key it should be at or above";
        if (upper != NodePool.Null && PeekCompare(node, upper) >= 0 && _pool.PeekWord(slot, KindWord) == LeafKind) return "a leaf lies at or above an ancestor's key it should be below";
        if (_pool.PeekWord(slot, KindWord) == LeafKind)
        {
            leaves.Add(node);
            return null;
        }
        if (EfrbUpdateWord.StateOf(_pool.PeekLink(slot, UpdateLink)) != EfrbUpdateWord.Clean) return "an update field is not Clean";
        return CheckSubtree(_pool.PeekLink(slot, LeftLink), lower, node, leaves, depth + 1)
            ?? CheckSubtree(_pool.PeekLink(slot, RightLink), node, upper, leaves, depth + 1);
    }

    private int PeekCompare(long a, long b)
    {
        long rankA = _pool.PeekWord(NodePool.IndexOf(a), RankWord), rankB = _pool.PeekWord(NodePool.IndexOf(b), RankWord);
        if (rankA != rankB) return rankA < rankB ? -1 : 1;
        return rankA == Finite ? _comparer.Compare(_keys[NodePool.IndexOf(a)], _keys[NodePool.IndexOf(b)]) : 0;
    }

    // ---- Monitor events (controlled build) ----

    // The values of Weft.Monitors.EfrbStep for the child CASes.
    private const int StepInserted = 0, StepDeleted = 1;

    /// <summary>Controlled build: reports a winning update-field CAS (EfrbMarkFinalMonitor). Compiled away in production.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void UpdateChanged(long node, long oldWord, long newWord)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<EfrbEvent>()) return;
        SchedulingHooks.Emit(new EfrbEvent(_id, EfrbStep.UpdateChanged, null, SchedulingHooks.ThreadId, EfrbUpdateWord.InfoOf(newWord), node,
            default, NodePool.Null, default, (EfrbState)EfrbUpdateWord.StateOf(oldWord), (EfrbState)EfrbUpdateWord.StateOf(newWord), Snapshot(), CompareBoxed));
#endif
    }

    /// <summary>Controlled build: reports a winning child CAS (ichild or dchild) with the flagged node's update field as it is now (EfrbMatchesAbstractMonitor, EfrbSearchTreeOrderMonitor, EfrbInfoCurrentMonitor). Compiled away in production.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    /// <param name="keyNode">The leaf whose key the step removed (dchild), or the new internal node whose new leaf's key it added (ichild).</param>
    /// <param name="oldLeaf">For ichild, the leaf it replaced (its copy is the new node's other leaf); null for dchild.</param>
    private void ChildChanged(int step, long keyNode, long oldLeaf, long info, long flaggedNode, int expectedState)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<EfrbEvent>()) return;
        object? key = oldLeaf != NodePool.Null ? KeyOfInserted(keyNode, oldLeaf)
            : _pool.PeekWord(NodePool.IndexOf(keyNode), RankWord) == Finite ? _keys[NodePool.IndexOf(keyNode)] : null;
        long update = _pool.PeekLink(NodePool.IndexOf(flaggedNode), UpdateLink);
        SchedulingHooks.Emit(new EfrbEvent(_id, (EfrbStep)step, key, SchedulingHooks.ThreadId, info, flaggedNode, (EfrbState)EfrbUpdateWord.StateOf(update),
            EfrbUpdateWord.InfoOf(update), (EfrbState)expectedState, default, default, Snapshot(), CompareBoxed));
#endif
    }

#if WEFT_CONTROLLED
    /// <summary>The key the ichild of a record with this internal node and old leaf added (the leaf of the internal node that is not the copy of the old leaf).</summary>
    private object? KeyOfInserted(long internalNode, long oldLeaf)
    {
        long left = _pool.PeekLink(NodePool.IndexOf(internalNode), LeftLink);
        long right = _pool.PeekLink(NodePool.IndexOf(internalNode), RightLink);
        long added = SameKey(left, oldLeaf) ? right : left;
        return _keys[NodePool.IndexOf(added)];
    }

    private bool SameKey(long a, long b) =>
        _pool.PeekWord(NodePool.IndexOf(a), RankWord) == _pool.PeekWord(NodePool.IndexOf(b), RankWord)
        && (_pool.PeekWord(NodePool.IndexOf(a), RankWord) != Finite || _comparer.Compare(_keys[NodePool.IndexOf(a)], _keys[NodePool.IndexOf(b)]) == 0);

    private int CompareBoxed(object a, object b) => _comparer.Compare((TKey)a, (TKey)b);

    /// <summary>The nodes reachable from the root, root first (depth first, left before right), read without scheduling points.</summary>
    private EfrbNodeView[] Snapshot()
    {
        var views = new System.Collections.Generic.List<EfrbNodeView>();
        var stack = new System.Collections.Generic.Stack<long>();
        stack.Push(_root);
        while (stack.Count > 0 && views.Count <= _pool.Capacity)
        {
            long node = stack.Pop();
            int slot = NodePool.IndexOf(node);
            bool leaf = _pool.PeekWord(slot, KindWord) == LeafKind;
            int rank = (int)_pool.PeekWord(slot, RankWord);
            object? key = rank == Finite ? _keys[slot] : null;
            long update = leaf ? 0 : _pool.PeekLink(slot, UpdateLink);
            long left = leaf ? NodePool.Null : _pool.PeekLink(slot, LeftLink), right = leaf ? NodePool.Null : _pool.PeekLink(slot, RightLink);
            views.Add(new EfrbNodeView(node, leaf, key, rank, (EfrbState)EfrbUpdateWord.StateOf(update), EfrbUpdateWord.InfoOf(update), left, right));
            if (leaf) continue;
            stack.Push(right);
            stack.Push(left);
        }
        return views.ToArray();
    }
#endif
}
