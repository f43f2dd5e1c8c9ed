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
    private ChoiceEstimate _k;
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
        _k = new ChoiceEstimate(initialEstimate);
    }

    public string Name => $"pct(d={_depth})";

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        _order.Clear();
        _changePoints.Clear();
        _nextChange = 0;
        _k.BeginIteration();
        int wanted = Math.Min(_depth - 1, _k.K);
        while (_changePoints.Count < wanted)
        {
            int p = 1 + _rng.Next(_k.K);
            if (!_changePoints.Contains(p)) _changePoints.Add(p);
        }
        _changePoints.Sort();
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        foreach (var id in enabled)
            if (!_order.Contains(id)) _order.Insert(_rng.Next(_order.Count + 1), id);

        int choice = _k.Count(enabled.Length);
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

    public void IterationCompleted(int steps, int choices) => _k.EndIteration(choices);
}

/// <summary>
/// Randomized delay-bounding: Emmi, Qadeer and Rakamarić, "Delay-Bounded Scheduling", POPL 2011.
/// A deterministic scheduler runs the current thread until it blocks or finishes and then the next thread
/// in round-robin order; up to d delays, placed at random steps in [1, k], each skip the thread the
/// deterministic scheduler would have picked in favour of the next one in round-robin order. Steps are counted
/// as choices, as in <see cref="PctStrategy"/>: a delay where one thread is enabled would skip to the same thread.
/// </summary>
internal sealed class DelayBoundingStrategy : IStrategy
{
    private readonly ulong _seed;
    private readonly int _delays;
    private ChoiceEstimate _k;
    private Rng _rng;
    private readonly List<int> _delayPoints = new();
    private int _next;
    private int _last = -1;

    public DelayBoundingStrategy(ulong seed, int delays, int initialEstimate)
    {
        _seed = seed;
        _delays = Math.Max(0, delays);
        _k = new ChoiceEstimate(initialEstimate);
    }

    public string Name => $"delay(d={_delays})";

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        _delayPoints.Clear();
        _next = 0;
        _k.BeginIteration();
        for (int i = 0; i < _delays; i++) _delayPoints.Add(1 + _rng.Next(_k.K));
        _delayPoints.Sort();
        _last = -1;
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        // Deterministic choice: the current thread if it can go on, else the next id after the last one run.
        int idx = current >= 0 ? enabled.IndexOf(current) : -1;
        if (idx < 0)
        {
            idx = 0;
            for (int i = 0; i < enabled.Length; i++)
                if (enabled[i] > _last) { idx = i; break; }
        }
        int choice = _k.Count(enabled.Length);
        while (_next < _delayPoints.Count && _delayPoints[_next] <= choice)
        {
            _next++;
            idx = (idx + 1) % enabled.Length; // one delay: skip to the next thread in round-robin order
        }
        _last = enabled[idx];
        return idx;
    }

    public int NextValue(int count, int step) => _rng.Next(count);

    public void IterationCompleted(int steps, int choices) => _k.EndIteration(choices);
}

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
