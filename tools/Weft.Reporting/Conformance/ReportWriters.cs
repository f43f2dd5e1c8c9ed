using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

using Weft.Tla;

namespace Weft.Reporting;

/// <summary>Writes a conformance report as report.md, report.html, report.json and report.yaml.</summary>
public static class ReportWriter
{
    public static IReadOnlyList<string> WriteAll(ConformanceReport report, string dir)
    {
        Directory.CreateDirectory(dir);
        var files = new List<string>();
        void W(string name, string text)
        {
            var p = Path.Combine(dir, name);
            AtomicFile.WriteAllText(p, text);
            files.Add(p);
        }
        W("report.md", MarkdownReport.Render(report));
        W("report.html", HtmlReport.Render(report));
        W("report.json", Json(report));
        W("report.yaml", Yaml(report));
        return files;
    }

    public static string Json(ConformanceReport report) => JsonSerializer.Serialize(report, ConformanceJson.Options) + "\n";

    /// <summary>
    /// The YAML form: the JSON form's tree written as YAML, so both have exactly the same keys and values. Strings that
    /// a YAML reader would take for a number, a boolean or null are quoted.
    /// </summary>
    public static string Yaml(ConformanceReport report)
    {
        using var doc = JsonDocument.Parse(Json(report));
        var sb = new StringBuilder("# Weft conformance report (" + ConformanceReport.SchemaVersion + ")\n");
        using (var w = new StringWriter(sb, CultureInfo.InvariantCulture))
            new YamlStream(new YamlDocument(ToYaml(doc.RootElement))).Save(w, assignAnchors: false);
        var text = sb.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlNode ToYaml(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var m = new YamlMappingNode();
                foreach (var p in e.EnumerateObject()) m.Add(new YamlScalarNode(p.Name), ToYaml(p.Value));
                return m;
            case JsonValueKind.Array:
                var seq = new YamlSequenceNode();
                foreach (var x in e.EnumerateArray()) seq.Add(ToYaml(x));
                return seq;
            case JsonValueKind.String:
                var s = e.GetString()!;
                bool ambiguous = s.Length == 0 || s is "true" or "false" or "null" or "~" or "yes" or "no" ||
                                 double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                return new YamlScalarNode(s) { Style = ambiguous ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };
            case JsonValueKind.True:
                return new YamlScalarNode("true");
            case JsonValueKind.False:
                return new YamlScalarNode("false");
            case JsonValueKind.Null:
                return new YamlScalarNode("null");
            default:
                return new YamlScalarNode(e.GetRawText());
        }
    }

    internal static string Number(double d, string fmt = "F1") => d.ToString(fmt, CultureInfo.InvariantCulture);

    internal static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    internal static string Strategies(IReadOnlyDictionary<string, long> d) =>
        d.Count == 0 ? "-" : string.Join(", ", d.Select(kv => $"{kv.Key} {Count(kv.Value)}"));

    internal static string Strategies(IReadOnlyDictionary<string, int> d) =>
        d.Count == 0 ? "-" : string.Join(", ", d.Select(kv => $"{kv.Key} {Count(kv.Value)}"));

    internal static string TlcResult(TlcConfigReport c) =>
        c.Result == "violation" ? $"violation of {c.ViolatedInvariant}" : c.Result;

    /// <summary>The engine's search of a configuration, for a table cell ("-" when it did not run).</summary>
    internal static string SearchResult(TlcConfigReport c) =>
        c.Search is not { } s ? "-" : (s.Agrees ? "agrees: " : "DISAGREES: ") + s.Describe();

    /// <summary>A test's non-zero monitor event counts ("NoUseAfterFreeMonitor 1,234, ..."), "none" or "not recorded".</summary>
    internal static string MonitorEvents(IReadOnlyDictionary<string, long>? d) =>
        d is null ? "not recorded" : d.Any(kv => kv.Value > 0) ? string.Join(", ", d.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {Count(kv.Value)}")) : "none";

    /// <summary>How an invariant is checked, for a cell.</summary>
    internal static string CheckedBy(InvariantReport i) => i.CheckedBy switch
    {
        "trace-replay" => i.ConformingTraces > 0 ? $"trace replay ({Count(i.ConformingTraces)} conforming traces)" : "trace replay (no conforming trace)",
        "scheduler" => i.Tests.Count > 0 ? "scheduler monitor" : "scheduler monitor (observed nothing)",
        _ => "nothing",
    };

    /// <summary>The credited tests with the events observed in each ("t1 (12), t2 (3)"), or "-".</summary>
    internal static string CreditedTests(InvariantReport i) =>
        i.Tests.Count == 0 ? "-" : string.Join(", ", i.Observations.Where(o => o.Credited).Select(o => $"{o.Test} ({Count(o.Events!.Value)})"));

    /// <summary>The tests that ran but in which the monitor observed nothing ("t3 (0), t4 (not recorded)"), or "-".</summary>
    internal static string SilentTests(InvariantReport i) =>
        i.Observations.Any(o => !o.Credited) ? string.Join(", ", i.Observations.Where(o => !o.Credited).Select(o => $"{o.Test} ({o.Describe()})")) : "-";

    /// <summary>"MC.cfg: 20 traces: 18 conform, 1 diverge, 1 stale".</summary>
    internal static string TraceCounts(TraceConfigSummary c)
    {
        var parts = new List<string> { $"{Count(c.Conform)} conform", $"{Count(c.Diverge)} diverge", $"{Count(c.Stale)} stale" };
        if (c.NotReplayed > 0) parts.Add($"{Count(c.NotReplayed)} not replayed");
        return $"{c.Config}: {Count(c.Traces)} trace{(c.Traces == 1 ? "" : "s")}: {string.Join(", ", parts)}";
    }

    internal static string TraceStatusText(TraceResult t) => t.Status switch
    {
        TraceStatus.Conforms => "conforms",
        TraceStatus.Diverges => "DIVERGES",
        TraceStatus.Stale => "STALE",
        _ => "not replayed",
    };
}
