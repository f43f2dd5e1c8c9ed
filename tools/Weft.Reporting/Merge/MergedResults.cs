using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Reporting;

/// <summary>Results from one or more results logs (shards of one run, or several runs), merged.</summary>
public sealed record MergedResults(IReadOnlyList<RunHeader> Runs, IReadOnlyList<TestResult> Results, IReadOnlyList<DistinctBug> Bugs)
{
    public int Failures => Results.Count(r => !r.Passed);
    public long Iterations => Results.Sum(r => (long)r.Iterations);
    public long Steps => Results.Sum(r => r.Steps);
    public double Seconds => Results.Sum(r => r.ElapsedSeconds);

    /// <summary>Events each monitor observed over every result that recorded them (see <see cref="TestResult.MonitorEvents"/>).</summary>
    public IReadOnlyDictionary<string, long> MonitorEvents
    {
        get
        {
            var d = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var (name, n) in Results.Where(r => r.MonitorEvents is not null).SelectMany(r => r.MonitorEvents!))
                d[name] = d.GetValueOrDefault(name) + n;
            return d;
        }
    }

    /// <summary>Merges results in memory (an in-process exploration).</summary>
    public static MergedResults From(IReadOnlyList<RunHeader> runs, IEnumerable<TestResult> results)
    {
        var list = results.ToList();
        return new MergedResults(runs, list, ResultMerger.Dedup(list));
    }
}
