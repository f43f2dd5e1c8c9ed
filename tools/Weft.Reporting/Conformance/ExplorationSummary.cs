using System.Collections.Generic;

namespace Weft.Reporting;

public sealed record ExplorationSummary
{
    /// <summary>Where the results came from: result directories, or an in-process exploration.</summary>
    public required string Source { get; init; }
    /// <summary>The command of every run (shard) merged into the report.</summary>
    public required IReadOnlyList<string> Runs { get; init; }
    public required int Tests { get; init; }
    public required long Iterations { get; init; }
    public required long Steps { get; init; }
    public required double Seconds { get; init; }
    /// <summary>Iterations (schedules) per strategy over all tests.</summary>
    public required IReadOnlyDictionary<string, long> Strategies { get; init; }
    /// <summary>Tests whose bounded space was explored completely.</summary>
    public required IReadOnlyList<string> Exhausted { get; init; }
}
