using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

using Weft.Tla;

namespace Weft.Reporting;

/// <summary>
/// The Markdown form (tables; the diagrams are in report.html). The verdict and what it covers come first; each spec's
/// traces are counted per configuration, their rows folded in <c>&lt;details&gt;</c> unless some diverge or are stale.
/// </summary>
public static class MarkdownReport
{
    private static string Cell(string? s) => (s ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
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
        Verdict(sb, r);
        Gaps(sb, r);
        foreach (var s in r.Specs) Spec(sb, s);
        Algorithms(sb, r);
        Controls(sb, r);
        sb.Append(OrderMutationSection.Markdown(r));
        Counterexamples(sb, r);
        Tests(sb, r);
        return sb.ToString();
    }

    /// <summary>The top: the verdict, what it covers, what was not checked, then the failures.</summary>
    private static void Verdict(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("# Weft conformance report\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Generated {r.Generated:yyyy-MM-dd HH:mm} UTC by {Cell(r.Tool)} (commit {Code(r.Commit)}), schema {Code(r.Schema)}.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"**Verdict: {(r.Verdict == "conforms" ? "conforms" : "FAILURES")}** {r.Scope.Qualifier(r.Verdict == "conforms")} ({r.Failures.Count} failures, {r.Gaps.Count} open gaps).\n\n");
        sb.Append("**Checked:**\n\n");
        if (r.Scope.Checked.Count == 0) sb.Append("- nothing\n");
        foreach (var line in r.Scope.Checked) sb.Append("- ").Append(Cell(line)).Append('\n');
        sb.Append("\n**Not checked:**\n\n");
        if (r.Scope.NotChecked.Count == 0) sb.Append("- nothing left out\n");
        foreach (var g in r.Scope.NotChecked)
            sb.Append(CultureInfo.InvariantCulture, $"- {Cell(g.Reason)} ({g.Subjects.Count}): {Cell(g.ShortList())}\n");
        var e = r.Exploration;
        sb.Append(CultureInfo.InvariantCulture, $"\nExploration: {e.Tests} tests, {ReportWriter.Count(e.Iterations)} schedules, {ReportWriter.Count(e.Steps)} steps in {ReportWriter.Number(e.Seconds)} s ({Cell(e.Source)}).\n\n");
        if (r.Failures.Count == 0) return;
        sb.Append("## Failures\n\n");
        foreach (var f in r.Failures) sb.Append("- ").Append(Cell(f)).Append('\n');
        sb.Append('\n');
    }

    private static void Gaps(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("## Open gaps\n\n");
        if (r.Gaps.Count == 0) sb.Append("None.\n\n");
        else Table(sb, new[] { "gap", "subject", "detail" }, r.Gaps.Select(g => new[] { Cell(g.Kind), Cell(g.Subject), Cell(g.Detail) }));
    }

    private static void Spec(StringBuilder sb, SpecReport s)
    {
        sb.Append("## Spec ").Append(Cell(s.Name)).Append("\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{Code(s.TlaFile)} (SHA-256 {Code(s.SpecSha256.Length >= 16 ? s.SpecSha256[..16] : s.SpecSha256)}), manifest {Code(s.Manifest)}{(s.ManifestDate is null ? "" : " committed " + Cell(s.ManifestDate))}; algorithms: {(s.Algorithms.Count == 0 ? "none linked" : Cell(string.Join(", ", s.Algorithms)))}.\n\n");
        sb.Append("### Invariants and monitors\n\n");
        sb.Append("A test is credited with an invariant only when the invariant's monitor observed at least one event in it (events observed in parentheses).\n\n");
        Table(sb, new[] { "invariant", "kind", "checked by", "monitor", "tests that check it (events)", "tests where it observed nothing", "negative controls caught by it" }, s.Invariants.Select(i => new[]
        {
            Code(i.Name), i.Kind, Cell(ReportWriter.CheckedBy(i)),
            i.Monitor is null ? "**none**" : Code(i.Monitor) + (i.MonitorImplemented ? "" : " **(missing)**"),
            Cell(ReportWriter.CreditedTests(i)), Cell(ReportWriter.SilentTests(i)),
            i.CaughtBy.Count == 0 ? "-" : Cell(string.Join(", ", i.CaughtBy)),
        }));
        Tlc(sb, s);
        Traces(sb, s);
    }

    private static void Tlc(StringBuilder sb, SpecReport s)
    {
        sb.Append("### TLC\n\n");
        Table(sb, new[] { "config", "expected", "result", "distinct states", "states generated", "depth", "source", "TLC version", "date", "engine's search" }, s.Tlc.Select(c => new[]
        {
            Code(c.Config), Cell(c.Expected + (c.ExpectedViolation is null ? "" : " (" + c.ExpectedViolation + ")")),
            Cell(ReportWriter.TlcResult(c)) + (c.Matches == false ? " **MISMATCH: " + Cell(c.Detail) + "**" : ""),
            c.DistinctStates is { } d ? ReportWriter.Count(d) : "-", c.StatesGenerated is { } g ? ReportWriter.Count(g) : "-",
            c.Depth?.ToString(CultureInfo.InvariantCulture) ?? "-", c.Source == "run" ? "run for this report" : "recorded in manifest",
            Cell(c.TlcVersion), c.Date is { } dt ? dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : Cell(s.ManifestDate ?? "-"),
            c.Search is { Agrees: false } ? "**" + Cell(ReportWriter.SearchResult(c)) + "**" : Cell(ReportWriter.SearchResult(c)),
        }));
    }

    /// <summary>Per configuration: the counts, then every trace as a row, folded unless some diverge or are stale.</summary>
    private static void Traces(StringBuilder sb, SpecReport s)
    {
        sb.Append("### Traces\n\n");
        if (s.Traces.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Spec {Cell(s.Name)} has no trace.\n\n");
            return;
        }
        Table(sb, new[] { "configuration", "traces", "conform", "diverge", "stale", "not replayed" }, s.TraceConfigs.Select(c => new[]
        {
            Code(c.Config), ReportWriter.Count(c.Traces), ReportWriter.Count(c.Conform), Bold(c.Diverge), Bold(c.Stale), ReportWriter.Count(c.NotReplayed),
        }));
        foreach (var c in s.TraceConfigs)
        {
            sb.Append(c.NeedsAttention ? "<details open>" : "<details>").Append("<summary>").Append(Cell(ReportWriter.TraceCounts(c))).Append("</summary>\n\n");
            Table(sb, new[] { "trace", "kind", "steps", "replay", "divergence" }, s.Traces.Where(t => (t.Config ?? "(unknown configuration)") == c.Config).Select(t => new[]
            {
                Code(t.File), t.Kind == TraceKind.Simulation ? "simulation" : "counterexample", t.Steps?.ToString(CultureInfo.InvariantCulture) ?? "-",
                ReportWriter.TraceStatusText(t), Cell(t.Divergence),
            }));
            sb.Append("</details>\n\n");
        }
    }

    private static string Bold(int n) => n == 0 ? "0" : "**" + ReportWriter.Count(n) + "**";

    private static void Algorithms(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("## Algorithms and exploration\n\n");
        Table(sb, new[] { "algorithm", "tier", "spec", "under the scheduler", "tests", "schedules", "steps", "time (s)", "strategies", "exhausted bounded spaces", "failures" }, r.Algorithms.Select(a => new[]
        {
            Cell(a.Name), Cell(a.Tier), Cell(a.Spec ?? "-"), a.UnderScheduler ? "yes" : "**no**", a.Tests.Count.ToString(CultureInfo.InvariantCulture),
            ReportWriter.Count(a.Iterations), ReportWriter.Count(a.Steps), ReportWriter.Number(a.Seconds), Cell(ReportWriter.Strategies(a.Strategies)),
            a.Exhausted.Count == 0 ? "-" : Cell(string.Join(", ", a.Exhausted)), a.Failures.ToString(CultureInfo.InvariantCulture),
        }));
        sb.Append(CultureInfo.InvariantCulture, $"Strategies over all tests: {Cell(ReportWriter.Strategies(r.Exploration.Strategies))}. Runs merged: {(r.Exploration.Runs.Count == 0 ? "-" : string.Join("; ", r.Exploration.Runs.Select(Code)))}.\n\n");
    }

    private static void Controls(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("## Negative controls\n\n");
        Table(sb, new[] { "test", "expected bug", "caught", "verdict", "monitor", "iterations", "counterexample" }, r.NegativeControls.Select(c => new[]
        {
            Code(c.Test), Cell(c.ExpectedBug), c.Caught ? "yes" : "**NO**", Cell(c.Verdict), Cell(c.Monitor ?? "-"), c.Iterations.ToString(CultureInfo.InvariantCulture), Cell(c.Counterexample ?? "-"),
        }));
        sb.Append("## Linearizability\n\n");
        sb.Append("Tests whose id contains `linearizab` check every explored history against the sequential specification.\n\n");
        Table(sb, new[] { "test", "negative control", "verdict", "iterations", "exhausted" }, r.Linearizability.Select(l => new[]
        {
            Code(l.Test), l.NegativeControl ? "yes" : "no", Cell(l.Verdict), l.Iterations.ToString(CultureInfo.InvariantCulture), l.Exhausted ? "yes" : "no",
        }));
    }

    private static void Counterexamples(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("## Counterexamples\n\n");
        if (r.Counterexamples.Count == 0) sb.Append("None.\n\n");
        foreach (var c in r.Counterexamples)
        {
            sb.Append(CultureInfo.InvariantCulture, $"### {c.Id}: {Cell(c.Kind)}{(c.Monitor is null ? "" : " (" + Cell(c.Monitor) + ")")} at {Code(c.Location)}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"{(c.Expected ? "Expected (negative control)" : "**Unexpected**")}; tests: {Cell(string.Join(", ", c.Tests))}; {Times(c.Occurrences)}. {Cell(c.Message)}\n\n");
            sb.Append("Replay: ").Append(Code(c.ReplayCommand)).Append("\n\n");
            sb.Append("Last steps (the interleaving diagram is in report.html):\n\n```\n");
            foreach (var s in c.Steps.Skip(Math.Max(0, c.Steps.Count - 12)))
                sb.Append(string.Create(CultureInfo.InvariantCulture, $"{(s.Step == c.Step ? ">" : " ")}{s.Step,5}  t{s.Thread,-3} {s.Op,-11} {s.Location}").TrimEnd()).Append('\n');
            sb.Append("```\n\n");
        }
    }

    private static void Tests(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("## Tests\n\n");
        Table(sb, new[] { "test", "shard", "expect", "verdict", "schedules", "steps", "time (s)", "strategies", "seed", "monitor events" }, r.Tests.Select(t => new[]
        {
            Code(t.Test), Cell(t.Shard), t.NegativeControl ? "bug" : "pass", (t.Passed ? "" : "**") + Cell(t.Verdict) + (t.Passed ? "" : "**") + (t.Crash is null ? "" : ": " + Cell(t.Crash)),
            ReportWriter.Count(t.Iterations) + (t.Exhausted ? " (all)" : ""), ReportWriter.Count(t.Steps), ReportWriter.Number(t.Seconds), Cell(ReportWriter.Strategies(t.Strategies)),
            t.Seed.ToString(CultureInfo.InvariantCulture), Cell(ReportWriter.MonitorEvents(t.MonitorEvents)),
        }));
    }
}
