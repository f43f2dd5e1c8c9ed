using System;
using System.Collections.Generic;

namespace Weft.Reporting;

/// <summary>
/// The conformance report (schema <c>weft-conformance/1</c>): the data behind report.md, report.html,
/// report.json and report.yaml. Field names are snake_case in both JSON and YAML.
/// </summary>
public sealed record ConformanceReport
{
    public const string SchemaVersion = "weft-conformance/1";

    public string Schema { get; init; } = SchemaVersion;
    public required DateTimeOffset Generated { get; init; }
    public required string Tool { get; init; }
    public required string Commit { get; init; }
    /// <summary><c>conforms</c> when nothing failed (gaps are listed, not failed), else <c>failures</c>.</summary>
    public required string Verdict { get; init; }
    public required IReadOnlyList<string> Failures { get; init; }
    /// <summary>What the verdict covers and, stated beside it, what this report did not check.</summary>
    public required VerdictScope Scope { get; init; }
    public required ExplorationSummary Exploration { get; init; }
    public required IReadOnlyList<SpecReport> Specs { get; init; }
    public required IReadOnlyList<AlgorithmReport> Algorithms { get; init; }
    public required IReadOnlyList<ControlReport> NegativeControls { get; init; }
    public required IReadOnlyList<LinearizabilityReport> Linearizability { get; init; }
    public required IReadOnlyList<CounterexampleReport> Counterexamples { get; init; }
    public required IReadOnlyList<TestSummary> Tests { get; init; }
    public required IReadOnlyList<Gap> Gaps { get; init; }
    /// <summary>The memory-order mutation table (<c>weft mutate-orders</c>), or null when that check did not run for this report.</summary>
    public OrderMutationResults? OrderMutation { get; init; }
}
