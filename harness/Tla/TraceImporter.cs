using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Weft.Tla;

/// <summary>
/// Turns a raw TLC <c>-tool</c> output (and, for a simulation, the trace modules beside it) into trace files:
/// checks every step's action against the spec's definitions, fills in the provenance (from the
/// <c>.provenance.yaml</c> that <c>weft tlc</c> wrote beside the output, or from the spec folder and the output
/// itself), and writes <c>&lt;config-stem&gt;.counterexample.yaml</c> or <c>&lt;config-stem&gt;.sim-NN.yaml</c>
/// with the raw files copied beside them.
/// </summary>
public static partial class TraceImporter
{
    /// <summary>What an import wrote: the trace files and the raw files kept beside them.</summary>
    public sealed record Result(IReadOnlyList<string> Traces, IReadOnlyList<string> RawFiles, TlcResult Tlc);

    /// <summary>
    /// Imports <paramref name="outputPath"/>. <paramref name="specDir"/> and <paramref name="config"/> override the
    /// provenance; without provenance the spec is the module TLC parsed first and the config is
    /// <c>&lt;output stem&gt;.cfg</c>. <paramref name="outDir"/> defaults to <c>traces/&lt;Spec&gt;</c> under
    /// <paramref name="repoRoot"/>.
    /// </summary>
    public static Result Import(string outputPath, string? specDir, string? config, string? outDir, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        ArgumentNullException.ThrowIfNull(repoRoot);
        var text = TlcOutputReader.ReadText(outputPath, "TLC output");
        var tlc = TlcOutputReader.Parse(text, outputPath);
        var provPath = TlcRunRecord.PathFor(outputPath);
        TlcRunRecord? prov = File.Exists(provPath) ? TlcRunRecord.Load(provPath) : null;

        var spec = OpenSpec(outputPath, text, specDir, prov, provPath, repoRoot);
        config = ConfigName(outputPath, config, prov);
        var configPath = ConfigPath(outputPath, config, spec);
        var specSha = spec.Sha256;
        var configSha = TlaSpec.Sha256OfFile(configPath);
        if (prov is not null && (specDir is null || Path.GetFullPath(spec.TlaPath) == Path.GetFullPath(Path.Combine(repoRoot, prov.SpecFile))))
            CheckNotStale(outputPath, prov, spec, config, specSha, configSha);

        var traces = ReadTraces(outputPath, tlc, prov);
        foreach (var (t, raw) in traces) CheckActions(t, raw, spec);
        NameTheTemporalProperty(traces, configPath);

        var version = prov?.TlcVersion ?? tlc.Version ?? throw new WeftInputException(outputPath, 1, 1, "expected TLC's version message (2262) in the output");
        var command = prov?.Command ?? $"java -XX:+UseParallelGC -cp $TLA2TOOLS_JAR tlc2.TLC -tool -workers 1 -config {config} {spec.Name}.tla";
        var date = prov?.Date ?? StartDate(tlc) ?? File.GetLastWriteTimeUtc(outputPath).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        var dir = Path.GetFullPath(outDir ?? Path.Combine(repoRoot, "traces", spec.Name));
        Directory.CreateDirectory(dir);
        var stem = Path.GetFileNameWithoutExtension(config);
        var written = new List<string>();
        var rawCopies = new RawCopies(dir);
        rawCopies.KeepBeside(outputPath);
        if (prov is not null) rawCopies.KeepBeside(provPath);
        for (int i = 0; i < traces.Count; i++)
        {
            var (t, raw) = traces[i];
            var full = t with
            {
                Spec = spec.Name,
                SpecFile = spec.RepoRelativePath,
                SpecSha256 = specSha,
                Config = config,
                ConfigSha256 = configSha,
                TlcVersion = version,
                Command = command,
                Date = date,
                RawOutput = rawCopies.KeepBeside(raw),
            };
            var path = Path.Combine(dir, TraceFileName(stem, t.Kind, i, traces.Count));
            TraceFile.Write(full, path);
            written.Add(path);
        }
        return new Result(written, rawCopies.Files, tlc);
    }

    /// <summary>The spec: <paramref name="specDir"/>, else the provenance's, else the module TLC parsed first.</summary>
    private static TlaSpec OpenSpec(string outputPath, string text, string? specDir, TlcRunRecord? prov, string provPath, string repoRoot)
    {
        if (specDir is not null) return TlaSpec.Open(specDir, repoRoot);
        if (prov is not null) return TlaSpec.Open(Path.GetDirectoryName(ProjectPath.Resolve(repoRoot, prov.SpecFile, "spec_file", provPath))!, repoRoot);
        return TlaSpec.Open(Path.Combine(repoRoot, "tla", ParsedModule(text, outputPath)), repoRoot);
    }

