using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Reporting;

/// <summary>
/// The memory-order mutation table as text: one row per mutant (site, kind, declared -&gt; weakened, the verdict under
/// each model, covering tests), then one row per site no selected test executed. Shared by <c>weft mutate-orders</c>
/// (mutation.md, the console) and the conformance report.
/// </summary>
public static class OrderMutationTable
{
    public static readonly string[] Headers = { "site", "kind", "order", "tso", "ra", "covering tests" };

    /// <summary>The rows of <see cref="Headers"/>: one per mutant, in site order.</summary>
    public static IEnumerable<string[]> Rows(OrderMutationResults r) =>
        r.Mutants.Select(m => new[] { m.Location, m.Kind, $"{m.Declared} -> {m.Weakened}", Cell(m, "tso", r), Cell(m, "ra", r), Count(m.Tests.Count) });

    /// <summary>
    /// The sites no selected test executes (nothing was tried on them), one line per file:
    /// <c>impl/src/Collections/CrqRing.cs: 94 load acquire, 110 store relaxed</c>.
    /// </summary>
    public static IEnumerable<string> Uncovered(OrderMutationResults r) =>
        r.Sites.Where(s => s.Tests.Count == 0).GroupBy(s => s.File, StringComparer.Ordinal)
            .Select(g => g.Key + ": " + string.Join(", ", g.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Line} {s.Kind} {s.Declared}"))));

    /// <summary>One line: sites, mutants, caught, not caught, sites with no covering test, budget and wall time.</summary>
    public static string Summary(OrderMutationResults r)
    {
        int executed = r.Sites.Count(s => s.Tests.Count > 0), uncovered = r.Sites.Count - executed;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Plural(executed, "site")} executed by {Plural(r.Tests.Count, "test")}, {Plural(r.Mutants.Count, "one-step weakening")} under {string.Join(" and ", r.Models)}: " +
            $"{r.Caught} caught, {r.Mutants.Count - r.Caught} not caught (orders stronger than any test needs: findings to review); " +
            $"{Plural(uncovered, "site")} in impl/src with no covering test; each covering test {(r.Iterations is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) + " iterations" : "its own iteration budget")}, at most {r.BudgetSeconds:0.###}s per mutant and model; {r.Seconds:F0}s in all");
    }

    /// <summary>The table as Markdown, with the summary line and the command above it.</summary>
    public static string Markdown(OrderMutationResults r)
    {
        var lines = new List<string>
        {
            Summary(r) + ".",
            "",
            $"Command: `{r.Command}` (tests: `{r.Filter}`{(r.Site.Length > 0 ? $", sites: `{r.Site}`" : "")}).",
            "",
            "| " + string.Join(" | ", Headers) + " |",
            "|" + string.Concat(Enumerable.Repeat("---|", Headers.Length)),
        };
        lines.AddRange(Rows(r).Select(row => "| " + string.Join(" | ", row.Select(Escape)) + " |"));
        var uncovered = Uncovered(r).ToList();
        if (uncovered.Count > 0)
        {
            lines.Add("");
            lines.Add($"Sites with {MutationVerdicts.NoTest} ({Plural(r.Sites.Count(s => s.Tests.Count == 0), "site")}; no weakening of their order was tried):");
            lines.Add("");
            lines.AddRange(uncovered.Select(u => "- " + Escape(u)));
        }
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The mutant's verdict under <paramref name="model"/>: caught by which test and check, not caught, or not run.</summary>
    public static string Cell(MutantResult m, string model, OrderMutationResults r)
    {
        var o = m.Outcomes.FirstOrDefault(x => x.Model == model);
        if (o is null) return r.Models.Contains(model) ? "" : "not run";
        if (o.Verdict == MutationVerdicts.Caught)
            return $"caught by {o.Test} ({o.Monitor ?? o.BugKind})";
        if (o.Verdict == MutationVerdicts.NotCaught)
        {
            int iterations = o.Runs.Sum(x => x.Iterations);
            return string.Create(CultureInfo.InvariantCulture, $"not caught ({Plural(o.Runs.Count, "test")}, {iterations:N0} its)");
        }
        return o.Verdict;
    }

    private static string Plural(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
}
