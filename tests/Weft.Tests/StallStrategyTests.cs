using System;
using System.Collections.Generic;
using Weft.Atomics;
using Weft.Engine;
using Weft.Strategies;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Stall sampling (<c>stall</c>): the same seed gives the same iterations; it learns its stall sites from the access log
/// (loads of words another thread updates with a read-modify-write) and places no stall where there is none; it finds
/// the deep reclamation and tree controls within a small budget, and the schedules it records replay.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class StallStrategyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Three threads: each reads a shared counter and CASes it up, reads a second word, with a value choice.</summary>
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
                if (Checker.Choose(3) == 2) counter.V.FetchAdd(1, MemoryOrder.Relaxed);
            }));
        }
        foreach (var th in threads) th.Join();
    }

    [Fact]
    public void Same_seed_gives_the_same_iterations_and_another_seed_others()
    {
        var o = CheckOptions.Default with { Strategy = "stall", Iterations = 40, Seed = 2024, ScheduleDirectory = _dir.Path };
        ScheduleCapture.AssertSeedDecidesSchedules(Contended, o, otherSeed: 2025, distinct: 10);
    }

    [Fact]
    public void Learns_the_loads_of_a_word_others_update_and_stalls_there()
    {
        var stall = new StallStrategy(seed: 5);
        using (var runtime = new ControlledRuntime(CheckOptions.Default with { Iterations = 30, ScheduleDirectory = _dir.Path }, stall))
            Assert.Null(runtime.Explore(Contended, "stall-contended").Bug);
        // The counter's load is the one stall site: the CASes and fetch-adds update it, the second word only sees stores.
        Assert.Equal(1, stall.StallSiteCount);
        Assert.True(stall.StallsStarted > 10, $"only {stall.StallsStarted} stalls in 30 iterations");
    }

    [Fact]
    public void Places_no_stall_where_no_thread_updates_a_word_another_loads()
    {
        static void Private()
        {
            var shared = new Cell();
            var threads = new List<WeftThread>();
            for (int t = 0; t < 2; t++)
            {
                var mine = new Cell();
                threads.Add(WeftThread.Start(() =>
                {
                    for (int i = 0; i < 3; i++) mine.V.TryCompareExchange(i, i + 1, MemoryOrder.AcqRel);
                    shared.V.Store(1, MemoryOrder.Release); // stores only: a stale view of it is never acted on by a CAS
                    shared.V.Load(MemoryOrder.Acquire);
                }));
            }
            foreach (var th in threads) th.Join();
        }
        var stall = new StallStrategy(seed: 5);
        using (var runtime = new ControlledRuntime(CheckOptions.Default with { Iterations = 20, ScheduleDirectory = _dir.Path }, stall))
            Assert.Null(runtime.Explore(Private, "stall-private").Bug);
        Assert.Equal(0, stall.StallSiteCount);
        Assert.Equal(0, stall.StallsStarted);
    }

    /// <summary>
    /// Budgets: `weft bench engine --part bugs --seeds 20` measures stall's medians on these controls at 25 to 45 iterations
    /// (README "Iterations to first bug"); each case runs one fixed seed against a budget well above that, far below the
    /// registered budgets (1,000 and 12,000), so it fails if the strategy stops aiming its stalls.
    /// </summary>
    [Theory]
    [InlineData("nmtree/seek-without-validation", 300)]
    [InlineData("treiber/ibr-free-by-age", 300)]
    public void Finds_the_deep_control_within_a_small_budget_and_its_schedule_replays(string id, int budget)
    {
        var test = CanonicalBugTests.Registered(id);
        var options = test.Apply(CheckOptions.Default with { Strategy = "stall", Iterations = budget, Seed = 7919, ScheduleDirectory = _dir.Path });
        var bug = CanonicalBugTests.CaughtAndReplays(test, Checker.Explore(test.Body, options));
        Assert.Equal("stall", bug.Schedule.Strategy);
        Assert.True(bug.Iteration < budget);
    }
}
