using System;
using System.Collections.Generic;

namespace Weft.Strategies;

/// <summary>
/// Probabilistic Concurrency Testing: Burckhardt, Kothari, Musuvathi and Nagarakatte,
/// "A Randomized Scheduler with Probabilistic Guarantees of Finding Bugs", ASPLOS 2010.
///
/// Every thread gets a distinct random priority when it first appears; the scheduler always runs the
/// enabled thread of highest priority. d-1 change points are drawn uniformly from [1, k], k the step-count
/// estimate; when step k_i is reached, the running thread's priority drops below every initial priority
/// (to d-1-i, so later change points rank lower still). A bug of depth d is found with probability at least
/// 1/(n k^(d-1)).
///
/// Steps are counted as choices: only decisions with at least two enabled threads advance the step counter that
/// change points are drawn over. A change point placed where one thread is enabled changes nothing now, so the
/// bound's k is the number of real choices; a test whose threads run alone for long stretches (a writer finishing
/// its updates after the reader is done) no longer dilutes the change points with steps where none can matter.
///
/// Invariants: <c>_priority</c> ranks are unique per iteration; change points are distinct and sorted;
/// k is the largest choice count seen so far, initialised from <see cref="CheckOptions.InitialStepEstimate"/>
/// so that preemptions happen from the very first iteration rather than after a calibration run.
/// </summary>
internal sealed class PctStrategy : IStrategy
{
    private readonly ulong _seed;
    private readonly int _depth;
    private ChoiceEstimate _choiceEstimate;
    private Rng _rng;
    // Priority list, highest first. Threads are inserted at a random position when first seen.
    private readonly List<int> _order = new();
    private readonly List<int> _changePoints = new();
    private int _nextChange;

    public PctStrategy(ulong seed, int depth, int initialEstimate)
    {
        if (depth < 1) throw new ArgumentOutOfRangeException(nameof(depth), "PCT depth must be at least 1");
        _seed = seed;
        _depth = depth;
        _choiceEstimate = new ChoiceEstimate(initialEstimate);
    }

    public string Name => $"pct(d={_depth})";

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        _order.Clear();
        _changePoints.Clear();
        _nextChange = 0;
        _choiceEstimate.BeginIteration();
        int wanted = Math.Min(_depth - 1, _choiceEstimate.K);
        while (_changePoints.Count < wanted)
        {
            int p = 1 + _rng.Next(_choiceEstimate.K);
            if (!_changePoints.Contains(p)) _changePoints.Add(p);
        }
        _changePoints.Sort();
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        foreach (var id in enabled)
            if (!_order.Contains(id)) _order.Insert(_rng.Next(_order.Count + 1), id);

        int choice = _choiceEstimate.Count(enabled.Length);
        if (_nextChange < _changePoints.Count && choice >= _changePoints[_nextChange])
        {
            _nextChange++;
            // Lower the priority of the thread that would run now (the highest-priority enabled one).
            int top = Highest(enabled);
            _order.Remove(top);
            _order.Add(top);
        }
        int chosen = Highest(enabled);
        return enabled.IndexOf(chosen);
    }

    private int Highest(ReadOnlySpan<int> enabled)
    {
        foreach (var id in _order)
            if (enabled.Contains(id)) return id;
        throw new InvalidOperationException("internal: no enabled thread in PCT priority list");
    }

    public int NextValue(int count, int step) => _rng.Next(count);

    public void IterationCompleted(int steps, int choices) => _choiceEstimate.EndIteration(choices);
}
