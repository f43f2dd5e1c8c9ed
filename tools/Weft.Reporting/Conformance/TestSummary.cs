using System.Collections.Generic;

namespace Weft.Reporting;

public sealed record TestSummary
{
    public required string Test { get; init; }
    public required string Shard { get; init; }
    public required bool NegativeControl { get; init; }
    public required string Verdict { get; init; }
    public required bool Passed { get; init; }
    public required string Strategy { get; init; }
    public required ulong Seed { get; init; }
    public required int Iterations { get; init; }
    public required long Steps { get; init; }
    public required double Seconds { get; init; }
    public required bool Exhausted { get; init; }
    public required IReadOnlyDictionary<string, int> Strategies { get; init; }
    public required int Bugs { get; init; }
    /// <summary>Events each attached monitor observed (null: the result did not record them).</summary>
    public IReadOnlyDictionary<string, long>? MonitorEvents { get; init; }
    public string? Crash { get; init; }
    public required string Rerun { get; init; }
}
