using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Weft.Reporting;

/// <summary>
/// The atomics call sites of <c>impl/src</c> found in the source, for the ones no selected test executed: a line that
/// calls an atomics operation (<c>.Load(</c>, <c>.Store(</c>, <c>.CompareExchange(</c>, ... <c>AtomicFence.SeqCst(</c>) and
/// names a <c>MemoryOrder</c> or a fence. A textual scan, so it lists a site by the line the call starts on, as the
/// compiler's caller line does; an order computed elsewhere (a property) shows as <c>computed</c>. The atomics layer's
/// own folder (<c>impl/src/Atomics</c>) is not a site.
/// </summary>
internal static partial class SourceSites
{
    [GeneratedRegex(@"\.(Load|Store|Exchange|CompareExchange|TryCompareExchange|FetchAdd|FetchOr|FetchAnd)\(")]
    private static partial Regex AtomicCall();

    [GeneratedRegex(@"MemoryOrder\.(SeqCst|AcqRel|Acquire|Release|Relaxed)\b")]
    private static partial Regex OrderName();

    [GeneratedRegex(@"AtomicFence\.SeqCst\(")]
    private static partial Regex FenceCall();

    /// <summary>Sites in the source of <paramref name="repoRoot"/> selected by <paramref name="siteFilter"/> that are not in <paramref name="executed"/>.</summary>
    public static IEnumerable<MutationSite> Uncovered(string repoRoot, IReadOnlyList<MutationSite> executed, string siteFilter)
    {
        var seen = executed.Select(s => s.Location).ToHashSet(StringComparer.Ordinal);
        var src = Path.Combine(repoRoot, "impl", "src");
        if (!Directory.Exists(src)) yield break;
        foreach (var path in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(repoRoot, path).Replace('\\', '/');
            if (file.StartsWith("impl/src/Atomics/", StringComparison.Ordinal)) continue;
            var lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                var site = Parse(lines[i], file, i + 1);
                if (site is not null && !seen.Contains(site.Location) && OrderMutationRunner.SiteSelected(file, i + 1, siteFilter)) yield return site;
            }
        }
    }

    private static MutationSite? Parse(string text, string file, int line)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return null;
        if (FenceCall().IsMatch(text))
            return new MutationSite { File = file, Line = line, Kind = "fence", Declared = "seq_cst", Tests = Array.Empty<string>() };
        var call = AtomicCall().Match(text);
        if (!call.Success) return null;
        var order = OrderName().Match(text, call.Index);
        if (!order.Success && !text.Contains("Order", StringComparison.Ordinal)) return null;
        var kind = call.Groups[1].Value switch { "Load" => "load", "Store" => "store", _ => "rmw" };
        var declared = order.Success ? Snake(order.Groups[1].Value) : "computed";
        return new MutationSite { File = file, Line = line, Kind = kind, Declared = declared, Tests = Array.Empty<string>() };
    }

    private static string Snake(string order) => order switch
    {
        "SeqCst" => "seq_cst",
        "AcqRel" => "acq_rel",
        _ => order.ToLowerInvariant(),
    };
}
