using System;
using Weft.Tla;

namespace Weft.Reporting;

/// <summary>What one TLC run of one configuration gave, against what its manifest records.</summary>
public sealed record TlcRun
{
    public required string Spec { get; init; }
    public required string Config { get; init; }
    public required string Expected { get; init; }
    /// <summary><c>pass</c>, <c>violation</c> (a deadlock is a violation of <c>Deadlock</c>) or <c>error</c>.</summary>
    public required string Result { get; init; }
    public string? ViolatedInvariant { get; init; }
    public long? StatesGenerated { get; init; }
    public long? DistinctStates { get; init; }
    public long? ExpectedDistinctStates { get; init; }
    public int? Depth { get; init; }
    public string TlcVersion { get; init; } = "";
    public double Seconds { get; init; }
    public DateTimeOffset Date { get; init; }
    /// <summary>True when the result, the violated invariant and the distinct-state count agree with the manifest.</summary>
    public required bool Matches { get; init; }
    public string Detail { get; init; } = "";
}
