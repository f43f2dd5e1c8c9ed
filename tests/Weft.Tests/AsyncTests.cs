using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft.Threading;
using Weft.Threading.Async;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The controlled async layer (harness/Async): continuations are scheduling decisions (both orders of two awaits are
/// reached by DFS and by DPOR), a task suspended on an incomplete task has no enabled step and a deadlock among tasks
/// names each task's await, modelled timers fire when the strategy says, and async schedules replay identically.
/// </summary>
public sealed class AsyncTests
{
    private static CheckOptions Dfs(int iterations = 10_000) =>
        CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 100, Iterations = iterations, ScheduleDirectory = TestPaths.ScheduleDir };

    /// <summary>Explores <paramref name="body"/> exhaustively and returns every value it recorded with <c>outcome</c>.</summary>
    private static (ExplorationResult Result, HashSet<string> Outcomes) Outcomes(string strategy, Func<Action<string>, Task> body, int iterations = 10_000)
    {
        var outcomes = new HashSet<string>(StringComparer.Ordinal);
        var result = Checker.Explore(WeftAsync.Test(() => body(o => outcomes.Add(o))), Dfs(iterations) with { Strategy = strategy });
        return (result, outcomes);
    }

    private static async Task TwoAwaitingTasks(Action<string> outcome)
    {
        var order = new List<string>();
        async Task Append(string name)
        {
            await Task.Yield();
            order.Add(name);
        }
        await Task.WhenAll(WeftTask.Run(() => Append("a")), WeftTask.Run(() => Append("b")));
        outcome(string.Join(",", order));
    }

    [Theory]
    [InlineData("dfs")]
    [InlineData("dpor")]
    public void Both_orders_of_two_awaits_are_reached(string strategy)
    {
        var (result, outcomes) = Outcomes(strategy, TwoAwaitingTasks);
        Assert.Null(result.Bug);
        Assert.True(result.Exhausted, $"{strategy} did not exhaust in {result.Iterations} iterations");
        Assert.Equal(new[] { "a,b", "b,a" }, outcomes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_continuation_is_a_new_controlled_thread_that_runs_after_its_await_completes()
    {
        var threads = new HashSet<int>();
        var result = Checker.Explore(WeftAsync.Test(async () =>
        {
            int before = Checker.CurrentThreadId;
            await Task.Yield();
            int after = Checker.CurrentThreadId;
            threads.Add(before);
            threads.Add(after);
            Checker.Assert(after != before, "the continuation ran on the thread that awaited");
        }), Dfs(iterations: 5));
        Assert.Null(result.Bug);
        Assert.Equal(new[] { 0, 1 }, threads.Order());
    }

    [Fact]
    public void Deadlock_report_names_each_tasks_await()
    {
        var test = CanonicalBugTests.Registered("async/lock-order-deadlock");
        var bug = Checker.Explore(test.Body, test.Apply(Dfs())).Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.Deadlock, bug!.Kind);
        Assert.Contains("blocked waiting for the test body's task; tasks not completed", bug.Message, StringComparison.Ordinal);
        Assert.Contains("task 0 (the test body) awaits an incomplete Task;", bug.Message, StringComparison.Ordinal);
        // Each transfer's task is named with where it started and the semaphore wait it is suspended on.
        Assert.Matches(@"task 1 \(WeftTask.Run at AsyncCanonical.cs:\d+\) awaits WeftSemaphore #\d+ WaitAsync at AsyncCanonical.cs:\d+", bug.Message);
        Assert.Matches(@"task 2 \(WeftTask.Run at AsyncCanonical.cs:\d+\) awaits WeftSemaphore #\d+ WaitAsync at AsyncCanonical.cs:\d+", bug.Message);
        Assert.Equal("blocked", bug.Threads[0].Status[..7]);
    }

    [Fact]
    public void A_task_awaiting_an_infinite_delay_is_a_deadlock_naming_the_delay()
    {
        var result = Checker.Explore(WeftAsync.Test(async () => await WeftTask.Delay(Timeout.Infinite)), Dfs(iterations: 5));
        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("task 0 (the test body) awaits WeftTask.Delay(infinite) at AsyncTests.cs:", result.Bug!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timers_fire_in_any_order_the_strategy_chooses()
    {
        var (result, outcomes) = Outcomes("dfs", async outcome =>
        {
            var slow = WeftTask.Delay(1000);
            var fast = WeftTask.Delay(1);
            var first = await Task.WhenAny(slow, fast);
            outcome(first == fast ? "fast first" : "slow first");
        });
        Assert.Null(result.Bug);
        Assert.True(result.Exhausted);
        Assert.Equal(new[] { "fast first", "slow first" }, outcomes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_semaphore_wait_with_a_timeout_either_acquires_or_times_out()
    {
        var (result, outcomes) = Outcomes("dfs", async outcome =>
        {
            var semaphore = new WeftSemaphore(0);
            var release = WeftTask.Run(() => semaphore.Release());
            bool acquired = await semaphore.WaitAsync(50);
            await release;
            outcome(acquired ? "acquired" : $"timed out, count {semaphore.CurrentCount}");
        });
        Assert.Null(result.Bug);
        Assert.True(result.Exhausted);
        Assert.Equal(new[] { "acquired", "timed out, count 1" }, outcomes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cancelled_delay_ends_with_a_cancellation_when_cancel_runs_before_the_timer()
    {
        var (result, outcomes) = Outcomes("dfs", async outcome =>
        {
            using var cancel = new CancellationTokenSource();
            var delay = WeftTask.Delay(100, cancel.Token);
            var canceller = WeftTask.Run(cancel.Cancel);
            try
            {
                await delay;
                outcome("fired");
            }
            catch (TaskCanceledException)
            {
                outcome("cancelled");
            }
            await canceller;
        });
        Assert.Null(result.Bug);
        Assert.Equal(new[] { "cancelled", "fired" }, outcomes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bounded_channel_hands_every_item_over_in_order_under_every_schedule()
    {
        var (result, outcomes) = Outcomes("dfs", async outcome =>
        {
            var channel = WeftChannel.CreateBounded<int>(1);
            var producer = WeftTask.Run(async () =>
            {
                for (int i = 1; i <= 3; i++) await channel.Writer.WriteAsync(i);
                channel.Writer.Complete();
            });
            var received = new List<int>();
            await foreach (var item in channel.Reader.ReadAllAsync()) received.Add(item);
            await producer;
            await channel.Reader.Completion;
            outcome(string.Join(",", received));
        }, iterations: 1000);
        Assert.Null(result.Bug);
        Assert.Equal(new[] { "1,2,3" }, outcomes);
        Assert.True(result.Iterations > 100, $"only {result.Iterations} schedules: the reader and writer did not interleave");
    }

    [Fact]
    public void A_reader_of_a_channel_nobody_writes_is_a_deadlock_naming_the_channel()
    {
        var result = Checker.Explore(WeftAsync.Test(async () =>
        {
            var channel = WeftChannel.CreateUnbounded<int>();
            await WeftTask.Run(async () => await channel.Reader.ReadAsync());
        }), Dfs(iterations: 5));
        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Matches(@"task 1 \(WeftTask.Run at AsyncTests.cs:\d+\) awaits WeftChannel #\d+ WaitToReadAsync \(empty\)", result.Bug!.Message);
    }

    [Fact]
    public void An_async_void_exception_is_the_tests_unhandled_exception()
    {
        var result = Checker.Explore(WeftAsync.Test(async () =>
        {
            Fire();
            await WeftTask.Delay(1);
        }), Dfs(iterations: 20));
        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("async void failed", result.Bug!.Message, StringComparison.Ordinal);
    }

#pragma warning disable VSTHRD100, CA1030 // an async void method on purpose: its exception is posted to the context
    private static async void Fire()
    {
        await Task.Yield();
        throw new InvalidOperationException("async void failed");
    }
#pragma warning restore VSTHRD100, CA1030

    [Fact]
    public void Awaiting_an_uncontrolled_delay_is_a_deadlock_that_says_the_work_is_outside_weft()
    {
        var result = Checker.Explore(WeftAsync.Test(async () => await Task.Delay(20)), Dfs(iterations: 2));
        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("task 0 (the test body) awaits an incomplete Task", result.Bug!.Message, StringComparison.Ordinal);
        Assert.Contains("outside Weft's control", result.Bug.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weft_primitive_used_from_an_uncontrolled_thread_refuses_and_the_test_reports_the_lost_work()
    {
        Exception? refused = null;
        var result = Checker.Explore(WeftAsync.Test(async () =>
        {
            var semaphore = new WeftSemaphore(1);
            // The real thread pool: the release runs on a thread Weft does not control, and its continuation is dropped.
            // The await is registered before the pool task starts, so the task cannot finish first (which would let
            // the await complete inline and hide the lost continuation).
            var work = new Task(() =>
            {
                try
                {
                    semaphore.Release();
                }
                catch (InvalidOperationException e)
                {
                    refused = e;
                }
            });
            var awaiting = AwaitUnstarted(work);
            work.Start(TaskScheduler.Default);
            await awaiting;
        }), Dfs(iterations: 1));
        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("outside Weft's control", result.Bug!.Message, StringComparison.Ordinal);
        SpinWait.SpinUntil(() => Volatile.Read(ref refused) is not null, TimeSpan.FromSeconds(10));
        Assert.Contains("is used from a thread outside Weft's control", refused?.Message, StringComparison.Ordinal);
    }

    /// <summary>Awaits <paramref name="task"/>, which has not started: the continuation is registered before it can run.</summary>
    private static async Task AwaitUnstarted(Task task) => await task;

    [Fact]
    public void WaitAsync_outside_an_async_test_says_how_to_make_the_test_async()
    {
        var result = Checker.Explore(() =>
        {
            var semaphore = new WeftSemaphore(0);
            _ = semaphore.WaitAsync();
        }, Dfs(iterations: 5));
        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("WeftSemaphore.WaitAsync inside a Weft test needs an async test", result.Bug!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Synchronous_semaphore_waits_block_controlled_threads()
    {
        var result = Checker.Explore(() =>
        {
            var semaphore = new WeftSemaphore(1, 1);
            int inside = 0;
            void Work()
            {
                semaphore.Wait();
                inside++;
                WeftThread.Yield();
                Checker.Assert(inside == 1, "two threads hold the semaphore");
                inside--;
                semaphore.Release();
            }
            var a = WeftThread.Start(Work);
            var b = WeftThread.Start(Work);
            a.Join();
            b.Join();
        }, Dfs());
        Assert.Null(result.Bug);
        Assert.True(result.Exhausted);
    }

    [Theory]
    [InlineData("async/lost-update")]
    [InlineData("async/lock-order-deadlock")]
    [InlineData("async/check-then-act-dictionary")]
    [InlineData("async/tcs-completed-twice")]
    public void Replaying_an_async_schedule_gives_the_same_interleaving_every_time(string id)
    {
        var test = CanonicalBugTests.Registered(id);
        var found = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with { Strategy = "random", Seed = 11, Iterations = 200, ScheduleDirectory = TestPaths.ScheduleDir }));
        Assert.NotNull(found.Bug);
        var first = Checker.Replay(found.Bug!.SchedulePath!, test.Body, test.Apply(CheckOptions.Default));
        Assert.True(first.Reproduced);
        for (int i = 0; i < 3; i++)
        {
            var again = Checker.Replay(found.Bug.SchedulePath!, test.Body, test.Apply(CheckOptions.Default));
            Assert.Equal(first.LogLines, again.LogLines);
            Assert.Equal(first.Bug!.Message, again.Bug!.Message);
        }
    }

    [Fact]
    public async Task Async_code_runs_as_ordinary_async_code_outside_a_test()
    {
        int result = await WeftTask.Run(async () =>
        {
            using var semaphore = new WeftSemaphore(1);
            await semaphore.WaitAsync();
            await WeftTask.Delay(1);
            semaphore.Release();
            var channel = WeftChannel.CreateUnbounded<int>();
            await channel.Writer.WriteAsync(7);
            return await channel.Reader.ReadAsync();
        });
        Assert.Equal(7, result);
    }
}
