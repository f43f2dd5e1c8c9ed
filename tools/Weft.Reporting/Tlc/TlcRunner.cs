using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Weft.Tla;

namespace Weft.Reporting;

/// <summary>
/// <c>weft verify</c>'s TLC stage: runs TLC on every configuration of every <c>tla/*/manifest.yaml</c> with the
/// command <c>weft tlc</c> uses (<see cref="TlcProcess"/>; state files in a temporary directory), reads the output
/// with <see cref="TlcOutputReader"/> and compares it with the manifest by <see cref="TlcManifest.Compare"/>, keeping
/// a <see cref="TlcRun"/> per configuration for the report. TLC is found through <c>TLA2TOOLS_JAR</c> or an (ignored)
/// <c>tools/tla2tools.jar</c>; without it the stage is skipped.
/// </summary>
public static class TlcRunner
{
    public const string MissingJarMessage =
        "TLC skipped: no TLA+ tools jar (set TLA2TOOLS_JAR to the path of tla2tools.jar, or copy it to tools/tla2tools.jar, which git ignores)";

    /// <summary>Where the TLA+ tools are released (tla2tools.jar is a release asset).</summary>
    public const string ReleasesUrl = "https://github.com/tlaplus/tlaplus/releases";

    /// <summary>
    /// The TLA+ tools jar: <c>TLA2TOOLS_JAR</c> (which must name an existing file), else <c>tools/tla2tools.jar</c> in
    /// <paramref name="repoRoot"/>, else null. The one lookup behind <c>weft tlc</c>, <c>weft verify</c> and the tests.
    /// </summary>
    public static string? FindJar(string? repoRoot, Func<string, string?>? getenv = null)
    {
        getenv ??= Environment.GetEnvironmentVariable;
        if (getenv("TLA2TOOLS_JAR") is { Length: > 0 } env)
        {
            if (!File.Exists(env))
                throw new WeftInputException($"TLA2TOOLS_JAR={env}: no such file; point it at tla2tools.jar (download it from {ReleasesUrl})");
            return Path.GetFullPath(env);
        }
        if (repoRoot is null) return null;
        var local = Path.Combine(repoRoot, "tools", "tla2tools.jar");
        return File.Exists(local) ? local : null;
    }

    public static IReadOnlyList<TlcRun> RunAll(string repoRoot, string jar, IEnumerable<SpecManifest> manifests, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var runs = new List<TlcRun>();
        foreach (var m in manifests)
            foreach (var c in m.Configs)
            {
                log?.Invoke($"  TLC {m.Spec}/{c.Config} (expected {c.Expected}{(c.DistinctStates is { } d ? ", " + d.ToString(CultureInfo.InvariantCulture) + " distinct states" : "")})");
                var r = Run(repoRoot, jar, m, c);
                log?.Invoke($"    {(r.Matches ? "ok" : "MISMATCH")}: {r.Result}{(r.ViolatedInvariant is null ? "" : " of " + r.ViolatedInvariant)}, {r.DistinctStates?.ToString(CultureInfo.InvariantCulture) ?? "?"} distinct states in {r.Seconds:F1}s{(r.Detail.Length > 0 ? "; " + r.Detail : "")}");
                runs.Add(r);
            }
        return runs;
    }

    public static TlcRun Run(string repoRoot, string jar, SpecManifest m, ManifestConfig c)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(c);
        var meta = Path.Combine(Path.GetTempPath(), "weft-tlc", Guid.NewGuid().ToString("N"));
        var args = TlcProcess.Arguments(jar, c.Config, Path.GetFileName(m.TlaFile), meta);
        var sw = Stopwatch.StartNew();
        string output;
        try
        {
            output = TlcProcess.Run(args, Path.Combine(repoRoot, c.RunFrom)).Output;
        }
        catch (WeftInputException e)
        {
            return Failed(m.Spec, c, e.Message, sw.Elapsed.TotalSeconds);
        }
        finally
        {
            try
            {
                if (Directory.Exists(meta)) Directory.Delete(meta, recursive: true);
            }
            catch (IOException)
            {
            }
        }
        return FromOutput(m.Spec, c, c.Expectation, output, sw.Elapsed.TotalSeconds);
    }

    /// <summary>The record of a run from TLC's raw <c>-tool</c> output; output TLC did not finish (or that is not TLC's) is an <c>error</c> run.</summary>
    public static TlcRun FromOutput(string spec, ManifestConfig c, TlcExpectation? expected, string output, double seconds)
    {
        ArgumentNullException.ThrowIfNull(c);
        TlcResult result;
        try
        {
            result = TlcProcess.Read(output, $"TLC output of {spec}/{c.Config}");
        }
        catch (WeftInputException e)
        {
            return Failed(spec, c, e.Message, seconds);
        }
        return Compare(spec, c, expected, result, seconds);
    }

    private static TlcRun Failed(string spec, ManifestConfig c, string why, double seconds) => new()
    {
        Spec = spec, Config = c.Config, Expected = c.Expected, Result = "error", Matches = false,
        Detail = why, Date = DateTimeOffset.UtcNow, Seconds = seconds,
    };

    /// <summary>
    /// The report's record of a run: TLC's result read by <see cref="TlcOutputReader"/>, compared with the manifest's
    /// expectation by <see cref="TlcManifest.Compare"/> (the comparison <c>weft tlc</c> makes).
    /// </summary>
    public static TlcRun Compare(string spec, ManifestConfig c, TlcExpectation? expected, TlcResult result, double seconds)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(result);
        var problems = expected is null
            ? new List<string> { $"the manifest has no entry for {c.Config}" }
            : TlcManifest.Compare(expected, result).ToList();
        var v = result.Violation;
        return new TlcRun
        {
            Spec = spec,
            Config = c.Config,
            Expected = c.Expected,
            Result = result.Outcome switch { TlcOutcome.Pass => "pass", TlcOutcome.Violation => "violation", _ => "error" },
            // TLC names no property for a deadlock; the manifests write it as "Deadlock".
            ViolatedInvariant = v is null ? null : v.Name ?? (v.Kind == "deadlock" ? "Deadlock" : v.Kind),
            StatesGenerated = result.Statistics.StatesGenerated,
            DistinctStates = result.Statistics.DistinctStates,
            ExpectedDistinctStates = c.DistinctStates,
            Depth = result.Statistics.Depth,
            TlcVersion = result.Version ?? "",
            Seconds = seconds,
            Date = DateTimeOffset.UtcNow,
            Matches = problems.Count == 0,
            Detail = string.Join("; ", problems) + (result.ErrorMessage is { } em && problems.Count > 0 ? $" ({em.Split('\n')[0]})" : ""),
        };
    }

    /// <summary>Where the TLC stage leaves its results for the report.</summary>
    public const string ResultsFileName = "tlc.json";

    public static void Save(IReadOnlyList<TlcRun> runs, string path) =>
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(runs, ConformanceJson.Options));

    private static readonly System.Text.Json.JsonSerializerOptions StrictOptions = StrictJson.Strict(ConformanceJson.Options);

    public static IReadOnlyList<TlcRun> Load(string path) => StrictJson.ReadList<TlcRun>(path, "TLC results", StrictOptions);
}
