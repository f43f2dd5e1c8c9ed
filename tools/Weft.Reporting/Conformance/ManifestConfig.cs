using System;
using System.Collections.Generic;
using Weft.Tla;

namespace Weft.Reporting;

/// <summary>One TLC configuration of a spec, with the result recorded in its manifest.</summary>
public sealed record ManifestConfig
{
    public required string Config { get; init; }
    public string Description { get; init; } = "";
    /// <summary><c>pass</c> or <c>violation</c>.</summary>
    public required string Expected { get; init; }
    public string? ViolatedInvariant { get; init; }
    public IReadOnlyList<string> Invariants { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Properties { get; init; } = Array.Empty<string>();
    public long? StatesGenerated { get; init; }
    public long? DistinctStates { get; init; }
    public int? Depth { get; init; }
    public int? TraceStates { get; init; }
    public double? WallSeconds { get; init; }
    public required string RunFrom { get; init; }
    public required string Command { get; init; }
    /// <summary>What TLC's result is compared with (<see cref="TlcManifest.Compare"/>), as read from the manifest.</summary>
    public TlcExpectation? Expectation { get; init; }
}
