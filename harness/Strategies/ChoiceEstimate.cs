using System;
using System.Collections.Generic;

namespace Weft.Strategies;

/// <summary>
/// The k of PCT and delay-bounding: the number of choices an iteration makes, where a choice is a scheduling
/// decision with at least two enabled threads (a change point or delay anywhere else changes nothing). k is the
/// largest choice count measured so far; until the first iteration has been measured the configured initial estimate
/// stands in, so that the first iteration already preempts, and is then replaced by the measurement (a small test does
/// not keep drawing its points from a range far longer than itself).
/// </summary>
internal struct ChoiceEstimate
{
    private bool _measured;

    public ChoiceEstimate(int initial) => K = Math.Max(2, initial);

    /// <summary>The range [1, K] that change points and delays are drawn from.</summary>
    public int K { get; private set; }

    /// <summary>Choices made so far in this iteration.</summary>
    public int Choices { get; private set; }

    public void BeginIteration() => Choices = 0;

    /// <summary>Counts one decision among <paramref name="enabled"/> threads; returns the choice number it has (or the last one).</summary>
    public int Count(int enabled) => enabled > 1 ? ++Choices : Choices;

    /// <summary>Learns from a finished iteration (of this strategy or, in a portfolio, of another member).</summary>
    public void EndIteration(int choices)
    {
        K = _measured ? Math.Max(K, choices) : Math.Max(2, choices);
        _measured = true;
    }
}
