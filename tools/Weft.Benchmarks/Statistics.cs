using System.Collections.Generic;
using System.Linq;

namespace Weft.Benchmarks;

/// <summary>The summary statistics the custom commands (not BenchmarkDotNet) print.</summary>
public static class Statistics
{
    /// <summary>
    /// The median of <paramref name="samples"/>: the middle value of an odd count, the mean of the two middle values of
    /// an even count, NaN for none.
    /// </summary>
    public static double Median(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
