using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

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
