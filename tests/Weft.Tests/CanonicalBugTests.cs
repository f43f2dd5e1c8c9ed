using System;
using System.IO;
using System.Linq;
using Weft.Scenarios;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Every registered test, with the default strategy and its stated budget: a negative control is caught as the kind
/// of bug it declares and its schedule file replays to the identical failure at the identical step; every other test
/// passes its whole budget. (The bench/ shapes are measured by `weft bench engine`, not run here.)
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class CanonicalBugTests
{
    internal static readonly System.Collections.Generic.IReadOnlyList<RegisteredTest> All = TestRegistry.Discover(typeof(Canonical).Assembly);

    public static TheoryData<string> NegativeControls() => new(All.Where(t => t.NegativeControl).Select(t => t.Id));

    /// <summary>The registered tests that must pass: not negative controls, not the engine's bench/ shapes.</summary>
    internal static System.Collections.Generic.IEnumerable<RegisteredTest> Correct =>
        All.Where(t => !t.NegativeControl && !t.Id.StartsWith("bench/", StringComparison.Ordinal));

    public static TheoryData<string> CorrectVariants() => new(Correct.Select(t => t.Id));

    internal static CheckOptions Options(RegisteredTest t) =>
        t.Apply(CheckOptions.Default with { Iterations = t.Budget, ScheduleDirectory = TestPaths.ScheduleDir });

    [Theory]
    [MemberData(nameof(NegativeControls))]
    public void Negative_control_is_caught_and_replays_identically(string id)
    {
        var test = Registered(id);
        CaughtAndReplays(test, Checker.Explore(test.Body, Options(test)));
    }

    /// <summary>
    /// The negative-control contract: the bug was found, is of the declared kind (and monitor, when given here or
    /// declared by the test as its ExpectedMonitor), was written to a schedule file, and replaying that file reproduces
    /// the same kind, step, thread and message.
    /// </summary>
    internal static BugReport CaughtAndReplays(RegisteredTest test, ExplorationResult result, string? monitor = null)
    {
        monitor ??= test.ExpectedMonitor;
        var bug = result.Bug;
        Assert.True(bug is not null, $"{test.Id}: no bug found in {result.Iterations} iterations ({result.Strategy})");
        Assert.Equal(test.ExpectedBug, bug!.Kind);
        monitor ??= test.ExpectedMonitor;
        if (monitor is not null) Assert.Equal(monitor, bug.Monitor);
        Assert.NotNull(bug.SchedulePath);
        Assert.True(File.Exists(bug.SchedulePath));

        var replay = Checker.Replay(bug.SchedulePath!, test.Body, test.Apply(CheckOptions.Default));
        Assert.True(replay.Reproduced, $"{test.Id}: replay gave {replay.Bug?.Describe() ?? "no bug"}; recorded {bug.Describe()}");
        Assert.Equal(bug.Kind, replay.Bug!.Kind);
        Assert.Equal(bug.Step, replay.Bug.Step);
        Assert.Equal(bug.Message, replay.Bug.Message);
        Assert.Equal(bug.Thread, replay.Bug.Thread);
        Assert.Equal(bug.Monitor, replay.Bug.Monitor);
        return bug;
    }

    [Theory]
    [MemberData(nameof(CorrectVariants))]
    public void Correct_variant_passes_the_same_budget(string id)
    {
        var test = Registered(id);
        var result = Checker.Explore(test.Body, Options(test));
        Assert.True(result.Bug is null, result.Bug?.Describe());
        Assert.Equal(test.Budget, result.Iterations);
    }

    /// <summary>The registered test <paramref name="id"/>; fails naming <paramref name="id"/> unless exactly one test has it.</summary>
    internal static RegisteredTest Registered(string id)
    {
        var matches = All.Where(t => t.Id == id).Take(2).ToList();
        Assert.True(matches.Count == 1, matches.Count == 0 ? $"no registered test has id '{id}'" : $"more than one registered test has id '{id}'");
        return matches[0];
    }

    [Fact]
    public void Looking_up_an_unregistered_id_fails_naming_it()
    {
        var e = Assert.ThrowsAny<Exception>(() => Registered("no-such/test"));
        Assert.Contains("no registered test has id 'no-such/test'", e.Message, StringComparison.Ordinal);
        Assert.Equal("canonical/lost-update", Registered("canonical/lost-update").Id);
    }

    /// <summary>
    /// <paramref name="test"/> explored by DFS with <paramref name="preemptionBound"/>, up to 200,000 schedules (schedule
    /// files of bugs under <see cref="TestPaths.ScheduleDir"/>).
    /// </summary>
    internal static ExplorationResult ExploreDfs(RegisteredTest test, int preemptionBound = 2) =>
        Checker.Explore(test.Body, test.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = preemptionBound, Iterations = 200_000, ScheduleDirectory = TestPaths.ScheduleDir }));

    /// <summary>The correct-variant contract under DFS: the registered test <paramref name="id"/> explored to exhaustion (<see cref="ExploreDfs"/>) without a bug.</summary>
    internal static ExplorationResult DfsExhaustsWithoutBug(string id, int preemptionBound = 2)
    {
        var result = ExploreDfs(Registered(id), preemptionBound);
        Assert.True(result.Bug is null, result.Bug?.Describe());
        Assert.True(result.Exhausted, $"{id}: not exhausted after {result.Iterations} schedules");
        return result;
    }

    /// <summary>The negative-control contract (<see cref="CaughtAndReplays"/>) under DFS (<see cref="ExploreDfs"/>) for the registered test <paramref name="id"/>: its bug.</summary>
    internal static BugReport DfsCatchesAndReplays(string id, int preemptionBound = 2, string? monitor = null)
    {
        var test = Registered(id);
        return CaughtAndReplays(test, ExploreDfs(test, preemptionBound), monitor);
    }
}
