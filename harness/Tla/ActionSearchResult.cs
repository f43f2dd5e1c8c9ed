using System;
using System.Collections.Generic;
using System.IO;

namespace Weft.Tla;

/// <summary>
/// What a systematic search at the spec's granularity did: schedules run, whether every schedule within the bound ran,
/// and the first failing behaviour (recorded state by state) with the decisions that reproduce it.
/// </summary>
public sealed record ActionSearchResult(long Schedules, bool Exhausted, ExportedBehaviour? Failure, IReadOnlyList<int>? Path, TimeSpan Elapsed)
{
    /// <summary>The stateful search's state counts (null for the preemption-bounded search).</summary>
    public StateSpaceSummary? Space { get; init; }
}
