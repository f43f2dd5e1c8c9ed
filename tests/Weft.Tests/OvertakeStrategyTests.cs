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
/// Overtake sampling (<c>overtake</c>): the same seed gives the same iterations; it learns its overtake points (a load
/// two threads make of one word that some thread updates with a read-modify-write, with the loader's last write as
/// context) and holds nothing where there is none; it finds the "late reader" defect it is built for, where stall
/// sampling and partial-order sampling do poorly, and the deep reclamation control, and the schedules it records replay.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class OvertakeStrategyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// The shape of a reclamation defect in a few words. Two threads run six operations each: write and read a private
    /// record, read the epoch, in the second operation try to advance it by a CAS, read the top, read the freed word (a
    /// dereference of what the top named: it must not name a freed value), then take the top by a CAS. A thread whose
    /// operation advanced the epoch and took value v frees v four operations later, however the other thread stands
    /// (the seeded defect: it does not wait for the other thread's reads). The failure needs the other thread to read
    /// the top after that operation's epoch CAS and before its top CAS (a window of two steps), and then to stay
    /// stopped before its dereference while the first thread runs four more operations.
    /// </summary>
    private static void LateReader()
    {
        var epoch = new Cell();
        var top = new Cell();
        var freed = new Cell();
        freed.V.Store(-1, MemoryOrder.Relaxed);
        var threads = new List<WeftThread>();
        for (int t = 0; t < 2; t++)
        {
            var own = new Cell();
            threads.Add(WeftThread.Start(() =>
            {
                int retired = -1, due = -1;
                for (int i = 0; i < 6; i++)
                {
                    own.V.Store(i, MemoryOrder.Relaxed); // private work: the operation's record
                    own.V.Load(MemoryOrder.Relaxed);
                    int e = epoch.V.Load(MemoryOrder.Acquire);
                    // Winning this CAS starts epoch e+1 (this operation's view of the epoch now lags).
                    bool advanced = i == 1 && epoch.V.TryCompareExchange(e, e + 1, MemoryOrder.AcqRel);
                    int seen = top.V.Load(MemoryOrder.Acquire);
                    int gone = freed.V.Load(MemoryOrder.Acquire);
                    Checker.Assert(gone != seen, $"read value {seen} after it was freed");
                    // Winning this CAS takes value seen.
                    if (top.V.TryCompareExchange(seen, seen + 1, MemoryOrder.AcqRel) && advanced) (retired, due) = (seen, i + 4);
                    if (i == due) freed.V.Store(retired, MemoryOrder.Release);
                }
            }));
        }
        foreach (var th in threads) th.Join();
    }

    /// <summary>The iterations <paramref name="strategy"/> needs to find the late reader with <paramref name="seed"/>, or <paramref name="budget"/>.</summary>
    private int IterationsToLateReader(string strategy, ulong seed, int budget)
    {
        var o = CheckOptions.Default with { Strategy = strategy, Iterations = budget, Seed = seed, ScheduleDirectory = _dir.Path };
        var bug = Checker.Explore(LateReader, o).Bug;
        return bug is null ? budget : bug.Iteration;
    }

    [Fact]
    public void Same_seed_gives_the_same_iterations_and_another_seed_others()
    {
        var o = CheckOptions.Default with { Strategy = "overtake", Iterations = 40, Seed = 2024, ScheduleDirectory = _dir.Path };
        ScheduleCapture.AssertSeedDecidesSchedules(LateReaderNoAssert, o, otherSeed: 2025, distinct: 10);
    }

    /// <summary>The late reader's accesses without its assertion, so that every iteration runs to its end.</summary>
    private static void LateReaderNoAssert()
    {
        var epoch = new Cell();
        var top = new Cell();
        var threads = new List<WeftThread>();
        for (int t = 0; t < 2; t++)
        {
            threads.Add(WeftThread.Start(() =>
            {
                for (int i = 0; i < 3; i++)
                {
                    int e = epoch.V.Load(MemoryOrder.Acquire);
                    if (i == 1) epoch.V.TryCompareExchange(e, e + 1, MemoryOrder.AcqRel);
                    int seen = top.V.Load(MemoryOrder.Acquire);
                    top.V.TryCompareExchange(seen, seen + 1, MemoryOrder.AcqRel);
                }
            }));
        }
        foreach (var th in threads) th.Join();
    }

    [Fact]
    public void Learns_the_contended_loads_and_holds_victims_until_overtaken()
    {
        var overtake = new OvertakeStrategy(seed: 5);
        using (var runtime = new ControlledRuntime(CheckOptions.Default with { Iterations = 30, ScheduleDirectory = _dir.Path }, overtake))
            Assert.Null(runtime.Explore(LateReaderNoAssert, "overtake-contended").Bug);
        // Two contended load sites: the epoch's and the top's (both threads load each; CASes update both).
        Assert.Equal(2, overtake.ContendedSiteCount);
        Assert.True(overtake.HoldsStarted > 10, $"only {overtake.HoldsStarted} holds in 30 iterations");
        Assert.True(overtake.Overtakes > 5, $"only {overtake.Overtakes} overtakes in 30 iterations");
    }

    [Fact]
    public void Holds_nothing_where_no_two_threads_load_a_word_one_updates()
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
                    for (int i = 0; i < 3; i++)
                    {
                        mine.V.Load(MemoryOrder.Acquire);
                        mine.V.TryCompareExchange(i, i + 1, MemoryOrder.AcqRel); // only its owner loads it
                    }
                    shared.V.Store(1, MemoryOrder.Release); // stores only: no read-modify-write updates it
                    shared.V.Load(MemoryOrder.Acquire);
                }));
            }
            foreach (var th in threads) th.Join();
        }
        var overtake = new OvertakeStrategy(seed: 5);
        using (var runtime = new ControlledRuntime(CheckOptions.Default with { Iterations = 20, ScheduleDirectory = _dir.Path }, overtake))
            Assert.Null(runtime.Explore(Private, "overtake-private").Bug);
        Assert.Equal(0, overtake.ContendedSiteCount);
        Assert.Equal(0, overtake.HoldsStarted);
    }

    /// <summary>
    /// Over ten seeds (k × 7919), overtake sampling finds the late reader in a median of 5.5 iterations (at most 17),
    /// stall sampling in 17 (at most 54) and partial-order sampling in 19.5 (at most 72); the case asks for less than half
    /// of either, with the same budget per seed.
    /// </summary>
    [Fact]
    public void Finds_the_late_reader_where_stall_and_pos_do_poorly()
    {
        const int budget = 400;
        var seeds = Enumerable.Range(1, 10).Select(k => (ulong)k * 7919).ToArray();
        double Median(string strategy)
        {
            var found = seeds.Select(s => IterationsToLateReader(strategy, s, budget)).OrderBy(x => x).ToArray();
            return (found[4] + found[5]) / 2.0;
        }
        double overtake = Median("overtake"), stall = Median("stall"), pos = Median("pos");
        Assert.True(overtake * 2 < stall && overtake * 2 < pos, $"overtake {overtake}, stall {stall}, pos {pos}");
    }

    /// <summary>
    /// Budget: `weft bench engine --part bugs --seeds 20` measures overtake's median on this control at about 30
    /// iterations (README "Iterations to first bug"); one fixed seed runs against a budget well above that, far below the
    /// registered budget (8,000), so the case fails if the strategy stops aiming its holds.
    /// </summary>
    [Fact]
    public void Finds_the_debra_rotation_control_within_a_small_budget_and_its_schedule_replays()
    {
        const int budget = 300;
        var test = CanonicalBugTests.Registered("treiber/debra-early-rotation");
        var options = test.Apply(CheckOptions.Default with { Strategy = "overtake", Iterations = budget, Seed = 7919, ScheduleDirectory = _dir.Path });
        var bug = CanonicalBugTests.CaughtAndReplays(test, Checker.Explore(test.Body, options));
        Assert.Equal("overtake", bug.Schedule.Strategy);
        Assert.True(bug.Iteration < budget);
    }
}
