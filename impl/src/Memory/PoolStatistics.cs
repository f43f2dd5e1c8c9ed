namespace Weft.Memory;

/// <summary>Counters of a <see cref="NodePool"/> (kept only when statistics are enabled).</summary>
public readonly record struct PoolStatistics(long Allocations, long Frees, long Live, long Peak, long CacheHits);
