using System;
using Weft.Strategies;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The measures of the whole (unbounded) space that <c>weft bench engine --part dpor</c> reports where plain DFS
/// cannot exhaust it: the class count of DPOR's complete schedules (<see cref="ClassCountingDpor"/>), which must equal
/// the class count of the whole space that DFS enumerates (<see cref="ClassCountingDfs"/>) when DPOR is sound, with a
/// negative control (a seeded defect of the relation makes DPOR cover fewer classes than the space holds); and Knuth's
/// estimate of the space's schedules (<see cref="SpaceEstimate"/>), which must agree with DFS's exact count where DFS
/// exhausts the space.
/// </summary>
public sealed class DporWholeSpaceTests
{
    private static RegisteredTest Test(string id) => CanonicalBugTests.Registered(id);

    private static CheckOptions Whole(CheckOptions options) =>
        options with { PreemptionBound = 1000, Iterations = 100_000, StopAtFirstBug = false, MinimizeReplays = 0, ScheduleDirectory = TestPaths.ScheduleDir };

    private static (ExplorationResult Result, int Classes) DfsClasses(Action body, CheckOptions options)
    {
        var counter = new ClassCountingDfs(options.PreemptionBound);
        using var rt = new Weft.Engine.ControlledRuntime(options with { Strategy = "dfs" }, counter);
        return (rt.Explore(body, options.TestId!), counter.Classes);
    }

    private static (ExplorationResult Result, ClassCountingDpor Counter) DporClasses(Action body, CheckOptions options, DporDefect defect = DporDefect.None)
    {
        var counter = new ClassCountingDpor(new DporStrategy(defect: defect));
        using var rt = new Weft.Engine.ControlledRuntime(options with { Strategy = "dpor" }, counter);
        return (rt.Explore(body, options.TestId!), counter);
    }

    /// <summary>
    /// On the small tests without a deadlock whose whole space DFS exhausts, DPOR's complete schedules fall into exactly
    /// the space's classes (it runs every class), and each of its iterations is one of them, a repeat of a class, or
    /// abandoned because every candidate slept.
    /// </summary>
    [Theory]
    [InlineData("canonical/lost-update")]
    [InlineData("canonical/lost-update-fixed")]
    [InlineData("canonical/lost-wakeup-fixed")]
    [InlineData("canonical/two-lock-deadlock-fixed")]
    [InlineData("litmus/sb-relaxed-sc")]
    public void Dpor_runs_every_class_of_the_whole_space(string id)
    {
        var t = Test(id);
        var options = Whole(t.Apply(CheckOptions.Default));
        var (dfs, classes) = DfsClasses(t.Body, options);
        var (dpor, counter) = DporClasses(t.Body, options);
        Assert.True(dfs.Exhausted && dpor.Exhausted, $"{id}: DFS exhausted {dfs.Exhausted} ({dfs.Iterations}), DPOR {dpor.Exhausted} ({dpor.Iterations})");
        Assert.Equal(classes, counter.Classes);
        Assert.Equal(dpor.Iterations, counter.Classes + counter.Repeated + counter.Pruned);
        Assert.True(classes < dfs.Iterations, $"{id}: {classes} classes in {dfs.Iterations} schedules");
    }

    /// <summary>
    /// On <c>litmus/sb-relaxed-sc</c> DPOR runs one schedule per class, none twice: each thread's first store touches a
    /// cell no earlier step touched, so the sleep-set inheritance compares the sleeper's pending address with the step
    /// taken instead of taking every new cell for the sleeper's; with the conservative comparison the other thread's
    /// store woke the sleeper and 8 of 20 schedules repeated a class.
    /// </summary>
    [Fact]
    public void Dpor_repeats_no_class_on_store_buffering()
    {
        var t = Test("litmus/sb-relaxed-sc");
        var options = Whole(t.Apply(CheckOptions.Default));
        var (dfs, classes) = DfsClasses(t.Body, options);
        var (dpor, counter) = DporClasses(t.Body, options);
        Assert.True(dfs.Exhausted && dpor.Exhausted);
        Assert.Equal(0, counter.Repeated);
        Assert.Equal(classes, counter.Classes);
        Assert.Equal(classes, (int)dpor.Iterations);
    }

