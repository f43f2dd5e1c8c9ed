using System;
using System.IO;
using System.Linq;
using Weft.Schedules;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The release/acquire memory model: every registered test that does not pin a model passes under RA (a small budget
/// each; the nightly runs the full budgets with <c>weft nightly --memory-model ra</c>); schedules record the store a
/// load read and replay it; the option's name round-trips.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class RaTests
{
    /// <summary>The correct tests that do not pin a memory model (those that pin the race detector keep it on).</summary>
    public static TheoryData<string> UnpinnedCorrectTests() => new(CanonicalBugTests.Correct
        .Where(t => t.PinnedMemoryModel is null)
        .Select(t => t.Id));

    [Theory]
    [MemberData(nameof(UnpinnedCorrectTests))]
    public void Registered_test_passes_under_ra(string id)
    {
        var test = CanonicalBugTests.Registered(id);
        var r = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with
        {
            Iterations = Math.Min(50, test.Budget),
            MemoryModel = MemoryModel.RA,
            MinimizeReplays = 0,
            ScheduleDirectory = Path.Combine(Path.GetTempPath(), "weft-ra-tests"),
        }));
        Assert.True(r.Bug is null, $"{id} under RA: {r.Bug?.Message} (replay: {r.Bug?.SchedulePath})");
    }

    /// <summary>
    /// The order the RA sweep found too weak in IBR (Protect's Acquire handle re-read, no fence in Scan): the seeded
    /// control is caught under RA and replays, not under SC or TSO; the fixed code passes the test the sweep failed
    /// (treiber/churn-ibr) with a 20x larger budget than the sweep's.
    /// </summary>
    [Fact]
    public void Ibr_protect_order_found_under_ra_stays_fixed()
    {
        var control = CanonicalBugTests.Registered("treiber/ibr-protect-acquire-ra");
        var options = control.Apply(CheckOptions.Default with { Iterations = control.Budget, MinimizeReplays = 0 });
        var ra = Checker.Explore(control.Body, options);
        Assert.True(control.IsExpectedBug(ra.Bug), $"not caught under RA in {control.Budget} iterations: {ra.Bug?.Message}");
        Assert.True(Checker.Replay(ra.Bug!.Schedule, control.Body, control.Apply(CheckOptions.Default)).Reproduced);
        Assert.Null(Checker.Explore(control.Body, options with { MemoryModel = MemoryModel.SC }).Bug);
        Assert.Null(Checker.Explore(control.Body, options with { MemoryModel = MemoryModel.TSO }).Bug);

        var fixedTest = CanonicalBugTests.Registered("treiber/churn-ibr");
        var r = Checker.Explore(fixedTest.Body, fixedTest.Apply(CheckOptions.Default with { Iterations = 1000, MemoryModel = MemoryModel.RA, MinimizeReplays = 0 }));
        Assert.True(r.Bug is null, $"treiber/churn-ibr under RA: {r.Bug?.Message}");
    }

    [Fact]
    public void Ra_schedule_records_which_store_a_load_read_and_replays_it()
    {
        var test = CanonicalBugTests.Registered("litmus/mp-relaxed-flag-ra");
        var r = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with { Strategy = "random", Iterations = test.Budget, MinimizeReplays = 0 }));
        var schedule = r.Bug!.Schedule;
        Assert.Contains(schedule.Steps, st => !st.IsThread); // the stale read is a value choice
        var text = ScheduleFile.Serialize(schedule);
        Assert.Contains("memory-model: ra", text, StringComparison.Ordinal);
        var back = ScheduleFile.Parse(text, "mp.yaml");
        Assert.Equal(MemoryModel.RA, back.MemoryModel);
        var replay = Checker.Replay(back, test.Body);
        Assert.True(replay.Reproduced);
        Assert.Contains(replay.LogLines, l => l.Contains("read stale 0 (newest 1; 1 newer)", StringComparison.Ordinal));

        // Replayed under SC (the key removed) the value choices no longer happen: a divergence that names the model.
        var sc = ScheduleFile.Parse(text.Replace("memory-model: ra\n", "", StringComparison.Ordinal).Split("digest:")[0], "old.yaml");
        var diverged = Assert.ThrowsAny<Exception>(() => Checker.Replay(sc, test.Body));
        Assert.Contains("ra", diverged.Message, StringComparison.Ordinal);

        // Minimization keeps the value choice the failure needs: the minimized schedule stays RA and reads the stale 0.
        var minimized = ScheduleMinimizer.Minimize(schedule, test.Body, test.Apply(CheckOptions.Default), "mp.yaml");
        Assert.Equal(MemoryModel.RA, minimized.Minimized.MemoryModel);
        Assert.Equal(1, minimized.WeakDecisions);
        var again = Checker.Replay(minimized.Minimized, test.Body);
        Assert.True(again.Reproduced);
        Assert.Contains(again.LogLines, l => l.Contains("read stale 0", StringComparison.Ordinal));
    }

    /// <summary><c>weft replay --memory-model</c>: the recorded model replays the bug (exit 2); another one is refused (exit 1) with a message.</summary>
    [Fact]
    public void Cli_replay_checks_the_memory_model_against_the_schedule()
    {
        var test = CanonicalBugTests.Registered("litmus/mp-relaxed-flag-ra");
        var r = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with { Strategy = "random", Iterations = test.Budget, MinimizeReplays = 0 }));
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "mp.yaml");
        File.WriteAllText(file, ScheduleFile.Serialize(r.Bug!.Schedule));
        var ok = WeftCli.Run(dir.Path, null, "replay", file, "--memory-model", "ra");
        Assert.True(ok.Exit == 2, ok.Out + ok.Err);
        Assert.Contains("reproduced", ok.Out, StringComparison.Ordinal);
        var refused = WeftCli.Run(dir.Path, null, "replay", file, "--memory-model", "tso");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("recorded under memory model ra, not tso", refused.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Err, StringComparison.Ordinal);
    }

    private static System.Collections.Concurrent.ConcurrentDictionary<string, bool>? _outcomes;

    /// <summary>
    /// One location, two threads that each store (1, 2) and then read twice. Each thread's reads must follow the final
    /// modification order (read-read coherence) and never return a store older than its own (write-read coherence),
    /// however the stores were placed in mo.
    /// </summary>
    private static void OneLocationCoherence()
    {
        var x = new Cell();
        int r1 = 0, r2 = 0, r3 = 0, r4 = 0;
        var a = Weft.Threading.WeftThread.Start(() =>
        {
            x.V.Store(1, Weft.Atomics.MemoryOrder.Relaxed);
            r1 = x.V.Load(Weft.Atomics.MemoryOrder.Relaxed);
            r2 = x.V.Load(Weft.Atomics.MemoryOrder.Relaxed);
        });
        var b = Weft.Threading.WeftThread.Start(() =>
        {
            x.V.Store(2, Weft.Atomics.MemoryOrder.Relaxed);
            r3 = x.V.Load(Weft.Atomics.MemoryOrder.Relaxed);
            r4 = x.V.Load(Weft.Atomics.MemoryOrder.Relaxed);
        });
        a.Join();
        b.Join();
        int final = x.V.Load(Weft.Atomics.MemoryOrder.Acquire);
        int Position(int v) => v == 0 ? 0 : v == final ? 2 : 1; // mo: the initial 0, the other store, the final one
        Checker.Assert(Position(r1) <= Position(r2) && Position(r3) <= Position(r4), $"a thread's reads went back in mo: {r1} {r2} / {r3} {r4}, final {final}");
        Checker.Assert(Position(r1) >= Position(1) && Position(r3) >= Position(2), $"a thread read a store older than its own: {r1} {r2} / {r3} {r4}, final {final}");
        _outcomes?.TryAdd(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"final {final}: {r1}{r2} {r3}{r4}"), true);
    }

    /// <summary>
    /// A store placed before newer ones in modification order keeps every location coherent: on one location C11 is
    /// sequentially consistent per location, so DFS to exhaustion under RA observes exactly the outcomes SC does.
    /// </summary>
    [Fact]
    public void Placed_stores_keep_one_location_coherent_as_under_sc()
    {
        string Observe(MemoryModel model)
        {
            _outcomes = new();
            var r = Checker.Explore(OneLocationCoherence, CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 50, Iterations = 200_000, MemoryModel = model });
            Assert.True(r.Bug is null, $"{model}: {r.Bug?.Message}");
            Assert.True(r.Exhausted, $"{model}: not exhausted in {r.Iterations} iterations");
            var seen = string.Join(", ", _outcomes.Keys.OrderBy(k => k, StringComparer.Ordinal));
            _outcomes = null;
            return seen;
        }
        var sc = Observe(MemoryModel.SC);
        Assert.Equal(sc, Observe(MemoryModel.RA));
        Assert.Contains("final 1: 11 21", sc, StringComparison.Ordinal); // the shape does let reads move along mo
    }

    [Fact]
    public void Memory_model_names_round_trip()
    {
        foreach (var m in new[] { MemoryModel.SC, MemoryModel.TSO, MemoryModel.RA })
            Assert.Equal(m, MemoryModels.Parse(MemoryModels.Name(m), "test"));
        var bad = Assert.Throws<WeftInputException>(() => MemoryModels.Parse("c11", "--memory-model"));
        Assert.Contains("expected sc, tso or ra", bad.Message, StringComparison.Ordinal);
    }
}
