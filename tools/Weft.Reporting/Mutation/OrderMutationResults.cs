using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

/// <summary>
/// The results of <c>weft mutate-orders</c> (schema <c>weft-order-mutation/1</c>, <c>mutation.json</c>): every atomics
/// call site of the implementation the selected tests executed, and for each one-step weakening of its declared memory
/// order, whether a covering test caught it under each weak memory model that ran. A weakening no test catches is an
/// order stronger than any test needs: a finding to review (the order may be needed by a case no test reaches, or it
/// may be stronger than necessary), not a failure.
/// </summary>
public sealed record OrderMutationResults
{
    public const string SchemaVersion = "weft-order-mutation/1";
    public const string FileName = "mutation.json";

    public string Schema { get; init; } = SchemaVersion;
    public required DateTimeOffset Generated { get; init; }
    public required string Tool { get; init; }
    public required string Commit { get; init; }
    /// <summary>The command that produced these results.</summary>
    public required string Command { get; init; }
    /// <summary>The test selection (<c>--filter</c>) and the site selection (<c>--site</c>, empty for every site).</summary>
    public required string Filter { get; init; }
    public required string Site { get; init; }
    /// <summary>The weak memory models the mutants ran under (<c>tso</c>, <c>ra</c>).</summary>
    public required IReadOnlyList<string> Models { get; init; }
    /// <summary>The wall-clock budget of one mutant under one model, over its covering tests in turn.</summary>
    public required double BudgetSeconds { get; init; }
    /// <summary>Iterations of each covering test per mutant and model; null: each test's own budget.</summary>
    public int? Iterations { get; init; }
    /// <summary>Iterations of each test in the discovery run that maps sites to the tests that execute them.</summary>
    public required int DiscoveryIterations { get; init; }
    /// <summary>The wall time of the whole run.</summary>
    public required double Seconds { get; init; }
    /// <summary>Tests run in discovery, and those left out of the mutation runs because they fail unmutated.</summary>
    public required IReadOnlyList<string> Tests { get; init; }
    public required IReadOnlyList<string> FailingUnmutated { get; init; }
    public required IReadOnlyList<MutationSite> Sites { get; init; }
    public required IReadOnlyList<MutantResult> Mutants { get; init; }

    /// <summary>Mutants caught under at least one model.</summary>
    [JsonIgnore]
    public int Caught => Mutants.Count(m => m.Caught);

    /// <summary>Mutants no test caught under any model that ran: orders stronger than any test needs.</summary>
    [JsonIgnore]
    public IEnumerable<MutantResult> NotCaught => Mutants.Where(m => !m.Caught);

    /// <summary>Reads <paramref name="path"/> strictly: a malformed file is an input error naming file:line:column.</summary>
    public static OrderMutationResults Load(string path)
    {
        var text = InputFile.ReadText(path, "memory-order mutation results");
        OrderMutationResults? r;
        try
        {
            r = JsonSerializer.Deserialize<OrderMutationResults>(text, StrictJson.Strict(ConformanceJson.Options));
        }
        catch (JsonException e)
        {
            throw new WeftInputException(path, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1,
                "malformed memory-order mutation results: " + e.Message.Split(" Path:")[0]);
        }
        if (r is null) throw new WeftInputException(path, 1, 1, "expected the object weft mutate-orders writes, found null");
        if (r.Schema != SchemaVersion)
            throw new WeftInputException(path, 1, 1, $"schema '{r.Schema}': expected {SchemaVersion}");
        return r;
    }

    public string ToJson() => JsonSerializer.Serialize(this, ConformanceJson.Options);
}
