namespace Weft.Benchmarks;

/// <summary>What one combination measured; <paramref name="WidestSpan"/>: the widest IBR reservation (eras) a scan read, 0 for the other schemes.</summary>
internal readonly record struct StressReport(long Operations, long PeakPending, long Bound, int Committed, long WidestSpan, int PoolWaits = 0, double LongestPoolWaitMs = 0);
