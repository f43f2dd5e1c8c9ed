using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace Weft.Reporting;

/// <summary>
/// The report's pictures as plain SVG (no script): an interleaving diagram per counterexample and a coverage chart
/// of schedules explored per algorithm. All text is escaped.
/// </summary>
public static class Svg
{
    /// <summary>The diagram shows at most this many steps, the last ones before the violation.</summary>
    public const int MaxShownSteps = 120;

    private static readonly string[] Palette = { "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#bab0ac", "#ff9da7" };

    public static string Escape(string s) => WebUtility.HtmlEncode(s);

    private static string Number(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The colour class of an operation: reads, writes, read-modify-writes, locks, futexes, thread lifecycle.</summary>
    public static (string Color, string Group) OpStyle(string op) => op switch
    {
        "load" => ("#4e79a7", "read"),
        "store" => ("#f28e2b", "write"),
        "cas" or "exchange" or "fetch-add" or "fetch-or" or "fetch-and" => ("#b07aa1", "read-modify-write"),
        "lock" or "unlock" => ("#59a14f", "lock"),
        "futex-wait" or "futex-wake" => ("#76b7b2", "futex"),
        "label" => ("#edc948", "labeled step"),
        _ => ("#bab0ac", "thread start, spawn, join, yield"),
    };

    /// <summary>
    /// One lane per thread, the steps left to right in the order they ran, each step a box in its thread's lane
    /// (hover: operation and location); a thin line follows the running thread; the violating step is red, with a
    /// dashed marker across all lanes.
    /// </summary>
    public static string Interleaving(IReadOnlyList<StepRecord> allSteps, int violatingStep, string caption)
    {
        ArgumentNullException.ThrowIfNull(allSteps);
        var steps = allSteps.Count > MaxShownSteps ? allSteps.Skip(allSteps.Count - MaxShownSteps).ToList() : allSteps.ToList();
        int hidden = allSteps.Count > 0 ? steps.Count > 0 ? steps[0].Step - 1 : 0 : 0;
        var threads = steps.Select(s => s.Thread).Distinct().OrderBy(t => t).ToList();
        if (threads.Count == 0) threads.Add(0);
        double w = steps.Count <= 40 ? 16 : steps.Count <= 80 ? 11 : 8;
        const double left = 46, top = 34, lane = 26, boxH = 16;
        var groups = steps.Select(s => OpStyle(s.Op)).Distinct().OrderBy(g => g.Group, StringComparer.Ordinal).ToList();
        double legendWidth = left + groups.Sum(g => 24 + g.Group.Length * 5.6) + 10;
        double width = Math.Max(Math.Max(left + Math.Max(steps.Count, 1) * w + 20, legendWidth), 320);
        double height = top + threads.Count * lane + 46;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"interleaving\" width=\"{Number(width)}\" height=\"{Number(height)}\" viewBox=\"0 0 {Number(width)} {Number(height)}\" role=\"img\" aria-label=\"{Escape(caption)}\">");
        sb.Append("<title>").Append(Escape(caption)).Append("</title>");
        sb.Append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        if (hidden > 0)
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(left)}\" y=\"12\" font-size=\"10\" fill=\"#555\">{Escape($"(steps 1 to {hidden} not shown)")}</text>");
        for (int i = 0; i < threads.Count; i++)
        {
            double y = top + i * lane;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Number(left)}\" y=\"{Number(y)}\" width=\"{Number(Math.Max(steps.Count, 1) * w + 10)}\" height=\"{Number(lane)}\" fill=\"{(i % 2 == 0 ? "#f4f6f8" : "#ffffff")}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"6\" y=\"{Number(y + lane / 2 + 4)}\" font-size=\"12\" font-family=\"monospace\" fill=\"#222\">t{threads[i]}</text>");
        }
        // Step numbers every 10 steps.
        for (int k = 0; k < steps.Count; k++)
        {
            if (steps[k].Step % 10 != 0 && k != 0) continue;
            double x = left + k * w;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(x)}\" y=\"{Number(top - 6)}\" font-size=\"9\" fill=\"#666\">{steps[k].Step}</text>");
        }
        // The path of the running thread.
        if (steps.Count > 1)
        {
            sb.Append("<polyline fill=\"none\" stroke=\"#999\" stroke-width=\"0.8\" points=\"");
            for (int k = 0; k < steps.Count; k++)
            {
                double cx = left + k * w + (w - 2) / 2;
                double cy = top + threads.IndexOf(steps[k].Thread) * lane + lane / 2;
                sb.Append(CultureInfo.InvariantCulture, $"{Number(cx)},{Number(cy)} ");
            }
            sb.Append("\"/>");
        }
        for (int k = 0; k < steps.Count; k++)
        {
            var s = steps[k];
            double x = left + k * w;
            double y = top + threads.IndexOf(s.Thread) * lane + (lane - boxH) / 2;
            bool bad = s.Step == violatingStep;
            var (color, _) = OpStyle(s.Op);
            var tip = $"step {s.Step}, thread {s.Thread}: {s.Op}{(s.Location.Length > 0 ? " at " + s.Location : "")}{(bad ? " (violation)" : "")}";
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"{(bad ? "step violation" : "step")}\" x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(w - 2)}\" height=\"{Number(boxH)}\" rx=\"2\" fill=\"{(bad ? "#d62728" : color)}\"{(bad ? " stroke=\"#7f0000\" stroke-width=\"2\"" : "")}><title>{Escape(tip)}</title></rect>");
            if (bad)
            {
                double mx = x + (w - 2) / 2;
                sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Number(mx)}\" y1=\"{Number(top - 2)}\" x2=\"{Number(mx)}\" y2=\"{Number(top + threads.Count * lane + 2)}\" stroke=\"#d62728\" stroke-width=\"1.5\" stroke-dasharray=\"3,2\"/>");
                var label = $"step {s.Step}: {s.Op}{(s.Location.Length > 0 ? " " + s.Location : "")}";
                var anchor = mx > width / 2 ? "end" : "start";
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(mx)}\" y=\"{Number(top + threads.Count * lane + 16)}\" font-size=\"11\" fill=\"#d62728\" text-anchor=\"{anchor}\">{Escape(label)}</text>");
            }
        }
        // Legend.
        double lgx = left, lgy = height - 12;
        foreach (var (color, group) in groups)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Number(lgx)}\" y=\"{Number(lgy - 9)}\" width=\"10\" height=\"10\" fill=\"{color}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(lgx + 14)}\" y=\"{Number(lgy)}\" font-size=\"10\" fill=\"#333\">{Escape(group)}</text>");
            lgx += 24 + group.Length * 5.6;
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Horizontal bars: schedules explored per algorithm, stacked by strategy, with the total at the end.</summary>
    public static string Coverage(IReadOnlyList<(string Label, IReadOnlyDictionary<string, long> ByStrategy)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var strategies = rows.SelectMany(r => r.ByStrategy.Keys).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
        long max = Math.Max(1, rows.Select(r => r.ByStrategy.Values.Sum()).DefaultIfEmpty(0).Max());
        const int maxLabel = 44;
        double labelW = Math.Clamp(rows.Select(r => Math.Min(r.Label.Length, maxLabel)).DefaultIfEmpty(10).Max() * 6.6 + 16, 120, 320);
        const double barW = 380, rowH = 24, top = 10;
        double width = labelW + barW + 110;
        double height = top + rows.Count * rowH + 34;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coverage\" width=\"{Number(width)}\" height=\"{Number(height)}\" viewBox=\"0 0 {Number(width)} {Number(height)}\" role=\"img\" aria-label=\"schedules explored per algorithm\">");
        sb.Append("<title>Schedules explored per algorithm</title><rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        for (int i = 0; i < rows.Count; i++)
        {
            var (label, by) = rows[i];
            double y = top + i * rowH;
            var shown = label.Length > maxLabel ? label[..(maxLabel - 1)] + "\u2026" : label;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(labelW - 8)}\" y=\"{Number(y + 15)}\" font-size=\"12\" text-anchor=\"end\" fill=\"#222\"><title>{Escape(label)}</title>{Escape(shown)}</text>");
            double x = labelW;
            long total = 0;
            foreach (var s in strategies)
            {
                long v = by.GetValueOrDefault(s);
                if (v <= 0) continue;
                total += v;
                double bw = barW * v / max;
                var color = Palette[strategies.IndexOf(s) % Palette.Length];
                sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{Number(x)}\" y=\"{Number(y + 3)}\" width=\"{Number(Math.Max(bw, 0.5))}\" height=\"{Number(rowH - 8)}\" fill=\"{color}\"><title>{Escape($"{label}: {v.ToString("N0", CultureInfo.InvariantCulture)} schedules with {s}")}</title></rect>");
                x += bw;
            }
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(x + 6)}\" y=\"{Number(y + 15)}\" font-size=\"11\" fill=\"#333\">{(total == 0 ? "none" : total.ToString("N0", CultureInfo.InvariantCulture))}</text>");
        }
        double lx = labelW, ly = height - 10;
        foreach (var s in strategies)
        {
            var color = Palette[strategies.IndexOf(s) % Palette.Length];
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Number(lx)}\" y=\"{Number(ly - 9)}\" width=\"10\" height=\"10\" fill=\"{color}\"/><text x=\"{Number(lx + 14)}\" y=\"{Number(ly)}\" font-size=\"10\" fill=\"#333\">{Escape(s)}</text>");
            lx += 28 + s.Length * 6;
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
