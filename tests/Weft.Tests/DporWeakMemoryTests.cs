using System;
using System.Collections.Generic;
using System.Linq;
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
/// store-buffering outcome DPOR lost (both loads reading 1). RA has its own tests (<see cref="DporReleaseAcquireTests"/>).
///
/// The bounded modes under TSO are checked against bounded DFS under TSO at preemption bounds 1 and 2, where a flush
/// taken while the current thread could go on costs a preemption (<see cref="Engine.DecisionDfs.Decision.Cost"/>): bounded
/// DPOR reaches the same outcomes, and the class-bounded DPOR the same outcomes and every class of DFS's schedules
/// (<see cref="ClassCover"/>). The negative controls: counting a flush as a thread of its own
/// (<see cref="Weft.Platform.SeededBug.DporFlushesSwitchThreads"/>) makes the class cover name the classes it lost;
/// stores taken as written when issued make the class-bounded register comparison name a lost outcome, and races of a
/// thread's last step taken for causal orders (<see cref="Weft.Platform.SeededBug.DporThreadEndsCausal"/>) the bounded one.
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

    /// <summary>Each of <see cref="SmallTsoTests"/> at preemption bounds 1 and 2.</summary>
    public static TheoryData<string, int> SmallTsoTestsAtBounds()
    {
        var data = new TheoryData<string, int>();
        foreach (var row in SmallTsoTests())
            foreach (int bound in new[] { 1, 2 }) data.Add(row.Data, bound);
        return data;
    }

    private static CheckOptions BoundedTso(RegisteredTest t, int bound) =>
        t.Apply(CheckOptions.Default with { PreemptionBound = bound, Iterations = 100_000 }) with { MemoryModel = MemoryModel.TSO };

    private static CheckOptions UnboundedTso(RegisteredTest t, string strategy) =>
        t.Apply(CheckOptions.Default with { Strategy = strategy, PreemptionBound = 1000, Iterations = 100_000 }) with { MemoryModel = MemoryModel.TSO };

    /// <summary>Explores under <paramref name="options"/>: the result, the outcome set, and the litmus registers each iteration read (empty for other tests).</summary>
    internal static (ExplorationResult Result, HashSet<string> Outcomes, IReadOnlySet<string> Registers) Explore(Action body, CheckOptions options)
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

    /// <summary>
    /// Bounded DPOR (bounded partial-order reduction, <c>--dpor-bound schedule</c>) under TSO against bounded DFS under
    /// TSO with the same preemption bound: both exhaust, with the same outcomes and the same registers read.
    /// </summary>
    [Theory]
    [MemberData(nameof(SmallTsoTestsAtBounds))]
    public void Bounded_dpor_under_tso_reaches_the_outcomes_of_bounded_dfs(string id, int bound)
    {
        var t = CanonicalBugTests.Registered(id);
        var dfs = Explore(t.Body, BoundedTso(t, bound) with { Strategy = "dfs" });
        var dpor = Explore(t.Body, BoundedTso(t, bound) with { Strategy = "dpor", DporBounded = true });
        Assert.True(dfs.Result.Exhausted && dpor.Result.Exhausted, $"{id}: DFS {dfs.Result.Iterations}, bounded DPOR {dpor.Result.Iterations} schedules");
        Assert.Null(DporTests.Difference(id, dfs.Result, dfs.Outcomes, dpor.Result, dpor.Outcomes, "bounded DPOR"));
        Assert.Null(OutcomeCollector.Difference("DFS", dfs.Registers, "bounded DPOR", dpor.Registers));
    }

    /// <summary>
    /// The class-bounded DPOR (<c>--dpor-bound class</c>) under TSO against bounded DFS under TSO: the same outcomes, every
    /// class of DFS's schedules among the classes of the runs it kept (but those unbounded DPOR leaves out too, where a
    /// blocked join attempt comes, as in <see cref="DporTests"/>), and no class outside the bound.
    /// </summary>
    [Theory]
    [MemberData(nameof(SmallTsoTestsAtBounds))]
    public void Class_bounded_dpor_under_tso_covers_the_classes_of_bounded_dfs(string id, int bound)
    {
        var t = CanonicalBugTests.Registered(id);
        var options = BoundedTso(t, bound);
        var dfs = ClassCover.Dfs(t.Body, options);
        var classBounded = ClassCover.ClassBounded(t.Body, options);
        var unbounded = ClassCover.Unbounded(t.Body, options);
        Assert.True(dfs.Result.Exhausted && classBounded.Result.Exhausted && unbounded.Result.Exhausted);
        Assert.Null(DporTests.Difference(id, dfs.Result, dfs.Outcomes, classBounded.Result, classBounded.Outcomes, "class-bounded DPOR"));
        var reachable = dfs.Keys.Where(k => unbounded.Keys.Contains(k)).ToList();
        Assert.Equal(0, ClassCover.Missing(reachable, classBounded.Keys));
        Assert.Equal(0, ClassCover.Missing(classBounded.Keys, dfs.Keys));
    }

    /// <summary>
    /// Negative control of the flush count (<see cref="Weft.Platform.SeededBug.DporFlushesSwitchThreads"/>): taking a flush
    /// candidate for a thread of its own, so that going back to the thread a flush interrupted costs a preemption DFS
    /// does not count, the class-bounded DPOR leaves out classes of bounded DFS's schedules (1 of 13 on
    /// <c>canonical/lost-wakeup</c> at bound 1, 25 of 103 on <c>litmus/sb-relaxed-tso</c> at bound 2, counting those
    /// unbounded DPOR runs), and the class cover names them; the search as built leaves out none. (The outcome sets stay
    /// equal on these tests: the cover is the stronger check.)
    /// </summary>
    [Theory]
    [InlineData("canonical/lost-wakeup", 1)]
    [InlineData("litmus/sb-relaxed-tso", 2)]
    public void Seeded_flushes_switching_threads_make_the_class_cover_name_what_class_bounded_dpor_loses_under_tso(string id, int bound)
    {
        var t = CanonicalBugTests.Registered(id);
        var options = BoundedTso(t, bound);
        var dfs = ClassCover.Dfs(t.Body, options);
        var unbounded = ClassCover.Unbounded(t.Body, options);
        var reachable = dfs.Keys.Where(k => unbounded.Keys.Contains(k)).ToList();
        var sound = ClassCover.ClassBounded(t.Body, options);
        var seeded = ClassCover.ClassBounded(t.Body, options, DporTests.Seeded(Weft.Platform.SeededBug.DporFlushesSwitchThreads));
        Assert.True(dfs.Result.Exhausted && sound.Result.Exhausted && seeded.Result.Exhausted);
        Assert.Equal(0, ClassCover.Missing(reachable, sound.Keys));
        Assert.True(ClassCover.Missing(reachable, seeded.Keys) > 0, $"{id}: the seeded flush count lost no class: {seeded.Result.Iterations} schedules");
    }

    /// <summary>
    /// The bounded DPOR comparison under TSO can fail: with every race of a thread's last step taken for a causal order
    /// (<see cref="Weft.Platform.SeededBug.DporThreadEndsCausal"/>, no backtrack point for it) bounded DPOR loses an outcome
    /// of bounded DFS on <c>litmus/sb-relaxed-tso</c> at bounds 1 and 2, and the comparison names it. (The flush rules
    /// themselves, <see cref="Weft.Platform.SeededBug.DporStoresAtIssue"/> and
    /// <see cref="Weft.Platform.SeededBug.DporFlushesSwitchThreads"/>, lose nothing in this mode on these tests: its
    /// persistent sets add every candidate where a race's thread is not one.)
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Seeded_thread_ends_causal_makes_the_bounded_comparison_under_tso_name_a_lost_outcome(int bound)
    {
        var t = CanonicalBugTests.Registered("litmus/sb-relaxed-tso");
        var options = BoundedTso(t, bound);
        var dfs = Explore(t.Body, options with { Strategy = "dfs" });
        var sound = Explore(t.Body, options with { Strategy = "dpor", DporBounded = true });
        var seeded = Explore(t.Body, options with { Strategy = "dpor", DporBounded = true, DporDefect = DporTests.Seeded(Weft.Platform.SeededBug.DporThreadEndsCausal) });
        Assert.True(dfs.Result.Exhausted && sound.Result.Exhausted && seeded.Result.Exhausted);
        Assert.Null(DporTests.Difference(t.Id, dfs.Result, dfs.Outcomes, sound.Result, sound.Outcomes, "bounded DPOR"));
        string? lost = DporTests.Difference(t.Id, dfs.Result, dfs.Outcomes, seeded.Result, seeded.Outcomes, "bounded DPOR");
        Assert.NotNull(lost);
        Assert.Contains("only DFS (1)", lost, StringComparison.Ordinal);
    }

    /// <summary>
    /// The register comparison of the class-bounded mode under TSO: with stores taken as written when issued
    /// (<see cref="Weft.Platform.SeededBug.DporStoresAtIssue"/>) the class-bounded DPOR never runs a schedule in which the
    /// message-passing reader loads flag=0 and then data=1, and loses that outcome of bounded DFS on
    /// <c>litmus/mp-release-acquire-tso</c> at bound 1; the register comparison names it.
    /// </summary>
    [Fact]
    public void Seeded_stores_at_issue_make_the_class_bounded_register_comparison_under_tso_name_the_lost_outcome()
    {
        var t = CanonicalBugTests.Registered("litmus/mp-release-acquire-tso");
        var options = BoundedTso(t, 1) with { Strategy = "dpor", DporBounded = true, DporSleep = DporBoundedSleep.ClassBounded };
        var dfs = Explore(t.Body, options with { Strategy = "dfs" });
        var sound = Explore(t.Body, options);
        var seeded = Explore(t.Body, options with { DporDefect = DporTests.Seeded(Weft.Platform.SeededBug.DporStoresAtIssue) });
        Assert.True(dfs.Result.Exhausted && sound.Result.Exhausted && seeded.Result.Exhausted);
        Assert.Null(OutcomeCollector.Difference("DFS", dfs.Registers, "class-bounded DPOR", sound.Registers));
        string? lost = OutcomeCollector.Difference("DFS", dfs.Registers, "class-bounded DPOR", seeded.Registers);
        Assert.NotNull(lost);
        Assert.Contains("only DFS (1): flag=0 data=1;", lost, StringComparison.Ordinal);
    }
}
