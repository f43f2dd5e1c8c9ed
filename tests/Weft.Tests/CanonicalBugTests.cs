using System;
using System.IO;
using System.Linq;
using Weft.Scenarios;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Every canonical bug is caught by the default strategy within its stated budget, its schedule replays to the
/// identical failure at the identical step (in memory and from the written file), and its correct variant passes
/// the same budget.
/// </summary>
public sealed class CanonicalBugTests
{
    internal static readonly System.Collections.Generic.IReadOnlyList<RegisteredTest> All = TestRegistry.Discover(typeof(Canonical).Assembly);

    public static TheoryData<string> NegativeControls() => new(All.Where(t => t.NegativeControl && t.Id.StartsWith("canonical/", StringComparison.Ordinal)).Select(t => t.Id));

    public static TheoryData<string> CorrectVariants() => new(All.Where(t => !t.NegativeControl && t.Id.StartsWith("canonical/", StringComparison.Ordinal)).Select(t => t.Id));

    internal static CheckOptions Options(RegisteredTest t) =>
        t.Apply(CheckOptions.Default with { Iterations = t.Budget, ScheduleDirectory = TestPaths.ScheduleDir });

    [Theory]
    [MemberData(nameof(NegativeControls))]
    public void Negative_control_is_caught_and_replays_identically(string id)
    {
        var test = All.Single(t => t.Id == id);
        var result = Checker.Explore(test.Body, Options(test));
        var bug = result.Bug;
        Assert.True(bug is not null, $"{id}: no bug found in {result.Iterations} iterations ({result.Strategy})");
        Assert.Equal(test.ExpectedBug, bug!.Kind);
        Assert.NotNull(bug.SchedulePath);
        Assert.True(File.Exists(bug.SchedulePath));

        var replay = Checker.Replay(bug.SchedulePath!, test.Body);
        Assert.True(replay.Reproduced, $"{id}: replay gave {replay.Bug?.Describe() ?? "no bug"}; recorded {bug.Describe()}");
        Assert.Equal(bug.Kind, replay.Bug!.Kind);
        Assert.Equal(bug.Step, replay.Bug.Step);
        Assert.Equal(bug.Message, replay.Bug.Message);
        Assert.Equal(bug.Thread, replay.Bug.Thread);
    }

    [Theory]
    [MemberData(nameof(CorrectVariants))]
    public void Correct_variant_passes_the_same_budget(string id)
    {
        var test = All.Single(t => t.Id == id);
        var result = Checker.Explore(test.Body, Options(test));
        Assert.True(result.Bug is null, result.Bug?.Describe());
        Assert.Equal(test.Budget, result.Iterations);
    }
}

internal static class TestPaths
{
    public static readonly string ScheduleDir = Path.Combine(Path.GetTempPath(), "weft-tests", "schedules");
}
