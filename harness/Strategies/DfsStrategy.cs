using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Exhaustive depth-first search of all schedules with at most <c>bound</c> preemptions:
/// iterative context bounding, Musuvathi and Qadeer, "Iterative Context Bounding for Systematic Testing
/// of Multithreaded Programs", PLDI 2007 (the CHESS scheduler).
///
/// The search itself is <see cref="DecisionDfs"/>, the engine the spec-level search (<see cref="ActionDfs"/>) runs on
/// too; this class maps the runtime's choice points onto its decisions. Each iteration replays the prefix of the path
/// and extends it with first options; between iterations the deepest decision with an untried option within the bound
/// is advanced. At a scheduling point the options are ordered current-thread-first, so option 0 is never a preemption;
/// any other option is a preemption when the current thread is still enabled, and is offered only while fewer than
/// <c>bound</c> preemptions have been spent. Nondeterministic value choices are decisions too. When the path empties
/// the bounded space is exhausted: every schedule within the bound has run exactly once.
///
/// Invariant: replaying the stored prefix must meet the same option counts; a mismatch means the test is
/// nondeterministic (it depends on something other than the schedule) and is reported as such.
/// </summary>
internal sealed class DfsStrategy : IStrategy
{
    private readonly DecisionDfs _dfs;

    public DfsStrategy(int preemptionBound)
    {
        if (preemptionBound < 0) throw new ArgumentOutOfRangeException(nameof(preemptionBound));
        _dfs = new DecisionDfs(preemptionBound);
    }

    /// <summary>The decision-tree search this strategy drives (shared with the spec-level search).</summary>
    internal DecisionDfs Engine => _dfs;

    public string Name => $"dfs(pb={_dfs.Bound})";

    public bool PrepareIteration(int iteration)
    {
        if (iteration > 0 && !_dfs.Advance()) return false;
        _dfs.BeginIteration();
        return true;
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
    {
        int ci = current < 0 ? -1 : enabled.IndexOf(current);
        int option = Take(new DecisionDfs.Decision(0, enabled.Length, true, enabled.Length, ci >= 0, 0), step);
        // Option order: the current thread first, then the others in ascending id order.
        if (ci < 0 || option == 0) return ci < 0 ? option : ci;
        int other = option - 1;
        return other >= ci ? other + 1 : other;
    }

    public int NextValue(int count, int step) => Take(new DecisionDfs.Decision(0, count, false, 0, false, 0), step);

    private int Take(DecisionDfs.Decision decision, int step)
    {
        int option = _dfs.Next(decision, out var mismatch);
        if (mismatch is { } m)
            throw new InvalidOperationException(
                $"the test is nondeterministic: at step {step} DFS expected {m.Recorded} options (as in an earlier schedule with the same prefix) but found {m.Found}");
        return option;
    }

    public void IterationCompleted(int steps, int choices) { }
}

/// <summary>
/// The default strategy: a portfolio that rotates its members iteration by iteration, so one budget covers
/// bugs that need different strategies (partial-order sampling and reads-from guided fuzzing for bugs that need one
/// operation to stall while others run many steps; PCT for ordering bugs; random for many shallow races; probabilistic
/// for long uninterrupted runs; delay-bounding for small deviations from round-robin). A member may take several turns
/// per rotation (its weight); the turns are interleaved, so every member runs early in the budget. Each member has its
/// own seed stream derived from the root seed and its own iteration count, so any iteration can be regenerated alone.
/// </summary>
internal sealed class PortfolioStrategy : IStrategy, IObservesThreads
{
    private readonly IStrategy[] _members;
    private readonly int[] _turns;
    private readonly int[] _slotMember; // the member of each slot of one rotation
    private readonly int[] _slotOrdinal; // how many turns the slot's member had earlier in the rotation
    private IStrategy _current;

    /// <param name="turns">Iterations per rotation of each member (default one each).</param>
    public PortfolioStrategy(IStrategy[] members, int[]? turns = null)
    {
        if (members.Length == 0) throw new ArgumentException("a portfolio needs members", nameof(members));
        turns ??= Array.ConvertAll(members, _ => 1);
        if (turns.Length != members.Length || Array.Exists(turns, t => t < 1)) throw new ArgumentException("one positive turn count per member", nameof(turns));
        _members = members;
        _turns = turns;
        var slots = new List<int>();
        var ordinals = new List<int>();
        for (int round = 0; slots.Count < SumOf(turns); round++)
        {
            for (int m = 0; m < members.Length; m++)
            {
                if (round >= turns[m]) continue;
                slots.Add(m);
                ordinals.Add(round);
            }
        }
        _slotMember = slots.ToArray();
        _slotOrdinal = ordinals.ToArray();
        _current = members[0];
    }

