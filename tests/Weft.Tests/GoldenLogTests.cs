using System;
using System.IO;
using Weft.Scenarios;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Human output has golden files: the verbose interleaving log of a replayed canonical bug is compared line by
/// line with a checked-in expectation. Set WEFT_UPDATE_GOLDEN=1 to regenerate (then review the diff).
/// </summary>
public sealed class GoldenLogTests
{
    [Theory]
    [InlineData("canonical/lost-update", "lost-update.log")]
    [InlineData("canonical/two-lock-deadlock", "two-lock-deadlock.log")]
    [InlineData("canonical/lost-wakeup", "lost-wakeup.log")]
    public void Interleaving_log_matches_golden_file(string id, string golden)
    {
        var test = CanonicalBugTests.Registered(id);
        // A fixed strategy and seed make the first counterexample, and so its log, deterministic.
        var result = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with
        {
            Strategy = "random",
            Seed = 42,
            Iterations = 1000,
            ScheduleDirectory = TestPaths.ScheduleDir,
        }));
        Assert.NotNull(result.Bug);
        var replay = Checker.Replay(result.Bug!.Schedule, test.Body);
        var actual = string.Join("\n", replay.LogLines) + "\n" + replay.Bug!.Describe().Split('\n')[0] + "\n";

        var path = Path.Combine(SourceDir(), "golden", golden);
        if (Environment.GetEnvironmentVariable("WEFT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run with WEFT_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    private static string SourceDir([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
