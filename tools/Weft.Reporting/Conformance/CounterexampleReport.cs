using System.Collections.Generic;

namespace Weft.Reporting;

public sealed record CounterexampleReport
{
    /// <summary>An anchor id (cx-1, cx-2, ...).</summary>
    public required string Id { get; init; }
    public required IReadOnlyList<string> Tests { get; init; }
    /// <summary>True when every occurrence came from a negative control (a seeded bug that had to be found).</summary>
    public required bool Expected { get; init; }
    public required string Kind { get; init; }
    public string? Monitor { get; init; }
    public required string Location { get; init; }
    public required string Message { get; init; }
    public required int Step { get; init; }
    public required int Thread { get; init; }
    public required int Occurrences { get; init; }
    public required string ReplayCommand { get; init; }
    public required IReadOnlyList<StepRecord> Steps { get; init; }
}