    /// <summary>
    /// Where schedules end in a deadlock, DPOR runs fewer classes than DFS, with the same outcomes: the deadlock is
    /// reported in the step after which no thread can run, and a step that reports a bug is dependent with every step,
    /// so DFS's schedules that differ only in which blocked attempt came last (the main thread's join, or the waiter's
    /// futex wait, in <c>canonical/lost-wakeup</c>) fall into different classes; those attempts are independent of each
    /// other, so DPOR runs one of the orders. The class count of DPOR's schedules is therefore the space's only where
    /// no schedule deadlocks.
    /// </summary>
    [Theory]
    [InlineData("canonical/lost-wakeup", 22, 20)]
    [InlineData("canonical/two-lock-deadlock", 27, 26)]
    public void Dpor_runs_fewer_classes_than_dfs_where_schedules_deadlock(string id, int dfsClasses, int dporClasses)
    {
        var t = Test(id);
        var options = Whole(t.Apply(CheckOptions.Default));
        var (dfs, classes) = DfsClasses(t.Body, options);
        var (dfsOutcomesRun, dfsOutcomes) = OutcomeCollector.Explore(t.Body, options with { Strategy = "dfs" });
        var (dpor, counter) = DporClasses(t.Body, options);
        var (_, dporOutcomes) = OutcomeCollector.Explore(t.Body, options with { Strategy = "dpor" });
        Assert.True(dfs.Exhausted && dpor.Exhausted && dfsOutcomesRun.Exhausted);
        Assert.Equal(dfsClasses, classes);
        Assert.Equal(dporClasses, counter.Classes);
        Assert.Contains(dfsOutcomes, o => o.StartsWith("Deadlock", StringComparison.Ordinal));
        Assert.True(dfsOutcomes.SetEquals(dporOutcomes));
    }

    /// <summary>
    /// Negative control of the class-count comparison (<see cref="Weft.Platform.SeededBug.DporCasCountsAsRead"/>): with
    /// every CAS counted as a read, DPOR never reverses the two CASs of the two-CAS race and runs fewer classes than the
    /// whole space holds under the true relation; the sound relation runs all of them.
    /// </summary>
    [Fact]
    public void Seeded_cas_as_read_makes_dpor_miss_classes_of_the_whole_space()
    {
        var options = Whole(CheckOptions.Default with { TestId = "dpor/cas-race" });
        var (dfs, classes) = DfsClasses(DporTests.CasRace, options);
        var (sound, soundCounter) = DporClasses(DporTests.CasRace, options);
        var (seeded, seededCounter) = DporClasses(DporTests.CasRace, options, DporDefect.CasCountsAsRead);
        Assert.True(dfs.Exhausted && sound.Exhausted && seeded.Exhausted);
        Assert.Equal(classes, soundCounter.Classes);
        Assert.True(seededCounter.Classes < classes, $"the seeded relation ran {seededCounter.Classes} of the space's {classes} classes");
    }

    /// <summary>
    /// Knuth's estimate (2,000 random walks down DFS's decision tree) agrees with the exact number of schedules DFS
    /// enumerates over the whole space: within four standard errors, with a standard error below the estimate.
    /// </summary>
    [Theory]
    [InlineData("canonical/lost-update")]
    [InlineData("canonical/lost-wakeup")]
    [InlineData("canonical/two-lock-deadlock-fixed")]
    public void Knuths_estimate_agrees_with_the_schedules_dfs_enumerates(string id)
    {
        var t = Test(id);
        var options = Whole(t.Apply(CheckOptions.Default));
        var (dfs, _) = OutcomeCollector.Explore(t.Body, options with { Strategy = "dfs" });
        var estimate = new SpaceEstimate(options.Seed);
        using (var rt = new Weft.Engine.ControlledRuntime(options with { Strategy = "random", Iterations = 2000 }, estimate)) rt.Explore(t.Body, options.TestId!);
        Assert.True(dfs.Exhausted);
        Assert.Equal(2000, estimate.Walks);
        Assert.True(estimate.StandardError < estimate.Schedules, $"{id}: estimate {estimate.Schedules} ± {estimate.StandardError}");
        Assert.True(Math.Abs(estimate.Schedules - dfs.Iterations) <= 4 * estimate.StandardError,
            $"{id}: DFS ran {dfs.Iterations} schedules, the estimate is {estimate.Schedules:F0} ± {estimate.StandardError:F0}");
    }
}
