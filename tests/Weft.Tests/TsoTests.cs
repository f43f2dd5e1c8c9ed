using System;
using System.Linq;
using Weft.Schedules;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The TSO memory model: every registered test that does not pin a model passes under TSO (a modest budget each; the
/// nightly runs the full budgets with <c>weft nightly --memory-model tso</c>); the weak-memory negative controls are
/// caught under TSO and not under SC with the same budget; the option, the knob and the schedule format.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class TsoTests
{
    public static TheoryData<string> UnpinnedCorrectTests() => new(CanonicalBugTests.Correct
        .Where(t => t.PinnedMemoryModel is null)
        .Select(t => t.Id));

    [Theory]
    [MemberData(nameof(UnpinnedCorrectTests))]
    public void Registered_test_passes_under_tso(string id)
    {
        var test = CanonicalBugTests.Registered(id);
        var r = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with
        {
            Iterations = Math.Min(100, test.Budget),
            MemoryModel = MemoryModel.TSO,
            MinimizeReplays = 0,
            ScheduleDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weft-tso-tests"),
        }));
        Assert.True(r.Bug is null, $"{id} under TSO: {r.Bug?.Message} (replay: {r.Bug?.SchedulePath})");
    }

    /// <summary>The queues the TSO sweep found non-linearizable before their threshold re-arm became SeqCst: a larger budget each.</summary>
    [Theory]
    [InlineData("scq/linearizable-capacity-1")]
    [InlineData("scq/linearizable-three-threads")]
    [InlineData("lscq/dfs-small")]
    [InlineData("wcq/linearizable-capacity-1")]
    public void Threshold_rearm_regression_stays_fixed_under_tso(string id)
    {
        var test = CanonicalBugTests.Registered(id);
        var r = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with { Iterations = 1000, MemoryModel = MemoryModel.TSO, MinimizeReplays = 0 }));
        Assert.True(r.Bug is null, $"{id} under TSO: {r.Bug?.Message}");
    }

    [Theory]
    [InlineData("treiber/ibr-reservation-release-tso")]
    [InlineData("treiber/debra-announcement-release-tso")]
    public void Weakened_order_is_caught_under_tso_and_not_under_sc(string id)
    {
        var test = CanonicalBugTests.Registered(id);
        Assert.Equal(MemoryModel.TSO, test.PinnedMemoryModel);
        var options = test.Apply(CheckOptions.Default with { Iterations = test.Budget, MinimizeReplays = 0 });
        var tso = Checker.Explore(test.Body, options);
        Assert.True(test.IsExpectedBug(tso.Bug), $"{id}: not caught under TSO in {test.Budget} iterations");
        var replay = Checker.Replay(tso.Bug!.Schedule, test.Body, test.Apply(CheckOptions.Default));
        Assert.True(replay.Reproduced, $"{id}: the TSO schedule did not replay to the same failure");
        var sc = Checker.Explore(test.Body, options with { MemoryModel = MemoryModel.SC });
        Assert.True(sc.Bug is null, $"{id}: caught under SC too: {sc.Bug?.Message}");
    }

    [Fact]
    public void Tso_schedule_round_trips_with_flush_steps_and_old_files_read_as_sc()
    {
        var test = CanonicalBugTests.Registered("litmus/sb-relaxed-tso");
        var r = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with { Strategy = "random", Iterations = test.Budget, MinimizeReplays = 0 }));
        var schedule = r.Bug!.Schedule;
        var text = ScheduleFile.Serialize(schedule);
        Assert.Contains("memory-model: tso", text, StringComparison.Ordinal);
        var back = ScheduleFile.Parse(text, "sb.yaml");
        Assert.Equal(MemoryModel.TSO, back.MemoryModel);
        Assert.Equal(schedule.Steps, back.Steps);
        var replay = Checker.Replay(back, test.Body);
        Assert.True(replay.Reproduced);
        Assert.Contains(replay.LogLines, l => l.Contains("(buffered)", StringComparison.Ordinal));
        Assert.Contains(replay.LogLines, l => l.Contains(" has 1 buffered)", StringComparison.Ordinal));

        // The same file without the key (as every schedule written before the weak mode) is SC: its flush steps diverge.
        var sc = ScheduleFile.Parse(text.Replace("memory-model: tso\n", "", StringComparison.Ordinal).Split("digest:")[0], "old.yaml");
        Assert.Equal(MemoryModel.SC, sc.MemoryModel);
        if (schedule.Steps.Any(st => st.Op == OpKind.Flush))
        {
            var diverged = Assert.ThrowsAny<Exception>(() => Checker.Replay(sc, test.Body));
            Assert.Contains("memory-model: tso", diverged.Message, StringComparison.Ordinal);
        }

        // Minimization handles the flush steps: the minimized schedule stays TSO and fails the same way.
        var minimized = ScheduleMinimizer.Minimize(schedule, test.Body, test.Apply(CheckOptions.Default), "sb.yaml");
        Assert.Equal(MemoryModel.TSO, minimized.Minimized.MemoryModel);
        Assert.True(Checker.Replay(minimized.Minimized, test.Body).Reproduced);
    }

    [Fact]
    public void Memory_model_knob_is_parsed_strictly()
    {
        Assert.Equal(MemoryModel.TSO, CheckOptions.Default.WithEnvironment(n => n == "WEFT_MEMORY_MODEL" ? "tso" : null).MemoryModel);
        Assert.Equal(MemoryModel.SC, CheckOptions.Default.WithEnvironment(n => n == "WEFT_MEMORY_MODEL" ? "sc" : null).MemoryModel);
        Assert.Equal(MemoryModel.RA, CheckOptions.Default.WithEnvironment(n => n == "WEFT_MEMORY_MODEL" ? "ra" : null).MemoryModel);
        var bad = Assert.Throws<WeftInputException>(() => CheckOptions.Default.WithEnvironment(n => n == "WEFT_MEMORY_MODEL" ? "TSO " : null));
        Assert.Contains("WEFT_MEMORY_MODEL", bad.Message, StringComparison.Ordinal);
    }
}
