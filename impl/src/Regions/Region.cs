using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Weft.Atomics;
using Weft.Platform;

namespace Weft.Regions;

/// <summary>
/// A region of Region-RC (docs/region-rc.md): cells are allocated in it and freed with it, all at once.
///
/// <para><b>Algorithm.</b> Per-region reference counting (the OmniLisp CTRR/Region-RC design; reference counting of
/// whole regions as in Gay and Aiken, "Language Support for Regions", PLDI 2001). Liveness is one atomic word,
/// <c>_life = 2 * external_rc + scope_alive</c>. Scope exit subtracts 1, a release subtracts 2, a retain adds 2.
/// <b>Invariant</b> (R1): the region's memory is freed exactly once, by the thread whose subtraction took the word
/// to zero, and only then; while the word is non-zero every cell stays readable. Because the scope bit and the count
/// share one word, "the last decrement" is a single fetch-and-add result: a scope exit racing a release on another
/// thread cannot both see zero (the double free of a read-after-decrement) or both miss it (a leak).</para>
///
/// <para><b>Memory orders</b> (R4, <see cref="MemoryOrder"/>): a retain is relaxed (the caller already holds a
/// reference, so the region cannot be freed under it); a decrement is acquire-release, so the freeing thread sees
/// every other thread's writes to the region before it poisons the memory.</para>
///
/// <para><b>Ownership</b> (R3): one thread owns a region and alone allocates in it, reads and writes its cells,
/// merges into it and exits its scope. The liveness word, the tether count and the epoch are the only state other
/// threads touch (through handles, tethers and borrows), all through the atomics layer. A detached region moves to
/// another owner through a <see cref="RegionChannel"/>.</para>
/// </summary>
public sealed partial class Region
{
    internal const int SlotBytes = 16;
    internal const int HeaderBytes = 32;

    /// <summary>2 * external reference count + (scope alive ? 1 : 0).</summary>
    private AtomicInt64 _life;

    /// <summary>Open tethers (R5): a region with one may not be merged, and must not be freed.</summary>
    private AtomicInt32 _openTethers;

    /// <summary>Incremented when the region is freed (R5): a borrow compares it with the value it captured.</summary>
    private AtomicInt64 _epoch;

    private readonly List<RegionChunk> _chunks = new();
    private RegionChunk _current;
    private Region? _mergedInto;
    private bool _scopeOpen = true;
    private bool _freed;
    private int _cellSequence;
    private int _liveChildren;
    private CodeLocation _freedAt;
    private CodeLocation _scopeExitedAt;
    private RegionStatistics _statistics;

    /// <summary>The owner thread (R3, <see cref="RegionThread"/>): the creator, then each receiver; none while in a channel.</summary>
    private long _owner;

    /// <summary>The owner while the region is alive, <see cref="RegionThread.Unusable"/> once freed: the hot path's one test.</summary>
    private long _usableBy;
    private CodeLocation _ownedSince;
    private string _ownedHow = "created";

    internal Region(RegionSpace space, Region? parent, CodeLocation at)
    {
        Space = space;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
        Id = space.NextRegionId();
        Bug = space.Config.SeededBug;
        _life = new AtomicInt64(1);
        _current = new RegionChunk(space.Config.InlineSlots, inline: true);
        _chunks.Add(_current);
        _statistics = new RegionStatistics { Chunks = 1 };
        _owner = _usableBy = RegionThread.Current;
        _ownedSince = at;
        space.RegionCreated(_current.Slots.Length * SlotBytes);
        RegionProbe.Life(Id, RegionProbe.OpCreated, parent?.Id ?? 0, at);
        RegionProbe.Owner(Id, _owner, at);
    }

    public RegionSpace Space { get; }

    /// <summary>Unique within its space (within a controlled iteration, deterministic).</summary>
    public int Id { get; }

    /// <summary>The region this one was created in (null: detached). The partial order of R2 follows these links.</summary>
    public Region? Parent { get; }

    /// <summary>Parent links to a detached region.</summary>
    public int Depth { get; }

    /// <summary>True once the memory is freed (a merged region reports the region that absorbed it).</summary>
    public bool IsFreed => Resolve()._freed;

    /// <summary>True when this region was merged into another: its cells and obligations are the other's.</summary>
    public bool IsMerged => _mergedInto is not null;

    /// <summary>Bumped when the region is freed (R5).</summary>
    public long Epoch => Resolve()._epoch.Load(MemoryOrder.Acquire);

    /// <summary>Open tethers on the region.</summary>
    public int OpenTethers => Resolve()._openTethers.Load(MemoryOrder.Relaxed);

