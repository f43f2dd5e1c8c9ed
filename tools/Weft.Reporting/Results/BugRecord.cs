using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

/// <summary>A bug found while exploring one test.</summary>
public sealed record BugRecord
{
    public required string Kind { get; init; }
    public required string Message { get; init; }
    public string? Monitor { get; init; }
    /// <summary>The failing thread's location (file:line), or empty.</summary>
    public required string Location { get; init; }
    /// <summary>The thread step (1-based) at which the bug was detected.</summary>
    public required int Step { get; init; }
    public required int Thread { get; init; }
    public required int Iteration { get; init; }
    public string? SchedulePath { get; init; }
    public required string ReplayCommand { get; init; }
    /// <summary>The thread steps up to the failing one (the last <see cref="TestRunner.MaxDiagramSteps"/> of them).</summary>
    public IReadOnlyList<StepRecord> Steps { get; init; } = Array.Empty<StepRecord>();

    /// <summary>Bugs are the same when the same monitor (or, without one, the same kind of bug) fails at the same location.</summary>
    [JsonIgnore]
    public string DedupKey => (Monitor ?? Kind) + "@" + Location;
}
