using System.Collections.Generic;

namespace Weft.Reporting;

/// <summary>A distinct bug: every occurrence of the same monitor (or kind) failing at the same location, merged.</summary>
public sealed record DistinctBug(BugRecord First, string FirstTest, IReadOnlyList<string> Tests, int Occurrences, bool Expected)
{
    public string Key => First.DedupKey;
}
