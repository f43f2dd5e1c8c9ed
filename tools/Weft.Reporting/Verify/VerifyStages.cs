using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Weft.Reporting;

/// <summary>The stages of <c>weft verify</c> that do not need the command line's registry: traces and TLC.</summary>
public static class VerifyStages
{
    /// <summary>
    /// Replays every committed trace through <paramref name="provider"/>: a trace that does not conform fails the
    /// stage (exit 2); with no traces, or none replayed, the stage is skipped and says so.
    /// </summary>
    public static StageResult Traces(ITraceResultProvider provider, string root, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(log);
        var traces = provider.Results(root);
        if (traces.Count == 0) return StageResult.Skipped("no committed traces under traces/");
        foreach (var t in traces)
            log($"  {ReportWriter.TraceStatusText(t),-12} {t.File}{(t.Conforms == true ? "" : ": " + t.Divergence)}");
        int diverge = traces.Count(t => t.Status == TraceStatus.Diverges), stale = traces.Count(t => t.Status == TraceStatus.Stale);
        int notReplayed = traces.Count(t => t.Conforms is null);
        if (diverge + stale > 0)
            return StageResult.Failed(2, $"of {traces.Count} traces, {diverge} diverge from the implementation and {stale} are stale (their spec changed; regenerate them)");
        if (notReplayed == traces.Count) return StageResult.Skipped($"{traces.Count} committed traces, none replayed ({provider.Description})");
        return StageResult.Ok($"{traces.Count - notReplayed} traces conform{(notReplayed > 0 ? $", {notReplayed} not replayed" : "")}");
    }

    /// <summary>
    /// Runs TLC on every manifest configuration when a jar is found (saving <c>tlc.json</c> in <paramref name="outDir"/>
    /// for the report), or skips with <see cref="TlcRunner.MissingJarMessage"/>. A configuration whose result or
    /// state count disagrees with its manifest fails the stage (exit 2).
    /// </summary>
    public static StageResult Tlc(string root, string outDir, Action<string> log, out IReadOnlyList<TlcRun>? runs, Func<string, string?>? getenv = null)
    {
        runs = null;
        var jar = TlcRunner.FindJar(root, getenv);
        if (jar is null) return StageResult.Skipped(TlcRunner.MissingJarMessage);
        var list = TlcRunner.RunAll(root, jar, SpecManifest.ReadAll(root), log);
        Directory.CreateDirectory(outDir);
        TlcRunner.Save(list, Path.Combine(outDir, TlcRunner.ResultsFileName));
        runs = list;
        int bad = list.Count(r => !r.Matches);
        return bad == 0
            ? StageResult.Ok($"{list.Count} configurations agree with their manifests")
            : StageResult.Failed(2, $"{bad} of {list.Count} configurations disagree with their manifests");
    }
}