    /// <summary>The configuration's file name: <paramref name="config"/>, else the provenance's, else <c>&lt;output stem&gt;.cfg</c>.</summary>
    private static string ConfigName(string outputPath, string? config, TlcRunRecord? prov)
    {
        if (config is null && prov is null)
        {
            var outStem = Path.GetFileNameWithoutExtension(outputPath);
            config = (outStem.EndsWith(".sim", StringComparison.Ordinal) ? outStem[..^4] : outStem) + ".cfg";
        }
        return config ?? prov!.Config;
    }

    private static string ConfigPath(string outputPath, string config, TlaSpec spec)
    {
        if (!ProjectPath.IsFileName(config))
            throw new WeftInputException($"{outputPath}: --config '{config}': expected the name of a configuration file in the spec folder {spec.Directory}");
        var configPath = ProjectPath.Resolve(spec.Directory, config, "configuration", outputPath);
        if (!File.Exists(configPath))
            throw new WeftInputException($"{outputPath}: the configuration {config} is not in {spec.Directory}; pass --config <file>.cfg");
        return configPath;
    }

    /// <summary>The spec and the configuration must be those TLC checked, as the provenance's hashes record them.</summary>
    private static void CheckNotStale(string outputPath, TlcRunRecord prov, TlaSpec spec, string config, string specSha, string configSha)
    {
        if (!string.Equals(prov.SpecSha256, specSha, StringComparison.OrdinalIgnoreCase))
            throw new WeftInputException($"{outputPath} is stale: spec {spec.RepoRelativePath} has changed since TLC ran (sha {prov.SpecSha256} vs {specSha}); regenerate with: weft tlc {Path.GetDirectoryName(spec.RepoRelativePath)?.Replace('\\', '/')} --config {config}");
        if (prov.Config == config && !string.Equals(prov.ConfigSha256, configSha, StringComparison.OrdinalIgnoreCase))
            throw new WeftInputException($"{outputPath} is stale: configuration {config} has changed since TLC ran (sha {prov.ConfigSha256} vs {configSha}); regenerate with: weft tlc {Path.GetDirectoryName(spec.RepoRelativePath)?.Replace('\\', '/')} --config {config}");
    }

    /// <summary>The traces, each with the raw file it was read from.</summary>
    private static List<(Trace Trace, string Raw)> ReadTraces(string outputPath, TlcResult tlc, TlcRunRecord? prov)
    {
        var traces = new List<(Trace Trace, string Raw)>();
        if (tlc.Simulation && tlc.Traces.Count == 0)
        {
            foreach (var module in SimulationModules(outputPath, prov))
                traces.Add((TlcOutputReader.ReadTraceModule(module), module));
            if (traces.Count == 0)
                throw new WeftInputException($"{outputPath}: a simulation, but no trace modules beside it (expected {Path.GetFileNameWithoutExtension(outputPath)}-NN.tla, written by weft tlc --simulate)");
        }
        else
        {
            if (tlc.Traces.Count == 0)
                throw new WeftInputException(tlc.Outcome == TlcOutcome.Error
                    ? $"{outputPath}: no trace to import: TLC stopped with an error: {tlc.ErrorMessage}"
                    : $"{outputPath}: no trace to import: TLC reported no error");
            foreach (var t in tlc.Traces) traces.Add((t, outputPath));
        }
        return traces;
    }

    /// <summary>
    /// TLC does not name a violated temporal property ("Temporal properties were violated."): when the configuration
    /// checks exactly one, the violation is that one.
    /// </summary>
    private static void NameTheTemporalProperty(List<(Trace Trace, string Raw)> traces, string configPath)
    {
        var properties = TlcConfig.ReadProperties(configPath);
        for (int i = 0; i < traces.Count; i++)
            if (traces[i].Trace.Violation is { Kind: "property", Name: null } v && properties.Count == 1)
                traces[i] = (traces[i].Trace with { Violation = v with { Name = properties[0] } }, traces[i].Raw);
    }

    /// <summary>The name of trace <paramref name="i"/> (from 0) of <paramref name="count"/>.</summary>
    private static string TraceFileName(string stem, TraceKind kind, int i, int count) =>
        kind == TraceKind.Simulation
            ? $"{stem}.sim-{(i + 1).ToString("D2", CultureInfo.InvariantCulture)}.yaml"
            : count == 1 ? $"{stem}.counterexample.yaml" : $"{stem}.counterexample-{(i + 1).ToString("D2", CultureInfo.InvariantCulture)}.yaml";

