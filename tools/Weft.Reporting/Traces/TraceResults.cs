using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Tla;

namespace Weft.Reporting;

/// <summary>
/// One committed TLC trace and what replaying it against the implementation showed.
/// <see cref="Conforms"/> is null when the trace was not replayed.
/// </summary>
/// <param name="Spec">The spec folder name under tla/ (and traces/).</param>
/// <param name="File">The trace file, relative to the repository root.</param>
/// <param name="Steps">The number of steps (TLC states after the initial one), when known.</param>
/// <param name="Divergence">Where the replay diverged from the trace (step, action, variable, expected, actual), or why it was not replayed.</param>
public sealed record TraceResult(string Spec, string File, TraceKind Kind, int? Steps, bool? Conforms, string Divergence)
{
    public bool Replayed => Conforms is not null;

    /// <summary>The TLC configuration the trace was recorded with (<c>MC.cfg</c>), when known.</summary>
    public string? Config { get; init; }

    /// <summary>True when the trace was refused because its spec changed since it was recorded (then <see cref="Conforms"/> is false).</summary>
    public bool Stale { get; init; }

    public TraceStatus Status => (Conforms, Stale) switch
    {
        (null, _) => TraceStatus.NotReplayed,
        (false, true) => TraceStatus.Stale,
        (false, false) => TraceStatus.Diverges,
        (true, _) => TraceStatus.Conforms,
    };
}

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
