using System;
using System.Collections.Generic;
using Weft.Scenarios;
using Weft.Strategies;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Soundness of the dpor strategy under TSO, checked like the SC mode (<see cref="DporTests"/>): on small tests that
/// unbounded DFS exhausts under TSO, unbounded DPOR exhausts too and reaches the same set of distinct outcomes (the bug
/// or ok plus the monitor history, <see cref="OutcomeCollector"/>, and for a litmus test the registers its loads
/// read), with fewer schedules. A flush of a thread's buffered store is a candidate of its own to DPOR and a write of
/// its cell, and a step that drains buffers is dependent with every step and stands for the flushes it made
/// (<see cref="DporEvent"/>, <see cref="DporStrategy"/>). The negative control: with stores taken as written when
/// issued, as under SC (<see cref="Weft.Platform.SeededBug.DporStoresAtIssue"/>), the comparison names the
/// store-buffering outcome DPOR lost (both loads reading 1). RA and the bounded modes under TSO are refused.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class DporWeakMemoryTests
{
    /// <summary>
    /// TSO tests whose whole schedule space DFS exhausts in a few seconds: the TSO litmus tests but
    /// <c>litmus/sb-fence-tso</c> (over 100,000 schedules), and small SC tests run under TSO.
    /// </summary>
    public static TheoryData<string> SmallTsoTests() => new(
        "litmus/sb-relaxed-tso", "litmus/sb-seqcst-tso", "litmus/mp-release-acquire-tso",
        "canonical/lost-update", "canonical/lost-update-fixed", "canonical/lost-wakeup", "canonical/lost-wakeup-fixed",
        "canonical/two-lock-deadlock", "canonical/two-lock-deadlock-fixed", "dpor/yield-arrivals");

    private static CheckOptions UnboundedTso(RegisteredTest t, string strategy) =>
        t.Apply(CheckOptions.Default with { Strategy = strategy, PreemptionBound = 1000, Iterations = 100_000 }) with { MemoryModel = MemoryModel.TSO };

    /// <summary>Explores under <paramref name="options"/>: the result, the outcome set, and the litmus registers each iteration read (empty for other tests).</summary>
    private static (ExplorationResult Result, HashSet<string> Outcomes, IReadOnlySet<string> Registers) Explore(Action body, CheckOptions options)
    {
        HashSet<string> outcomes = new();
        var registers = Litmus.Outcomes(b =>
        {
            var (result, o) = OutcomeCollector.Explore(b, options);
            outcomes = o;
            return result;
        }, body, out var explored);
        return (explored, outcomes, registers);
    }

    [Theory]
    [MemberData(nameof(SmallTsoTests))]
    public void Dpor_under_tso_reaches_the_same_outcomes_as_unbounded_dfs_with_fewer_schedules(string id)
    {
        var t = CanonicalBugTests.Registered(id);
        var dfs = Explore(t.Body, UnboundedTso(t, "dfs"));
        var dpor = Explore(t.Body, UnboundedTso(t, "dpor"));
        Assert.True(dfs.Result.Exhausted, $"DFS did not exhaust {id} under TSO in {dfs.Result.Iterations} schedules");
        Assert.True(dpor.Result.Exhausted, $"DPOR did not exhaust {id} under TSO in {dpor.Result.Iterations} schedules");
        Assert.Null(DporTests.Difference(id, dfs.Result, dfs.Outcomes, dpor.Result, dpor.Outcomes, "DPOR"));
        Assert.Null(OutcomeCollector.Difference("DFS", dfs.Registers, "DPOR", dpor.Registers)); // the registers the loads read
        Assert.True(dpor.Result.Iterations <= dfs.Result.Iterations, $"{id}: DPOR ran {dpor.Result.Iterations} schedules, DFS {dfs.Result.Iterations}");
    }

    /// <summary>
    /// The store-buffering outcome needs flushes as DPOR candidates: under TSO both loads of <c>litmus/sb-relaxed-tso</c>
    /// may read 0 (each before the other thread's flush), which SC never allows, and DPOR reaches it.
    /// </summary>
    [Fact]
    public void Dpor_under_tso_reaches_the_store_buffering_outcome()
    {
        var t = CanonicalBugTests.Registered("litmus/sb-relaxed-tso");
        var dpor = Explore(t.Body, UnboundedTso(t, "dpor"));
        Assert.Contains("r0=0 r1=0", dpor.Registers);
        Assert.Contains(dpor.Outcomes, o => o.StartsWith("Assertion", StringComparison.Ordinal));
    }

    /// <summary>
    /// Negative control of the flush and drain rules (<see cref="Weft.Platform.SeededBug.DporStoresAtIssue"/>): with
    /// the SC relation's view of a store (written when issued: flushes write no cell, drains are ordered only through
    /// their own operation and stand for no flush) no race puts a flush before the other thread's load, and DPOR never
    /// runs both loads after both stores reached memory: the comparison of the registers the loads read names the lost
    /// r0=1 r1=1. (The store-buffering outcome r0=r1=0 survives this defect: the loads that run before the other
    /// thread's exit read 0 without a flush.) DPOR as built reaches every outcome of DFS.
    /// </summary>
    [Fact]
    public void Seeded_stores_at_issue_make_the_comparison_name_the_lost_outcome_of_store_buffering()
    {
        var t = CanonicalBugTests.Registered("litmus/sb-relaxed-tso");
        var dfs = Explore(t.Body, UnboundedTso(t, "dfs"));
        var sound = Explore(t.Body, UnboundedTso(t, "dpor"));
        var seeded = Explore(t.Body, UnboundedTso(t, "dpor") with { DporDefect = DporTests.Seeded(Weft.Platform.SeededBug.DporStoresAtIssue) });
        Assert.True(dfs.Result.Exhausted && sound.Result.Exhausted && seeded.Result.Exhausted);
        Assert.Null(OutcomeCollector.Difference("DFS", dfs.Registers, "DPOR", sound.Registers));
        string? lost = OutcomeCollector.Difference("DFS", dfs.Registers, "DPOR", seeded.Registers);
        Assert.NotNull(lost);
        Assert.Contains("only DFS (1): r0=1 r1=1;", lost, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounded_dpor_refuses_tso_with_a_clear_message()
    {
        var t = CanonicalBugTests.Registered("canonical/lost-update");
        var e = Assert.Throws<WeftInputException>(() =>
            Checker.Explore(t.Body, UnboundedTso(t, "dpor") with { DporBounded = true, PreemptionBound = 2 }));
        Assert.Contains("bounded modes support the SC memory model only", e.Message, StringComparison.Ordinal);
    }
}
