using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Weft.Tla;

/// <summary>
/// A spec's <c>tla/&lt;Spec&gt;/manifest.yaml</c>: the TLC version it was recorded with and, per configuration, the
/// expected result (<c>pass</c> or <c>violation</c> of <c>violated_invariant</c>/<c>violated_property</c>) and the
/// state counts of a breadth-first run with one worker. Keys this reader does not use (description, command, ...)
/// are allowed; the ones it uses are checked.
/// </summary>
public sealed record TlcManifest(string Path, string? TlcVersion, IReadOnlyList<TlcExpectation> Configs)
{
    /// <summary>The spec's module name (<c>spec:</c>), null when not recorded.</summary>
    public string? Spec { get; init; }

    /// <summary>The spec's <c>.tla</c> file relative to the repository (<c>tla_file:</c>), null when not recorded.</summary>
    public string? TlaFile { get; init; }

    /// <summary>The <c>monitors:</c> map: invariant or property name to the monitor type (full name) that checks it.</summary>
    public IReadOnlyDictionary<string, string> Monitors { get; init; } = new Dictionary<string, string>();

    /// <summary>The <c>seeded_defects:</c> map: invariant or property name to the defects shown to break it.</summary>
    public IReadOnlyDictionary<string, SeededDefect> SeededDefects { get; init; } = new Dictionary<string, SeededDefect>();

    /// <summary>The line of the mapping, for messages about the manifest as a whole.</summary>
    public int Line { get; init; } = 1;

    public TlcExpectation? Find(string config)
    {
        foreach (var c in Configs)
            if (string.Equals(c.Config, config, StringComparison.Ordinal)) return c;
        return null;
    }

    /// <summary>Reads <paramref name="file"/>; messages name it as <paramref name="shownAs"/> (a repository-relative path) when given.</summary>
    public static TlcManifest Load(string file, string? shownAs = null)
    {
        var text = TlcOutputReader.ReadText(file, "manifest");
        var path = shownAs ?? file;
        var node = YamlText.LoadSingleDocument(text, path, "a manifest");
        if (node is not YamlMappingNode root)
            throw new WeftInputException(path, node.Start.Line, node.Start.Column, "expected a mapping with spec, tla_file, tlc_version and configs");
        var y = new TlcRunRecord.Yaml(path);
        string? version = null, spec = null, tlaFile = null;
        YamlSequenceNode? configs = null;
        var monitors = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, SeededDefect> seeded = new Dictionary<string, SeededDefect>();
        foreach (var (k, v) in root.Children)
        {
            switch (y.Str(k))
            {
                case "tlc_version": version = y.Str(v); break;
                case "spec": spec = y.Str(v); break;
                case "tla_file": tlaFile = y.RepoPath(v); break;
                case "configs": configs = v as YamlSequenceNode ?? throw YamlText.Err(path, v, "expected a sequence of configurations"); break;
                case "monitors": ReadMonitors(path, v, monitors); break;
                case "seeded_defects": seeded = ReadSeededDefects(path, y, v); break;
            }
        }
        if (configs is null) throw YamlText.Err(path, root, "missing key 'configs'");
        var list = new List<TlcExpectation>();
        foreach (var n in configs.Children) list.Add(ReadExpectation(path, y, n));
        return new TlcManifest(path, version, list) { Spec = spec, TlaFile = tlaFile, Monitors = monitors, SeededDefects = seeded, Line = (int)root.Start.Line };
    }

    /// <summary><c>monitors:</c> a map from invariant (or property) name to the full name of the monitor type that checks it.</summary>
    private static void ReadMonitors(string path, YamlNode v, Dictionary<string, string> monitors)
    {
        if (v is not YamlMappingNode mm) throw YamlText.Err(path, v, "monitors: expected a map from invariant name to monitor type");
        foreach (var (mk, mv) in mm.Children)
        {
            if (mk is not YamlScalarNode ks || mv is not YamlScalarNode vs || string.IsNullOrWhiteSpace(vs.Value))
                throw YamlText.Err(path, mk, "monitors: expected 'Invariant: Namespace.MonitorType'");
            monitors[ks.Value!] = vs.Value!;
        }
    }

