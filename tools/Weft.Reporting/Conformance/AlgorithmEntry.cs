using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Reporting;

/// <summary>An algorithm of the design documents, the spec that models it (if any) and the tests that exercise it.</summary>
public sealed record AlgorithmEntry
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Tier { get; init; } = "";
    public string? Spec { get; init; }
    public string Implementation { get; init; } = "";
    /// <summary>Test id patterns: an exact id, a prefix ending in <c>/</c>, or a glob with <c>*</c>.</summary>
    public IReadOnlyList<string> Tests { get; init; } = Array.Empty<string>();

    public bool Covers(string testId) => Tests.Any(p => AlgorithmCatalog.Matches(p, testId));
}
