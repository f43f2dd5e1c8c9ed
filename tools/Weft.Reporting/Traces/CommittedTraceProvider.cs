using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Tla;

namespace Weft.Reporting;

/// <summary>
/// Lists the committed traces (<c>traces/&lt;spec&gt;/*.yaml</c>) without replaying them: each is reported as not
/// replayed. Its kind is read from the file name (a name containing <c>sim</c> is a simulation) and from a
/// top-level <c>kind:</c> line when the file has one.
/// </summary>
public sealed class CommittedTraceProvider : ITraceResultProvider
{
    public string Description => "committed traces, listed without replay";

    public IReadOnlyList<TraceResult> Results(string repoRoot)
    {
        var dir = Path.Combine(repoRoot, "traces");
        if (!Directory.Exists(dir)) return Array.Empty<TraceResult>();
        var list = new List<TraceResult>();
        foreach (var specDir in Directory.GetDirectories(dir).OrderBy(d => d, StringComparer.Ordinal))
        {
            var spec = Path.GetFileName(specDir);
            foreach (var f in Weft.Tla.TraceFile.Enumerate(specDir))
            {
                var rel = Path.GetRelativePath(repoRoot, f).Replace('\\', '/');
                list.Add(new TraceResult(spec, rel, KindOf(f), null, null, "not replayed: trace replay is not available in this build") { Config = ConfigOf(f) });
            }
        }
        return list;
    }

    private static string? ConfigOf(string file)
    {
        foreach (var line in Head(file))
            if (line.StartsWith("config:", StringComparison.Ordinal)) return line["config:".Length..].Trim().Trim('"', '\'');
        return null;
    }

    /// <summary>The first lines of a trace file; none when it cannot be read as an input (a pipe, a device, too large).</summary>
    private static IEnumerable<string> Head(string file)
    {
        try
        {
            InputFile.CheckRegular(file, "trace");
        }
        catch (WeftInputException)
        {
            return Array.Empty<string>();
        }
        return File.ReadLines(file).Take(40);
    }

    private static TraceKind KindOf(string file)
    {
        foreach (var line in Head(file))
        {
            var l = line.Trim();
            if (l.StartsWith("kind:", StringComparison.Ordinal))
                return l.Contains("simulation", StringComparison.OrdinalIgnoreCase) ? TraceKind.Simulation : TraceKind.Counterexample;
        }
        return Path.GetFileName(file).Contains("sim", StringComparison.OrdinalIgnoreCase) ? TraceKind.Simulation : TraceKind.Counterexample;
    }
}
