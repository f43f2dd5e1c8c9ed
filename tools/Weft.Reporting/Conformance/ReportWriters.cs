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
            File.WriteAllText(p, text, new UTF8Encoding(false));
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

    internal static string F(double d, string fmt = "F1") => d.ToString(fmt, CultureInfo.InvariantCulture);

    internal static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    internal static string Strategies(IReadOnlyDictionary<string, long> d) =>
        d.Count == 0 ? "-" : string.Join(", ", d.Select(kv => $"{kv.Key} {N(kv.Value)}"));

    internal static string Strategies(IReadOnlyDictionary<string, int> d) =>
        d.Count == 0 ? "-" : string.Join(", ", d.Select(kv => $"{kv.Key} {N(kv.Value)}"));

    internal static string TlcResult(TlcConfigReport c) =>
        c.Result == "violation" ? $"violation of {c.ViolatedInvariant}" : c.Result;

    /// <summary>The engine's search of a configuration, for a table cell ("-" when it did not run).</summary>
    internal static string SearchResult(TlcConfigReport c) =>
        c.Search is not { } s ? "-" : (s.Agrees ? "agrees: " : "DISAGREES: ") + s.Describe();

    internal static string TraceStatus(TraceResult t) => t.Conforms switch
    {
        true => "conforms",
        false => "DIVERGES",
        null => "not replayed",
    };
}

