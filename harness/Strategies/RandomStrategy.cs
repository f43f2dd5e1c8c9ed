using System;

namespace Weft.Strategies;

/// <summary>
/// Uniform random scheduling: at every scheduling point each enabled thread is equally likely.
/// The baseline of systematic testing (Coyote's <c>random</c>); good at shallow bugs with many
/// opportunities, poor at bugs that need one thread to run many steps uninterrupted.
/// Each iteration reseeds from (root seed, iteration), so any iteration can be regenerated alone.
/// </summary>
internal sealed class RandomStrategy : IStrategy
{
    private readonly ulong _seed;
    private Rng _rng;

    public RandomStrategy(ulong seed) => _seed = seed;

    public string Name => "random";

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step) => _rng.Next(enabled.Length);

    public int NextValue(int count, int step) => _rng.Next(count);

    public void IterationCompleted(int steps, int choices) { }
}
