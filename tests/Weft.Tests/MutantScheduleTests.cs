using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Weft.Engine;
using Weft.Reporting;
using Weft.Schedules;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// A memory-order mutant's schedule records the mutant (site, kind, declared and weakened order), so the file alone
/// reproduces the mutant run: it round-trips, <c>weft replay</c> fails the same way without the rerun command, the same
/// steps without the mutant do not, a file without the key (every older schedule) still loads as unmutated, and a mutant
/// naming a site the test does not execute, or an order that is not a one-step weakening, is an input error naming the
/// file, line and column.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class MutantScheduleTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// litmus/mp-release-acquire-ra with its release flag store weakened to relaxed: the message-passing shape with a
    /// relaxed flag, caught under RA. Returns the test, the mutant and the schedule file it wrote.
    /// </summary>
    private (RegisteredTest Test, OrderMutant Mutant, string Path) CaughtMutant()
    {
        var test = CanonicalBugTests.Registered("litmus/mp-release-acquire-ra");
        var settings = new OrderMutationSettings
        {
            Tests = new[] { test },
            Models = new[] { MemoryModel.RA },
            BudgetPerMutant = TimeSpan.FromMinutes(2),
            DiscoveryIterations = 5,
            ScheduleDirectory = _dir.Path,
        };
        var (coverage, failing) = OrderMutationRunner.Discover(settings.Tests, settings);
        Assert.Empty(failing);
        // The second release store in program order publishes the flag.
        var flag = coverage.Keys.Where(s => s.Kind == OrderSiteKind.Store && s.Declared == AccessOrder.Release && Path.GetFileName(s.File) == "Litmus.cs")
            .OrderBy(s => s.Line).Last();
        var mutant = new OrderMutant(flag, AccessOrder.Relaxed);
        var outcome = OrderMutationRunner.RunUnder(mutant, MemoryModel.RA, new[] { test }, settings);
        Assert.Equal(MutationVerdicts.Caught, outcome.Verdict);
        return (test, mutant, outcome.Schedule!);
    }

    [Fact]
    public void A_mutant_schedule_records_the_mutant_and_replays_the_mutant_run()
    {
        var (test, mutant, path) = CaughtMutant();
        var text = File.ReadAllText(path);
        Assert.Contains("mutant:", text, StringComparison.Ordinal);
        Assert.Contains($"site: {mutant.Site.Location}", text, StringComparison.Ordinal);
        Assert.Contains("weakened: relaxed", text, StringComparison.Ordinal);

        // Round trip: the parsed schedule names the same mutant and serializes to the same text (the digest covers it).
        var schedule = ScheduleFile.Read(path);
        Assert.Equal(mutant.Id, schedule.OrderMutant!.Id);
        Assert.Equal(ScheduleFile.Serialize(schedule), ScheduleFile.Serialize(ScheduleFile.Parse(ScheduleFile.Serialize(schedule), "again.yaml")));

        // The file alone reproduces the mutant run: options without a mutant, as `weft replay` passes them.
        var replay = Checker.Replay(schedule, test.Body, test.Apply(CheckOptions.Default));
        Assert.True(replay.Reproduced, replay.Bug?.Describe() ?? "no bug");
        var cli = WeftCli.Run(_dir.Path, null, "replay", path);
        Assert.True(cli.Exit == 2, $"exit {cli.Exit}\n{cli.Out}\n{cli.Err}");
        Assert.Contains("reproduced: ", cli.Out, StringComparison.Ordinal);
        Assert.Contains("with the memory-order mutant " + mutant.Id, cli.Out, StringComparison.Ordinal);

        // Without the key (an older file) the schedule loads as unmutated, and the declared order does not fail that way.
        var old = ScheduleFile.Parse(WithoutDigest(Regex.Replace(text, @"mutant:\n(  .*\n)+", "")), "old.yaml");
        Assert.Null(old.OrderMutant);
        bool failsUnmutated;
        try
        {
            failsUnmutated = Checker.Replay(old, test.Body, test.Apply(CheckOptions.Default)).Reproduced;
        }
        catch (ReplayDivergenceException)
        {
            failsUnmutated = false;
        }
        Assert.False(failsUnmutated);
    }

    [Fact]
    public void A_mutant_naming_an_unknown_site_or_order_is_an_input_error_with_its_position()
    {
        var (_, mutant, path) = CaughtMutant();
        var text = WithoutDigest(File.ReadAllText(path));
        var lines = text.Split('\n');
        int mutantLine = Array.FindIndex(lines, l => l == "mutant:") + 1;

        // A line of the file that has no atomics call: the replay never reaches the site.
        var unknown = Path.Combine(_dir.Path, "unknown-site.yaml");
        File.WriteAllText(unknown, text.Replace($"site: {mutant.Site.Location}", $"site: {mutant.Site.RelativeFile}:9999", StringComparison.Ordinal));
        var run = WeftCli.Run(_dir.Path, null, "replay", unknown);
        Assert.True(run.Exit == 1, $"exit {run.Exit}\n{run.Out}\n{run.Err}");
        Assert.Contains($"{unknown}:{mutantLine + 1}:", run.Err, StringComparison.Ordinal); // the site's line
        Assert.Contains("never executed", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);

        // An order that is not a one-step weakening of the declared one is refused when the file is read.
        var bad = text.Replace("weakened: relaxed", "weakened: acquire", StringComparison.Ordinal);
        var e = Assert.Throws<WeftInputException>(() => ScheduleFile.Parse(bad, "bad.yaml"));
        Assert.Contains($"bad.yaml:{mutantLine + 4}:", e.Message, StringComparison.Ordinal);
        Assert.Contains("not a one-step weakening", e.Message, StringComparison.Ordinal);
        var kind = Assert.Throws<WeftInputException>(() => ScheduleFile.Parse(text.Replace("kind: store", "kind: stor", StringComparison.Ordinal), "kind.yaml"));
        Assert.Contains("unknown mutant kind 'stor'", kind.Message, StringComparison.Ordinal);
    }

    private static string WithoutDigest(string text) => Regex.Replace(text, @"digest: .*\n?", "");
}
