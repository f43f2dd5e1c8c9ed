using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// A portfolio whose turns follow each member's coverage yield on the test at hand (measured against the default fixed
/// mix in the bench row <c>portfolio-by-yield</c>, README "Iterations to first bug"; it is not the default: reads-from
/// novelty rewarded the members that do not find the deep bugs, such as stall sampling on the skiplist).
///
/// A fixed mix (<see cref="PortfolioStrategy"/>) gives every test the same share of each member, but the members' speeds
/// differ by test more than any fixed mix can absorb: stall sampling finds the tree's stale seek in a few dozen
/// iterations where partial-order sampling and reads-from fuzzing find nothing, and it is half as fast as they are on
/// the skiplist's relink. This portfolio is a multi-armed bandit over its members, rewarded by coverage, as greybox
/// fuzzers schedule their mutators (Böhme, Pham, Roychoudhury, "Coverage-based Greybox Fuzzing as Markov Chain",
/// CCS 2016): the portfolio keeps one reads-from coverage map (<see cref="ReadsFromCoverage"/>) over every iteration it
/// runs, and a member's yield is the number of reads-from pairs, never exercised before by any member, that its
/// iterations exercised, per iteration it ran. A member that keeps reaching new interleavings on this test gets more
/// turns; one whose schedules repeat what the others already covered gets fewer.
///
/// Turns are dealt in rotations of twice the prior's turns. The first rotation deals the prior (each member's
/// configured weight, interleaved as the fixed portfolio does), and so does every rotation while no member has found a
/// new pair since the first (the first rotation's finds are not credited: whoever runs first finds every common pair).
/// Otherwise a rotation first gives every member one turn, its minimum share (a member that looked barren early may be
/// the one a deep bug needs), then deals the rest in proportion to prior × yield, the yield shrunk toward the
/// portfolio's mean by two pseudo-iterations, so a member judged on one or two iterations is not starved; the turns are
/// interleaved round by round, so every member runs early in each rotation.
///
/// Determinism and replay: each member has its own seed stream and its own iteration count, and the deal depends only
/// on the root seed and on what the earlier iterations exercised, so the same seed on the same test deals the same
/// turns as long as the coverage repeats (cells are named by address, as in <see cref="ReadsFromCoverage"/>); an
/// iteration cannot be regenerated alone, as with <see cref="RffStrategy"/>, and a bug replays from its recorded
/// schedule like every strategy's. Invariants: every member runs at least once per rotation; a rotation deals exactly
/// its length in turns.
/// </summary>
internal sealed class YieldPortfolioStrategy : IStrategy, IObservesThreads
{
    private const double PseudoIterations = 2;

    private readonly IStrategy[] _members;
    private readonly int[] _prior;
    private readonly int _rotation;
    private readonly int[] _taken;
    private readonly long[] _found;
    private readonly ReadsFromCoverage _coverage = new();
    private readonly List<long> _pairs = new();
    private readonly HashSet<long> _crossPairs = new();
    private IReadOnlyList<ControlledThread>? _threads;
    private int[] _slots;
    private int _member;
    private bool _running;

    /// <param name="prior">Turns per rotation of each member before anything is learned (default one each).</param>
    public YieldPortfolioStrategy(IStrategy[] members, int[]? prior = null)
    {
        if (members.Length == 0) throw new ArgumentException("a portfolio needs members", nameof(members));
        prior ??= Array.ConvertAll(members, _ => 1);
        if (prior.Length != members.Length || Array.Exists(prior, t => t < 1)) throw new ArgumentException("one positive turn count per member", nameof(prior));
        _members = members;
        _prior = prior;
        _rotation = 2 * prior.Sum();
        _taken = new int[members.Length];
        _found = new long[members.Length];
        _slots = Interleave(Array.ConvertAll(prior, t => 2 * t));
    }

    public string Name => _members[_member].Name;

    public string Description => "portfolio by yield[" + string.Join(", ", Enumerable.Range(0, _members.Length).Select(i => _prior[i] == 1 ? _members[i].Name : $"{_members[i].Name} x{_prior[i]}")) + "]";

    /// <summary>New reads-from pairs the iterations of member <paramref name="member"/> exercised first.</summary>
    public long FoundBy(int member) => _found[member];

    public void Attach(IReadOnlyList<ControlledThread> threads)
    {
        _threads = threads;
        foreach (var m in _members)
            if (m is IObservesThreads observer) observer.Attach(threads);
    }

    public bool PrepareIteration(int iteration)
    {
        int slot = iteration % _rotation;
        if (slot == 0 && iteration > 0) _slots = Interleave(Deal());
        _member = _slots[slot];
        _coverage.BeginIteration();
        _running = true;
        return _members[_member].PrepareIteration(_taken[_member]++);
    }

    /// <summary>The turns of the next rotation: one each, the rest in proportion to prior × shrunk yield (largest remainders).</summary>
    internal int[] Deal()
    {
        int n = _members.Length, iterations = _taken.Sum();
        if (_found.Sum() == 0) return Array.ConvertAll(_prior, t => 2 * t); // nothing learned: the prior
        double mean = (double)_found.Sum() / iterations;
        var weight = new double[n];
        for (int m = 0; m < n; m++)
            weight[m] = _prior[m] * (_found[m] + PseudoIterations * mean) / (_taken[m] + PseudoIterations);
        double total = weight.Sum();
        int spare = _rotation - n;
        var turns = new int[n];
        var remainder = new double[n];
        int dealt = 0;
        for (int m = 0; m < n; m++)
        {
            double share = spare * weight[m] / total;
            turns[m] = 1 + (int)Math.Floor(share);
            remainder[m] = share - Math.Floor(share);
            dealt += turns[m] - 1;
        }
        foreach (int m in Enumerable.Range(0, n).OrderByDescending(m => remainder[m]).ThenBy(m => m).Take(spare - dealt)) turns[m]++;
        return turns;
    }

    /// <summary>Slots of one rotation: round r holds every member with more than r turns, in member order.</summary>
    private static int[] Interleave(int[] turns)
    {
        var slots = new List<int>();
        for (int round = 0; round < turns.Max(); round++)
            for (int m = 0; m < turns.Length; m++)
                if (round < turns[m]) slots.Add(m);
        return slots.ToArray();
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        int chosen = _members[_member].NextThread(enabled, current, step);
        if (chosen >= 0 && PendingAccess.Thread(_threads, enabled[chosen]) is { } thread) _coverage.Step(thread);
        return chosen;
    }

    public int NextValue(int count, int step) => _members[_member].NextValue(count, step);

    public void IterationCompleted(int steps, int choices)
    {
        // Step estimates are shared knowledge: every member learns from every iteration.
        foreach (var m in _members) m.IterationCompleted(steps, choices);
        if (!_running) return;
        _running = false;
        _pairs.Clear();
        int fresh = _coverage.EndIteration(_pairs);
        if (_taken.Sum() > _rotation) _found[_member] += fresh;
    }
}
