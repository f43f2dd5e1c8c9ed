using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Weft.Atomics;

namespace Weft.Tests;

/// <summary>Source positions, so tests can state the exact location the engine must report.</summary>
internal static class Src
{
    /// <summary>The line of the call: put it on the same line as the operation whose location is asserted.</summary>
    public static int Line([CallerLineNumber] int line = 0) => line;

    /// <summary>The file name of the caller, as the engine prints it in locations.</summary>
    public static string File([CallerFilePath] string file = "") => Path.GetFileName(file);

    /// <summary>file:line as the engine prints a location.</summary>
    public static string At(int line, [CallerFilePath] string file = "") =>
        Path.GetFileName(file) + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A fresh directory for schedule files, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "weft-engine-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A shared atomic cell (atomic cells must live in fields, not in captured locals that are copied).</summary>
internal sealed class Cell
{
    public AtomicInt32 V;
}

/// <summary>
/// A monitor that fails at the end of every iteration, so that every iteration produces a bug report carrying its
/// full schedule: the way these tests observe which schedules a strategy explored.
/// </summary>
internal sealed class RecordEveryIteration : PropertyMonitor
{
    public override void OnEvent(object e) { }

    public override void OnIterationEnd() => Fail("end of iteration");
}

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
