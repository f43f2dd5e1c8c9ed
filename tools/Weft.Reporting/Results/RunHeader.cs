using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

/// <summary>The first line of a results log: the inputs that determine the shard (see <see cref="ShardPlan"/>).</summary>
public sealed record RunHeader
{
    public string Type { get; init; } = "run";
    public string Schema { get; init; } = ResultSchema.Version;
    public required ulong RootSeed { get; init; }
    public required int ShardIndex { get; init; }
    public required int ShardCount { get; init; }
    public required string Filter { get; init; }
    public required double BudgetSeconds { get; init; }
    public required IReadOnlyList<string> Tests { get; init; }
    public required string Tool { get; init; }
    public required string Commit { get; init; }
    /// <summary>The user's test assemblies (<c>--assembly</c>) the tests were loaded from; absent for Weft's built-in scenarios.</summary>
    public IReadOnlyList<string>? Assemblies { get; init; }
    public required DateTimeOffset Started { get; init; }
    /// <summary>The command that re-runs this shard.</summary>
    public required string Command { get; init; }

    [JsonIgnore]
    public string Shard => $"{ShardIndex}/{ShardCount}";
}
