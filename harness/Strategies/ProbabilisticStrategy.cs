using System;

namespace Weft.Strategies;

/// <summary>
/// Probabilistic scheduling: keep running the current thread, and switch to a uniformly chosen other
/// enabled thread with probability 2^-k (Coyote's "probabilistic" strategy). Long uninterrupted runs,
/// which uniform random almost never produces, become likely; k = 1 is close to uniform random.
/// </summary>
internal sealed class ProbabilisticStrategy : IStrategy
{
    private readonly ulong _seed;
    private readonly int _switchExponent;
    private readonly ulong _mask;
    private Rng _rng;

    public ProbabilisticStrategy(ulong seed, int k)
    {
        if (k is < 1 or > 30) throw new ArgumentOutOfRangeException(nameof(k), "switch exponent must be in 1..30");
        _seed = seed;
        _switchExponent = k;
        _mask = (1UL << k) - 1;
    }

    public string Name => $"prob(k={_switchExponent})";

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        int ci = current < 0 ? -1 : enabled.IndexOf(current);
        if (ci < 0) return _rng.Next(enabled.Length);
        if (enabled.Length == 1 || (_rng.NextULong() & _mask) != 0) return ci; // stay: probability 1 - 2^-k
        int other = _rng.Next(enabled.Length - 1);
        return other >= ci ? other + 1 : other;
    }

    public int NextValue(int count, int step) => _rng.Next(count);

    public void IterationCompleted(int steps, int choices) { }
}
