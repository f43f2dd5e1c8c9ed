using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Cli.Commands;

/// <summary>
/// Iterations to first bug over a set of seeds, without letting the seeds that failed vanish. A seed that did not
/// find the bug within its iteration cap (or its wall-clock budget) is counted at the cap: dropping it would report
/// the mean of the lucky seeds only, so a strategy whose slow seeds hit the time budget would look better than one
/// whose slow seeds finished. Counted at the cap, an unfound seed never lowers the mean below what it would have been
/// had that seed found the bug within the cap (any found seed's count is at most the cap). The mean is then a lower
/// bound of the true mean and is marked "≥". The median ranks unfound seeds above every found one; when the middle
/// seed is unfound the median is only known to exceed the cap ("&gt; cap").
/// </summary>
internal sealed class SeedStatistics
{
    public SeedStatistics(IReadOnlyList<SeedOutcome> seeds, int cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        if (seeds.Count == 0) throw new ArgumentException("no seeds", nameof(seeds));
        foreach (var s in seeds)
            if (s.Found && (s.Iterations < 1 || s.Iterations > cap))
                throw new ArgumentException($"a found seed's iteration {s.Iterations} is outside 1..{cap}", nameof(seeds));
        Seeds = seeds;
        Cap = cap;
    }

    public IReadOnlyList<SeedOutcome> Seeds { get; }
    public int Cap { get; }
    public int Found => Seeds.Count(s => s.Found);
    public int Total => Seeds.Count;

    /// <summary>True when some seed did not find the bug: <see cref="Mean"/> is then a lower bound.</summary>
    public bool MeanIsLowerBound => Found < Total;

    /// <summary>Mean iterations to the bug, an unfound seed counted at <see cref="Cap"/>.</summary>
    public double Mean => Seeds.Average(s => s.Found ? s.Iterations : (double)Cap);

    /// <summary>The median seed's iterations; null when the median seed (unfound seeds ranked last) did not find the bug.</summary>
    public double? Median => MedianOf(Seeds.Select(s => s.Found ? s.Iterations : double.PositiveInfinity));

    /// <summary>The median wall time to the bug in milliseconds (unfound seeds ranked last); null as for <see cref="Median"/>.</summary>
    public double? MedianMilliseconds => MedianOf(Seeds.Select(s => s.Found ? s.Milliseconds : double.PositiveInfinity));

    public string FoundText => $"{Found}/{Total}";

    public string MeanText => (MeanIsLowerBound ? "≥" : "") + Ui.Number(Mean, "F1");

    public string MedianText => Median is { } m ? Ui.Number(m, "F1") : $">{Cap}";

    public string MedianMillisecondsText => MedianMilliseconds is { } m ? Ui.Number(m, "F1") : "-";

    private static double? MedianOf(IEnumerable<double> values)
    {
        var s = values.OrderBy(x => x).ToList();
        double m = s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2.0;
        return double.IsPositiveInfinity(m) ? null : m;
    }
}
