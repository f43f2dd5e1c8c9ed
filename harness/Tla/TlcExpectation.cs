using System;
using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>What a spec's <c>manifest.yaml</c> expects of one TLC configuration. Counts are null when not recorded.</summary>
public sealed record TlcExpectation(
    string Config,
    string Expected,
    string? ViolatedInvariant,
    string? ViolatedProperty,
    long? StatesGenerated,
    long? DistinctStates,
    long? StatesLeftOnQueue,
    int? Depth,
    int? TraceStates,
    int Line)
{
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Invariants { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Properties { get; init; } = Array.Empty<string>();
    public double? WallSeconds { get; init; }
    /// <summary>The folder the command runs from, relative to the repository (null when not recorded).</summary>
    public string? RunFrom { get; init; }
    /// <summary>The command that produced the recorded result (null when not recorded).</summary>
    public string? Command { get; init; }

    /// <summary>
    /// <c>search_not_compared</c>: why <c>weft verify</c>'s search cannot be expected to agree with TLC on this
    /// configuration (null for every configuration it compares). The search still runs; when it finds TLC's violation
    /// after all, the configuration agrees.
    /// </summary>
    public string? SearchNotCompared { get; init; }

    /// <summary>The column of the configuration's mapping (with <see cref="Line"/>, for messages).</summary>
    public int Column { get; init; } = 1;
}
