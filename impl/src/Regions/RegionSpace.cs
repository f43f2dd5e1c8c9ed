using System.Runtime.CompilerServices;
using Weft.Atomics;

namespace Weft.Regions;

/// <summary>
/// One instance of the region runtime: its configuration, its region ids and its global accounting (R6). Regions of
/// different spaces are unrelated. The counters are relaxed atomics (statistics, R4); the peak is raised by CAS.
/// </summary>
public sealed class RegionSpace
{
    private AtomicInt32 _nextRegionId;
    private AtomicInt64 _liveRegions;
    private AtomicInt64 _liveBytes;
    private AtomicInt64 _peakLiveBytes;
    private AtomicInt64 _regionsCreated;
    private AtomicInt64 _chunksCreated;

    public RegionSpace(RegionConfig? config = null)
    {
        Config = config ?? RegionConfig.Default;
        Config.Validate();
    }

    public RegionConfig Config { get; }

    /// <summary>A new detached region (no parent) with its scope open.</summary>
    public Region CreateRegion([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(this, null, new CodeLocation(file, line));

    public SpaceStatistics Statistics => new(_liveRegions.Load(MemoryOrder.Relaxed), _liveBytes.Load(MemoryOrder.Relaxed),
        _peakLiveBytes.Load(MemoryOrder.Relaxed), _regionsCreated.Load(MemoryOrder.Relaxed), _chunksCreated.Load(MemoryOrder.Relaxed));

    internal int NextRegionId() => _nextRegionId.FetchAdd(1, MemoryOrder.Relaxed) + 1;

    internal void RegionCreated(long inlineBytes)
    {
        _liveRegions.FetchAdd(1, MemoryOrder.Relaxed);
        _regionsCreated.FetchAdd(1, MemoryOrder.Relaxed);
        ChunkAdded(inlineBytes);
    }

    internal void ChunkAdded(long bytes)
    {
        _chunksCreated.FetchAdd(1, MemoryOrder.Relaxed);
        long live = _liveBytes.FetchAdd(bytes, MemoryOrder.Relaxed) + bytes;
        long peak = _peakLiveBytes.Load(MemoryOrder.Relaxed);
        // Winning raises the recorded peak to `live`; losing means another thread raised it, so re-check against theirs.
        while (live > peak && !_peakLiveBytes.TryCompareExchange(peak, live, MemoryOrder.Relaxed)) peak = _peakLiveBytes.Load(MemoryOrder.Relaxed);
    }

    /// <summary>A region was merged into another: one region fewer, its chunks now counted with the other's.</summary>
    internal void RegionMerged() => _liveRegions.FetchAdd(-1, MemoryOrder.Relaxed);

    internal void RegionFreed(long bytes)
    {
        _liveRegions.FetchAdd(-1, MemoryOrder.Relaxed);
        _liveBytes.FetchAdd(-bytes, MemoryOrder.Relaxed);
    }
}
