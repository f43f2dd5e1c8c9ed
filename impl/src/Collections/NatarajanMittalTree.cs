using System;
using System.Runtime.CompilerServices;
using Weft.Atomics;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Collections;

/// <summary>
/// A lock-free external binary search tree map (A. Natarajan and N. Mittal, "Fast Concurrent Lock-Free Binary Search
/// Trees", PPoPP 2014) over a <see cref="NodePool"/>, with a pluggable <see cref="Reclaimer"/>. Keys are ordered by the
/// Tier 1 comparer <typeparamref name="TComparer"/> (a stateless struct, called as <c>default(TComparer)</c> so the
/// JIT specializes and inlines the compare); each key carries a 64-bit value, set by the insert that adds the key.
///
/// Layout. A node is a pool slot with two links (left, right) and two payload words (the rank, the value); its key
/// lives in an array beside the pool, indexed by slot. Keys are in the leaves; an internal node holds a routing key
/// and always has two children (keys below it on the left, at or above it on the right); a leaf's links are null. A
/// link is an edge: the child's handle plus two bits, <see cref="FlagBit"/> ("the leaf this edge points to is being
/// deleted") and <see cref="TagBit"/> ("the node this edge leaves is being deleted: never change this edge"). A
/// flagged or tagged edge is frozen: every CAS that changes an edge expects it clean. Three sentinel keys
/// ∞0 &lt; ∞1 &lt; ∞2, above every real key (the rank word: 0 for a real key, 1 to 3 for ∞0 to ∞2), build the
/// skeleton R(∞2) -> [S(∞1), leaf ∞2], S -> [leaf ∞0, leaf ∞1]; the real keys live in S's left subtree, left of
/// leaf ∞0. No sentinel is ever removed.
///
/// Invariant. Every reachable leaf lies on its key's search path (the routing keys order the tree); the keys of the
/// reachable real leaves are the map's keys (a key is in the map iff a reachable leaf holds it); a flagged or tagged
/// edge stays so, with the same child, while the node it leaves is reachable (the flag moves with its leaf when a
/// splice lifts it). Monitors: NmTreeOrderMonitor, NmTreeMatchesAbstractMonitor, NmTreeEdgesFrozenMonitor.
///
/// Operations. <c>Seek</c> walks from R down the key's path to a leaf, remembering the parent and the last untagged
/// edge (ancestor -> successor). <see cref="TryAdd"/> replaces the edge to the leaf by a new internal node whose
/// children are the old leaf and a new leaf: one CAS, its linearization point. <see cref="TryRemove"/> flags the edge
/// to the key's leaf (injection: the CAS that makes this call the key's remover), then cleans up: it tags the
/// sibling edge so nothing can be inserted there, and CASes the ancestor's edge from the successor to the sibling
/// (keeping the sibling's flag), which removes the leaf, its parent and the chain of tagged nodes between successor
/// and parent at once. A Remove whose cleanup fails seeks again and retries until its leaf is gone; whoever meets a
/// flagged or tagged edge in its way runs the same cleanup (helping). A removal takes effect when its leaf leaves the
/// tree (the winning splice, by the remover or a helper), which happens before the remover returns; lookups
/// (<see cref="TryGetValue"/>, <see cref="ContainsKey"/>) are one seek and never write: a key is found iff the seek
/// ends at a leaf holding it, which was reachable at some moment of the seek. So a leaf whose removal is pending
/// (flagged, not yet spliced out) is still in the map: lookups find it and an insert of its key returns false, exactly
/// as the paper's operations behave; each is linearized at a moment its leaf is reachable.
///
/// Retirement (who and when). The thread whose splice CAS wins retires everything that CAS cut off: every internal
/// node from the successor down to the parent, and each one's flagged leaf (the child off the key's path; the parent's
/// child other than the sibling it lifted). The CAS cuts them off exactly once (the ancestor's edge held the
/// successor), all their edges are frozen, and no other thread retires them, so each node is retired once, after it
/// is unreachable. A new leaf and internal node whose insert loses (the key is present) were never published and go
/// straight back to the pool. Sentinels are never retired.
///
/// Validated seek (a departure from the paper, which assumes a garbage collector). Every edge read on a seek goes
/// through the reclaimer's protected read (<see cref="NodePool.ProtectLink"/>, or an acquire load when that is all the
/// scheme's Protect is). IBR protects a node only if this thread's reservation covered the node's lifetime: a node
/// read while it is in the tree is protected (it was born before the read and is retired after it, and the read
/// publishes the era), but a node read from a removed node's frozen edge may have been born after this thread's last
/// reservation and retired and freed while the thread waited (the paper's seek would then walk a reused slot: a
/// real-thread stress under IBR lost keys that way). So the seek follows a child only if it was in the tree at some
/// moment after its handle was read; otherwise it restarts from R (<c>TrySeek</c>). The fact it rests on: a removed
/// internal node has both edges frozen (a splice cuts off the chain from the successor to the parent only after each
/// of them has a flagged edge to its leaf and a tagged edge down the chain or to the sibling, and a frozen edge never
/// clears). Hence:
/// <list type="bullet">
/// <item>a child edge read clean is followed: the node it leaves was not removed at that read, so it and the child were
/// in the tree;</item>
/// <item>a child edge read flagged or tagged is followed only if the ancestor's edge on the key's side still holds the
/// clean edge to the successor that this seek read (<c>StillReachable</c>, one acquire load). Then the ancestor is not
/// removed (a clean edge), so the successor is in the tree; the edges from the successor down to the node just read
/// from are tagged and never change, and so is the edge just read: the child is in the tree now, after its handle
/// was read, so the reservation published by that read covers it. The check fails only when the ancestor's edge
/// changed since this seek read it (a splice cut the successor off, or a removal of the ancestor flagged or tagged
/// it): another thread's CAS succeeded, so a restart keeps the seek lock-free (lookups are no longer wait-free).</item>
/// </list>
/// Every node the seek returns (ancestor, successor, parent, leaf) was therefore in the tree after this thread's
/// reservation covered it, and stays allocated until the operation ends. For DEBRA (an epoch announcement protects
/// whatever the operation reaches) the check only costs a load. The seeded defect
/// <see cref="SeededBug.NmTreeSeekWithoutValidation"/> skips it: caught as NoUseAfterFree (nmtree/seek-without-validation).
/// The in-order walk behind <see cref="Range"/>, <see cref="Keys"/> and <see cref="Count"/> is validated the same way:
/// each pushed node carries the last clean edge on its path (its anchor), a child read through a frozen edge is pushed
/// only while its anchor's edge is unchanged, and a pass that fails starts again from S, skipping the keys already
/// taken (<c>TryWalk</c>; the same seeded defect skips that check too).
/// Labels. <c>StepLabel.At</c> marks each shared access of the seek, the insert, the removal and the cleanup with the
/// pc value of tla/NMTree/NMTree.tla (a TLC trace replay runs a thread from one label to the next); compiled away in
/// production.
/// Memory. Generation-tagged handles make a CAS on an edge of a recycled node fail. The flag and tag use bits 31
/// and 30 of a handle, so the pool may have at most 2^30 - 2 slots. DEBRA+ is rejected: a neutralized Remove restarted
/// after its injection would report the key absent. The immediate reclaimer frees at retire while others may still
/// read the node: the negative control. A freed slot's key stays in the key array until the slot is reused.
/// </summary>
public sealed class NatarajanMittalTree<TKey, TComparer> where TComparer : struct, IKeyComparer<TKey>
{
    /// <summary>Links of a node: left and right.</summary>
    public const int LinksPerNode = 2;

