using System;
using System.Collections.Generic;

namespace Weft.Reporting;

/// <summary>Everything a conformance report is built from.</summary>
public sealed record ConformanceInputs
{
    public required string RepoRoot { get; init; }
    public required IReadOnlyList<SpecManifest> Manifests { get; init; }
    public required IReadOnlyList<AlgorithmEntry> Algorithms { get; init; }
    public required IReadOnlyList<RegisteredTest> Registered { get; init; }
    public required MergedResults Results { get; init; }
    public required string ExplorationSource { get; init; }
    public required IReadOnlyList<TraceResult> Traces { get; init; }
    /// <summary>TLC runs made for this report (the verify pipeline's TLC stage), or null: the manifests' recorded results are shown.</summary>
    public IReadOnlyList<TlcRun>? TlcRuns { get; init; }
    /// <summary>The engine's searches of the spec configurations (the verify pipeline's spec-search stage), or null.</summary>
    public IReadOnlyList<SpecSearchRun>? SearchRuns { get; init; }
    /// <summary>The memory-order mutation check's results (<c>weft mutate-orders</c>, or conform's own stage), or null: not run.</summary>
    public OrderMutationResults? OrderMutation { get; init; }
    /// <summary>Whether a monitor type (full name) exists; by default, searched in the loaded assemblies.</summary>
    public Func<string, bool> MonitorExists { get; init; } = ConformanceBuilder.MonitorTypeExists;
    /// <summary>The date of the last commit of a repository file, or null; by default asked of git.</summary>
    public Func<string, string?> CommitDate { get; init; } = ConformanceBuilder.GitCommitDate;
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;
}
