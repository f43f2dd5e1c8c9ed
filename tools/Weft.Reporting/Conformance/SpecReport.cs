using System.Collections.Generic;

namespace Weft.Reporting;

public sealed record SpecReport
{
    public required string Name { get; init; }
    public required string TlaFile { get; init; }
    /// <summary>SHA-256 of the .tla file as it is now (empty when the file is missing).</summary>
    public required string SpecSha256 { get; init; }
    public required string Manifest { get; init; }
    /// <summary>When the manifest's recorded results were last committed (git), when known.</summary>
    public string? ManifestDate { get; init; }
    public required string TlcVersion { get; init; }
    public required IReadOnlyList<string> Algorithms { get; init; }
    public required IReadOnlyList<InvariantReport> Invariants { get; init; }
    public required IReadOnlyList<TlcConfigReport> Tlc { get; init; }
    public required IReadOnlyList<TraceResult> Traces { get; init; }
    /// <summary>The traces per TLC configuration: how many conform, diverge, are stale or were not replayed.</summary>
    public required IReadOnlyList<TraceConfigSummary> TraceConfigs { get; init; }
}