    /// <summary>The raw TLC files copied into the trace folder, each once, under its own file name.</summary>
    private sealed class RawCopies(string dir)
    {
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly List<string> _files = new();

        public IReadOnlyList<string> Files => _files;

        /// <summary>Copies <paramref name="raw"/> into the folder (unless it is there) and returns its name there.</summary>
        public string KeepBeside(string raw)
        {
            if (_names.TryGetValue(raw, out var name)) return name;
            name = Path.GetFileName(raw);
            var dest = Path.Combine(dir, name);
            if (Path.GetFullPath(raw) != dest) TraceFile.WriteAtomically(dest, InputFile.ReadText(raw, "a raw TLC file"));
            _files.Add(dest);
            _names[raw] = name;
            return name;
        }
    }

    /// <summary>The trace modules of a simulation: those the provenance lists, else <c>&lt;stem&gt;-NN.tla</c> beside the output.</summary>
    private static IEnumerable<string> SimulationModules(string outputPath, TlcRunRecord? prov)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        if (prov?.Simulation is { } sim)
        {
            foreach (var m in sim.TraceModules)
            {
                var p = Path.Combine(dir, m);
                if (!File.Exists(p))
                    throw new WeftInputException($"{TlcRunRecord.PathFor(outputPath)}: trace module {m} is missing from {dir}");
                yield return p;
            }
            yield break;
        }
        var stem = Path.GetFileNameWithoutExtension(outputPath);
        var rx = new Regex("^" + Regex.Escape(stem) + @"-(\d+)\.tla$", RegexOptions.CultureInvariant);
        foreach (var p in Directory.GetFiles(dir)
                     .Select(f => (Path: f, M: rx.Match(Path.GetFileName(f))))
                     .Where(x => x.M.Success)
                     .OrderBy(x => int.Parse(x.M.Groups[1].Value, CultureInfo.InvariantCulture)))
            yield return p.Path;
    }

    /// <summary>The line breaks File.ReadAllLines splits on.</summary>
    private static readonly string[] LineBreaks = { "\r\n", "\r", "\n" };

    /// <summary>Every step's action must be defined by the spec with as many parameters as the step has.</summary>
    private static void CheckActions(Trace t, string raw, TlaSpec spec)
    {
        string[]? lines = null;
        foreach (var s in t.Steps)
        {
            if (s.Index == 1 && s.Action == "Init") continue;
            if (s.Action == "Stuttering" && s.Index == t.Steps.Count && t.LoopsBackTo is not null) continue;
            if (spec.HasAction(s.Action, s.Parameters.Count)) continue;
            lines ??= InputFile.ReadText(raw, "TLC output").Split(LineBreaks, StringSplitOptions.None);
            int col = 1;
            if (s.Line >= 1 && s.Line <= lines.Length)
            {
                int at = lines[s.Line - 1].IndexOf("<" + s.Action, StringComparison.Ordinal);
                if (at >= 0) col = at + 2;
            }
            var what = spec.Definitions.TryGetValue(s.Action, out var n)
                ? $"action {s.Action} with {s.Parameters.Count} parameter(s), but {spec.RepoRelativePath} defines {s.Action} with {n}"
                : $"an action of {spec.RepoRelativePath}, found {s.Action}, which the spec does not define";
            throw new WeftInputException(raw, Math.Max(1, s.Line), col, $"step {s.Index}: expected {what}");
        }
    }

    [GeneratedRegex(@"^Parsing file (.*[/\\])?([A-Za-z0-9_]+)\.tla\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ParsingRx();

    [GeneratedRegex(@"^Starting\.\.\. \((\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\)", RegexOptions.CultureInvariant)]
    private static partial Regex StartingRx();

    private static string ParsedModule(string text, string file)
    {
        var m = ParsingRx().Match(text);
        if (!m.Success)
            throw new WeftInputException($"{file}: cannot tell which spec TLC checked (no 'Parsing file <Spec>.tla' line and no provenance file); pass --spec-dir tla/<Spec>");
        return m.Groups[2].Value;
    }

    /// <summary>The date and time (local to the machine that ran TLC) printed when TLC started (message 2185).</summary>
    private static string? StartDate(TlcResult r)
    {
        foreach (var m in r.Messages)
            if (m.Code == 2185 && StartingRx().Match(m.Text) is { Success: true } s) return s.Groups[1].Value.Replace(' ', 'T');
        return null;
    }
}
