using System.Collections.Generic;

namespace Weft.Reporting;

public sealed record AlgorithmReport
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Tier { get; init; }
    public string? Spec { get; init; }
    public required string Implementation { get; init; }
    /// <summary>True when some registered test exercises it under the scheduler.</summary>
    public required bool UnderScheduler { get; init; }
    public required IReadOnlyList<string> Tests { get; init; }
    public required long Iterations { get; init; }
    public required long Steps { get; init; }
    public required double Seconds { get; init; }
    public required IReadOnlyDictionary<string, long> Strategies { get; init; }
    public required IReadOnlyList<string> Exhausted { get; init; }
    public required int Failures { get; init; }
}
