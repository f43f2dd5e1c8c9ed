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
            list.Add(Replay(f, repoRoot));
        return list;
    }

    private static TraceResult Replay(string file, string repoRoot)
    {
        var rel = Path.GetRelativePath(repoRoot, file).Replace('\\', '/');
        var spec = Path.GetFileName(Path.GetDirectoryName(file))!;
        var kind = file.Contains(".sim-", StringComparison.Ordinal) ? Tla.TraceKind.Simulation : Tla.TraceKind.Counterexample;
        string? config = null;
        try
        {
            var trace = Tla.TraceFile.Load(file);
            (kind, config) = (trace.Kind, trace.Config);
            if (StaleReason(trace, repoRoot) is { } stale)
                return new TraceResult(spec, rel, kind, trace.Steps.Count - 1, false, stale) { Config = config, Stale = true };
            var r = SpecModels.ReplayFile(file, repoRoot);
            // For a conforming counterexample the text says how its violation was reproduced; for a divergence, where.
            return new TraceResult(spec, rel, kind, r.Trace.Steps.Count - 1, r.Conforms, r.Conforms ? r.Violation ?? "" : r.Summary) { Config = config };
        }
        catch (WeftInputException e)
        {
            return new TraceResult(spec, rel, kind, null, false, e.Message) { Config = config };
        }
    }

    /// <summary>Why the trace is stale (its spec changed since TLC recorded it), or null when it is fresh.</summary>
    private static string? StaleReason(Tla.Trace trace, string repoRoot)
    {
        try
        {
            Tla.TraceFile.CheckFresh(trace, repoRoot);
            return null;
        }
        catch (WeftInputException e)
        {
            return e.Message;
        }
    }
}
