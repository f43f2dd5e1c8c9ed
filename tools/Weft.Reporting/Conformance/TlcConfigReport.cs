using System;

namespace Weft.Reporting;

public sealed record TlcConfigReport
{
    public required string Config { get; init; }
    public required string Description { get; init; }
    public required string Expected { get; init; }
    public string? ExpectedViolation { get; init; }
    /// <summary><c>manifest</c> (the recorded result) or <c>run</c> (TLC ran for this report).</summary>
    public required string Source { get; init; }
    public required string Result { get; init; }
    public string? ViolatedInvariant { get; init; }
    public long? StatesGenerated { get; init; }
    public long? DistinctStates { get; init; }
    public int? Depth { get; init; }
    public string? TlcVersion { get; init; }
    public DateTimeOffset? Date { get; init; }
    /// <summary>For a run: whether it agrees with the manifest.</summary>
    public bool? Matches { get; init; }
    public string Detail { get; init; } = "";
    /// <summary>The engine's own search of this configuration at the spec's granularity, when it ran for this report.</summary>
    public SpecSearchRun? Search { get; init; }
}
