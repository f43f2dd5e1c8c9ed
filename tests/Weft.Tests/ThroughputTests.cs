using System;
using System.Diagnostics;
using Weft.Atomics;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Handing the run token between controlled threads must stay cheap when there are more controlled threads than
/// cores (the common case: a main thread joining two workers on a two-core machine). Waiting threads that spin
/// instead of parking steal the core the running thread needs.
/// </summary>
public sealed class ThroughputTests
{
    private static void MainAndTwoWorkers()
    {
        var c = new Cell();
        var a = WeftThread.Start(() => { for (int i = 0; i < 10; i++) c.V.FetchAdd(1, MemoryOrder.Relaxed); });
        var b = WeftThread.Start(() => { for (int i = 0; i < 10; i++) c.V.FetchAdd(1, MemoryOrder.Relaxed); });
        a.Join();
        b.Join();
    }

    [Fact]
    public void Three_controlled_threads_switch_quickly()
    {
        var o = CheckOptions.Default with { Strategy = "random", Iterations = 500 };
        Checker.Explore(MainAndTwoWorkers, o with { Iterations = 20 }); // warm-up (JIT)
        var sw = Stopwatch.StartNew();
        var r = Checker.Explore(MainAndTwoWorkers, o);
        sw.Stop();
        Assert.Null(r.Bug);
        Assert.Equal(500, r.Iterations);
        // About 13,000 steps, most of them switches. Parking and waking costs tens of microseconds per switch, so
        // this takes well under a second; waiters that spin for milliseconds on a core the running thread needs take
        // several seconds.
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(3), $"{r.Steps} steps took {sw.Elapsed.TotalMilliseconds:F0} ms ({r.StepsPerSecond:F0} steps/s)");
    }
}
