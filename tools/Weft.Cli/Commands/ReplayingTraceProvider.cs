using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Reporting;
using Weft.Specs;

namespace Weft.Cli.Commands;

/// <summary>
/// Trace results for <c>weft conform</c> and <c>weft verify</c>: every committed trace (<c>traces/&lt;spec&gt;/*.yaml</c>,
/// not the provenance records) replayed against the implementation through its spec's model. A stale trace or one
/// that cannot be read counts as not conforming, with the reason.
/// </summary>
internal sealed class ReplayingTraceProvider : ITraceResultProvider
{
    public string Description => "replayed against the implementation (models/Specs)";

    public IReadOnlyList<TraceResult> Results(string repoRoot)
    {
        var list = new List<TraceResult>();
        foreach (var f in Tla.TraceFile.Enumerate(Path.Combine(repoRoot, "traces")))
        {
            var rel = Path.GetRelativePath(repoRoot, f).Replace('\\', '/');
            var spec = Path.GetFileName(Path.GetDirectoryName(f))!;
            var kind = f.Contains(".sim-", StringComparison.Ordinal) ? Tla.TraceKind.Simulation : Tla.TraceKind.Counterexample;
            try
            {
                var r = SpecModels.ReplayFile(f, repoRoot);
                kind = r.Trace.Kind;
                // For a conforming counterexample the text says how its violation was reproduced; for a divergence, where.
                list.Add(new TraceResult(spec, rel, kind, r.Trace.Steps.Count - 1, r.Conforms, r.Conforms ? r.Violation ?? "" : r.Summary));
            }
            catch (WeftInputException e)
            {
                list.Add(new TraceResult(spec, rel, kind, null, false, e.Message));
            }
        }
        return list;
    }
}
