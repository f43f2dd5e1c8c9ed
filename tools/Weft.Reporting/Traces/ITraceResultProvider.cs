using System.Collections.Generic;

namespace Weft.Reporting;

/// <summary>
/// Supplies trace results to <c>weft conform</c> and to the "replay committed traces" stage of <c>weft verify</c>.
/// The trace-replay subsystem plugs in here: an implementation that replays each trace against the controlled
/// implementation returns <see cref="TraceResult.Conforms"/> true or false with the divergence.
/// </summary>
public interface ITraceResultProvider
{
    /// <summary>A short name for reports ("committed traces, not replayed", "replayed by Weft.Tla").</summary>
    string Description { get; }

    /// <summary>The results for every trace committed under <c>traces/&lt;spec&gt;/</c> of <paramref name="repoRoot"/>.</summary>
    IReadOnlyList<TraceResult> Results(string repoRoot);
}
