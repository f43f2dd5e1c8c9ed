using Weft.Memory;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// A large pool's magazine refills take runs of <see cref="NodePool.BatchSize"/> slots off the free list with one CAS
/// after walking the run's links, which another thread may change meanwhile (its own run's CAS, a growth pushing a new
/// chunk). Explored under the scheduler (the registered tests <c>pool/run-refill</c> and its negative control, in
/// tests/Weft.Scenarios/NodePoolRefill.cs), every load of the walk is a scheduling point: two threads each take two runs
/// (the second from a chunk one of them adds), free what they took, and no slot is handed out twice or lost; with the
/// seeded defect <see cref="Weft.Platform.SeededBug.NodePoolRunPlainStore"/> (the new head stored instead of CASed) two
/// refillers take the same run: NoDoubleFreeMonitor reports the second hand-out of a slot still allocated, or, when the
/// first thread freed it before the other took it, the scenario's check that no slot went to both threads.
/// </summary>
public sealed class NodePoolRunTests
{
    [Fact]
    public void Two_threads_refilling_runs_off_a_growing_free_list_never_share_or_lose_a_slot()
    {
        var test = CanonicalBugTests.Registered("pool/run-refill");
        var r = Checker.Explore(test.Body, CanonicalBugTests.Options(test));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(test.Budget, r.Iterations);
    }

    [Fact]
    public void A_run_refill_that_stores_the_head_instead_of_its_CAS_hands_one_slot_to_both_threads()
    {
        var test = CanonicalBugTests.Registered("pool/run-refill-plain-store");
        Assert.True(test.NegativeControl);
        var bug = CanonicalBugTests.CaughtAndReplays(test, Checker.Explore(test.Body, CanonicalBugTests.Options(test)));
        Assert.True(bug.Message.Contains("handed to both threads", System.StringComparison.Ordinal)
            || bug.Monitor == "NoDoubleFreeMonitor" && bug.Message.Contains("which is still allocated", System.StringComparison.Ordinal), bug.Describe());
    }
}
