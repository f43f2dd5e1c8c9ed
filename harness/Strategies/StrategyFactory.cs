using System;
using System.Linq;
using Weft.Engine;

namespace Weft.Strategies;

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
        "dpor" => Dpor(o),
        _ => throw new WeftInputException($"unknown strategy '{o.Strategy}'; expected one of {string.Join(", ", Names)}"),
    };

    /// <summary>
    /// The dpor strategy: under SC, TSO and RA in every mode (under TSO flushes are candidates of its dependency
    /// relation, <see cref="DporEvent"/>, and the bounded modes count them as DFS does).
    /// </summary>
    private static DporStrategy Dpor(CheckOptions o) => o.MemoryModel switch
    {
        MemoryModel.SC or MemoryModel.TSO or MemoryModel.RA => new DporStrategy(o.DporBounded ? o.PreemptionBound : -1, o.DporDefect, o.DporSleep,
            storeBuffers: o.MemoryModel == MemoryModel.TSO),
        _ => throw new WeftInputException(
            $"the dpor strategy does not support the {MemoryModels.Name(o.MemoryModel)} memory model; use --strategy dfs"),
    };
}