    /// <summary>One entry of <c>configs:</c>: a mapping with <c>config</c>, <c>expected</c> and the recorded result.</summary>
    private static TlcExpectation ReadExpectation(string path, TlcRunRecord.Yaml y, YamlNode n)
    {
        if (n is not YamlMappingNode m) throw YamlText.Err(path, n, "expected a configuration: a mapping with config and expected");
        string? config = null, expected = null, inv = null, prop = null, description = null, runFrom = null, command = null, notCompared = null;
        long? generated = null, distinct = null, left = null;
        int? depth = null, traceStates = null;
        double? wall = null;
        IReadOnlyList<string> invariants = Array.Empty<string>(), properties = Array.Empty<string>();
        foreach (var (k, v) in m.Children)
        {
            switch (y.Str(k))
            {
                case "config": config = y.FileName(v); break;
                case "expected":
                    expected = y.Str(v);
                    if (expected is not ("pass" or "violation"))
                        throw YamlText.Err(path, v, $"expected 'pass' or 'violation', found '{expected}'");
                    break;
                case "violated_invariant": inv = y.Str(v); break;
                case "violated_property": prop = y.Str(v); break;
                case "states_generated": generated = Count(path, y, v); break;
                case "distinct_states": distinct = Count(path, y, v); break;
                case "states_left_on_queue": left = Count(path, y, v); break;
                case "depth": depth = IntCount(path, y, v, "depth"); break;
                case "trace_states": traceStates = IntCount(path, y, v, "trace_states"); break;
                case "description": description = y.Str(v); break;
                case "run_from": runFrom = y.RepoPath(v); break;
                case "command": command = y.Str(v); break;
                case "search_not_compared":
                    notCompared = y.Str(v);
                    if (string.IsNullOrWhiteSpace(notCompared)) throw YamlText.Err(path, v, "search_not_compared: expected the reason the search is not compared");
                    break;
                case "invariants": invariants = Names(path, y, v, "invariants"); break;
                case "properties": properties = Names(path, y, v, "properties"); break;
                case "wall_seconds":
                    wall = double.TryParse(y.Str(v), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w)
                        ? w : throw YamlText.Err(path, v, $"wall_seconds: '{y.Str(v)}' is not a number");
                    break;
            }
        }
        if (config is null) throw YamlText.Err(path, m, "missing key 'config'");
        if (expected is null) throw YamlText.Err(path, m, "missing key 'expected'");
        return new TlcExpectation(config, expected, inv, prop, generated, distinct, left, depth, traceStates, (int)m.Start.Line)
        {
            Description = description ?? "", Invariants = invariants, Properties = properties, WallSeconds = wall,
            RunFrom = runFrom, Command = command, Column = (int)m.Start.Column, SearchNotCompared = notCompared,
        };
    }

