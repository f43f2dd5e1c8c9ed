using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

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

public sealed record ExplorationSummary
{
    /// <summary>Where the results came from: result directories, or an in-process exploration.</summary>
    public required string Source { get; init; }
    /// <summary>The command of every run (shard) merged into the report.</summary>
    public required IReadOnlyList<string> Runs { get; init; }
    public required int Tests { get; init; }
    public required long Iterations { get; init; }
    public required long Steps { get; init; }
    public required double Seconds { get; init; }
    /// <summary>Iterations (schedules) per strategy over all tests.</summary>
    public required IReadOnlyDictionary<string, long> Strategies { get; init; }
    /// <summary>Tests whose bounded space was explored completely.</summary>
    public required IReadOnlyList<string> Exhausted { get; init; }
}

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

public sealed record InvariantReport
{
    public required string Name { get; init; }
    /// <summary><c>invariant</c> or <c>property</c> (an action property such as <c>[][x' >= x]_x</c>).</summary>
    public required string Kind { get; init; }
    public string? Monitor { get; init; }
    public required bool MonitorImplemented { get; init; }
    /// <summary>
    /// <c>scheduler</c> (a monitor observing the explored tests), <c>trace-replay</c> (TLC traces replayed through the
    /// refinement mapping; TypeOK and any invariant whose manifest monitor is <c>trace-replay</c>) or <c>none</c>.
    /// </summary>
    public required string CheckedBy { get; init; }
    /// <summary>
    /// The tests credited with checking it: tests of the spec's algorithms in which its monitor was active and observed
    /// at least one event of a type it handles. Empty for an invariant checked by trace replay.
    /// </summary>
    public required IReadOnlyList<string> Tests { get; init; }
    /// <summary>Events the monitor observed in each test of the spec's algorithms that ran (credited or not).</summary>
    public required IReadOnlyList<MonitorObservation> Observations { get; init; }
    /// <summary>For an invariant checked by trace replay: the conforming replayed traces that check it.</summary>
    public int ConformingTraces { get; init; }
    /// <summary>Negative controls of the spec's algorithms whose bug this monitor reported.</summary>
    public required IReadOnlyList<string> CaughtBy { get; init; }
}

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

public sealed record ControlReport(string Test, string ExpectedBug, bool Caught, string Verdict, string? Monitor, int Iterations, string? Counterexample);

public sealed record LinearizabilityReport(string Test, bool NegativeControl, string Verdict, bool Passed, int Iterations, bool Exhausted);

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

/// <summary>Something the report cannot vouch for, stated plainly.</summary>
public sealed record Gap(string Kind, string Subject, string Detail);
