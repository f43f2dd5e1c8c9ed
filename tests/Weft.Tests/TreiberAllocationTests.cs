using System;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The Treiber stack allocates no managed memory per operation in steady state under the safe schemes its target names
/// (IBR and DEBRA+): nodes come from the pool, limbo bags and magazines are reused. BenchmarkDotNet's memory diagnoser
/// shows it in the benchmarks; this is the same claim in the default suite, so a change that boxes, captures or
/// grows a list per operation fails here.
/// </summary>
public sealed class TreiberAllocationTests
{
    [Theory]
    [InlineData(ReclamationScheme.Ibr)]
    [InlineData(ReclamationScheme.DebraPlus)]
    public void A_push_pop_pair_allocates_nothing_in_steady_state(ReclamationScheme scheme)
    {
        var pool = new NodePool(4096, tagged: true, threadCaches: 1);
        var reclaimer = Reclaimer.Create(scheme, pool, maxThreads: 1, WeftConfig.Default);
        var stack = new TreiberStack(reclaimer);
        var me = reclaimer.Register();
        void Pairs(int n)
        {
            for (int i = 0; i < n; i++)
            {
                stack.Push(me, i);
                stack.Push(me, i + 1);
                Assert.True(stack.TryPop(me, out _));
                Assert.True(stack.TryPop(me, out _));
            }
        }
        Pairs(20_000); // warm: limbo bags, scan arrays and magazines reach their steady sizes, the JIT settles
        long before = GC.GetAllocatedBytesForCurrentThread();
        Pairs(100_000);
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(bytes == 0, $"{scheme}: {bytes} B allocated over 200,000 push/pop pairs ({bytes / 200_000.0:F3} B per pair)");
        Assert.True(pool.CommittedSlots <= 4096);
    }
}
