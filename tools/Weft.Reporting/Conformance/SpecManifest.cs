using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Tla;

namespace Weft.Reporting;

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

    /// <summary>
    /// Reads a manifest through <see cref="TlcManifest.Load"/> (the one reader of manifest.yaml) and checks what the
    /// report needs of it: a spec name and, per configuration, the command that produced the recorded result.
    /// </summary>
    public static SpecManifest Read(string path, string repoRoot)
    {
        var rel = System.IO.Path.GetRelativePath(repoRoot, path).Replace('\\', '/');
        var t = TlcManifest.Load(path, rel);
        var spec = t.Spec ?? throw new WeftInputException(rel, t.Line, 1, "missing key 'spec'");
        var configs = t.Configs.Select(c => new ManifestConfig
        {
            Config = c.Config,
            Description = c.Description,
            Expected = c.Expected,
            ViolatedInvariant = c.ViolatedInvariant,
            Invariants = c.Invariants,
            Properties = c.Properties,
            StatesGenerated = c.StatesGenerated,
            DistinctStates = c.DistinctStates,
            Depth = c.Depth,
            TraceStates = c.TraceStates,
            WallSeconds = c.WallSeconds,
            RunFrom = c.RunFrom ?? System.IO.Path.GetDirectoryName(rel)!.Replace('\\', '/'),
            Command = c.Command ?? throw new WeftInputException(rel, c.Line, c.Column, $"{c.Config}: missing key 'command'"),
            Expectation = c,
        }).ToList();
        return new SpecManifest
        {
            Spec = spec,
            Path = rel,
            TlaFile = t.TlaFile ?? $"tla/{spec}/{spec}.tla",
            TlcVersion = t.TlcVersion ?? "",
            Configs = configs,
            Monitors = t.Monitors,
        };
    }
}
