using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Weft.Tla;

/// <summary>
/// The provenance of a raw TLC output (schema <c>weft-tlc-run/1</c>), kept beside it as
/// <c>&lt;output stem&gt;.provenance.yaml</c> by <c>weft tlc</c>: which spec and configuration (with their SHA-256),
/// which TLC, the exact command, when, and for a simulation its parameters and the trace modules it wrote.
/// </summary>
public sealed record TlcRunRecord(
    string Spec,
    string SpecFile,
    string SpecSha256,
    string Config,
    string ConfigSha256,
    string TlcVersion,
    string Command,
    string Date,
    string RawOutput,
    int ExitCode,
    TlcSimulation? Simulation)
{
    public const string SchemaTag = "weft-tlc-run/1";

    private static readonly string[] Keys =
    {
        "schema", "spec", "spec_file", "spec_sha256", "config", "config_sha256", "tlc_version", "command", "date",
        "raw_output", "exit_code", "simulation",
    };

    /// <summary>The provenance file that belongs to the raw output <paramref name="rawOutputPath"/> (<c>X.out</c> → <c>X.provenance.yaml</c>).</summary>
    public static string PathFor(string rawOutputPath)
    {
        ArgumentNullException.ThrowIfNull(rawOutputPath);
        var dir = System.IO.Path.GetDirectoryName(rawOutputPath) ?? "";
        return System.IO.Path.Combine(dir, System.IO.Path.GetFileNameWithoutExtension(rawOutputPath) + ".provenance.yaml");
    }

    public string Serialize()
    {
        var root = new YamlMappingNode
        {
            { "schema", SchemaTag },
            { "spec", Spec },
            { "spec_file", SpecFile },
            { "spec_sha256", SpecSha256 },
            { "config", Config },
            { "config_sha256", ConfigSha256 },
            { "tlc_version", new YamlScalarNode(TlcVersion) { Style = ScalarStyle.DoubleQuoted } },
            { "command", new YamlScalarNode(Command) { Style = ScalarStyle.DoubleQuoted } },
            { "date", Date },
            { "raw_output", RawOutput },
            { "exit_code", ExitCode.ToString(CultureInfo.InvariantCulture) },
        };
        if (Simulation is { } s)
        {
            var modules = new YamlSequenceNode();
            foreach (var m in s.TraceModules) modules.Add(m);
            root.Add("simulation", new YamlMappingNode
            {
                { "num", s.Num.ToString(CultureInfo.InvariantCulture) },
                { "depth", s.Depth.ToString(CultureInfo.InvariantCulture) },
                { "seed", s.Seed.ToString(CultureInfo.InvariantCulture) },
                { "trace_modules", modules },
            });
        }
        var sb = new StringBuilder("# Provenance of a raw TLC output, written by `weft tlc`\n");
        using (var w = new StringWriter(sb, CultureInfo.InvariantCulture))
        {
            new YamlStream(new YamlDocument(root)).Save(new Emitter(w, 2, int.MaxValue), assignAnchors: false);
        }
        var text = sb.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    public static TlcRunRecord Load(string path)
    {
        var text = TlcOutputReader.ReadText(path, "provenance");
        var node = YamlText.LoadSingleDocument(text, path, "a provenance record");
        if (node is not YamlMappingNode root)
            throw new WeftInputException(path, node.Start.Line, node.Start.Column, $"expected one mapping with keys {string.Join(", ", Keys)}");
        var y = new Yaml(path);
        var f = y.Fields(root, Keys, "");
        foreach (var k in Keys)
            if (k != "simulation" && !f.ContainsKey(k)) throw YamlText.Err(path, root, $"missing key '{k}'");
        if (y.Str(f["schema"]) != SchemaTag) throw YamlText.Err(path, f["schema"], $"unsupported schema '{y.Str(f["schema"])}'; expected '{SchemaTag}'");
        TlcSimulation? sim = null;
        if (f.TryGetValue("simulation", out var sn))
        {
            if (sn is not YamlMappingNode sm) throw YamlText.Err(path, sn, "expected a mapping with num, depth, seed, trace_modules");
            var sf = y.Fields(sm, new[] { "num", "depth", "seed", "trace_modules" }, " in simulation");
            foreach (var k in new[] { "num", "depth", "seed", "trace_modules" })
                if (!sf.ContainsKey(k)) throw YamlText.Err(path, sm, $"missing key '{k}' in simulation");
            if (sf["trace_modules"] is not YamlSequenceNode mods) throw YamlText.Err(path, sf["trace_modules"], "expected a sequence of file names");
            sim = new TlcSimulation(y.Int(sf["num"]), y.Int(sf["depth"]), y.Long(sf["seed"]), mods.Children.Select(y.FileName).ToArray());
        }
        return new TlcRunRecord(y.Str(f["spec"]), y.RepoPath(f["spec_file"]), y.Str(f["spec_sha256"]), y.FileName(f["config"]),
            y.Str(f["config_sha256"]), y.Str(f["tlc_version"]), y.Str(f["command"]), y.Str(f["date"]), y.FileName(f["raw_output"]),
            y.Int(f["exit_code"]), sim);
    }

    /// <summary>Small typed accessors over YAML nodes with positioned errors.</summary>
    internal sealed class Yaml
    {
        private readonly string _file;

        public Yaml(string file) => _file = file;

        public Dictionary<string, YamlNode> Fields(YamlMappingNode m, string[] allowed, string where)
        {
            var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in m.Children)
            {
                var key = Str(k);
                if (Array.IndexOf(allowed, key) < 0)
                    throw YamlText.Err(_file, k, $"unknown key '{key}'{where}; expected one of {string.Join(", ", allowed)}");
                if (!seen.TryAdd(key, v)) throw YamlText.Err(_file, k, $"duplicate key '{key}'{where}");
            }
            return seen;
        }

        public string Str(YamlNode n) => n is YamlScalarNode { Value: { } v } ? v : throw YamlText.Err(_file, n, "expected a scalar");

        /// <summary>A file name without directories (files named in a provenance record live beside it).</summary>
        public string FileName(YamlNode n)
        {
            var s = Str(n);
            if (!ProjectPath.IsFileName(s))
                throw YamlText.Err(_file, n, $"expected a file name without directories, found '{s}'");
            return s;
        }

        /// <summary>A path relative to the repository that stays inside it (see <see cref="ProjectPath"/>).</summary>
        public string RepoPath(YamlNode n)
        {
            var s = Str(n);
            return ProjectPath.IsConfinedRelative(s) ? s : throw YamlText.Err(_file, n, $"expected a path relative to the repository without '..', found '{s}'");
        }

        public int Int(YamlNode n) =>
            int.TryParse(Str(n), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw YamlText.Err(_file, n, $"expected an integer, found '{Str(n)}'");

        public long Long(YamlNode n) =>
            long.TryParse(Str(n), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw YamlText.Err(_file, n, $"expected an integer, found '{Str(n)}'");
    }
}