    private static int SumOf(int[] values)
    {
        int sum = 0;
        foreach (int v in values) sum += v;
        return sum;
    }

    public string Name => _current.Name;

    public string Description => "portfolio[" + string.Join(", ", Enumerable.Range(0, _members.Length).Select(i => _turns[i] == 1 ? _members[i].Name : $"{_members[i].Name} x{_turns[i]}")) + "]";

    public bool PrepareIteration(int iteration)
    {
        int slot = iteration % _slotMember.Length, member = _slotMember[slot];
        _current = _members[member];
        return _current.PrepareIteration(iteration / _slotMember.Length * _turns[member] + _slotOrdinal[slot]);
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step) => _current.NextThread(enabled, current, step);

    public int NextValue(int count, int step) => _current.NextValue(count, step);

    public void Attach(IReadOnlyList<Weft.Engine.ControlledThread> threads)
    {
        foreach (var m in _members)
            if (m is IObservesThreads observer) observer.Attach(threads);
    }

    public void IterationCompleted(int steps, int choices)
    {
        // Step estimates are shared knowledge: every member learns from every iteration.
        foreach (var m in _members) m.IterationCompleted(steps, choices);
    }
}

internal static class StrategyFactory
{
    public static readonly string[] Names = { "portfolio", "random", "prob", "pct", "delay", "dfs", "dpor", "periodic", "pos", "rff", "stall", "overtake" };

    public static bool IsKnown(string name) => Array.IndexOf(Names, name) >= 0;

    /// <summary>The default portfolio's members, in the order of <see cref="DefaultTurns"/> (their turns per rotation).</summary>
    internal static IStrategy[] DefaultMembers(CheckOptions o) => new IStrategy[]
    {
        new PctStrategy(Rng.Derive(o.Seed, 1), o.PctDepth, o.InitialStepEstimate),
        new PosStrategy(Rng.Derive(o.Seed, 2)),
        new DelayBoundingStrategy(Rng.Derive(o.Seed, 5), o.DelayBound, o.InitialStepEstimate),
        new RffStrategy(Rng.Derive(o.Seed, 6)),
        new StallStrategy(Rng.Derive(o.Seed, 7)),
        new OvertakeStrategy(Rng.Derive(o.Seed, 8)),
    };

    internal static readonly int[] DefaultTurns = { 1, 1, 1, 4, 3, 4 };

    public static IStrategy Create(CheckOptions o) => o.Strategy switch
    {
        // The mix is measured (`weft bench engine --part bugs`, README "Iterations to first bug"): reads-from fuzzing and
        // overtake sampling take four turns each, reads-from fuzzing being the fastest member on the skiplist and overtake
        // sampling on DEBRA's early rotation, IBR and EFRB; stall sampling three (the tree); partial-order sampling one
        // (SCQ); PCT (depth 2) and delay-bounding keep the ordering bugs (ABA, LCRQ's close) fast. PCT at depth 3 gave its
        // turn to overtake sampling, and uniform random and probabilistic scheduling are left out: other members found
        // every bug they found, as fast or faster.
        "portfolio" => new PortfolioStrategy(DefaultMembers(o), turns: DefaultTurns),
        "random" => new RandomStrategy(o.Seed),
        "prob" => new ProbabilisticStrategy(o.Seed, o.SwitchExponent),
        "pct" => new PctStrategy(o.Seed, o.PctDepth, o.InitialStepEstimate),
        "delay" => new DelayBoundingStrategy(o.Seed, o.DelayBound, o.InitialStepEstimate),
        "dfs" => new DfsStrategy(o.PreemptionBound),
        "periodic" => new PeriodicStrategy(o.Seed, o.MaxQuantum),
        "pos" => new PosStrategy(o.Seed),
        "rff" => new RffStrategy(o.Seed),
        "stall" => new StallStrategy(o.Seed),
        "overtake" => new OvertakeStrategy(o.Seed),
        "dpor" => o.MemoryModel == MemoryModel.SC
            ? new DporStrategy(o.DporBounded ? o.PreemptionBound : -1, o.DporDefect, o.DporSleep)
            : throw new WeftInputException(
                $"the dpor strategy supports the SC memory model only: under {MemoryModels.Name(o.MemoryModel)} the store buffers' flushes are choices its dependency relation does not model; use --strategy dfs"),
        _ => throw new WeftInputException($"unknown strategy '{o.Strategy}'; expected one of {string.Join(", ", Names)}"),
    };
}
