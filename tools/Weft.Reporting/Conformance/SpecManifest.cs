using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Weft.Reporting;

/// <summary>One TLC configuration of a spec, with the result recorded in its manifest.</summary>
public sealed record ManifestConfig
{
    public required string Config { get; init; }
    public string Description { get; init; } = "";
    /// <summary><c>pass</c> or <c>violation</c>.</summary>
    public required string Expected { get; init; }
    public string? ViolatedInvariant { get; init; }
    public IReadOnlyList<string> Invariants { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Properties { get; init; } = Array.Empty<string>();
    public long? StatesGenerated { get; init; }
    public long? DistinctStates { get; init; }
    public int? Depth { get; init; }
    public int? TraceStates { get; init; }
    public double? WallSeconds { get; init; }
    public required string RunFrom { get; init; }
    public required string Command { get; init; }
}

/// <summary>
/// <c>tla/&lt;Spec&gt;/manifest.yaml</c>: the spec's TLC configurations with their recorded results, and the
/// <c>monitors:</c> map from each invariant or property to the C# monitor type that checks it. Keys this reader
/// does not use are left alone (other tools own them); a known key of the wrong shape is an input error with
/// file:line:column.
/// </summary>
public sealed record SpecManifest
{
    public required string Spec { get; init; }
    public required string Path { get; init; }
    public required string TlaFile { get; init; }
    public string TlcVersion { get; init; } = "";
    public IReadOnlyList<ManifestConfig> Configs { get; init; } = Array.Empty<ManifestConfig>();
    /// <summary>Invariant or property name to monitor type (full name); absent when the manifest has no map.</summary>
    public IReadOnlyDictionary<string, string> Monitors { get; init; } = new Dictionary<string, string>();

    /// <summary>Every invariant and property checked by some configuration, in first-seen order, with its kind.</summary>
    public IReadOnlyList<(string Name, string Kind)> Properties
    {
        get
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<(string, string)>();
            foreach (var c in Configs)
            {
                foreach (var i in c.Invariants) if (seen.Add(i)) list.Add((i, "invariant"));
                foreach (var p in c.Properties) if (seen.Add(p)) list.Add((p, "property"));
            }
            return list;
        }
    }

    /// <summary>Reads every <c>tla/*/manifest.yaml</c> under <paramref name="repoRoot"/>, sorted by spec name.</summary>
    public static IReadOnlyList<SpecManifest> ReadAll(string repoRoot)
    {
        var tla = System.IO.Path.Combine(repoRoot, "tla");
        if (!Directory.Exists(tla)) return Array.Empty<SpecManifest>();
        return Directory.GetDirectories(tla)
            .Select(d => System.IO.Path.Combine(d, "manifest.yaml"))
            .Where(File.Exists)
            .Select(f => Read(f, repoRoot))
            .OrderBy(m => m.Spec, StringComparer.Ordinal)
            .ToList();
    }

    public static SpecManifest Read(string path, string repoRoot)
    {
        var rel = System.IO.Path.GetRelativePath(repoRoot, path).Replace('\\', '/');
        YamlMappingNode root;
        try
        {
            var ys = new YamlStream();
            using (var r = new StreamReader(path)) ys.Load(r);
            if (ys.Documents.Count == 0 || ys.Documents[0].RootNode is not YamlMappingNode m)
                throw new WeftInputException(rel, 1, 1, "expected a mapping with spec:, tla_file: and configs:");
            root = m;
        }
        catch (YamlException e)
        {
            throw new WeftInputException(rel, e.Start.Line, e.Start.Column, "malformed YAML: " + e.Message);
        }
        var y = new Reader(rel);
        var spec = y.String(root, "spec", required: true)!;
        var configs = new List<ManifestConfig>();
        if (y.Node(root, "configs") is { } cn)
        {
            if (cn is not YamlSequenceNode seq) throw y.Error(cn, "configs: expected a list of configurations");
            foreach (var item in seq)
            {
                if (item is not YamlMappingNode c) throw y.Error(item, "expected a configuration mapping");
                configs.Add(new ManifestConfig
                {
                    Config = y.String(c, "config", required: true)!,
                    Description = y.String(c, "description") ?? "",
                    Expected = y.OneOf(c, "expected", "pass", "violation"),
                    ViolatedInvariant = y.String(c, "violated_invariant"),
                    Invariants = y.List(c, "invariants"),
                    Properties = y.List(c, "properties"),
                    StatesGenerated = y.Long(c, "states_generated"),
                    DistinctStates = y.Long(c, "distinct_states"),
                    Depth = (int?)y.Long(c, "depth"),
                    TraceStates = (int?)y.Long(c, "trace_states"),
                    WallSeconds = y.Double(c, "wall_seconds"),
                    RunFrom = y.String(c, "run_from") ?? System.IO.Path.GetDirectoryName(rel)!.Replace('\\', '/'),
                    Command = y.String(c, "command", required: true)!,
                });
            }
        }
        var monitors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (y.Node(root, "monitors") is { } mn)
        {
            if (mn is not YamlMappingNode mm) throw y.Error(mn, "monitors: expected a map from invariant name to monitor type");
            foreach (var (k, v) in mm.Children)
            {
                if (k is not YamlScalarNode ks || v is not YamlScalarNode vs || string.IsNullOrWhiteSpace(vs.Value))
                    throw y.Error(k, "monitors: expected 'Invariant: Namespace.MonitorType'");
                monitors[ks.Value!] = vs.Value!;
            }
        }
        return new SpecManifest
        {
            Spec = spec,
            Path = rel,
            TlaFile = y.String(root, "tla_file") ?? $"tla/{spec}/{spec}.tla",
            TlcVersion = y.String(root, "tlc_version") ?? "",
            Configs = configs,
            Monitors = monitors,
        };
    }

    private sealed class Reader
    {
        private readonly string _file;

        public Reader(string file) => _file = file;

        public WeftInputException Error(YamlNode n, string message) => new(_file, n.Start.Line, n.Start.Column, message);

        public YamlNode? Node(YamlMappingNode m, string key) =>
            m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        public string? String(YamlMappingNode m, string key, bool required = false)
        {
            var n = Node(m, key);
            if (n is null)
            {
                if (required) throw Error(m, $"missing key '{key}'");
                return null;
            }
            if (n is not YamlScalarNode s) throw Error(n, $"{key}: expected a scalar");
            return s.Value;
        }

        public string OneOf(YamlMappingNode m, string key, params string[] allowed)
        {
            var s = String(m, key, required: true)!;
            if (!allowed.Contains(s, StringComparer.Ordinal)) throw Error(Node(m, key)!, $"{key}: '{s}'; expected one of {string.Join(", ", allowed)}");
            return s;
        }

        public long? Long(YamlMappingNode m, string key)
        {
            var s = String(m, key);
            if (s is null) return null;
            if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) throw Error(Node(m, key)!, $"{key}: '{s}' is not a non-negative integer");
            return v;
        }

        public double? Double(YamlMappingNode m, string key)
        {
            var s = String(m, key);
            if (s is null) return null;
            if (!double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) throw Error(Node(m, key)!, $"{key}: '{s}' is not a number");
            return v;
        }

        public IReadOnlyList<string> List(YamlMappingNode m, string key)
        {
            var n = Node(m, key);
            if (n is null) return Array.Empty<string>();
            if (n is not YamlSequenceNode seq) throw Error(n, $"{key}: expected a list");
            return seq.Select(x => x is YamlScalarNode s && s.Value is { } v ? v : throw Error(x, $"{key}: expected names")).ToList();
        }
    }
}