/// <summary>The Markdown form (tables; the diagrams are in report.html).</summary>
public static class MarkdownReport
{
    private static string C(string? s) => (s ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Code(string? s) => string.IsNullOrEmpty(s) ? "" : "`" + (s ?? "").Replace("`", "'", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "`";

    private static void Table(StringBuilder sb, string[] head, IEnumerable<string[]> rows)
    {
        sb.Append("| ").Append(string.Join(" | ", head)).Append(" |\n");
        sb.Append('|').Append(string.Join("|", head.Select(_ => "---"))).Append("|\n");
        int n = 0;
        foreach (var r in rows)
        {
            sb.Append("| ").Append(string.Join(" | ", r)).Append(" |\n");
            n++;
        }
        if (n == 0) sb.Append("| ").Append(string.Join(" | ", head.Select((_, i) => i == 0 ? "(none)" : ""))).Append(" |\n");
        sb.Append('\n');
    }

    private static string Times(int n) => n == 1 ? "seen once" : "seen " + n.ToString(CultureInfo.InvariantCulture) + " times";

    public static string Render(ConformanceReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var sb = new StringBuilder();
        sb.Append("# Weft conformance report\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Generated {r.Generated:yyyy-MM-dd HH:mm} UTC by {C(r.Tool)} (commit {Code(r.Commit)}), schema {Code(r.Schema)}.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"**Verdict: {(r.Verdict == "conforms" ? "conforms" : "FAILURES")}** ({r.Failures.Count} failures, {r.Gaps.Count} open gaps). ");
        var e = r.Exploration;
        sb.Append(CultureInfo.InvariantCulture, $"Exploration: {e.Tests} tests, {ReportWriter.N(e.Iterations)} schedules, {ReportWriter.N(e.Steps)} steps in {ReportWriter.F(e.Seconds)} s ({C(e.Source)}).\n\n");
        if (r.Failures.Count > 0)
        {
            sb.Append("## Failures\n\n");
            foreach (var f in r.Failures) sb.Append("- ").Append(C(f)).Append('\n');
            sb.Append('\n');
        }
        sb.Append("## Open gaps\n\n");
        if (r.Gaps.Count == 0) sb.Append("None.\n\n");
        else Table(sb, new[] { "gap", "subject", "detail" }, r.Gaps.Select(g => new[] { C(g.Kind), C(g.Subject), C(g.Detail) }));

        foreach (var s in r.Specs)
        {
            sb.Append("## Spec ").Append(C(s.Name)).Append("\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"{Code(s.TlaFile)} (SHA-256 {Code(s.SpecSha256.Length >= 16 ? s.SpecSha256[..16] : s.SpecSha256)}), manifest {Code(s.Manifest)}{(s.ManifestDate is null ? "" : " committed " + C(s.ManifestDate))}; algorithms: {(s.Algorithms.Count == 0 ? "none linked" : C(string.Join(", ", s.Algorithms)))}.\n\n");
            sb.Append("### Invariants and monitors\n\n");
            Table(sb, new[] { "invariant", "kind", "monitor", "tests that check it", "negative controls caught by it" }, s.Invariants.Select(i => new[]
            {
                Code(i.Name), i.Kind,
                i.Monitor is null ? "**none**" : Code(i.Monitor) + (i.MonitorImplemented ? "" : " **(missing)**"),
                i.Tests.Count == 0 ? "-" : C(string.Join(", ", i.Tests)),
                i.CaughtBy.Count == 0 ? "-" : C(string.Join(", ", i.CaughtBy)),
            }));
            sb.Append("### TLC\n\n");
            Table(sb, new[] { "config", "expected", "result", "distinct states", "states generated", "depth", "source", "TLC version", "date", "engine's search" }, s.Tlc.Select(c => new[]
            {
                Code(c.Config), C(c.Expected + (c.ExpectedViolation is null ? "" : " (" + c.ExpectedViolation + ")")),
                C(ReportWriter.TlcResult(c)) + (c.Matches == false ? " **MISMATCH: " + C(c.Detail) + "**" : ""),
                c.DistinctStates is { } d ? ReportWriter.N(d) : "-", c.StatesGenerated is { } g ? ReportWriter.N(g) : "-",
                c.Depth?.ToString(CultureInfo.InvariantCulture) ?? "-", c.Source == "run" ? "run for this report" : "recorded in manifest",
                C(c.TlcVersion), c.Date is { } dt ? dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : C(s.ManifestDate ?? "-"),
                c.Search is { Agrees: false } ? "**" + C(ReportWriter.SearchResult(c)) + "**" : C(ReportWriter.SearchResult(c)),
            }));
            sb.Append("### Traces\n\n");
            if (s.Traces.Count == 0) sb.Append(CultureInfo.InvariantCulture, $"Spec {C(s.Name)} has no trace.\n\n");
            else Table(sb, new[] { "trace", "kind", "steps", "replay", "divergence" }, s.Traces.Select(t => new[]
            {
                Code(t.File), t.Kind == TraceKind.Simulation ? "simulation" : "counterexample", t.Steps?.ToString(CultureInfo.InvariantCulture) ?? "-",
                ReportWriter.TraceStatus(t), C(t.Divergence),
            }));
        }

        sb.Append("## Algorithms and exploration\n\n");
        Table(sb, new[] { "algorithm", "tier", "spec", "under the scheduler", "tests", "schedules", "steps", "time (s)", "strategies", "exhausted bounded spaces", "failures" }, r.Algorithms.Select(a => new[]
        {
            C(a.Name), C(a.Tier), C(a.Spec ?? "-"), a.UnderScheduler ? "yes" : "**no**", a.Tests.Count.ToString(CultureInfo.InvariantCulture),
            ReportWriter.N(a.Iterations), ReportWriter.N(a.Steps), ReportWriter.F(a.Seconds), C(ReportWriter.Strategies(a.Strategies)),
            a.Exhausted.Count == 0 ? "-" : C(string.Join(", ", a.Exhausted)), a.Failures.ToString(CultureInfo.InvariantCulture),
        }));
        sb.Append(CultureInfo.InvariantCulture, $"Strategies over all tests: {C(ReportWriter.Strategies(r.Exploration.Strategies))}. Runs merged: {(r.Exploration.Runs.Count == 0 ? "-" : string.Join("; ", r.Exploration.Runs.Select(Code)))}.\n\n");

        sb.Append("## Negative controls\n\n");
        Table(sb, new[] { "test", "expected bug", "caught", "verdict", "monitor", "iterations", "counterexample" }, r.NegativeControls.Select(c => new[]
        {
            Code(c.Test), C(c.ExpectedBug), c.Caught ? "yes" : "**NO**", C(c.Verdict), C(c.Monitor ?? "-"), c.Iterations.ToString(CultureInfo.InvariantCulture), C(c.Counterexample ?? "-"),
        }));

        sb.Append("## Linearizability\n\n");
        sb.Append("Tests whose id contains `linearizab` check every explored history against the sequential specification.\n\n");
        Table(sb, new[] { "test", "negative control", "verdict", "iterations", "exhausted" }, r.Linearizability.Select(l => new[]
        {
            Code(l.Test), l.NegativeControl ? "yes" : "no", C(l.Verdict), l.Iterations.ToString(CultureInfo.InvariantCulture), l.Exhausted ? "yes" : "no",
        }));

        sb.Append("## Counterexamples\n\n");
        if (r.Counterexamples.Count == 0) sb.Append("None.\n\n");
        foreach (var c in r.Counterexamples)
        {
            sb.Append(CultureInfo.InvariantCulture, $"### {c.Id}: {C(c.Kind)}{(c.Monitor is null ? "" : " (" + C(c.Monitor) + ")")} at {Code(c.Location)}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"{(c.Expected ? "Expected (negative control)" : "**Unexpected**")}; tests: {C(string.Join(", ", c.Tests))}; {Times(c.Occurrences)}. {C(c.Message)}\n\n");
            sb.Append("Replay: ").Append(Code(c.ReplayCommand)).Append("\n\n");
            sb.Append("Last steps (the interleaving diagram is in report.html):\n\n```\n");
            foreach (var s in c.Steps.Skip(Math.Max(0, c.Steps.Count - 12)))
                sb.Append(string.Create(CultureInfo.InvariantCulture, $"{(s.Step == c.Step ? ">" : " ")}{s.Step,5}  t{s.Thread,-3} {s.Op,-11} {s.Location}").TrimEnd()).Append('\n');
            sb.Append("```\n\n");
        }

        sb.Append("## Tests\n\n");
        Table(sb, new[] { "test", "shard", "expect", "verdict", "schedules", "steps", "time (s)", "strategies", "seed" }, r.Tests.Select(t => new[]
        {
            Code(t.Test), C(t.Shard), t.NegativeControl ? "bug" : "pass", (t.Passed ? "" : "**") + C(t.Verdict) + (t.Passed ? "" : "**") + (t.Crash is null ? "" : ": " + C(t.Crash)),
            ReportWriter.N(t.Iterations) + (t.Exhausted ? " (all)" : ""), ReportWriter.N(t.Steps), ReportWriter.F(t.Seconds), C(ReportWriter.Strategies(t.Strategies)),
            t.Seed.ToString(CultureInfo.InvariantCulture),
        }));
        return sb.ToString();
    }
}
