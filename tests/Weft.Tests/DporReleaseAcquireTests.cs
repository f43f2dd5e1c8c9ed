using System;
using System.Collections.Generic;
using Weft.Scenarios;
using Weft.Strategies;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Soundness of the dpor strategy under the release/acquire model (<see cref="MemoryModel.RA"/>), checked like SC and
/// TSO (<see cref="DporTests"/>, <see cref="DporWeakMemoryTests"/>): on tests that unbounded DFS exhausts under RA,
/// unbounded DPOR exhausts too and reaches the same set of distinct outcomes (the bug or ok plus the monitor history,
/// and for a litmus test the registers its loads read), in no more schedules; the bounded modes reach bounded DFS's.
/// What RA adds to the relation (<see cref="DporStrategy"/>): the SeqCst order's clock is state shared by every SeqCst
/// operation and full fence (a join reads it, a publication writes it); the steps run while a promise waits for its
/// store are dependent with every step; and a step that discards the execution (a broken promise) backtracks to every
/// other candidate at its decision, as a step that reports a bug does. The negative controls remove the first and the
/// last rule (<see cref="Weft.Platform.SeededBug.DporSeqCstClockIgnored"/>,
/// <see cref="Weft.Platform.SeededBug.DporDiscardBacktracksNothing"/>) on the shapes built for them
/// (<see cref="DporReleaseAcquireShapes"/>), and the comparison names what DPOR lost.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class DporReleaseAcquireTests
{
    /// <summary>
    /// The RA litmus tests and small SC tests run under RA: unbounded DFS exhausts each in a few seconds. Not the
    /// IRIW tests: DFS runs over 100,000 schedules of their five threads.
    /// </summary>
    public static TheoryData<string> SmallRaTests() => new(
        "litmus/sb-relaxed-ra", "litmus/sb-seqcst-ra", "litmus/sb-fence-ra", "litmus/mp-release-acquire-ra",
        "litmus/mp-relaxed-flag-ra", "litmus/mp-fence-ra", "litmus/lb-relaxed-ra", "litmus/lb-release-acquire-ra",
        "litmus/lb-dependency-ra", "litmus/2+2w-relaxed-ra",
        "litmus/2+2w-seqcst-ra", "litmus/2+2w-fence-ra",
        "canonical/lost-update", "canonical/lost-update-fixed", "canonical/lost-wakeup", "canonical/lost-wakeup-fixed",
        "canonical/two-lock-deadlock", "canonical/two-lock-deadlock-fixed", "dpor/yield-arrivals", "dpor/ra-fence-order",
        "dpor/ra-lb-trailing-fence");

    internal static CheckOptions UnboundedRa(RegisteredTest t, string strategy) =>
        t.Apply(CheckOptions.Default with { Strategy = strategy, PreemptionBound = 1000, Iterations = 100_000 }) with { MemoryModel = MemoryModel.RA };

    /// <summary>Explores under <paramref name="options"/>: the result, the outcome set and the litmus registers (<see cref="DporWeakMemoryTests.Explore"/>).</summary>
    private static (ExplorationResult Result, HashSet<string> Outcomes, IReadOnlySet<string> Registers) Explore(Action body, CheckOptions options) =>
        DporWeakMemoryTests.Explore(body, options);

    [Theory]
    [MemberData(nameof(SmallRaTests))]
    public void Dpor_under_ra_reaches_the_same_outcomes_as_unbounded_dfs_in_no_more_schedules(string id)
    {
        var t = CanonicalBugTests.Registered(id);
        var dfs = Explore(t.Body, UnboundedRa(t, "dfs"));
        var dpor = Explore(t.Body, UnboundedRa(t, "dpor"));
        Assert.True(dfs.Result.Exhausted, $"DFS did not exhaust {id} under RA in {dfs.Result.Iterations} schedules");
        Assert.True(dpor.Result.Exhausted, $"DPOR did not exhaust {id} under RA in {dpor.Result.Iterations} schedules");
        Assert.Null(DporTests.Difference(id, dfs.Result, dfs.Outcomes, dpor.Result, dpor.Outcomes, "DPOR"));
        Assert.Null(OutcomeCollector.Difference("DFS", dfs.Registers, "DPOR", dpor.Registers));
        Assert.True(dpor.Result.Iterations <= dfs.Result.Iterations, $"{id}: DPOR ran {dpor.Result.Iterations} schedules, DFS {dfs.Result.Iterations}");
    }

    /// <summary>The weak outcomes RA allows and SC does not are among DPOR's: load buffering's needs a promise.</summary>
    [Theory]
    [InlineData("litmus/lb-relaxed-ra", "r0=1 r1=1")]
    [InlineData("litmus/2+2w-relaxed-ra", "x=1 y=1")]
    [InlineData("litmus/sb-relaxed-ra", "r0=0 r1=0")]
    public void Dpor_under_ra_reaches_the_weak_outcome(string id, string registers)
    {
        var t = CanonicalBugTests.Registered(id);
        var dpor = Explore(t.Body, UnboundedRa(t, "dpor"));
        Assert.Contains(registers, dpor.Registers);
    }

    /// <summary>
    /// The bounded modes under RA (bounded partial-order reduction, and the class-bounded search) reach the outcome set of
    /// bounded DFS at the same preemption bound; a value choice is not a preemption, in DFS or in either mode.
    /// </summary>
    [Theory]
    [MemberData(nameof(SmallRaTests))]
    public void Bounded_dpor_under_ra_reaches_the_same_outcomes_as_bounded_dfs(string id)
    {
        var t = CanonicalBugTests.Registered(id);
        var options = UnboundedRa(t, "dfs") with { PreemptionBound = 1 };
        var dfs = Explore(t.Body, options);
        Assert.True(dfs.Result.Exhausted, $"bounded DFS did not exhaust {id} under RA");
        foreach (var sleep in new[] { DporBoundedSleep.NoBacktrackExcluded, DporBoundedSleep.ClassBounded })
        {
            var dpor = Explore(t.Body, options with { Strategy = "dpor", DporBounded = true, DporSleep = sleep });
            Assert.True(dpor.Result.Exhausted, $"{sleep}: DPOR did not exhaust {id} under RA");
            Assert.Null(DporTests.Difference(id, dfs.Result, dfs.Outcomes, dpor.Result, dpor.Outcomes, $"DPOR ({sleep})"));
            Assert.Null(OutcomeCollector.Difference("DFS", dfs.Registers, $"DPOR ({sleep})", dpor.Registers));
        }
    }

    /// <summary>
    /// Negative control of the SeqCst clock rule (<see cref="Weft.Platform.SeededBug.DporSeqCstClockIgnored"/>): with
    /// the two fences of <c>dpor/ra-fence-order</c> independent, DPOR never runs the reader's fence first after it read
    /// f=1, and the comparison names the lost outcome (the reader's stale x=0). DPOR as built reaches it.
    /// </summary>
    [Fact]
    public void Seeded_seqcst_clock_ignored_loses_the_fence_order_outcome()
    {
        string lost = SeededLoses("dpor/ra-fence-order", Weft.Platform.SeededBug.DporSeqCstClockIgnored);
        Assert.Contains("only DFS (1): Assertion : the reader saw f=1 and then the older x=0", lost, StringComparison.Ordinal);
    }

    /// <summary>
    /// Negative control of the discard rule (<see cref="Weft.Platform.SeededBug.DporDiscardBacktracksNothing"/>): in
    /// <c>dpor/ra-lb-trailing-fence</c> the first schedule under each promise runs the loader on to its fence and is
    /// discarded before the promising thread ran again, so only the discard's backtrack point runs the promising thread
    /// first; without it the comparison names the lost r0=r1=1.
    /// </summary>
    [Fact]
    public void Seeded_discard_backtracking_nothing_loses_load_buffering_with_trailing_fences()
    {
        string lost = SeededLoses("dpor/ra-lb-trailing-fence", Weft.Platform.SeededBug.DporDiscardBacktracksNothing);
        Assert.Contains("only DFS (1): Assertion : load buffering: each load read the other thread's later store (r0=r1=1)", lost, StringComparison.Ordinal);
    }

    /// <summary>
    /// Unbounded DFS, DPOR as built and DPOR with <paramref name="bug"/> exhaust the test under RA; DPOR as built reaches
    /// DFS's outcomes exactly; returns what the comparison says the seeded search lost (the test fails if nothing).
    /// </summary>
    private static string SeededLoses(string id, Weft.Platform.SeededBug bug)
    {
        var t = CanonicalBugTests.Registered(id);
        var dfs = Explore(t.Body, UnboundedRa(t, "dfs"));
        var sound = Explore(t.Body, UnboundedRa(t, "dpor"));
        var seeded = Explore(t.Body, UnboundedRa(t, "dpor") with { DporDefect = DporTests.Seeded(bug) });
        Assert.True(dfs.Result.Exhausted && sound.Result.Exhausted && seeded.Result.Exhausted);
        Assert.Null(DporTests.Difference(id, dfs.Result, dfs.Outcomes, sound.Result, sound.Outcomes, "DPOR"));
        string? lost = DporTests.Difference(id, dfs.Result, dfs.Outcomes, seeded.Result, seeded.Outcomes, "DPOR");
        Assert.NotNull(lost);
        return lost!;
    }

    /// <summary>
    /// A futex wait that returns at once (the word changed) is a turn of a spin loop, so the waiter's next load makes
    /// progress like a load after a yield: unbounded DFS under RA exhausts <c>canonical/lost-wakeup-fixed</c>. Were only
    /// a yield counted, some schedule would have the waiter read the old flag forever, and the step bound would report a
    /// false livelock.
    /// </summary>
    [Fact]
    public void A_futex_wait_loop_under_ra_makes_progress_and_dfs_exhausts_it()
    {
        var t = CanonicalBugTests.Registered("canonical/lost-wakeup-fixed");
        var (result, _) = OutcomeCollector.Explore(t.Body, UnboundedRa(t, "dfs"));
        Assert.True(result.Exhausted, $"DFS did not exhaust the test: {result.Iterations} schedules");
        Assert.Empty(result.Bugs);
    }
}
