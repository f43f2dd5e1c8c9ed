namespace Weft.Regions;

/// <summary>The global accounting of a <see cref="RegionSpace"/> (R6): regions and chunk bytes alive, their peak, and totals.</summary>
public readonly record struct SpaceStatistics(long LiveRegions, long LiveBytes, long PeakLiveBytes, long RegionsCreated, long ChunksCreated);