    /// <summary>Payload words of a node: the rank (0 for a real key, 1 to 3 for the sentinels ∞0 to ∞2) and the value.</summary>
    public const int PayloadWordsPerNode = 2;

    /// <summary>Set on an edge to a leaf that is being deleted.</summary>
    public const long FlagBit = NodePool.MarkBit;

    /// <summary>Set on an edge whose source node is being deleted: the edge never changes again.</summary>
    public const long TagBit = 1L << 30;

    /// <summary>The most slots a pool may have: slot index + 1 must stay below the tag bit.</summary>
    public const int MaxPoolCapacity = (1 << 30) - 2;

    private const long EdgeBits = FlagBit | TagBit;
    private const int Left = 0, Right = 1;
    private const int RankWord = 0, ValueWord = 1;
    private const long Infinity0 = 1, Infinity1 = 2, Infinity2 = 3;

    private readonly Reclaimer _reclaimer;
    private readonly NodePool _pool;
    private readonly TKey[] _keys;
    private readonly long _root, _s; // R (∞2) and S (∞1): never retired
    private readonly long[][] _stacks; // per-thread traversal stacks of Range and Count (grown, never shrunk)
    private readonly SeededBug _bug;
    private readonly bool _plainProtect;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    /// <param name="reclaimer">The reclamation scheme; its pool must have <see cref="LinksPerNode"/> links, <see cref="PayloadWordsPerNode"/> payload words per node and at most <see cref="MaxPoolCapacity"/> slots. Five slots hold the sentinels.</param>
    public NatarajanMittalTree(Reclaimer reclaimer)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        if (reclaimer.Neutralizes)
            throw new ArgumentException("the Natarajan-Mittal tree does not support DEBRA+: a Remove restarted after its injection would report its key absent; use IBR or DEBRA", nameof(reclaimer));
        _pool = reclaimer.Pool;
        if (_pool.Links < LinksPerNode || _pool.PayloadWords < PayloadWordsPerNode)
            throw new ArgumentException($"a Natarajan-Mittal tree needs a pool with {LinksPerNode} links and {PayloadWordsPerNode} payload words per node; this pool has {_pool.Links} and {_pool.PayloadWords}", nameof(reclaimer));
        if (_pool.Capacity > MaxPoolCapacity)
            throw new ArgumentException($"a Natarajan-Mittal tree keeps its flag and tag in bits 31 and 30 of a handle: its pool may have at most {MaxPoolCapacity} slots, not {_pool.Capacity}", nameof(reclaimer));
        if (_pool.Capacity < 5)
            throw new ArgumentException($"a Natarajan-Mittal tree needs a pool of at least 5 slots for its sentinels, not {_pool.Capacity}", nameof(reclaimer));
        _reclaimer = reclaimer;
        _keys = new TKey[_pool.Capacity];
        _bug = reclaimer.Config.SeededBug;
        _plainProtect = reclaimer.ProtectIsPlainLoad;
        _stacks = new long[reclaimer.MaxThreads][];
        for (int i = 0; i < _stacks.Length; i++) _stacks[i] = new long[64];
        long leaf0 = Sentinel(Infinity0, NodePool.Null, NodePool.Null), leaf1 = Sentinel(Infinity1, NodePool.Null, NodePool.Null);
        long leaf2 = Sentinel(Infinity2, NodePool.Null, NodePool.Null);
        _s = Sentinel(Infinity1, leaf0, leaf1);
        _root = Sentinel(Infinity2, _s, leaf2);
    }

    /// <summary>
    /// A tree for up to <paramref name="maxThreads"/> registered threads built from the configuration's defaults: a
    /// generation-tagged pool of <see cref="WeftConfig.PoolCapacity"/> slots with a cache per thread, and a reclaimer of
    /// <see cref="WeftConfig.Reclamation"/>.
    /// </summary>
    public static NatarajanMittalTree<TKey, TComparer> WithDefaults(int maxThreads, WeftConfig? config = null)
    {
        config ??= WeftConfig.FromEnvironment();
        var pool = new NodePool(config.PoolCapacity, tagged: true, threadCaches: maxThreads, links: LinksPerNode, payloadWords: PayloadWordsPerNode, capacitySetting: NodePool.WeftConfigPoolCapacitySetting,
            initialSlots: NodePool.InitialSlotsFor(config.PoolCapacity));
        return new NatarajanMittalTree<TKey, TComparer>(Reclaimer.Create(config.Reclamation, pool, maxThreads, config));
    }

    public Reclaimer Reclaimer => _reclaimer;

    private long Sentinel(long rank, long left, long right)
    {
        long node = _pool.Allocate();
        _pool.SetWord(node, RankWord, rank);
        _pool.StoreLink(node, Left, left, MemoryOrder.Relaxed);
        _pool.StoreLink(node, Right, right, MemoryOrder.Relaxed);
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Address(long edge) => edge & ~EdgeBits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsFlagged(long edge) => (edge & FlagBit) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTagged(long edge) => (edge & TagBit) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Edge(ReclaimerThread t, long node, int side) =>
        _plainProtect ? _pool.LoadLink(node, side, MemoryOrder.Acquire) : _pool.ProtectLink(_reclaimer, t, node, side);

    /// <summary>The sign of key - the node's key (a sentinel's key is above every real key).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CompareToNode(TKey key, long node) =>
        _pool.Word(node, RankWord) != 0 ? -1 : default(TComparer).Compare(key, _keys[NodePool.IndexOf(node)]);

    /// <summary>The side of <paramref name="node"/> the key's path takes: left below the routing key, right at or above it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SideOf(TKey key, long node) => CompareToNode(key, node) < 0 ? Left : Right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RejectNull(TKey key)
    {
        if (key is null) throw new ArgumentNullException(nameof(key));
    }

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/>; false (and no change) when the key is present. Throws <see cref="PoolExhaustedException"/> (the tree unchanged) when the two new nodes do not fit.</summary>
    public bool TryAdd(ReclaimerThread t, TKey key, long value = 0)
    {
        RejectNull(key);
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
            _reclaimer.AwaitReclamation(t, exhausted, slots: 2); // the leaf and the internal node
        }
    }

    /// <summary>Removes <paramref name="key"/>; false when it was absent. Returns once the key's leaf is out of the tree.</summary>
    public bool TryRemove(ReclaimerThread t, TKey key)
    {
        RejectNull(key);
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

    /// <summary>The value of <paramref name="key"/>, if present (one seek: never writes; it restarts only after another thread changed an edge).</summary>
    public bool TryGetValue(ReclaimerThread t, TKey key, out long value)
    {
        RejectNull(key);
        _reclaimer.BeginOperation(t);
        try
        {
            var s = new NatarajanMittalSeekRecord();
            Seek(t, key, ref s);
            bool found = CompareToNode(key, s.Leaf) == 0;
            value = found ? _pool.Word(s.Leaf, ValueWord) : 0;
            return found;
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>Whether <paramref name="key"/> is present (one seek: never writes; it restarts only after another thread changed an edge).</summary>
    public bool ContainsKey(ReclaimerThread t, TKey key) => TryGetValue(t, key, out _);

    /// <summary>
    /// Natarajan and Mittal's seek, validated: from R down the key's path to a leaf. The ancestor and successor advance
    /// past every edge read untagged; they stop at the top of a chain of tagged edges (nodes being removed) so that a
    /// cleanup splices the whole chain out. Restarts from R while a step cannot be validated (<see cref="TrySeek"/>).
    /// </summary>
    private void Seek(ReclaimerThread t, TKey key, ref NatarajanMittalSeekRecord s)
    {
        while (!TrySeek(t, key, ref s)) { }
    }

    /// <summary>
    /// One descent of <see cref="Seek"/>; false when a step could not be validated (the caller restarts from R). A
    /// child edge read clean is followed at once: the node it leaves was in the tree when it was read (a removed
    /// internal node has both edges frozen). A child edge read flagged or tagged is followed only if the ancestor's
    /// edge still holds the clean edge to the successor that this descent read (<see cref="StillReachable"/>).
    /// </summary>
    private bool TrySeek(ReclaimerThread t, TKey key, ref NatarajanMittalSeekRecord s)
    {
        StepLabel.At("seek_root");
        long ancestor = _root, successor = _s, parent = _s;
        long ancestorEdge = _s; // R's left edge: S, clean for ever (sentinels are never removed)
        long parentEdge = Edge(t, _s, Left); // S's edges are never flagged or tagged: S is never removed
        long leaf = Address(parentEdge);
        StepLabel.At("seek_read");
        long currentEdge = Edge(t, leaf, SideOf(key, leaf));
        long current = Address(currentEdge);
        while (current != NodePool.Null)
        {
            if (!IsTagged(parentEdge))
            {
                ancestor = parent;
                successor = leaf;
                ancestorEdge = parentEdge;
            }
            if ((currentEdge & EdgeBits) != 0)
            {
                StepLabel.At("seek_validate");
                if (!StillReachable(key, ancestor, ancestorEdge)) return false;
            }
            parent = leaf;
            leaf = current;
            parentEdge = currentEdge;
            StepLabel.At("seek_read");
            currentEdge = Edge(t, current, SideOf(key, current));
            current = Address(currentEdge);
        }
        s.Ancestor = ancestor;
        s.Successor = successor;
        s.Parent = parent;
        s.Leaf = leaf;
        return true;
    }

    /// <summary>
    /// Whether the ancestor's edge on the key's side still holds <paramref name="ancestorEdge"/>, the clean edge to the
    /// successor read earlier in this descent. True means: the ancestor has a clean edge, so it is not removed, so it
    /// and the successor are in the tree now; the edges from the successor down to the node just read from are tagged
    /// (frozen), and that node's edge just read is flagged or tagged (frozen), so every node on that chain, and the
    /// child just read, is in the tree now. False means the ancestor's edge changed since it was read (a splice cut
    /// the successor off, or a removal of the ancestor tagged or flagged it): the chain may be out of the tree and the
    /// child may be a node born after this thread's reservation, so the descent restarts. The seeded defect <see
    /// cref="SeededBug.NmTreeSeekWithoutValidation"/> skips the check (the paper's unvalidated seek).
    /// </summary>
    private bool StillReachable(TKey key, long ancestor, long ancestorEdge) =>
        _bug == SeededBug.NmTreeSeekWithoutValidation
        || _pool.LoadLink(ancestor, SideOf(key, ancestor), MemoryOrder.Acquire) == ancestorEdge;

    private bool AddInOperation(ReclaimerThread t, TKey key, long value)
    {
        var s = new NatarajanMittalSeekRecord();
        long newLeaf = NodePool.Null, newInternal = NodePool.Null;
        while (true)
        {
            Seek(t, key, ref s);
            long leaf = s.Leaf, parent = s.Parent;
            int toLeaf = CompareToNode(key, leaf);
            if (toLeaf == 0)
            {
                if (newLeaf != NodePool.Null)
                {
                    _pool.Free(t.Index, newLeaf); // never published: no other thread saw them
                    _pool.Free(t.Index, newInternal);
                }
                return false;
            }
            int side = SideOf(key, parent);
            if (newLeaf == NodePool.Null)
            {
                StepLabel.At("add_alloc");
                (newLeaf, newInternal) = NewNodes(t, key, value);
            }
            Route(newInternal, newLeaf, leaf, key, keyBelowLeaf: toLeaf < 0);
            StepLabel.At("add_cas");
            // Winning this CAS replaces the clean edge to the leaf by the new internal node over the old leaf and the
            // new one: the key is in the map (the linearization point of a successful TryAdd; release: the new nodes'
            // words and links are visible to whoever reads the edge). Losing it: the edge changed, or was flagged or
            // tagged (a removal is under way here: help it, then seek again).
            if (_pool.CompareExchangeLink(parent, side, leaf, newInternal, MemoryOrder.AcqRel))
            {
                Changed(StepAdded, key);
                return true;
            }
            StepLabel.At("add_reread");
            long edge = Edge(t, parent, side);
            if (Address(edge) == leaf && (edge & EdgeBits) != 0) Cleanup(t, key, ref s);
        }
    }

    /// <summary>A new leaf holding the key and value, and a new internal node (its routing set per attempt). Pool exhaustion leaves the tree unchanged.</summary>
    private (long Leaf, long Internal) NewNodes(ReclaimerThread t, TKey key, long value)
    {
        long leaf = _reclaimer.AllocateRestartable(t);
        long internalNode;
        try
        {
            internalNode = _reclaimer.AllocateRestartable(t);
        }
        catch (PoolExhaustedException)
        {
            _pool.Free(t.Index, leaf);
            throw;
        }
        _keys[NodePool.IndexOf(leaf)] = key;
        _pool.SetWord(leaf, RankWord, 0);
        _pool.SetWord(leaf, ValueWord, value);
        _pool.StoreLink(leaf, Left, NodePool.Null, MemoryOrder.Relaxed);
        _pool.StoreLink(leaf, Right, NodePool.Null, MemoryOrder.Relaxed);
        return (leaf, internalNode);
    }

    /// <summary>
    /// Sets the unpublished internal node over <paramref name="oldLeaf"/> and <paramref name="newLeaf"/>: the smaller
    /// key on the left, the routing key the larger of the two (the seeded defect <see cref="SeededBug.NmTreeRoutingKeyMin"/>
    /// takes the smaller, so the left leaf is off its own search path).
    /// </summary>
    private void Route(long internalNode, long newLeaf, long oldLeaf, TKey key, bool keyBelowLeaf)
    {
        bool routeByOldLeaf = keyBelowLeaf != (_bug == SeededBug.NmTreeRoutingKeyMin);
        int slot = NodePool.IndexOf(internalNode);
        if (routeByOldLeaf)
        {
            _keys[slot] = _keys[NodePool.IndexOf(oldLeaf)];
            _pool.SetWord(internalNode, RankWord, _pool.Word(oldLeaf, RankWord));
        }
        else
        {
            _keys[slot] = key;
            _pool.SetWord(internalNode, RankWord, 0);
        }
        _pool.StoreLink(internalNode, Left, keyBelowLeaf ? newLeaf : oldLeaf, MemoryOrder.Relaxed);
        _pool.StoreLink(internalNode, Right, keyBelowLeaf ? oldLeaf : newLeaf, MemoryOrder.Relaxed);
    }

    private bool RemoveInOperation(ReclaimerThread t, TKey key)
    {
        var s = new NatarajanMittalSeekRecord();
        long victim = NodePool.Null; // set once this call's injection won: the leaf it must see leave the tree
        while (true)
        {
            Seek(t, key, ref s);
            if (victim != NodePool.Null)
            {
                if (s.Leaf != victim) return true; // a helper's splice removed it
                if (Cleanup(t, key, ref s)) return true;
                continue;
            }
            long leaf = s.Leaf, parent = s.Parent;
            if (CompareToNode(key, leaf) != 0) return false;
            int side = SideOf(key, parent);
            // Winning this CAS flags the clean edge to the key's leaf (injection): this call is the key's remover, and
            // the edge is frozen until a splice lifts or removes the leaf. Losing it: the edge changed or another
            // removal froze it: help that removal, then seek again.
            StepLabel.At("remove_flag");
            if (_pool.CompareExchangeLink(parent, side, leaf, leaf | FlagBit, MemoryOrder.AcqRel))
            {
                Changed(StepFlagged, key);
                victim = leaf;
                if (Cleanup(t, key, ref s)) return true;
                continue;
            }
            StepLabel.At("remove_reread");
            long edge = Edge(t, parent, side);
            if (Address(edge) == leaf && (edge & EdgeBits) != 0) Cleanup(t, key, ref s);
        }
    }

    /// <summary>
    /// Natarajan and Mittal's cleanup: the parent's edge on the key's side or its other edge is flagged; tag the other
    /// one (the sibling, which stays) and splice: swing the ancestor's edge from the successor to the sibling, keeping
    /// the sibling's flag. True when this thread's splice won (it then retires what it cut off).
    /// </summary>
    private bool Cleanup(ReclaimerThread t, TKey key, ref NatarajanMittalSeekRecord s)
    {
        StepLabel.At("cleanup_read");
        long ancestor = s.Ancestor, successor = s.Successor, parent = s.Parent;
        int successorSide = SideOf(key, ancestor);
        int childSide = SideOf(key, parent);
        int siblingSide = 1 - childSide;
        if (!IsFlagged(Edge(t, parent, childSide))) siblingSide = childSide; // the other edge is the flagged one
        if (_bug != SeededBug.NmTreeRemoveWithoutTag) TagEdge(t, key, parent, siblingSide);
        StepLabel.At("splice_read");
        long sibling = Edge(t, parent, siblingSide);
        long lifted = Address(sibling) | (_bug == SeededBug.NmTreeSpliceDropsFlag ? 0 : sibling & FlagBit);
        // Winning this CAS swings the ancestor's clean edge from the successor to the sibling: the parent, its flagged
        // leaf and the chain of tagged nodes from the successor down are out of the tree (the removal of each flagged
        // leaf among them takes effect here), and this thread retires them. Losing it: the ancestor's edge changed or
        // was frozen by another removal; the caller seeks again.
        StepLabel.At("splice_cas");
        if (!_pool.CompareExchangeLink(ancestor, successorSide, successor, lifted, MemoryOrder.AcqRel)) return false;
        Spliced(key, successor, parent, 1 - siblingSide);
        RetireSplicedOut(t, key, successor, parent, 1 - siblingSide);
        return true;
    }

    /// <summary>Sets the tag bit of an edge (a CAS loop: the edge may still change until it is flagged or tagged).</summary>
    private void TagEdge(ReclaimerThread t, TKey key, long parent, int side)
    {
        StepLabel.At("tag_read");
        long edge = Edge(t, parent, side);
        while (!IsTagged(edge))
        {
            StepLabel.At("tag_cas");
            // Winning this CAS tags the edge: it is frozen, so no insert can hang a new node under the sibling
            // between now and the splice that lifts it. Losing it: the edge changed (an insert, a flag): read again.
            if (_pool.CompareExchangeLink(parent, side, edge, edge | TagBit, MemoryOrder.AcqRel))
            {
                Changed(StepTagged, key);
                return;
            }
            StepLabel.At("tag_read");
            edge = Edge(t, parent, side);
        }
    }

    /// <summary>
    /// Retires what a winning splice cut off: from the successor down the key's path to the parent, each internal node
    /// and its child off the path (a flagged leaf), then the parent and its child on <paramref name="removedSide"/> (the flagged one; the other, the sibling, was lifted). Their
    /// edges are frozen and nobody else retires them, so plain acquire loads read them.
    /// </summary>
    private void RetireSplicedOut(ReclaimerThread t, TKey key, long successor, long parent, int removedSide)
    {
        long node = successor;
        while (node != parent)
        {
            int side = SideOf(key, node);
            long onPath = Address(_pool.LoadLink(node, side, MemoryOrder.Acquire));
            long offPath = Address(_pool.LoadLink(node, 1 - side, MemoryOrder.Acquire));
            _reclaimer.Retire(t, offPath);
            _reclaimer.Retire(t, node);
            node = onPath;
        }
        _reclaimer.Retire(t, Address(_pool.LoadLink(parent, removedSide, MemoryOrder.Acquire)));
        _reclaimer.Retire(t, parent);
    }

    /// <summary>
    /// Copies the keys in [<paramref name="fromInclusive"/>, <paramref name="toInclusive"/>] into
    /// <paramref name="destination"/> in strictly ascending order and returns how many it copied; it stops when the
    /// destination is full. One reclaimer operation, every edge read protected as the seeks' are; nothing is written
    /// to the tree and, in steady state, nothing is allocated (a per-thread stack, grown only past its deepest use).
    ///
    /// Weakly consistent: an in-order walk of the tree pruned by the routing keys. Every key present for the whole
    /// call and in range is returned (unless the destination fills first): its leaf stays reachable, and a splice
    /// only lifts a subtree to a higher edge at the same place in key order, while the walk follows frozen edges out
    /// of removed nodes to the same subtree. No key is returned twice and keys come ascending (a key is taken only
    /// above the last taken); a key added or removed during the call may or may not appear. Exact when no other
    /// thread is running.
    /// </summary>
    public int Range(ReclaimerThread t, TKey fromInclusive, TKey toInclusive, Span<TKey> destination)
    {
        RejectNull(fromInclusive);
        RejectNull(toInclusive);
        if (destination.IsEmpty || default(TComparer).Compare(fromInclusive, toInclusive) > 0) return 0;
        _reclaimer.BeginOperation(t);
        try
        {
            return Walk(t, fromInclusive, toInclusive, bounded: true, destination);
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
            return Walk(t, default!, default!, bounded: false, destination);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>The number of keys, by one weakly consistent walk (see <see cref="Range"/>): exact when no other thread runs. O(n), allocation-free in steady state.</summary>
    public int Count(ReclaimerThread t)
    {
        _reclaimer.BeginOperation(t);
        try
        {
            return Walk(t, default!, default!, bounded: false, Span<TKey>.Empty);
        }
        finally
        {
            _reclaimer.EndOperation(t);
        }
    }

    /// <summary>
    /// The in-order walk behind <see cref="Range"/>, <see cref="Keys"/> and <see cref="Count"/>, from S's left child:
    /// an explicit stack, the right child pushed before the left, subtrees that cannot hold a key of the range skipped.
    /// Copies the keys into <paramref name="destination"/>, or only counts them when it is empty. Validated like the
    /// seek (<see cref="TryWalk"/>); a walk that cannot validate a step starts again from S, skipping the keys it
    /// already took, so it stays weakly consistent and ascending.
    /// </summary>
    private int Walk(ReclaimerThread t, TKey from, TKey to, bool bounded, Span<TKey> destination)
    {
        var progress = new WalkProgress();
        while (!TryWalk(t, from, to, bounded, destination, ref progress)) { }
        return progress.Taken;
    }

    private struct WalkProgress
    {
        public int Taken;
        public bool Any;
        public TKey Last;
    }

    // A walk stack entry: the node, then its anchor (the source of the last clean edge on the path to it), the
    // anchor's side and the clean edge read there.
    private const int WalkEntry = 4;

    /// <summary>
    /// One pass of <see cref="Walk"/>; false when a step could not be validated. Each pushed child carries an anchor:
    /// the edge it was read through when that edge was clean, else its parent's anchor (the edges between are frozen).
    /// A child read through a flagged or tagged edge is pushed only if its anchor's edge still holds the clean edge
    /// recorded there (as in <see cref="StillReachable"/>): then it is in the tree after its handle was read, so IBR's
    /// reservation covers it. Otherwise the anchor's edge changed (another thread's CAS) and the pass ends.
    /// </summary>
    private bool TryWalk(ReclaimerThread t, TKey from, TKey to, bool bounded, Span<TKey> destination, ref WalkProgress progress)
    {
        bool countOnly = destination.IsEmpty;
        long[] stack = _stacks[t.Index];
        int depth = 0;
        long top = Edge(t, _s, Left); // S is never removed: its edges are always clean
        Push(stack, ref depth, Address(top), _s, Left, top);
        while (depth > 0)
        {
            depth -= WalkEntry;
            long node = stack[depth], anchor = stack[depth + 1], anchorSide = stack[depth + 2], anchorEdge = stack[depth + 3];
            long leftEdge = Edge(t, node, Left);
            if (Address(leftEdge) == NodePool.Null)
            {
                if (_pool.Word(node, RankWord) != 0) continue; // a sentinel leaf
                TKey key = _keys[NodePool.IndexOf(node)];
                if (bounded && (default(TComparer).Compare(key, from) < 0 || default(TComparer).Compare(key, to) > 0)) continue;
                if (progress.Any && default(TComparer).Compare(key, progress.Last) <= 0) continue;
                if (!countOnly) destination[progress.Taken] = key;
                progress.Taken++;
                progress.Last = key;
                progress.Any = true;
                if (!countOnly && progress.Taken == destination.Length) return true;
                continue;
            }
            bool sentinelRoute = _pool.Word(node, RankWord) != 0;
            TKey routing = _keys[NodePool.IndexOf(node)];
            if (depth + 2 * WalkEntry > stack.Length) stack = _stacks[t.Index] = GrowStack(stack);
            if (!sentinelRoute && (!bounded || default(TComparer).Compare(to, routing) >= 0))
            {
                long rightEdge = Edge(t, node, Right);
                if (!PushChild(stack, ref depth, node, Right, rightEdge, anchor, anchorSide, anchorEdge)) return false;
            }
            bool leftMayHoldMore = !progress.Any || default(TComparer).Compare(progress.Last, routing) < 0;
            if (sentinelRoute || (leftMayHoldMore && (!bounded || default(TComparer).Compare(from, routing) < 0)))
            {
                if (!PushChild(stack, ref depth, node, Left, leftEdge, anchor, anchorSide, anchorEdge)) return false;
            }
        }
        return true;
    }

    /// <summary>Pushes the child behind <paramref name="edge"/> (read from <paramref name="node"/>'s <paramref name="side"/>): anchored at that edge when clean, else at the node's anchor once it validates; false when it does not.</summary>
    private bool PushChild(long[] stack, ref int depth, long node, int side, long edge, long anchor, long anchorSide, long anchorEdge)
    {
        if ((edge & EdgeBits) == 0)
        {
            Push(stack, ref depth, Address(edge), node, side, edge);
            return true;
        }
        if (_bug != SeededBug.NmTreeSeekWithoutValidation
            && _pool.LoadLink(anchor, (int)anchorSide, MemoryOrder.Acquire) != anchorEdge) return false;
        Push(stack, ref depth, Address(edge), anchor, anchorSide, anchorEdge);
        return true;
    }

    private static void Push(long[] stack, ref int depth, long node, long anchor, long anchorSide, long anchorEdge)
    {
        stack[depth] = node;
        stack[depth + 1] = anchor;
        stack[depth + 2] = anchorSide;
        stack[depth + 3] = anchorEdge;
        depth += WalkEntry;
    }

    private static long[] GrowStack(long[] stack)
    {
        var bigger = new long[stack.Length * 2];
        stack.AsSpan().CopyTo(bigger);
        return bigger;
    }

    // ----- Quiescent views (tests, scenarios): read without scheduling points -----

    /// <summary>The key array's entry of a slot, read without a scheduling point (refinement mappings; it stays after the slot is freed).</summary>
    internal TKey PeekKey(int slot) => _keys[slot];

    /// <summary>The keys of the reachable real leaves, in order (exact when no thread is running).</summary>
    internal System.Collections.Generic.List<TKey> PeekKeys()
    {
        var keys = new System.Collections.Generic.List<TKey>();
        PeekInOrder(Address(_pool.PeekLink(NodePool.IndexOf(_s), Left)), keys, 0);
        return keys;
    }

    private void PeekInOrder(long node, System.Collections.Generic.List<TKey> keys, int depth)
    {
        if (node == NodePool.Null || depth > _pool.Capacity) return;
        int slot = NodePool.IndexOf(node);
        long left = _pool.PeekLink(slot, Left);
        if (Address(left) == NodePool.Null)
        {
            if (_pool.PeekWord(slot, RankWord) == 0) keys.Add(_keys[slot]);
            return;
        }
        PeekInOrder(Address(left), keys, depth + 1);
        PeekInOrder(Address(_pool.PeekLink(slot, Right)), keys, depth + 1);
    }

    /// <summary>
    /// The shape every quiescent tree has, read without scheduling points: no flagged or tagged edge is reachable
    /// (every removal has spliced its leaf out), every internal node has two children, and every leaf lies on its
    /// key's search path (below each routing key on the left, at or above it on the right). Null when it holds.
    /// </summary>
    internal string? QuiescentViolation()
    {
        int visited = 0;
        return ShapeViolation(_root, hasLow: false, default!, 0, hasHigh: false, default!, 0, ref visited);
    }

    /// <summary>Checks the subtree of <paramref name="node"/> against the open key interval its path allows (rank, key).</summary>
    private string? ShapeViolation(long node, bool hasLow, TKey lowKey, long lowRank, bool hasHigh, TKey highKey, long highRank, ref int visited)
    {
        if (++visited > _pool.Capacity) return "the tree is cyclic";
        int slot = NodePool.IndexOf(node);
        long rank = _pool.PeekWord(slot, RankWord);
        TKey key = _keys[slot];
        long left = _pool.PeekLink(slot, Left), right = _pool.PeekLink(slot, Right);
        if (Address(left) == NodePool.Null)
        {
            if (hasLow && CompareRanked(rank, key, lowRank, lowKey) < 0) return $"leaf {Show(rank, key)} lies right of routing key {Show(lowRank, lowKey)}";
            if (hasHigh && CompareRanked(rank, key, highRank, highKey) >= 0) return $"leaf {Show(rank, key)} lies left of routing key {Show(highRank, highKey)}";
            return null;
        }
        if (Address(right) == NodePool.Null) return $"internal node {Show(rank, key)} has one child";
        if (((left | right) & EdgeBits) != 0) return $"internal node {Show(rank, key)} has a flagged or tagged edge";
        return ShapeViolation(Address(left), hasLow, lowKey, lowRank, true, key, rank, ref visited)
            ?? ShapeViolation(Address(right), true, key, rank, hasHigh, highKey, highRank, ref visited);
    }

    private int CompareRanked(long rankA, TKey keyA, long rankB, TKey keyB) =>
        rankA != rankB ? rankA.CompareTo(rankB) : rankA != 0 ? 0 : default(TComparer).Compare(keyA, keyB);

    private static string Show(long rank, TKey key) => rank == 0 ? $"{key}" : $"∞{rank - 1}";

    // Structural steps (the values of Weft.Monitors.NmTreeStep).
    private const int StepAdded = 0, StepFlagged = 1, StepTagged = 2;

    /// <summary>
    /// Controlled build: reports a structural step (an insert, a flag, a tag) with the tree right after it to the
    /// monitors (NmTreeOrderMonitor, NmTreeMatchesAbstractMonitor, NmTreeEdgesFrozenMonitor). Only for integer keys
    /// (the monitors' key type). Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void Changed(int step, TKey key)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<NmTreeEvent>() || !MonitoredKeys) return;
        SchedulingHooks.Emit(new NmTreeEvent(_id, (NmTreeStep)step, KeyForMonitors(key), SchedulingHooks.ThreadId, Array.Empty<long>(), Snapshot()));
#endif
    }

    /// <summary>
    /// Controlled build: reports a winning splice, with the keys of the leaves it cut off (the removals that took
    /// effect) and the tree right after it. Compiled away in production.
    /// </summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void Spliced(TKey key, long successor, long parent, int removedSide)
    {
#if WEFT_CONTROLLED
        if (!SchedulingHooks.Wants<NmTreeEvent>() || !MonitoredKeys) return;
        var removed = new System.Collections.Generic.List<long>();
        long node = successor;
        while (node != parent && removed.Count <= _pool.Capacity)
        {
            int slot = NodePool.IndexOf(node);
            int side = CompareRankedToKey(key, slot) < 0 ? Left : Right;
            removed.Add(KeyForMonitors(_keys[NodePool.IndexOf(Address(_pool.PeekLink(slot, 1 - side)))]));
            node = Address(_pool.PeekLink(slot, side));
        }
        removed.Add(KeyForMonitors(_keys[NodePool.IndexOf(Address(_pool.PeekLink(NodePool.IndexOf(parent), removedSide)))]));
        SchedulingHooks.Emit(new NmTreeEvent(_id, NmTreeStep.Spliced, KeyForMonitors(key), SchedulingHooks.ThreadId, removed.ToArray(), Snapshot()));
#endif
    }

#if WEFT_CONTROLLED
    private static bool MonitoredKeys => typeof(TKey) == typeof(long) || typeof(TKey) == typeof(int);

    private static long KeyForMonitors(TKey key) =>
        typeof(TKey) == typeof(long) ? Unsafe.As<TKey, long>(ref key) : typeof(TKey) == typeof(int) ? Unsafe.As<TKey, int>(ref key) : 0;

    private int CompareRankedToKey(TKey key, int slot) =>
        _pool.PeekWord(slot, RankWord) != 0 ? -1 : default(TComparer).Compare(key, _keys[slot]);

    /// <summary>The reachable nodes in preorder from R (at most capacity + 1 of them, so a cycle shows).</summary>
    private NmTreeNodeView[] Snapshot()
    {
        var nodes = new System.Collections.Generic.List<NmTreeNodeView>();
        var pending = new System.Collections.Generic.Stack<long>();
        pending.Push(_root);
        while (pending.Count > 0 && nodes.Count <= _pool.Capacity)
        {
            long node = pending.Pop();
            int slot = NodePool.IndexOf(node);
            long left = _pool.PeekLink(slot, Left), right = _pool.PeekLink(slot, Right);
            nodes.Add(new NmTreeNodeView(node, _pool.PeekWord(slot, RankWord), KeyForMonitors(_keys[slot]), left, right));
            if (Address(left) == NodePool.Null) continue;
            pending.Push(Address(right));
            pending.Push(Address(left));
        }
        return nodes.ToArray();
    }
#endif
}
