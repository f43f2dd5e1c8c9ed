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
/// Partial-order sampling (<c>pos</c>) and reads-from guided fuzzing (<c>rff</c>): each finds the canonical bugs and its
/// schedules replay; the same seed gives the same iterations; the fuzzer's corpus grows exactly when an iteration
/// exercises a new reads-from pair; POS reassigns priorities on races only; the default portfolio carries both (and stall
/// sampling, StallStrategyTests).
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class SamplingStrategyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// Budgets: lost update is found within a few iterations by every sampler; ABA needs a popper to stall before its
    /// CAS on top while the other thread pops twice and pushes twice, and both strategies reassign the stalled CAS's
    /// priority whenever another thread touches top, so it takes them hundreds of iterations (median 522 and 1,120 over
    /// ten seeds in `weft bench engine`): the budget is the registered one's order, not a tuned figure.
    /// </summary>
    [Theory]
    [InlineData("pos", "canonical/lost-update", 100)]
    [InlineData("rff", "canonical/lost-update", 100)]
    [InlineData("pos", "canonical/two-lock-deadlock", 100)]
    [InlineData("rff", "canonical/two-lock-deadlock", 100)]
    [InlineData("pos", "canonical/treiber-aba", 5000)]
    [InlineData("rff", "canonical/treiber-aba", 5000)]
    public void Strategy_finds_the_canonical_bug_and_its_schedule_replays(string strategy, string id, int budget)
    {
        var test = CanonicalBugTests.Registered(id);
        var options = test.Apply(CheckOptions.Default with { Strategy = strategy, Iterations = budget, ScheduleDirectory = _dir.Path });
        var bug = CanonicalBugTests.CaughtAndReplays(test, Checker.Explore(test.Body, options));
        Assert.Equal(strategy, bug.Schedule.Strategy);
        Assert.Contains($"strategy: {strategy}", System.IO.File.ReadAllText(bug.SchedulePath!), StringComparison.Ordinal);
    }

    /// <summary>Three threads racing on two cells, with a value choice: many schedules, many reads-from pairs.</summary>
    private static void Racing()
    {
        var a = new Cell();
        var b = new Cell();
        var threads = new List<WeftThread>();
        for (int t = 0; t < 3; t++)
        {
            int me = t;
            threads.Add(WeftThread.Start(() =>
            {
                for (int i = 0; i < 3; i++)
                {
                    if (a.V.Load(MemoryOrder.Acquire) == me) b.V.Store(me, MemoryOrder.Release);
                    else a.V.Store(b.V.Load(MemoryOrder.Acquire), MemoryOrder.Release);
                }
                if (Checker.Choose(3) == 2) a.V.FetchAdd(1, MemoryOrder.Relaxed);
            }));
        }
        foreach (var th in threads) th.Join();
    }

    [Theory]
    [InlineData("pos")]
    [InlineData("rff")]
    public void Same_seed_gives_the_same_iterations_and_another_seed_others(string strategy)
    {
        var o = CheckOptions.Default with { Strategy = strategy, Iterations = 40, Seed = 2024, ScheduleDirectory = _dir.Path };
        ScheduleCapture.AssertSeedDecidesSchedules(Racing, o, otherSeed: 2025, distinct: 10);
    }

    [Fact]
    public void Rff_corpus_grows_with_new_reads_from_pairs_and_mutates_it()
    {
        var rff = new RffStrategy(seed: 11);
        using (var runtime = new ControlledRuntime(CheckOptions.Default with { Iterations = 150, ScheduleDirectory = _dir.Path }, rff))
            Assert.Null(runtime.Explore(Racing, "rff-corpus").Bug);
        // Every corpus entry is an iteration that exercised a pair first; the first iteration always does.
        Assert.InRange(rff.CorpusSize, 2, 150);
        Assert.True(rff.CoveredPairs > rff.CorpusSize, $"{rff.CoveredPairs} pairs, {rff.CorpusSize} schedules");
        Assert.True(rff.MutatedIterations > 50, $"only {rff.MutatedIterations} of 150 iterations followed a mutant");
    }

    [Fact]
    public void Rff_corpus_stays_at_one_schedule_when_no_interleaving_changes_what_a_load_reads()
    {
        // Two threads on private cells: every schedule exercises the same pairs, so only the first iteration is new.
        static void Private()
        {
            var x = new Cell();
            var y = new Cell();
            var t = WeftThread.Start(() => { for (int i = 0; i < 4; i++) x.V.Store(x.V.Load(MemoryOrder.Acquire) + 1, MemoryOrder.Release); });
            for (int i = 0; i < 4; i++) y.V.Store(y.V.Load(MemoryOrder.Acquire) + 1, MemoryOrder.Release);
            t.Join();
        }
        var rff = new RffStrategy(seed: 3);
        using (var runtime = new ControlledRuntime(CheckOptions.Default with { Iterations = 60, ScheduleDirectory = _dir.Path }, rff))
            Assert.Null(runtime.Explore(Private, "rff-private").Bug);
        Assert.Equal(1, rff.CorpusSize);
    }

    [Fact]
    public void Pos_reassigns_priorities_of_racing_pending_operations_only()
    {
        // Threads 1 and 2 are paused at stores to one cell, thread 3 at a load of another. Whichever of 1 and 2 runs,
        // the other's priority is redrawn; thread 3's never is, so once it outranks a thread it keeps doing so until it
        // runs itself. Observable: over many iterations, both racing threads get to run first after the other.
        var threads = new List<ControlledThread>
        {
            Pending(0, OpKind.Start, 0), Pending(1, OpKind.Store, 0x1000), Pending(2, OpKind.Store, 0x1000), Pending(3, OpKind.Load, 0x2000),
        };
        var pos = new PosStrategy(seed: 9);
        pos.Attach(threads);
        int[] enabled = { 1, 2, 3 };
        var firstPairs = new HashSet<(int, int)>();
        for (int iteration = 0; iteration < 200; iteration++)
        {
            pos.PrepareIteration(iteration);
            int a = enabled[pos.NextThread(enabled, -1, 1)];
            int b = enabled[pos.NextThread(enabled, a, 2)];
            firstPairs.Add((a, b));
        }
        Assert.Contains((1, 2), firstPairs);
        Assert.Contains((2, 1), firstPairs);
        Assert.True(PendingAccess.Race(threads[1], threads[2]));
        Assert.False(PendingAccess.Race(threads[1], threads[3]));
        Assert.False(PendingAccess.Race(Pending(4, OpKind.Load, 0x1000), Pending(5, OpKind.Load, 0x1000)));
    }

    private static ControlledThread Pending(int id, OpKind op, int cell) =>
        new(id, null!, () => { }) { PendingOp = op, PendingCell = cell };

    [Fact]
    public void Portfolio_gives_rff_and_overtake_four_turns_and_stall_three_per_rotation()
    {
        var o = CheckOptions.Default with { Iterations = 28, ScheduleDirectory = _dir.Path };
        var schedules = ScheduleCapture.Explored(Racing, o, out var r);
        var names = schedules.Select(s => s[..s.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(names.Take(14), names.Skip(14));
        Assert.Equal(new[] { "pct(d=2)", "pos", "delay(d=2)", "rff", "stall", "overtake", "rff", "stall", "overtake", "rff", "stall", "overtake", "rff", "overtake" }, names.Take(14));
        Assert.Equal(2, r.IterationsByStrategy["pos"]);
        Assert.Equal(8, r.IterationsByStrategy["rff"]);
        Assert.Equal(6, r.IterationsByStrategy["stall"]);
        Assert.Equal(8, r.IterationsByStrategy["overtake"]);
        Assert.Equal("portfolio[pct(d=2), pos, delay(d=2), rff x4, stall x3, overtake x4]", r.Strategy);
    }

    [Theory]
    [InlineData("treiber/linearizable-ibr")]
    [InlineData("treiber/linearizable-debra")]
    [InlineData("canonical/lost-update-fixed")]
    public void Portfolio_passes_a_correct_test_over_its_budget(string id)
    {
        var test = CanonicalBugTests.Registered(id);
        var result = Checker.Explore(test.Body, CanonicalBugTests.Options(test));
        Assert.True(result.Bug is null, result.Bug?.Describe());
        Assert.Equal(test.Budget, result.Iterations);
        Assert.True(result.IterationsByStrategy.GetValueOrDefault("rff") > 0 && result.IterationsByStrategy.GetValueOrDefault("pos") > 0
            && result.IterationsByStrategy.GetValueOrDefault("stall") > 0);
    }
}
