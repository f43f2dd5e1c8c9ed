namespace Weft.Benchmarks;

/// <summary>What one combination measured.</summary>
internal readonly record struct StressReport(long Operations, long PeakPending, long Bound, int Committed);
