using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Weft.Reporting;

/// <summary>
/// <c>weft merge</c>: reads the <c>results.jsonl</c> of each directory (a shard's output directory, or the file
/// itself), keeps every test result, and deduplicates bugs by (monitor or kind, location of the failing step).
/// A malformed line is an input error naming file:line:column; a torn last line (a killed run) is skipped.
/// </summary>
public static class ResultMerger
{
    public static MergedResults Merge(IEnumerable<string> dirsOrFiles)
    {
        ArgumentNullException.ThrowIfNull(dirsOrFiles);
        var runs = new List<RunHeader>();
        var results = new List<TestResult>();
        foreach (var d in dirsOrFiles)
        {
            var path = Directory.Exists(d) ? Path.Combine(d, ResultLog.FileName) : d;
            if (!File.Exists(path))
                throw new WeftInputException($"{d}: no {ResultLog.FileName} here; expected the --out directory of a weft nightly run");
            var c = ResultLog.Read(path);
            runs.Add(c.Header);
            results.AddRange(c.Results);
        }
        // A test run twice (the same shard given twice, or resumed into two directories) counts once: the last result wins.
        var byKey = new Dictionary<(string, string), TestResult>();
        foreach (var r in results) byKey[(r.Test, r.Shard)] = r;
        var unique = byKey.Values.OrderBy(r => r.Test, StringComparer.Ordinal).ThenBy(r => r.Shard, StringComparer.Ordinal).ToList();
        return new MergedResults(runs, unique, Dedup(unique));
    }

    public static IReadOnlyList<DistinctBug> Dedup(IEnumerable<TestResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var map = new Dictionary<string, (BugRecord First, string FirstTest, List<string> Tests, int N, bool Expected)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var r in results)
        {
            foreach (var b in r.Bugs)
            {
                var key = b.DedupKey;
                if (!map.TryGetValue(key, out var e))
                {
                    e = (b, r.Test, new List<string>(), 0, r.NegativeControl);
                    order.Add(key);
                }
                if (!e.Tests.Contains(r.Test)) e.Tests.Add(r.Test);
                e.N++;
                e.Expected &= r.NegativeControl;
                map[key] = e;
            }
        }
        return order.Select(k => map[k]).Select(e => new DistinctBug(e.First, e.FirstTest, e.Tests, e.N, e.Expected)).ToList();
    }
}