    /// <summary>The external reference count (the liveness word without the scope bit), a snapshot.</summary>
    public long ExternalReferences => Resolve()._life.Load(MemoryOrder.Relaxed) >> 1;

    /// <summary>True while this region's own scope is open (after a merge: until its own <see cref="ExitScope"/>).</summary>
    public bool ScopeOpen => _scopeOpen;

    /// <summary>The accounting of R6 (owner thread).</summary>
    public RegionStatistics Statistics => Resolve()._statistics;

    /// <summary>Bytes allocated in the region (H0's measure).</summary>
    public long BytesAllocated => Resolve()._statistics.Bytes;

    /// <summary>The space's seeded defect, kept here so that the hot paths read one field.</summary>
    internal SeededBug Bug { get; }

    /// <summary>This region's own freed flag (no merge resolution: for a home already resolved).</summary>
    internal bool FreedHere => _freed;

    internal int LiveChildren => _liveChildren;

    internal CodeLocation FreedAt => _freedAt;

    /// <summary>The region that absorbed this one directly (null: not merged), for the spec model's mapping.</summary>
    internal Region? MergedInto => _mergedInto;

    /// <summary>This region's own liveness word, without a scheduling point (0 after a merge), for the spec model.</summary>
    internal long PeekLife() => _life.Peek();

    /// <summary>This region's own open tethers, without a scheduling point, for the spec model.</summary>
    internal int PeekOpenTethers() => _openTethers.Peek();

    /// <summary>The region that holds this one's cells now: itself, or (after merges) the region that absorbed it.</summary>
    internal Region Resolve()
    {
        var r = this;
        while (r._mergedInto is not null) r = r._mergedInto;
        return r;
    }

    /// <summary>
    /// True when <paramref name="older"/> outlives <paramref name="younger"/>: it is the same region or an ancestor
    /// (compared on the regions that absorbed them). The partial order of R2.
    /// </summary>
    public static bool Outlives(Region older, Region younger)
    {
        var target = older.Resolve();
        for (Region? r = younger.Resolve(); r is not null; r = r.Parent?.Resolve())
            if (ReferenceEquals(r, target)) return true;
        return false;
    }

