using System;
using System.Collections.Generic;

namespace Weft.Strategies;

/// <summary>
/// Periodic scheduling: the enabled threads take turns in id order, each running a fixed number of consecutive
/// scheduling points (its quantum) before the next one runs, and the pattern repeats until the iteration ends. Each
/// iteration draws every thread's quantum uniformly from 1..<c>maxQuantum</c> and the length of the first turn (the
/// phase) from 1..2·<c>maxQuantum</c>, reseeding from (root seed, iteration).
///
/// Why: a livelock in which two operations keep undoing each other's work (an empty dequeue invalidating the entry an
/// enqueuer drew, round after round) is an infinite schedule of one fixed shape, a short pattern of steps per thread
/// repeated forever. Random, PCT and delay-bounding schedules almost never repeat a pattern exactly for hundreds of
/// steps; a periodic schedule repeats its pattern by construction, so a livelock whose pattern is some quanta
/// q1..qn of the threads reaches the step bound (<see cref="BugKind.StepBoundExceeded"/>) in about
/// 1 / (maxQuantum^n · phases) of the iterations. A periodic schedule is fair (every enabled thread runs every
/// round), so a correct lock-free operation completes under it: a step-bound report under this strategy is a
/// schedule that starves every operation forever, not an unfair scheduler. This is the classic "round-robin with
/// quanta" family used to expose livelocks (cf. the fair-scheduling argument of Musuvathi and Qadeer, "Fair
/// stateless model checking", PLDI 2008: a non-terminating fair schedule is a livelock).
/// </summary>
internal sealed class PeriodicStrategy : IStrategy
{
    private readonly ulong _seed;
    private readonly int _maxQuantum;
    private readonly Dictionary<int, int> _quantum = new(); // thread id -> its quantum this iteration
    private Rng _rng;
    private int _running = -1;  // the thread whose turn it is
    private int _left;          // scheduling points left in its turn
    private int _phase;         // the length of the first turn, until it is taken

    public PeriodicStrategy(ulong seed, int maxQuantum)
    {
        if (maxQuantum is < 1 or > 64) throw new ArgumentOutOfRangeException(nameof(maxQuantum), "the largest quantum must be in 1..64");
        _seed = seed;
        _maxQuantum = maxQuantum;
    }

    public string Name => $"periodic(q={_maxQuantum})";

    public bool PrepareIteration(int iteration)
    {
        _rng = new Rng(Rng.Derive(_seed, (ulong)iteration));
        _quantum.Clear();
        _running = -1;
        _left = 0;
        _phase = 1 + _rng.Next(2 * _maxQuantum);
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        int i = _running < 0 ? -1 : enabled.IndexOf(_running);
        if (i >= 0 && _left > 0)
        {
            _left--;
            return i;
        }
        // The turn is over (or its thread cannot run): the next enabled thread in id order, cyclically.
        int next = 0;
        for (int k = 0; k < enabled.Length; k++)
        {
            if (enabled[k] <= _running) continue;
            next = k;
            break;
        }
        _running = enabled[next];
        if (!_quantum.TryGetValue(_running, out int q)) _quantum[_running] = q = 1 + _rng.Next(_maxQuantum);
        _left = (_phase > 0 ? _phase : q) - 1; // the first turn sets the pattern's phase
        _phase = 0;
        return next;
    }

    public int NextValue(int count, int step) => _rng.Next(count);

    public void IterationCompleted(int steps, int choices) { }
}
