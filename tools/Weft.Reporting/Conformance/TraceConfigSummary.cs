using System.Collections.Generic;
using System.Linq;

namespace Weft.Reporting;

/// <summary>The committed traces of one TLC configuration of a spec, counted by replay outcome.</summary>
public sealed record TraceConfigSummary(string Config, int Traces, int Conform, int Diverge, int Stale, int NotReplayed)
{
    /// <summary>True when some trace diverges or is stale: the report shows this configuration's rows unfolded.</summary>
    public bool NeedsAttention => Diverge > 0 || Stale > 0;

    /// <summary>One summary per configuration, in the order the configurations first appear.</summary>
    public static IReadOnlyList<TraceConfigSummary> Of(IEnumerable<TraceResult> traces) =>
        traces.GroupBy(t => t.Config ?? "(unknown configuration)").Select(g => new TraceConfigSummary(
            g.Key, g.Count(),
            g.Count(t => t.Status == TraceStatus.Conforms),
            g.Count(t => t.Status == TraceStatus.Diverges),
            g.Count(t => t.Status == TraceStatus.Stale),
            g.Count(t => t.Status == TraceStatus.NotReplayed))).ToList();
}
