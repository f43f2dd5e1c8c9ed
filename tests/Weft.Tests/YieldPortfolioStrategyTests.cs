using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Atomics;
using Weft.Engine;
using Weft.Strategies;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The portfolio that deals turns by coverage yield (<see cref="YieldPortfolioStrategy"/>, the bench row
/// <c>portfolio-by-yield</c>): every member runs in every rotation, turns move to the member whose iterations keep
/// exercising new reads-from pairs, the same seed gives the same iterations, and a bug it finds replays from its schedule.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class YieldPortfolioStrategyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A member that always runs the lowest candidate: after its first iteration it exercises nothing new.</summary>
    private sealed class LowestFirst(string name = "lowest") : IStrategy
    {
        public string Name => name;
        public bool PrepareIteration(int iteration) => true;
        public int NextThread(ReadOnlySpan<int> enabled, int current, int step) => 0;
        public int NextValue(int count, int step) => 0;
        public void IterationCompleted(int steps, int choices) { }
    }

    /// <summary>Three threads each load and CAS a shared counter three times, then load a second word.</summary>
    private static void Contended()
    {
        var counter = new Cell();
        var other = new Cell();
        var threads = new List<WeftThread>();
        for (int t = 0; t < 3; t++)
        {
            int me = t;
            threads.Add(WeftThread.Start(() =>
            {
                for (int i = 0; i < 3; i++)
                {
                    int seen = counter.V.Load(MemoryOrder.Acquire);
                    if (!counter.V.TryCompareExchange(seen, seen + 1, MemoryOrder.AcqRel)) other.V.Store(me, MemoryOrder.Release);
                    else other.V.Load(MemoryOrder.Acquire);
                }
            }));
        }
        foreach (var th in threads) th.Join();
    }

    private List<string> Explore(IStrategy strategy, int iterations, out ExplorationResult result)
    {
        var o = CheckOptions.Default with
        {
            Iterations = iterations,
            Monitors = new Func<PropertyMonitor>[] { () => new RecordEveryIteration() },
            StopAtFirstBug = false,
            ScheduleDirectory = _dir.Path,
        };
        using (var runtime = new ControlledRuntime(o, strategy)) result = runtime.Explore(Contended, "yield-contended");
        return result.Bugs.Select(b => b.Schedule.Strategy + ": " + string.Join(" | ", b.Schedule.Steps)).ToList();
    }

    [Fact]
    public void Every_member_runs_each_rotation_and_turns_move_to_the_member_that_finds_new_pairs()
    {
        var portfolio = new YieldPortfolioStrategy(new IStrategy[] { new LowestFirst(), new RandomStrategy(11) });
        var names = Explore(portfolio, 40, out _).Select(s => s[..s.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(new[] { "lowest", "random", "lowest", "random" }, names.Take(4)); // the prior: one turn each, twice
        for (int rotation = 0; rotation < 10; rotation++)
            Assert.Contains("lowest", names.Skip(4 * rotation).Take(4)); // the minimum share
        Assert.Equal(0, portfolio.FoundBy(0));
        Assert.True(portfolio.FoundBy(1) > 0, "random exercised no new reads-from pair after the first rotation");
        int lowest = names.Count(n => n == "lowest"), random = names.Count(n => n == "random");
        Assert.Equal(40, lowest + random);
        Assert.True(random >= 2 * lowest, $"turns lowest {lowest}, random {random}");
    }

    [Fact]
    public void Deals_the_prior_while_no_member_finds_anything_new()
    {
        var portfolio = new YieldPortfolioStrategy(new IStrategy[] { new LowestFirst("a"), new LowestFirst("b") }, prior: new[] { 1, 3 });
        var names = Explore(portfolio, 24, out _).Select(s => s[..s.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(new[] { "a", "b", "a", "b", "b", "b", "b", "b" }, names.Take(8)); // a rotation: twice the prior, interleaved
        Assert.Equal(6, names.Count(n => n == "a"));
        Assert.Equal(18, names.Count(n => n == "b"));
        Assert.Equal(0, portfolio.FoundBy(0) + portfolio.FoundBy(1));
    }

    [Fact]
    public void Same_seed_gives_the_same_iterations()
    {
        // Members that draw from their seeds alone, so the deal (from the portfolio's coverage) is what is compared.
        static IStrategy[] Members(ulong seed) => new IStrategy[] { new PctStrategy(Rng.Derive(seed, 1), 3, 100), new RandomStrategy(Rng.Derive(seed, 2)) };
        var first = Explore(new YieldPortfolioStrategy(Members(2024), new[] { 1, 2 }), 48, out _);
        var second = Explore(new YieldPortfolioStrategy(Members(2024), new[] { 1, 2 }), 48, out _);
        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() > 20, $"only {first.Distinct().Count()} distinct schedules");
        Assert.NotEqual(first, Explore(new YieldPortfolioStrategy(Members(2025), new[] { 1, 2 }), 48, out _));
    }

    [Fact]
    public void A_bug_it_finds_replays_from_its_schedule()
    {
        var test = CanonicalBugTests.Registered("efrb/help-reexecutes-finished");
        var o = test.Apply(CheckOptions.Default with { Iterations = 400, Seed = 7919, ScheduleDirectory = _dir.Path });
        ExplorationResult result;
        using (var runtime = new ControlledRuntime(o, new YieldPortfolioStrategy(StrategyFactory.DefaultMembers(o), StrategyFactory.DefaultTurns)))
            result = runtime.Explore(test.Body, test.Id);
        var bug = CanonicalBugTests.CaughtAndReplays(test, result);
        Assert.True(bug.Iteration < 400);
    }
}
