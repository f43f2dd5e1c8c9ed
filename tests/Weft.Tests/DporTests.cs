using System;
using System.Linq;
using Weft.Strategies;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Soundness of the dpor strategy (source-set DPOR with sleep sets), checked against plain DFS: on every small
/// registered test that unbounded DFS exhausts, the two searches exhaust and reach the same set of distinct outcomes
/// (the bug or ok, plus the history of state-changing monitor events), DPOR with fewer schedules; the canonical bugs
/// are found and their schedules replay; and the strategy refuses weak memory models.
/// </summary>
public sealed class DporTests
{
    private static RegisteredTest Test(string id) => CanonicalBugTests.All.Single(t => t.Id == id);

    /// <summary>Tests whose whole (unbounded) schedule space DFS exhausts in a few seconds.</summary>
    public static TheoryData<string> SmallTests() => new(
        "canonical/lost-update", "canonical/lost-update-fixed", "canonical/lost-wakeup", "canonical/lost-wakeup-fixed",
        "canonical/two-lock-deadlock", "canonical/two-lock-deadlock-fixed", "litmus/sb-relaxed-sc");

    private static CheckOptions Unbounded(RegisteredTest t, string strategy) =>
        t.Apply(CheckOptions.Default with { Strategy = strategy, PreemptionBound = 1000, Iterations = 100_000 });

    [Theory]
    [MemberData(nameof(SmallTests))]
    public void Dpor_reaches_the_same_outcomes_as_unbounded_dfs_with_fewer_schedules(string id)
    {
        var t = Test(id);
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(t.Body, Unbounded(t, "dfs"));
        var (dpor, dporOutcomes) = OutcomeCollector.Explore(t.Body, Unbounded(t, "dpor"));
        Assert.True(dfs.Exhausted, $"DFS did not exhaust {id} in {dfs.Iterations} schedules");
        Assert.True(dpor.Exhausted, $"DPOR did not exhaust {id} in {dpor.Iterations} schedules");
        Assert.True(dfsOutcomes.SetEquals(dporOutcomes),
            $"{id}: DFS reached {dfsOutcomes.Count} outcomes in {dfs.Iterations} schedules, DPOR {dporOutcomes.Count} in {dpor.Iterations}; " +
            $"only DFS: {string.Join(" | ", dfsOutcomes.Except(dporOutcomes).Take(2))}; only DPOR: {string.Join(" | ", dporOutcomes.Except(dfsOutcomes).Take(2))}");
        Assert.True(dpor.Iterations <= dfs.Iterations, $"{id}: DPOR ran {dpor.Iterations} schedules, DFS {dfs.Iterations}");
    }

    [Theory]
    [InlineData("reclamation/dfs-leak")]
    [InlineData("reclamation/dfs-immediate")]
    public void Unbounded_dpor_reaches_every_outcome_of_bounded_dfs_on_the_reclamation_tests(string id)
    {
        var t = Test(id);
        var (dfs, dfsOutcomes) = OutcomeCollector.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 2, Iterations = 100_000 }));
        var (dpor, dporOutcomes) = OutcomeCollector.Explore(t.Body, Unbounded(t, "dpor"));
        Assert.True(dfs.Exhausted && dpor.Exhausted, $"{id}: DFS exhausted {dfs.Exhausted} ({dfs.Iterations}), DPOR {dpor.Exhausted} ({dpor.Iterations})");
        Assert.True(dporOutcomes.IsSupersetOf(dfsOutcomes),
            $"{id}: DPOR missed {dfsOutcomes.Except(dporOutcomes).Count()} of DFS's {dfsOutcomes.Count} outcomes, e.g. {dfsOutcomes.Except(dporOutcomes).FirstOrDefault()}");
    }

    [Theory]
    [InlineData("canonical/lost-update")]
    [InlineData("canonical/lost-wakeup")]
    [InlineData("canonical/two-lock-deadlock")]
    [InlineData("reclamation/dfs-immediate")]
    public void Dpor_finds_the_canonical_bug_and_the_schedule_replays(string id)
    {
        var t = Test(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dpor", Iterations = 100_000, ScheduleDirectory = TestPaths.ScheduleDir }));
        CanonicalBugTests.CaughtAndReplays(t, r);
    }

    [Fact]
    public void Dpor_refuses_tso_with_a_clear_message()
    {
        var t = Test("canonical/lost-update");
        var e = Assert.Throws<WeftInputException>(() =>
            Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Strategy = "dpor" }) with { MemoryModel = MemoryModel.TSO }));
        Assert.Contains("SC memory model only", e.Message, StringComparison.Ordinal);
    }
}
