using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Weft.Atomics;

namespace Weft.Tests;

internal static class ScheduleCapture
{
    /// <summary>Runs <paramref name="body"/> and returns the schedule of every iteration, one string per schedule.</summary>
    public static List<string> Explored(Action body, CheckOptions options, out ExplorationResult result)
    {
        using var dir = new TempDir();
        result = Checker.Explore(body, options with
        {
            Monitors = new Func<PropertyMonitor>[] { () => new RecordEveryIteration() },
            StopAtFirstBug = false,
            ScheduleDirectory = dir.Path,
        });
        Xunit.Assert.Equal(result.Iterations, result.Bugs.Count);
        return result.Bugs.Select(b => b.Schedule.Strategy + ": " + string.Join(" | ", b.Schedule.Steps)).ToList();
    }

    /// <summary>
    /// Asserts that the seed of <paramref name="options"/> decides the schedules: two explorations with it record the same
    /// ones, more than <paramref name="distinct"/> of them distinct, and an exploration with <paramref name="otherSeed"/> others.
    /// </summary>
    public static void AssertSeedDecidesSchedules(Action body, CheckOptions options, ulong otherSeed, int distinct)
    {
        var first = Explored(body, options, out _);
        var second = Explored(body, options, out _);
        Xunit.Assert.Equal(first, second);
        Xunit.Assert.True(first.Distinct().Count() > distinct, $"{options.Strategy} explored only {first.Distinct().Count()} distinct schedules");
        Xunit.Assert.NotEqual(first, Explored(body, options with { Seed = otherSeed }, out _));
    }
}
