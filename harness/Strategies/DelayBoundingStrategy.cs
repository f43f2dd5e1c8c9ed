using System;
using System.Collections.Generic;

namespace Weft.Strategies;

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
    private ChoiceEstimate _choiceEstimate;
    private Rng _rng;
    private readonly List<int> _delayPoints = new();
    private int _next;
    private int _last = -1;

    public DelayBoundingStrategy(ulong seed, int delays, int initialEstimate)
    {
        _seed = seed;
        _delays = Math.Max(0, delays);
        _choiceEstimate = new ChoiceEstimate(initialEstimate);
    }

    public string Name => $"delay(d={_delays})";

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        _delayPoints.Clear();
        _next = 0;
        _choiceEstimate.BeginIteration();
        for (int i = 0; i < _delays; i++) _delayPoints.Add(1 + _rng.Next(_choiceEstimate.K));
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
        int choice = _choiceEstimate.Count(enabled.Length);
        while (_next < _delayPoints.Count && _delayPoints[_next] <= choice)
        {
            _next++;
            idx = (idx + 1) % enabled.Length; // one delay: skip to the next thread in round-robin order
        }
        _last = enabled[idx];
        return idx;
    }

    public int NextValue(int count, int step) => _rng.Next(count);

    public void IterationCompleted(int steps, int choices) => _choiceEstimate.EndIteration(choices);
}
