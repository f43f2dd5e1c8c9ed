using System;
using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Partial-order sampling: Yuan, Yang and Gu, "Partial Order Aware Concurrency Sampling", CAV 2018 (POS).
///
/// Uniform random scheduling samples interleavings, not behaviours: a partial order (a Mazurkiewicz trace) with many
/// linearizations is drawn far more often than one with few, and a bug that needs one thread's long run of independent
/// steps to be ordered before a single racing step of another is exponentially unlikely. POS samples partial orders
/// much closer to uniformly. Every pending event (the operation a thread is paused before) carries a random priority,
/// and the scheduler always runs the enabled event of highest priority. After an event runs, its thread's next event
/// gets a fresh priority, and so does every pending event that races with the event that ran (same cell, at least one
/// of the two writes, or the same lock: <see cref="PendingAccess.Race"/>). The reassignment is what makes the sampling
/// partial-order aware: events independent of what ran keep their priorities, so the relative order of independent
/// events is decided once, not re-drawn at every step, while an event whose outcome the step may have changed gets a
/// new chance to run first. The paper shows the probability of any partial order is then bounded below by a product
/// over its races rather than over its steps.
///
/// The runtime offers the candidates the yield rule leaves (a spinning thread waits for the others), so POS ranks
/// only those. Value choices are uniform. Each iteration reseeds from (root seed, iteration), so any iteration can be
/// regenerated alone. Invariant: every candidate has a priority before the choice; a priority is reassigned only to
/// the thread that ran and to candidates whose pending operation races with the one that ran.
/// </summary>
internal sealed class PosStrategy : IStrategy, IObservesThreads
{
    private readonly ulong _seed;
    private IReadOnlyList<ControlledThread>? _threads;
    private readonly Dictionary<int, ulong> _priority = new();
    private Rng _rng;

    public PosStrategy(ulong seed) => _seed = seed;

    public string Name => "pos";

    public string Description => "pos (partial-order sampling)";

    public void Attach(IReadOnlyList<ControlledThread> threads) => _threads = threads;

    public bool PrepareIteration(int iteration)
    {
        Reset(Rng.Derive(_seed, (ulong)iteration));
        return true;
    }

    /// <summary>Starts an iteration drawn from <paramref name="seed"/> (also used by <see cref="RffStrategy"/> for its random tails).</summary>
    internal void Reset(ulong seed)
    {
        _rng = new Rng(seed);
        _priority.Clear();
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        int chosen = Highest(enabled);
        Ran(enabled, enabled[chosen]);
        return chosen;
    }

    /// <summary>The index in <paramref name="enabled"/> of the candidate of highest priority (new candidates get one first).</summary>
    internal int Highest(ReadOnlySpan<int> enabled)
    {
        int best = 0;
        ulong bestPriority = 0;
        for (int i = 0; i < enabled.Length; i++)
        {
            if (!_priority.TryGetValue(enabled[i], out ulong p)) _priority[enabled[i]] = p = _rng.NextULong();
            if (i == 0 || p > bestPriority) (best, bestPriority) = (i, p);
        }
        return best;
    }

    /// <summary>
    /// The index in <paramref name="enabled"/> of the highest-priority candidate that <paramref name="held"/> does not
    /// keep; among all candidates when it keeps every one or none (the stall and overtake strategies' choice). Asks
    /// <paramref name="held"/> once per candidate, in order.
    /// </summary>
    internal int HighestUnheld(ReadOnlySpan<int> enabled, Func<int, bool> held)
    {
        if (enabled.Length == 1) return 0;
        Span<int> free = stackalloc int[enabled.Length];
        int n = 0;
        foreach (int id in enabled)
            if (!held(id)) free[n++] = id;
        if (n == 0 || n == enabled.Length) return Highest(enabled);
        return enabled.IndexOf(free[Highest(free[..n])]);
    }

    /// <summary>
    /// Thread <paramref name="ran"/> was chosen among <paramref name="enabled"/> (by this strategy or, in
    /// <see cref="RffStrategy"/>, by a replayed schedule): reassigns the priorities of the candidates whose pending
    /// operation races with its operation, then its own (its next event is a new one).
    /// </summary>
    internal void Ran(ReadOnlySpan<int> enabled, int ran)
    {
        if (PendingAccess.Thread(_threads, ran) is { } runner && (runner.PendingCell != 0 || runner.PendingResource is not null))
        {
            foreach (int id in enabled)
                if (PendingAccess.Thread(_threads, id) is { } other && PendingAccess.Race(runner, other)) _priority[id] = _rng.NextULong();
        }
        _priority[ran] = _rng.NextULong();
    }

    public int NextValue(int count, int step) => _rng.Next(count);

    public void IterationCompleted(int steps, int choices) { }
}
