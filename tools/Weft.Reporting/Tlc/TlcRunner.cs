using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Weft.Reporting;

/// <summary>What one TLC run of one configuration gave, against what its manifest records.</summary>
public sealed record TlcRun
{
    public required string Spec { get; init; }
    public required string Config { get; init; }
    public required string Expected { get; init; }
    /// <summary><c>pass</c>, <c>violation</c>, <c>deadlock</c> or <c>error</c>.</summary>
    public required string Result { get; init; }
    public string? ViolatedInvariant { get; init; }
    public long? StatesGenerated { get; init; }
    public long? DistinctStates { get; init; }
    public long? ExpectedDistinctStates { get; init; }
    public int? Depth { get; init; }
    public string TlcVersion { get; init; } = "";
    public double Seconds { get; init; }
    public DateTimeOffset Date { get; init; }
    /// <summary>True when the result, the violated invariant and the distinct-state count agree with the manifest.</summary>
    public required bool Matches { get; init; }
    public string Detail { get; init; } = "";
}

/// <summary>
/// Runs TLC on every configuration of every <c>tla/*/manifest.yaml</c> with the manifest's own command
/// (<c>$TLA2TOOLS_JAR</c> replaced by the jar, state files kept in a temporary directory), and compares the
/// result and the distinct-state count with the manifest. TLC is found through <c>TLA2TOOLS_JAR</c> or an
/// (ignored) <c>tools/tla2tools.jar</c>; without it the stage is skipped. Kept in this one class so that a
/// dedicated <c>weft tlc</c> can replace it.
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
        var words = c.Command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace("$TLA2TOOLS_JAR", jar, StringComparison.Ordinal)).ToList();
        if (words.Count == 0) throw new WeftInputException($"{m.Path}: {c.Config}: empty command");
        var meta = Path.Combine(Path.GetTempPath(), "weft-tlc", Guid.NewGuid().ToString("N"));
        int tlcClass = words.IndexOf("tlc2.TLC");
        if (tlcClass >= 0) words.InsertRange(tlcClass + 1, new[] { "-metadir", meta });
        var psi = new ProcessStartInfo(words[0])
        {
            WorkingDirectory = Path.Combine(repoRoot, c.RunFrom),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var w in words.Skip(1)) psi.ArgumentList.Add(w);
        var sw = Stopwatch.StartNew();
        string output;
        try
        {
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + words[0]);
            var err = p.StandardError.ReadToEndAsync();
            output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            output += err.Result;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new TlcRun
            {
                Spec = m.Spec, Config = c.Config, Expected = c.Expected, Result = "error", Matches = false,
                Detail = $"cannot run {words[0]}: {e.Message}", Date = DateTimeOffset.UtcNow,
            };
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
        return Compare(m.Spec, c, Parse(output), sw.Elapsed.TotalSeconds);
    }

    /// <summary>The facts a TLC run prints: result, violated invariant, state counts, depth, version.</summary>
    public sealed record TlcOutput(string Result, string? Violated, long? Generated, long? Distinct, int? Depth, string Version, string Error);

    public static TlcOutput Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        string result = "error";
        string? violated = null;
        if (Regex.Match(output, @"Invariant (\w+) is violated") is { Success: true } inv) { result = "violation"; violated = inv.Groups[1].Value; }
        else if (Regex.Match(output, @"(?:Action property|Temporal properties|Property) (\w+)? ?(?:is|were) violated") is { Success: true } prop) { result = "violation"; violated = prop.Groups[1].Success && prop.Groups[1].Value.Length > 0 ? prop.Groups[1].Value : "property"; }
        else if (output.Contains("Deadlock reached", StringComparison.Ordinal)) result = "deadlock";
        else if (output.Contains("Model checking completed. No error has been found.", StringComparison.Ordinal)) result = "pass";
        long? gen = null, distinct = null;
        foreach (Match mm in Regex.Matches(output, @"(\d+) states generated(?: \([^)]*\))?, (\d+) distinct states found"))
        {
            gen = long.Parse(mm.Groups[1].Value, CultureInfo.InvariantCulture);
            distinct = long.Parse(mm.Groups[2].Value, CultureInfo.InvariantCulture);
        }
        int? depth = Regex.Match(output, @"The depth of the complete state graph search is (\d+)") is { Success: true } dm
            ? int.Parse(dm.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        var version = Regex.Match(output, @"TLC2 Version [^\r\n]*") is { Success: true } vm ? vm.Value.Trim() : "";
        string error = "";
        if (result == "error")
        {
            var lines = output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("@!@!@", StringComparison.Ordinal)).ToList();
            error = string.Join(" | ", lines.TakeLast(3));
        }
        return new TlcOutput(result, violated, gen, distinct, depth, version, error);
    }

    public static TlcRun Compare(string spec, ManifestConfig c, TlcOutput o, double seconds)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(o);
        var problems = new List<string>();
        if (o.Result != c.Expected) problems.Add($"expected {c.Expected}, TLC reported {o.Result}{(o.Error.Length > 0 ? " (" + o.Error + ")" : "")}");
        else if (c.Expected == "violation" && c.ViolatedInvariant is { } vi && o.Violated != vi) problems.Add($"expected {vi} violated, TLC reported {o.Violated}");
        if (c.DistinctStates is { } d && o.Distinct is { } od && d != od)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{od} distinct states, the manifest records {d} (the spec or config changed: update manifest.yaml)"));
        return new TlcRun
        {
            Spec = spec,
            Config = c.Config,
            Expected = c.Expected,
            Result = o.Result,
            ViolatedInvariant = o.Violated,
            StatesGenerated = o.Generated,
            DistinctStates = o.Distinct,
            ExpectedDistinctStates = c.DistinctStates,
            Depth = o.Depth,
            TlcVersion = o.Version,
            Seconds = seconds,
            Date = DateTimeOffset.UtcNow,
            Matches = problems.Count == 0,
            Detail = string.Join("; ", problems),
        };
    }

    /// <summary>Where the TLC stage leaves its results for the report.</summary>
    public const string ResultsFileName = "tlc.json";

    public static void Save(IReadOnlyList<TlcRun> runs, string path) =>
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(runs, ConformanceJson.Options));

    public static IReadOnlyList<TlcRun> Load(string path)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<List<TlcRun>>(File.ReadAllText(path), ConformanceJson.Options) ?? new List<TlcRun>();
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new WeftInputException(path, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, "malformed TLC results: " + e.Message);
        }
    }
}
