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

/// <summary>An atomics call site of <c>impl/</c>: file:line, kind, declared order, and the tests that executed it.</summary>
public sealed record MutationSite
{
    public required string File { get; init; }
    public required int Line { get; init; }
    /// <summary><c>load</c>, <c>store</c>, <c>rmw</c> or <c>fence</c>.</summary>
    public required string Kind { get; init; }
    /// <summary><c>seq_cst</c>, <c>acq_rel</c>, <c>acquire</c>, <c>release</c> or <c>relaxed</c>.</summary>
    public required string Declared { get; init; }
    /// <summary>The tests that executed this site in discovery (empty: found in the source, executed by no selected test).</summary>
    public required IReadOnlyList<string> Tests { get; init; }

    [JsonIgnore]
    public string Location => FormattableString.Invariant($"{File}:{Line}");
}

/// <summary>One site weakened one step, and what happened under each model.</summary>
public sealed record MutantResult
{
    /// <summary><c>impl/src/Reclamation/IbrReclaimer.cs:120 store seq_cst-&gt;release</c>.</summary>
    public required string Id { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
    public required string Kind { get; init; }
    public required string Declared { get; init; }
    public required string Weakened { get; init; }
    /// <summary>The tests that cover the site (executed it in discovery and pass unmutated).</summary>
    public required IReadOnlyList<string> Tests { get; init; }
    public required IReadOnlyList<ModelOutcome> Outcomes { get; init; }

    [JsonIgnore]
    public bool Caught => Outcomes.Any(o => o.Verdict == MutationVerdicts.Caught);

    [JsonIgnore]
    public string Location => FormattableString.Invariant($"{File}:{Line}");
}

/// <summary>A mutant under one memory model.</summary>
public sealed record ModelOutcome
{
    /// <summary><c>tso</c> or <c>ra</c>.</summary>
    public required string Model { get; init; }
    /// <summary>See <see cref="MutationVerdicts"/>.</summary>
    public required string Verdict { get; init; }
    /// <summary>The tests that ran (in order, up to the one that caught it), with their iterations.</summary>
    public required IReadOnlyList<MutantTestRun> Runs { get; init; }
    public required double Seconds { get; init; }
    /// <summary>When caught: the test, the bug's kind, monitor and message, and its schedule file.</summary>
    public string? Test { get; init; }
    public string? BugKind { get; init; }
    public string? Monitor { get; init; }
    public string? Message { get; init; }
    public string? Schedule { get; init; }
    /// <summary>When caught: the command that runs this mutant under this model on the catching test again.</summary>
    public string? Rerun { get; init; }
}

/// <summary>One covering test explored with the mutant: iterations run, and what it found.</summary>
public sealed record MutantTestRun
{
    public required string Test { get; init; }
    public required int Iterations { get; init; }
    public required double Seconds { get; init; }
    /// <summary><c>ok</c>, <c>caught</c>, <c>fails unmutated</c> (its bug replays with the declared order too) or <c>skipped: why</c>.</summary>
    public required string Result { get; init; }
}