    /// <summary>
    /// <c>seeded_defects:</c> a map from invariant name to a mapping with <c>tests</c> and <c>configs</c> (lists of
    /// names) and an optional <c>note</c>; any other key or shape is an input error at its position.
    /// </summary>
    private static Dictionary<string, SeededDefect> ReadSeededDefects(string path, TlcRunRecord.Yaml y, YamlNode v)
    {
        if (v is not YamlMappingNode map)
            throw YamlText.Err(path, v, "seeded_defects: expected a map from invariant name to {tests, configs, note}");
        var result = new Dictionary<string, SeededDefect>(StringComparer.Ordinal);
        foreach (var (k, e) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { Length: > 0 } name })
                throw YamlText.Err(path, k, "seeded_defects: expected an invariant name");
            if (e is not YamlMappingNode entry)
                throw YamlText.Err(path, e, $"seeded_defects: {name}: expected a mapping with tests, configs and an optional note");
            IReadOnlyList<string>? tests = null, configs = null;
            string? note = null;
            foreach (var (ek, ev) in entry.Children)
            {
                switch (y.Str(ek))
                {
                    case "tests": tests = Names(path, y, ev, $"seeded_defects: {name}: tests"); break;
                    case "configs": configs = Names(path, y, ev, $"seeded_defects: {name}: configs"); break;
                    case "note":
                        note = ev is YamlScalarNode { Value: { } n } ? n : throw YamlText.Err(path, ev, $"seeded_defects: {name}: note: expected text");
                        break;
                    default:
                        throw YamlText.Err(path, ek, $"seeded_defects: {name}: unknown key '{y.Str(ek)}' (expected tests, configs, note)");
                }
            }
            if (tests is null) throw YamlText.Err(path, entry, $"seeded_defects: {name}: missing key 'tests'");
            if (configs is null) throw YamlText.Err(path, entry, $"seeded_defects: {name}: missing key 'configs'");
            if (!result.TryAdd(name, new SeededDefect(name, tests, configs, note, (int)k.Start.Line, (int)k.Start.Column)))
                throw YamlText.Err(path, k, $"seeded_defects: {name} is listed twice");
        }
        return result;
    }

    private static IReadOnlyList<string> Names(string path, TlcRunRecord.Yaml y, YamlNode v, string key) =>
        v is YamlSequenceNode seq
            ? seq.Children.Select(x => x is YamlScalarNode { Value: { } s } ? s : throw YamlText.Err(path, x, $"{key}: expected names")).ToList()
            : throw YamlText.Err(path, v, $"{key}: expected a list");

    private static long Count(string path, TlcRunRecord.Yaml y, YamlNode v)
    {
        var s = y.Str(v);
        return long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= int.MaxValue * 1024L
            ? n
            : throw YamlText.Err(path, v, $"expected a count (a non-negative integer), found '{s}'");
    }

    /// <summary>A count TLC prints as a Java <c>int</c> (a depth, a trace length): above 2^31 - 1 is an input error, not a wrap.</summary>
    private static int IntCount(string path, TlcRunRecord.Yaml y, YamlNode v, string key)
    {
        var n = Count(path, y, v);
        return n <= int.MaxValue ? (int)n : throw YamlText.Err(path, v, $"{key}: expected a count up to {int.MaxValue} (TLC counts it in an int), found '{y.Str(v)}'");
    }

    /// <summary>
    /// The differences between TLC's <paramref name="result"/> and <paramref name="expected"/>, one line each (empty
    /// when they agree). A simulation is compared on its verdict only: its counts depend on the seed and depth.
    /// </summary>
    public static IReadOnlyList<string> Compare(TlcExpectation expected, TlcResult result)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(result);
        var d = new List<string>();
        string actual = result.Outcome switch
        {
            TlcOutcome.Pass => "pass",
            TlcOutcome.Violation => "violation",
            _ => "error",
        };
        if (result.Simulation)
        {
            if (expected.Expected == "pass" && result.Outcome == TlcOutcome.Violation)
                d.Add($"expected: pass; simulation found a {result.Violation!.Kind} violation: {result.Violation.Message}");
            if (result.Outcome == TlcOutcome.Error) d.Add($"expected: {expected.Expected}; TLC stopped with an error: {result.ErrorMessage}");
            return d;
        }
        if (actual != expected.Expected)
        {
            d.Add($"expected: {expected.Expected}; TLC: {actual}" +
                  (result.Violation is { } v ? $" ({v.Kind}{(v.Name is null ? "" : " " + v.Name)}: {v.Message})" : "") +
                  (result.ErrorMessage is { } em ? $" ({em.Split('\n')[0]})" : ""));
            return d;
        }
        if (result.Violation is { } viol)
        {
            if (expected.ViolatedInvariant is { } ei && (viol.Kind != "invariant" || viol.Name != ei))
                d.Add($"violated invariant: expected {ei}; TLC: {viol.Kind} {viol.Name ?? "(unnamed)"}");
            // A manifest writes TLC's deadlock as the property "Deadlock" (TLC names no property for it).
            bool deadlockExpected = expected.ViolatedProperty == "Deadlock";
            if (expected.ViolatedProperty is { } ep && (deadlockExpected
                    ? viol.Kind != "deadlock"
                    : viol.Kind != "property" || (viol.Name is not null && viol.Name != ep)))
                d.Add($"violated property: expected {ep}; TLC: {viol.Kind} {viol.Name ?? "(unnamed)"}");
            if (expected.TraceStates is { } ts && result.Traces.Count > 0 && result.Traces[0].Steps.Count != ts)
                d.Add($"trace states: expected {ts}; TLC: {result.Traces[0].Steps.Count}");
        }
        Count(d, "distinct states", expected.DistinctStates, result.Statistics.DistinctStates);
        Count(d, "states generated", expected.StatesGenerated, result.Statistics.StatesGenerated);
        Count(d, "states left on queue", expected.StatesLeftOnQueue, result.Statistics.StatesLeftOnQueue);
        Count(d, "depth", expected.Depth, result.Statistics.Depth);
        return d;
    }

    private static void Count(List<string> d, string what, long? expected, long? actual)
    {
        if (expected is { } e && actual != e)
            d.Add($"{what}: expected {e.ToString("N0", CultureInfo.InvariantCulture)}; TLC: {(actual is { } a ? a.ToString("N0", CultureInfo.InvariantCulture) : "not reported")}");
    }
}
