using System;

namespace Weft.Strategies;

/// <summary>
/// A scheduling strategy: the narrow interface every exploration strategy implements.
/// The runtime calls <see cref="PrepareIteration"/> before each iteration, then <see cref="NextThread"/> at every
/// scheduling point and <see cref="NextValue"/> at every nondeterministic choice, then
/// <see cref="IterationCompleted"/>. Replay is not a strategy: it is written once, in the runtime, above them.
/// </summary>
internal interface IStrategy
{
    /// <summary>Short name including parameters, e.g. <c>pct(d=3)</c>; recorded in schedules.</summary>
    string Name { get; }

    /// <summary>Description for summaries (the portfolio lists its members).</summary>
    string Description => Name;

    /// <summary>Prepares iteration <paramref name="iteration"/>; false when a systematic strategy has exhausted its space.</summary>
    bool PrepareIteration(int iteration);

    /// <summary>
    /// Picks the thread to run next. <paramref name="enabled"/> holds the ids of the enabled threads that the runtime's
    /// yield rule offers (a thread paused at a yield waits while another has not yielded since), in ascending order;
    /// <paramref name="current"/> is the id of the thread that reached the scheduling point if it is still enabled, else -1.
    /// Returns an index into <paramref name="enabled"/>.
    /// </summary>
    int NextThread(ReadOnlySpan<int> enabled, int current, int step);

    /// <summary>
    /// What <see cref="NextThread"/> returns to abandon the iteration: every continuation of the current prefix is known
    /// to be covered by schedules already run (DPOR's sleep sets). The runtime unwinds the threads and counts the
    /// iteration, without a bug and without an outcome.
    /// </summary>
    const int Prune = -1;

    /// <summary>Resolves a nondeterministic choice: returns a value in [0, <paramref name="count"/>).</summary>
    int NextValue(int count, int step);

    /// <summary>
    /// Called after each iteration with its number of steps and of choices (steps at which at least two threads were
    /// enabled). A portfolio passes every iteration to every member, so step estimates are learned from all of them.
    /// </summary>
    void IterationCompleted(int steps, int choices);
}
