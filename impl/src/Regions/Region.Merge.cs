using Weft.Atomics;

namespace Weft.Regions;

// Region merge (R2's repair for large values): the younger region's chunks join the older one and the younger one
// forwards to it.
public sealed partial class Region
{
    /// <summary>
    /// Merges <paramref name="young"/> into this region if permitted: <paramref name="young"/> is a direct child (so
    /// everything it points to outlives this region), has no open tether (its borrows captured its epoch), and merging
    /// is enabled. Its obligations move here: its references, plus one for its scope if still open, minus the parent
    /// reference it held on this region. Owner thread only (a child region never leaves it, R3).
    /// </summary>
    internal bool TryMerge(Region young, CodeLocation at)
    {
        if (!Space.Config.MergeEnabled || young.Parent?.Resolve() != this || young._openTethers.Load(MemoryOrder.Relaxed) != 0)
            return false;
        // The young region's whole word moves here; no other thread can change it meanwhile (its handles, tethers and
        // children are all on this owner thread), so an exchange is enough.
        long word = young._life.Exchange(0, MemoryOrder.AcqRel);
        long obligations = (word >> 1) + (word & 1) - 1; // references + open scope - the parent reference on this region
        RegionProbe.Life(young.Id, RegionProbe.OpMerge, Id, at);
        if (obligations != 0) _life.FetchAdd(2 * obligations, MemoryOrder.Relaxed);
        _chunks.AddRange(young._chunks);
        young._chunks.Clear();
        young._mergedInto = this;
        _liveChildren += young._liveChildren - 1;
        _statistics.Bytes += young._statistics.Bytes;
        _statistics.Allocations += young._statistics.Allocations;
        _statistics.Chunks += young._statistics.Chunks;
        _statistics.InlineBytes += young._statistics.InlineBytes;
        if (_statistics.Bytes > _statistics.PeakBytes) _statistics.PeakBytes = _statistics.Bytes;
        _statistics.Merges++;
        Space.RegionMerged();
        return true;
    }

    internal void CountMergeFallback() => _statistics.MergeFallbacks++;

    internal void CountTransmigration(long cells, long edges, long externals, long pairFastPath)
    {
        _statistics.Transmigrations++;
        _statistics.CellsCopied += cells;
        _statistics.EdgesRewritten += edges;
        _statistics.ExternalRootsKept += externals;
        _statistics.PairFastPath += pairFastPath;
    }
}
