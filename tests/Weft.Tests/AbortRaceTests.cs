using System;
using System.Threading;
using Weft.Atomics;
using Weft.Schedules;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Once a thread has handed the run token over, the thread that receives it owns all iteration state: if it aborts
/// the iteration, the thread that handed over must unwind at its scheduling point, never return from it normally.
/// This is a race (the handing-over thread loses if it looks at its own state after the receiver has aborted), so the
/// test repeats the handoff; on a two-core machine the unfixed engine failed three handoffs out of four.
/// </summary>
public sealed class AbortRaceTests
{
    private sealed class Flag
    {
        public volatile bool Raised;
    }

    private static int _violations;

    /// <summary>Main hands the token to a worker that fails at once; main must not get past its load afterwards.</summary>
    private static void HandOffToFailingWorker()
    {
        var flag = new Flag();
        var x = new Cell();
        var a = WeftThread.Start(() =>
        {
            flag.Raised = true;
            Checker.Assert(false, "worker fails");
        });
        x.V.Load(MemoryOrder.Relaxed);
        if (flag.Raised) Interlocked.Increment(ref _violations);
        a.Join();
    }

    [Fact]
    public void A_thread_that_handed_over_the_token_unwinds_when_the_iteration_aborts()
    {
        using var dir = new TempDir();
        // DFS's first schedule lets main run on to its join, so take its first two steps (main starts and spawns)
        // and then choose the worker at main's load: main hands over the token at the load and the worker fails.
        var first = Checker.Explore(HandOffToFailingWorker, CheckOptions.Default with { Strategy = "dfs", Iterations = 1, ScheduleDirectory = dir.Path }).Bug;
        Assert.NotNull(first);
        Assert.Equal(ScheduleStep.ForThread(0, OpKind.Spawn, first!.Schedule.Steps[1].Location), first.Schedule.Steps[1]);
        var handOff = first.Schedule with
        {
            Steps = new[] { first.Schedule.Steps[0], first.Schedule.Steps[1], ScheduleStep.ForThread(1, OpKind.Start, "") },
            Bug = new ScheduleBug(BugKind.Assertion, 3, 1, null, "worker fails"),
        };
        var check = Checker.Replay(handOff, HandOffToFailingWorker);
        Assert.True(check.Reproduced);
        Assert.Equal(new ThreadPosition(0, "enabled", "load", check.Bug!.Threads[0].Location), check.Bug.Threads[0]);

        Interlocked.Exchange(ref _violations, 0);
        for (int i = 0; i < 500; i++)
        {
            var r = Checker.Replay(handOff, HandOffToFailingWorker);
            Assert.True(r.Reproduced);
        }
        Assert.Equal(0, Volatile.Read(ref _violations));
    }
}
