using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Weft.Reporting;

/// <summary>
/// The conformance report's memory-order mutation section: the gaps it states (the check did not run; a site no test
/// executes) and its line in the verdict's scope. Mutants no test caught are findings to review, never failures.
/// </summary>
public static class OrderMutationSection
{
    public const string NotRunGap = "order-mutation-not-run";
    public const string UncoveredGap = "order-site-not-covered";

    public static void AddGaps(OrderMutationResults? results, List<Gap> gaps)
    {
        if (results is null)
        {
            gaps.Add(new Gap(NotRunGap, "memory orders",
                "the memory-order mutation check did not run for this report (weft conform --mutation-budget, or --mutation-results with the mutation.json of weft mutate-orders)"));
            return;
        }
        // One gap per file: its atomics call sites that no selected test executes.
        foreach (var file in results.Sites.Where(s => s.Tests.Count == 0).GroupBy(s => s.File, System.StringComparer.Ordinal))
            gaps.Add(new Gap(UncoveredGap, file.Key,
                string.Create(CultureInfo.InvariantCulture,
                    $"no test selected by '{results.Filter}' executes its atomics call sites at lines {string.Join(", ", file.Select(s => s.Line))}, so no weakening of their orders was tried")));
    }

    /// <summary>The scope with the mutation check's line added to what was checked (when it ran).</summary>
    public static VerdictScope WithScope(VerdictScope scope, OrderMutationResults? results)
    {
        if (results is null || results.Mutants.Count == 0) return scope;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"memory orders: {results.Caught} of {results.Mutants.Count} one-step weakenings of {results.Sites.Count(s => s.Tests.Count > 0)} atomics call sites caught under {string.Join(" and ", results.Models)} " +
            $"({results.Mutants.Count - results.Caught} not caught: orders stronger than any test needs, listed for review)");
        return scope with { Checked = scope.Checked.Append(line).ToList() };
    }

    private const string Intro =
        "Each atomics call site of impl/ that the selected tests execute is weakened one step at a time (seq_cst to acq_rel, release " +
        "or acquire; acq_rel to acquire or release; acquire or release to relaxed; a fence to acq_rel), and its covering tests are " +
        "explored under the weak models. A weakening no test catches is an order stronger than any test needs: a finding to review " +
        "(a case no test reaches may need it, or it may be stronger than necessary), not a failure. Only what ran is credited: a site " +
        "that no selected test executes says so.";

    /// <summary>The Markdown section (<c>## Memory-order mutation</c>).</summary>
    public static string Markdown(ConformanceReport r)
    {
        var sb = new StringBuilder("## Memory-order mutation\n\n");
        if (r.OrderMutation is not { } m)
            return sb.Append("Not run for this report: `weft conform --mutation-budget 5m`, or `--mutation-results mutation.json` from `weft mutate-orders`.\n\n").ToString();
        sb.Append(Intro).Append("\n\n");
        sb.Append(OrderMutationTable.Markdown(m)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The HTML section; every text from the results is escaped with <paramref name="escape"/>.</summary>
    public static string Html(ConformanceReport r, Func<string, string> escape)
    {
        var sb = new StringBuilder("<h2 id=\"order-mutation\">Memory-order mutation</h2>");
        if (r.OrderMutation is not { } m)
            return sb.Append("<p class=\"muted\">Not run for this report: <code>weft conform --mutation-budget 5m</code>, or <code>--mutation-results mutation.json</code> from <code>weft mutate-orders</code>.</p>").ToString();
        sb.Append("<p>").Append(escape(Intro)).Append("</p>");
        sb.Append("<p>").Append(escape(OrderMutationTable.Summary(m))).Append(". Command: <code>").Append(escape(m.Command)).Append("</code>.</p>");
        sb.Append("<table><thead><tr>");
        foreach (var h in OrderMutationTable.Headers) sb.Append("<th>").Append(escape(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in OrderMutationTable.Rows(m))
        {
            sb.Append("<tr>");
            for (int i = 0; i < row.Length; i++)
            {
                var cell = escape(row[i]);
                if (i is 3 or 4) cell = row[i].StartsWith(MutationVerdicts.Caught, StringComparison.Ordinal) ? "<span class=\"yes\">" + cell + "</span>"
                    : row[i].StartsWith(MutationVerdicts.NotCaught, StringComparison.Ordinal) ? "<b>" + cell + "</b>" : "<span class=\"muted\">" + cell + "</span>";
                sb.Append(i == 0 ? "<td><code>" + cell + "</code></td>" : "<td>" + cell + "</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        var uncovered = OrderMutationTable.Uncovered(m).ToList();
        if (uncovered.Count > 0)
        {
            sb.Append("<details><summary>").Append(escape($"Sites with {MutationVerdicts.NoTest} ({uncovered.Count} files)")).Append("</summary><ul>");
            foreach (var u in uncovered) sb.Append("<li>").Append(escape(u)).Append("</li>");
            sb.Append("</ul></details>");
        }
        return sb.ToString();
    }
}
