using System;
using System.Collections.Generic;
using Weft.Atomics;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>The runtime runs controlled threads on a pool of OS threads reused across iterations.</summary>
public sealed class ThreadReuseTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Main plus two workers, each recording the OS thread it runs on.</summary>
    private static void RecordThreads(HashSet<int> ids, bool fail)
    {
        ids.Add(Environment.CurrentManagedThreadId);
        var c = new Cell();
        var a = WeftThread.Start(() =>
        {
            ids.Add(Environment.CurrentManagedThreadId);
            c.V.FetchAdd(1, MemoryOrder.Relaxed);
        });
        var b = WeftThread.Start(() =>
        {
            ids.Add(Environment.CurrentManagedThreadId);
            c.V.FetchAdd(1, MemoryOrder.Relaxed);
            Checker.Assert(!fail, "fails every iteration");
        });
        a.Join();
        b.Join();
    }

    [Theory]
    [InlineData("random")]
    [InlineData("pct")]
    [InlineData("dfs")]
    public void Os_threads_are_reused_across_iterations(string strategy)
    {
        var ids = new HashSet<int>();
        var r = Checker.Explore(() => RecordThreads(ids, fail: false),
            CheckOptions.Default with { Strategy = strategy, Iterations = 200, ScheduleDirectory = _dir.Path });
        Assert.Null(r.Bug);
        Assert.True(r.Iterations >= 20, $"only {r.Iterations} iterations");
        // At most three controlled threads are alive at once; the pool never needs more OS threads than that (+1 slack).
        Assert.InRange(ids.Count, 3, 4);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, ids); // the driver never runs test code
    }

    [Fact]
    public void Os_threads_are_reused_after_aborted_iterations()
    {
        var ids = new HashSet<int>();
        var r = Checker.Explore(() => RecordThreads(ids, fail: true),
            CheckOptions.Default with { Strategy = "random", Iterations = 100, StopAtFirstBug = false, ScheduleDirectory = _dir.Path });
        Assert.Equal(100, r.Iterations);
        Assert.Equal(100, r.Bugs.Count);
        Assert.InRange(ids.Count, 3, 4);
    }

    [Fact]
    public void Sequential_threads_share_one_worker()
    {
        // Each worker is joined before the next starts: two controlled threads alive at a time at most.
        var ids = new HashSet<int>();
        var r = Checker.Explore(() =>
        {
            var c = new Cell();
            for (int i = 0; i < 5; i++)
            {
                var t = WeftThread.Start(() =>
                {
                    ids.Add(Environment.CurrentManagedThreadId);
                    c.V.FetchAdd(1, MemoryOrder.Relaxed);
                });
                t.Join();
            }
        }, CheckOptions.Default with { Strategy = "random", Iterations = 50, ScheduleDirectory = _dir.Path });
        Assert.Null(r.Bug);
        Assert.InRange(ids.Count, 1, 2);
    }
}