    /// <summary>Opens a child region (a nested scope): it holds a reference on this region until it is freed.</summary>
    public Region EnterChild([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        var home = Resolve();
        home.CheckAlive("open a child region in", at);
        home.AddReference(at);
        home._liveChildren++;
        return new Region(Space, home, at);
    }

    /// <summary>Ends this region's scope (once): the region is freed now if no reference remains (R1).</summary>
    public void ExitScope([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        if (!_scopeOpen) throw new RegionException($"the scope of region {Id} was already exited at {_scopeExitedAt} (again at {at})");
        _scopeOpen = false;
        _scopeExitedAt = at;
        if (_mergedInto is not null)
        {
            Resolve().Subtract(2, RegionProbe.OpRelease, at); // a merged scope became one reference on the absorbing region
            return;
        }
        Subtract(1, RegionProbe.OpScopeExit, at);
    }

    /// <summary>Takes an external reference (R1's escape boundaries): the region stays alive until the handle is released.</summary>
    public RegionHandle Retain([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        var home = Resolve();
        home.CheckAlive("retain", at);
        home.AddReference(at);
        return new RegionHandle(this, at);
    }

    /// <summary>Opens a tether (R5): a reference that pins the region while borrows taken under it are used.</summary>
    public Tether Tether([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        var home = Resolve();
        home.CheckAlive("tether", at);
        var tether = new Tether(home, RegionProbe.NewObjectId(), at);
        home._openTethers.FetchAdd(1, MemoryOrder.Relaxed);
        if (Bug != SeededBug.RegionTetherWithoutReference) home.AddReference(at);
        RegionProbe.Life(home.Id, RegionProbe.OpTether, tether.Id, at);
        return tether;
    }

    internal void EndTether(Tether tether, CodeLocation at)
    {
        RegionProbe.Life(Id, RegionProbe.OpUntether, tether.Id, at);
        _openTethers.FetchAdd(-1, MemoryOrder.Relaxed);
        if (Bug != SeededBug.RegionTetherWithoutReference) Subtract(2, RegionProbe.OpRelease, at);
    }

    /// <summary>Adds one external reference (relaxed: the caller holds the region alive already).</summary>
    internal void AddReference(CodeLocation at)
    {
        _life.FetchAdd(2, MemoryOrder.Relaxed);
        RegionProbe.Life(Id, RegionProbe.OpRetain, 0, at);
    }

    /// <summary>
    /// Subtracts <paramref name="amount"/> (1: the scope, 2: a reference) from the liveness word and frees the region
    /// if this subtraction took it to zero.
    /// </summary>
    internal void Subtract(long amount, int op, CodeLocation at)
    {
        StepLabel.At("dec");
        switch (Bug)
        {
            case SeededBug.RegionDecrementThenReread:
                _life.FetchAdd(-amount, MemoryOrder.AcqRel);
                RegionProbe.Life(Id, op, 0, at);
                StepLabel.At("reread");
                if (_life.Load(MemoryOrder.Acquire) == 0) Free(at); // the defect: another decrement may have reached zero too
                return;
            case SeededBug.RegionDecrementByStore:
                long seen = _life.Load(MemoryOrder.Acquire);
                StepLabel.At("store");
                _life.Store(seen - amount, MemoryOrder.Release); // the defect: a decrement between the two is lost
                RegionProbe.Life(Id, op, 0, at);
                if (seen == amount) Free(at);
                return;
        }
        long before = _life.FetchAdd(-amount, MemoryOrder.AcqRel);
        RegionProbe.Life(Id, op, 0, at);
        // Seeing exactly `amount` before means this subtraction took the word to zero: no scope and no reference is
        // left, so no other thread can reach the region any more, and this thread frees it.
        if (before == amount) Free(at);
        else if (before < amount) throw new RegionException($"region {Id}'s liveness word went below zero at {at} (a reference released twice)");
    }

    /// <summary>Frees the memory: poisons every chunk, bumps the epoch, drops the parent reference (R1, R5, R9).</summary>
    private void Free(CodeLocation at)
    {
        StepLabel.At("free");
        RegionProbe.Life(Id, RegionProbe.OpFree, 0, at);
        if (_freed) throw new RegionAccessException($"region {Id} freed twice: at {_freedAt} and again at {at}");
        _freed = true;
        _usableBy = RegionThread.Unusable;
        _freedAt = at;
        long bytes = 0;
        foreach (var chunk in _chunks)
        {
            chunk.Poison();
            bytes += chunk.Slots.Length * SlotBytes;
        }
        _chunks.Clear();
        _epoch.FetchAdd(1, MemoryOrder.Release);
        Space.RegionFreed(bytes);
        if (Parent is { } parent)
        {
            var home = parent.Resolve();
            home._liveChildren--;
            home.Subtract(2, RegionProbe.OpRelease, at);
        }
    }

    /// <summary>
    /// R3: throws unless the calling thread owns this region (a resolved home). The controlled build first reports the use
    /// to the ownership monitor, which names both threads.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CheckOwner(Cell? cell, bool write, CodeLocation at)
    {
        if (_owner != RegionThread.Current) RefuseAccess(cell, write, at);
    }

    /// <summary>True when the calling thread may use the region's cells: it is alive and this thread owns it (R9, R3).</summary>
    internal bool UsableHere
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _usableBy == RegionThread.Current;
    }

    /// <summary>Throws for a use of the region (<paramref name="cell"/> null: an allocation) that is not allowed here.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void RefuseAccess(Cell? cell, bool write, CodeLocation at)
    {
        string what = cell is null ? $"allocation in region {Id}" : $"{(write ? "write to" : "read of")} cell {cell.Name}";
        if (_freed) throw new RegionAccessException($"{what} at {at}: its region {Id} was freed at {_freedAt}");
        long me = RegionThread.Current;
        if (_owner == me) return;
        throw new RegionOwnershipException(
            $"{RegionThread.Describe(me)}: {what} at {at}, but region {Id} is owned by {RegionThread.Describe(_owner)} ({_ownedHow} at {_ownedSince}): a region is used only by its owner thread (R3)");
    }

    /// <summary>The region goes into a channel (R3): no thread owns it until a receive.</summary>
    internal void GiveUpOwnership(CodeLocation at)
    {
        _owner = RegionThread.None;
        if (!_freed) _usableBy = _owner;
        _ownedSince = at;
        _ownedHow = "sent";
        RegionProbe.Owner(Id, RegionThread.None, at);
    }

    /// <summary>The calling thread received the region from a channel and owns it now (R3).</summary>
    internal void TakeOwnership(CodeLocation at)
    {
        _owner = RegionThread.Current;
        if (!_freed) _usableBy = _owner;
        _ownedSince = at;
        _ownedHow = "received";
        RegionProbe.Owner(Id, _owner, at);
    }

    /// <summary>Throws unless the region is alive (not freed).</summary>
    internal void CheckAlive(string what, CodeLocation at)
    {
        if (_freed) throw new RegionAccessException($"cannot {what} region {Id} at {at}: it was freed at {_freedAt}");
    }

    internal long NextCellId() => ((long)Id << 32) | (uint)++_cellSequence;

    public override string ToString() => $"region {Id}";
}
