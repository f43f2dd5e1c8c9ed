using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

using Weft.Tla;

namespace Weft.Reporting;

/// <summary>
/// The HTML form: one self-contained page (inline CSS and SVG, no script, no external resource) that a design
/// review can open in any browser. Every piece of text from the inputs is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    private static string Escape(string? s) => Svg.Escape(s ?? "");

    private const string Css = """
        body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:24px auto;max-width:1180px;color:#1d2329;line-height:1.4;padding:0 16px}
        h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}h3{font-size:16px;margin-top:20px}
        table{border-collapse:collapse;margin:8px 0 16px;font-size:13px;width:100%}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;background:#f6f8fa;padding:1px 3px;border-radius:3px}
        .badge{display:inline-block;padding:4px 12px;border-radius:14px;font-weight:600;color:#fff}.ok{background:#1a7f37}.bad{background:#cf222e}
        .yes{color:#1a7f37;font-weight:600}.no{color:#cf222e;font-weight:600}.muted{color:#57606a}
        .cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:120px}.card b{display:block;font-size:20px}
        .diagram{overflow-x:auto;border:1px solid #d0d7de;border-radius:6px;padding:6px;background:#fff}
        ul.gaps li{margin:2px 0}
        .scope{display:flex;gap:24px;flex-wrap:wrap;margin:8px 0 4px}.scope>div{flex:1 1 420px}.scope h2{font-size:17px;margin-top:8px}.scope ul{margin:4px 0;padding-left:20px}.scope li{margin:3px 0}
        details{margin:4px 0 8px}summary{cursor:pointer;font-weight:600;padding:2px 0}
        """;

    public static string Render(ConformanceReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        sb.Append("<title>Weft conformance report</title><style>").Append(Css).Append("</style></head><body>\n");
        Verdict(sb, r);
        Summary(sb, r);
        Gaps(sb, r);
        foreach (var s in r.Specs) Spec(sb, s);
        Algorithms(sb, r);
        Controls(sb, r);
        sb.Append(OrderMutationSection.Html(r, Escape));
        Counterexamples(sb, r);
        Tests(sb, r);
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    /// <summary>The top of the page: the verdict, what it covers and what was not checked, then the failures.</summary>
    private static void Verdict(StringBuilder sb, ConformanceReport r)
    {
        bool ok = r.Verdict == "conforms";
        sb.Append("<h1>Weft conformance report</h1>");
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Generated {Escape(r.Generated.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC by {Escape(r.Tool)}, commit <code>{Escape(r.Commit)}</code>, schema <code>{Escape(r.Schema)}</code>.</p>");
        sb.Append(CultureInfo.InvariantCulture, $"<p><span id=\"verdict\" class=\"badge {(ok ? "ok" : "bad")}\">{(ok ? "conforms" : "failures")}</span> <b>{Escape(r.Scope.Qualifier(ok))}</b></p>");
        sb.Append("<div class=\"scope\"><div><h2 id=\"checked\">Checked</h2><ul>");
        if (r.Scope.Checked.Count == 0) sb.Append("<li>nothing</li>");
        foreach (var line in r.Scope.Checked) sb.Append("<li>").Append(Escape(line)).Append("</li>");
        sb.Append("</ul></div><div><h2 id=\"not-checked\">Not checked</h2><ul>");
        if (r.Scope.NotChecked.Count == 0) sb.Append("<li>nothing left out</li>");
        foreach (var g in r.Scope.NotChecked)
            sb.Append(CultureInfo.InvariantCulture, $"<li><b>{Escape(g.Reason)}</b> ({g.Subjects.Count}): {Escape(g.ShortList())}</li>");
        sb.Append("</ul></div></div>");
        if (r.Failures.Count == 0) return;
        sb.Append("<h2 id=\"failures\">Failures</h2><ul>");
        foreach (var f in r.Failures) sb.Append("<li class=\"no\">").Append(Escape(f)).Append("</li>");
        sb.Append("</ul>");
    }

    private static void Summary(StringBuilder sb, ConformanceReport r)
    {
        var e = r.Exploration;
        sb.Append("<div class=\"cards\">");
        Card(sb, "tests explored", e.Tests.ToString(CultureInfo.InvariantCulture));
        Card(sb, "schedules", ReportWriter.Count(e.Iterations));
        Card(sb, "steps", ReportWriter.Count(e.Steps));
        Card(sb, "exploration time", ReportWriter.Number(e.Seconds) + " s");
        Card(sb, "failures", r.Failures.Count.ToString(CultureInfo.InvariantCulture));
        Card(sb, "open gaps", r.Gaps.Count.ToString(CultureInfo.InvariantCulture));
        sb.Append("</div>");
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Exploration source: {Escape(e.Source)}. Strategies: {Escape(ReportWriter.Strategies(e.Strategies))}.</p>");
        if (e.Runs.Count == 0) return;
        sb.Append("<p class=\"muted\">Runs merged:</p><ul>");
        foreach (var run in e.Runs) sb.Append("<li><code>").Append(Escape(run)).Append("</code></li>");
        sb.Append("</ul>");
    }

    private static void Gaps(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("<h2 id=\"gaps\">Open gaps</h2>");
        if (r.Gaps.Count == 0) sb.Append("<p>None.</p>");
        else
            Table(sb, new[] { "gap", "subject", "detail" }, r.Gaps.Select(g => new[] { Escape(g.Kind), "<code>" + Escape(g.Subject) + "</code>", Escape(g.Detail) }));
    }

    private static void Spec(StringBuilder sb, SpecReport s)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<h2 id=\"spec-{Escape(s.Name)}\">Spec {Escape(s.Name)}</h2>");
        sb.Append(CultureInfo.InvariantCulture, $"<p><code>{Escape(s.TlaFile)}</code> SHA-256 <code title=\"{Escape(s.SpecSha256)}\">{Escape(s.SpecSha256.Length >= 16 ? s.SpecSha256[..16] : s.SpecSha256)}</code>; manifest <code>{Escape(s.Manifest)}</code>{(s.ManifestDate is null ? "" : ", committed " + Escape(s.ManifestDate))}; algorithms: {Escape(s.Algorithms.Count == 0 ? "none linked" : string.Join(", ", s.Algorithms))}.</p>");
        sb.Append("<h3>Invariants and monitors</h3><p class=\"muted\">A test is credited with an invariant only when the invariant's monitor observed at least one event in it (events observed in parentheses).</p>");
        Table(sb, new[] { "invariant", "kind", "checked by", "monitor", "tests that check it (events)", "tests where it observed nothing", "negative controls caught by it" }, s.Invariants.Select(i => new[]
        {
            "<code>" + Escape(i.Name) + "</code>", Escape(i.Kind),
            i.MonitorImplemented && (i.Tests.Count > 0 || i.ConformingTraces > 0) ? Escape(ReportWriter.CheckedBy(i)) : "<span class=\"no\">" + Escape(ReportWriter.CheckedBy(i)) + "</span>",
            i.Monitor is null ? "<span class=\"no\">none</span>" : "<code>" + Escape(i.Monitor) + "</code>" + (i.MonitorImplemented ? "" : " <span class=\"no\">(missing)</span>"),
            Escape(ReportWriter.CreditedTests(i)), Escape(ReportWriter.SilentTests(i)),
            i.CaughtBy.Count == 0 ? "-" : Escape(string.Join(", ", i.CaughtBy)),
        }));
        Tlc(sb, s);
        Traces(sb, s);
    }

    private static void Tlc(StringBuilder sb, SpecReport s)
    {
        sb.Append("<h3>TLC</h3>");
        Table(sb, new[] { "config", "description", "expected", "result", "distinct states", "states generated", "depth", "source", "TLC version", "date", "engine's search" }, s.Tlc.Select(c => new[]
        {
            "<code>" + Escape(c.Config) + "</code>", Escape(c.Description), Escape(c.Expected + (c.ExpectedViolation is null ? "" : " (" + c.ExpectedViolation + ")")),
            Escape(ReportWriter.TlcResult(c)) + (c.Matches == false ? " <span class=\"no\">MISMATCH: " + Escape(c.Detail) + "</span>" : c.Matches == true ? " <span class=\"yes\">matches</span>" : ""),
            CountOrDash(c.DistinctStates), CountOrDash(c.StatesGenerated), c.Depth?.ToString(CultureInfo.InvariantCulture) ?? "-",
            c.Source == "run" ? "run for this report" : "recorded in manifest", Escape(c.TlcVersion),
            Escape(c.Date is { } dt ? dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : s.ManifestDate ?? "-"),
            c.Search is not { } sr ? "-" : $"<span class=\"{(sr.Agrees ? "yes" : "no")}\">{Escape(ReportWriter.SearchResult(c))}</span>",
        }));
    }

    /// <summary>Per configuration: the counts, then every trace as a row in a &lt;details&gt;, open when some diverge or are stale.</summary>
    private static void Traces(StringBuilder sb, SpecReport s)
    {
        sb.Append("<h3>Traces</h3>");
        if (s.Traces.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"no\">Spec {Escape(s.Name)} has no trace.</p>");
            return;
        }
        Table(sb, new[] { "configuration", "traces", "conform", "diverge", "stale", "not replayed" }, s.TraceConfigs.Select(c => new[]
        {
            "<code>" + Escape(c.Config) + "</code>", CountOrDash(c.Traces), CountOrDash(c.Conform), Flag(c.Diverge), Flag(c.Stale), CountOrDash(c.NotReplayed),
        }));
        foreach (var c in s.TraceConfigs)
        {
            sb.Append(c.NeedsAttention ? "<details open>" : "<details>").Append("<summary>").Append(Escape(ReportWriter.TraceCounts(c))).Append("</summary>");
            Table(sb, new[] { "trace", "kind", "steps", "replay", "divergence" }, s.Traces.Where(t => (t.Config ?? "(unknown configuration)") == c.Config).Select(t => new[]
            {
                "<code>" + Escape(t.File) + "</code>", t.Kind == TraceKind.Simulation ? "simulation" : "counterexample", t.Steps?.ToString(CultureInfo.InvariantCulture) ?? "-",
                t.Status switch
                {
                    TraceStatus.Conforms => "<span class=\"yes\">conforms</span>",
                    TraceStatus.Diverges => "<span class=\"no\">diverges</span>",
                    TraceStatus.Stale => "<span class=\"no\">stale</span>",
                    _ => "not replayed",
                },
                Escape(t.Divergence),
            }));
            sb.Append("</details>");
        }
    }

    private static string Flag(int n) => n == 0 ? "0" : "<span class=\"no\">" + ReportWriter.Count(n) + "</span>";

    private static void Algorithms(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("<h2 id=\"algorithms\">Algorithms and exploration</h2>");
        sb.Append("<p>Schedules explored per algorithm, by strategy:</p><div class=\"diagram\">");
        sb.Append(Svg.Coverage(r.Algorithms.Select(a => (a.Name, a.Strategies)).ToList()));
        sb.Append("</div>");
        Table(sb, new[] { "algorithm", "tier", "spec", "under the scheduler", "tests", "schedules", "steps", "time (s)", "strategies", "exhausted bounded spaces", "failures" }, r.Algorithms.Select(a => new[]
        {
            Escape(a.Name), Escape(a.Tier), Escape(a.Spec ?? "-"), a.UnderScheduler ? "<span class=\"yes\">yes</span>" : "<span class=\"no\">no</span>",
            Escape(a.Tests.Count == 0 ? "-" : string.Join(", ", a.Tests)), CountOrDash(a.Iterations), CountOrDash(a.Steps), ReportWriter.Number(a.Seconds),
            Escape(ReportWriter.Strategies(a.Strategies)), Escape(a.Exhausted.Count == 0 ? "-" : string.Join(", ", a.Exhausted)),
            a.Failures == 0 ? "0" : "<span class=\"no\">" + a.Failures.ToString(CultureInfo.InvariantCulture) + "</span>",
        }));
    }

    private static void Controls(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("<h2 id=\"controls\">Negative controls</h2>");
        Table(sb, new[] { "test", "expected bug", "caught", "verdict", "monitor", "iterations", "counterexample" }, r.NegativeControls.Select(c => new[]
        {
            "<code>" + Escape(c.Test) + "</code>", Escape(c.ExpectedBug), c.Caught ? "<span class=\"yes\">yes</span>" : "<span class=\"no\">no</span>", Escape(c.Verdict),
            Escape(c.Monitor ?? "-"), c.Iterations.ToString(CultureInfo.InvariantCulture),
            c.Counterexample is null ? "-" : $"<a href=\"#{Escape(c.Counterexample)}\">{Escape(c.Counterexample)}</a>",
        }));
        sb.Append("<h2 id=\"linearizability\">Linearizability</h2><p>Tests whose id contains <code>linearizab</code> check every explored history against the sequential specification.</p>");
        Table(sb, new[] { "test", "negative control", "verdict", "iterations", "exhausted" }, r.Linearizability.Select(l => new[]
        {
            "<code>" + Escape(l.Test) + "</code>", l.NegativeControl ? "yes" : "no", (l.Passed ? "<span class=\"yes\">" : "<span class=\"no\">") + Escape(l.Verdict) + "</span>",
            l.Iterations.ToString(CultureInfo.InvariantCulture), l.Exhausted ? "yes" : "no",
        }));
    }

    private static void Counterexamples(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("<h2 id=\"counterexamples\">Counterexamples</h2>");
        if (r.Counterexamples.Count == 0) sb.Append("<p>None.</p>");
        foreach (var c in r.Counterexamples)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<h3 id=\"{Escape(c.Id)}\">{Escape(c.Id)}: {Escape(c.Kind)}{(c.Monitor is null ? "" : " (" + Escape(c.Monitor) + ")")} at <code>{Escape(c.Location)}</code></h3>");
            sb.Append(CultureInfo.InvariantCulture, $"<p>{(c.Expected ? "<span class=\"yes\">expected</span> (negative control)" : "<span class=\"no\">unexpected</span>")}; tests: {Escape(string.Join(", ", c.Tests))}; {Times(c.Occurrences)}; thread {c.Thread}, step {c.Step}.</p>");
            sb.Append("<p>").Append(Escape(c.Message)).Append("</p>");
            sb.Append("<p>Replay: <code>").Append(Escape(c.ReplayCommand)).Append("</code></p>");
            sb.Append("<div class=\"diagram\">").Append(Svg.Interleaving(c.Steps, c.Step, $"{c.Id}: interleaving of {string.Join(", ", c.Tests)}")).Append("</div>");
        }
    }

    private static void Tests(StringBuilder sb, ConformanceReport r)
    {
        sb.Append("<h2 id=\"tests\">Tests</h2>");
        Table(sb, new[] { "test", "shard", "expect", "verdict", "schedules", "steps", "time (s)", "strategies", "seed", "monitor events" }, r.Tests.Select(t => new[]
        {
            "<code>" + Escape(t.Test) + "</code>", Escape(t.Shard), t.NegativeControl ? "bug" : "pass",
            (t.Passed ? "<span class=\"yes\">" : "<span class=\"no\">") + Escape(t.Verdict) + "</span>" + (t.Crash is null ? "" : ": " + Escape(t.Crash)),
            CountOrDash(t.Iterations) + (t.Exhausted ? " (all)" : ""), CountOrDash(t.Steps), ReportWriter.Number(t.Seconds), Escape(ReportWriter.Strategies(t.Strategies)),
            t.Seed.ToString(CultureInfo.InvariantCulture), Escape(ReportWriter.MonitorEvents(t.MonitorEvents)),
        }));
    }

    private static string Times(int n) => n == 1 ? "seen once" : "seen " + n.ToString(CultureInfo.InvariantCulture) + " times";

    private static string CountOrDash(long? n) => n is { } v ? ReportWriter.Count(v) : "-";

    private static void Card(StringBuilder sb, string label, string value) =>
        sb.Append("<div class=\"card\"><b>").Append(Escape(value)).Append("</b>").Append(Escape(label)).Append("</div>");

    /// <summary>Cells are HTML already (escaped by the caller).</summary>
    private static void Table(StringBuilder sb, string[] head, IEnumerable<string[]> rows)
    {
        sb.Append("<table><thead><tr>");
        foreach (var h in head) sb.Append("<th>").Append(Escape(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        int n = 0;
        foreach (var r in rows)
        {
            sb.Append("<tr>");
            foreach (var c in r) sb.Append("<td>").Append(c).Append("</td>");
            sb.Append("</tr>");
            n++;
        }
        if (n == 0) sb.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{head.Length}\" class=\"muted\">none</td></tr>");
        sb.Append("</tbody></table>");
    }
}
