using System;

namespace Weft.Strategies;

/// <summary>
/// An estimate of the number of schedules in a test's whole (unbounded) space, the space plain DFS without a preemption
/// bound enumerates, for spaces too large to exhaust: Knuth's estimator ("Estimating the Efficiency of Backtrack
/// Programs", Mathematics of Computation 29, 1975). Each iteration is a random walk down DFS's decision tree that takes
/// every option of a decision (every thread the runtime offers, every value of a choice) with equal probability; the
/// product of the option counts along the walk is an unbiased estimate of the number of leaves, i.e. of DFS's
/// schedules. The mean over the walks and its standard error are reported; the variance is large on unbalanced trees,
/// so the figure is an order of magnitude, not a count.
/// </summary>
internal sealed class SpaceEstimate : IStrategy
{
    private readonly ulong _seed;
    private Rng _rng;
    private double _product;
    private double _sum, _sumOfSquares;

    public SpaceEstimate(ulong seed) => _seed = seed;

    public string Name => "space-estimate";

    /// <summary>Completed walks.</summary>
    public int Walks { get; private set; }

    /// <summary>The mean of the walks' products: the estimated number of schedules of the whole space.</summary>
    public double Schedules => Walks == 0 ? 0 : _sum / Walks;

    /// <summary>The standard error of <see cref="Schedules"/>.</summary>
    public double StandardError => Walks < 2 ? double.NaN : Math.Sqrt(Math.Max(0, _sumOfSquares / Walks - Schedules * Schedules) / (Walks - 1));

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        _product = 1;
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        _product *= enabled.Length;
        return _rng.Next(enabled.Length);
    }

    public int NextValue(int count, int step)
    {
        _product *= count;
        return _rng.Next(count);
    }

    public void IterationCompleted(int steps, int choices)
    {
        Walks++;
        _sum += _product;
        _sumOfSquares += _product * _product;
    }
}
