namespace Weft.Tla;

/// <summary>TLC's final counts; null where the output does not report them (a simulation has no distinct states).</summary>
public sealed record TlcStatistics(long? StatesGenerated, long? DistinctStates, long? StatesLeftOnQueue, int? Depth);
