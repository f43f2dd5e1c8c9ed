using Weft.Memory;
using Weft.Platform;
using Weft.Specs;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The replay models' reclaimer (<see cref="SkipListGracePeriodReclaimer"/>, the skiplist specs' free rule): a retired node
/// is freed by its retiring thread, at the end of one of its operations, only once every other thread that was in an
/// operation at the retire has ended that operation; threads that start operations afterwards do not delay it.
/// </summary>
public sealed class SkipListGracePeriodReclaimerTests
{
    [Fact]
    public void A_retired_node_waits_for_the_operations_under_way_at_its_retire()
    {
        var pool = new NodePool(4, tagged: true, threadCaches: 0, strict: false);
        var reclaimer = new SkipListGracePeriodReclaimer(pool, 2, WeftConfig.Default);
        var a = reclaimer.Register();
        var b = reclaimer.Register();
        long node = pool.Allocate();
        int free = pool.FreeSlots().Count;

        reclaimer.BeginOperation(b); // b's operation is under way at the retire: it may hold the node
        reclaimer.BeginOperation(a);
        reclaimer.Retire(a, node);
        reclaimer.EndOperation(a);
        Assert.Equal(free, pool.FreeSlots().Count); // b still delays it

        reclaimer.EndOperation(b);
        Assert.Equal(free, pool.FreeSlots().Count); // only its retiring thread frees it, at its next operation end
        reclaimer.BeginOperation(b); // an operation that starts after the retire does not delay it
        reclaimer.BeginOperation(a);
        reclaimer.EndOperation(a);
        Assert.Equal(free + 1, pool.FreeSlots().Count);
        Assert.Contains(NodePool.IndexOf(node), pool.FreeSlots());
    }

    [Fact]
    public void With_no_other_operation_under_way_the_retiring_thread_frees_at_its_operation_end()
    {
        var pool = new NodePool(4, tagged: true, threadCaches: 0, strict: false);
        var reclaimer = new SkipListGracePeriodReclaimer(pool, 2, WeftConfig.Default);
        var a = reclaimer.Register();
        _ = reclaimer.Register();
        long node = pool.Allocate();
        int free = pool.FreeSlots().Count;
        reclaimer.BeginOperation(a);
        reclaimer.Retire(a, node);
        Assert.Equal(free, pool.FreeSlots().Count); // not at the retire itself
        reclaimer.EndOperation(a);
        Assert.Equal(free + 1, pool.FreeSlots().Count);
    }
}
