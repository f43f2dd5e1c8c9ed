using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

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
