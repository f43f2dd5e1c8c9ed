using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Weft.Atomics;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Every kind of bug the engine reports, with the thread positions in the report, and that each one's schedule
/// replays to the same bug.
/// </summary>
public sealed class BugKindTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CheckOptions Opts(string strategy = "dfs", int iterations = 20) =>
        CheckOptions.Default with { Strategy = strategy, Iterations = iterations, ScheduleDirectory = _dir.Path };

    private static void AssertReplays(BugReport bug, Action body, CheckOptions? options = null)
    {
        var replay = Checker.Replay(bug.Schedule, body, options);
        Assert.True(replay.Reproduced, $"replay gave {replay.Bug?.Describe() ?? "no bug"}; recorded {bug.Describe()}");
        Assert.Equal(bug.Message, replay.Bug!.Message);
        Assert.Equal(bug.Thread, replay.Bug.Thread);
        Assert.Equal(bug.Threads, replay.Bug.Threads);
    }

    // ------------------------------------------------------------------ unhandled exception

    private static int _joinLine;

    private static void ThrowingWorker()
    {
        var c = new Cell();
        var t = WeftThread.Start(() =>
        {
            c.V.Store(1, MemoryOrder.Release);
            throw new InvalidOperationException("boom in worker");
        });
        _joinLine = CallerPosition.Line(); t.Join();
    }

    [Fact]
    public void Unhandled_exception_in_a_spawned_thread_is_reported_with_its_type_and_thread()
    {
        var r = Checker.Explore(ThrowingWorker, Opts());
        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.UnhandledException, bug!.Kind);
        Assert.Equal("System.InvalidOperationException: boom in worker", bug.Message);
        Assert.Equal(1, bug.Thread);
        Assert.Contains("boom in worker", bug.StackTrace, StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingWorker), bug.StackTrace, StringComparison.Ordinal);
        Assert.Equal(0, bug.Iteration);
        // DFS's first schedule: main runs until it blocks in join, then the worker runs and throws.
        Assert.Equal(
            new[]
            {
                new ThreadPosition(0, "blocked joining thread 1", "join", CallerPosition.At(_joinLine)),
                new ThreadPosition(1, "running", "store", bug.Threads[1].Location),
            },
            bug.Threads);
        Assert.StartsWith("unhandled exception at step ", bug.Describe(), StringComparison.Ordinal);
        AssertReplays(bug, ThrowingWorker);
    }

    [Fact]
    public void Unhandled_exception_is_thrown_by_Check_as_a_bug_exception()
    {
        var e = Assert.Throws<WeftBugException>(() => Checker.Check(ThrowingWorker, Opts()));
        Assert.Equal(BugKind.UnhandledException, e.Report.Kind);
        Assert.Contains("System.InvalidOperationException: boom in worker", e.Message, StringComparison.Ordinal);
        // Not a registered test: the replay re-runs this test method with WEFT_REPLAY naming the schedule.
        Assert.Contains($"replay: cd {System.IO.Path.GetDirectoryName(ThisFile())} && WEFT_REPLAY={e.Report.SchedulePath} dotnet test -c ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(" --filter-method Weft.Tests.BugKindTests.Unhandled_exception_is_thrown_by_Check_as_a_bug_exception", e.Report.ReplayCommand, StringComparison.Ordinal);
        Assert.Equal("Weft.Tests.BugKindTests.Unhandled_exception_is_thrown_by_Check_as_a_bug_exception", e.Report.Schedule.TestId);
    }

    [Fact]
    public void A_registered_test_is_replayed_with_weft_replay()
    {
        var e = Assert.Throws<WeftBugException>(() => Checker.Check(ThrowingWorker, Opts() with { TestId = "bugkind/throwing-worker" }));
        Assert.Contains("replay: weft replay " + e.Report.SchedulePath + " --verbose", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("# Weft schedule: replay with `weft replay", File.ReadAllText(e.Report.SchedulePath!), StringComparison.Ordinal);
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string file = "") => file;

    // ------------------------------------------------------------------ deadlock

    private static int _workerLockLine, _deadJoinLine;

    /// <summary>Main holds a lock and joins a thread that needs it: every schedule deadlocks.</summary>
    private static void LockThenJoin()
    {
        var l = new WeftLock();
        l.Enter();
        var t = WeftThread.Start(() =>
        {
            _workerLockLine = CallerPosition.Line(); l.Enter();
            l.Exit();
        });
        _deadJoinLine = CallerPosition.Line(); t.Join();
        l.Exit();
    }

    [Theory]
    [InlineData("dfs")]
    [InlineData("random")]
    [InlineData("pct")]
    public void Deadlock_lists_every_blocked_thread_with_its_position(string strategy)
    {
        var r = Checker.Explore(LockThenJoin, Opts(strategy));
        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.Deadlock, bug!.Kind);
        Assert.Equal(0, bug.Iteration);
        var join = CallerPosition.At(_deadJoinLine);
        var lk = CallerPosition.At(_workerLockLine);
        Assert.Equal($"no thread is enabled; thread 0 (blocked joining thread 1 at join {join}), thread 1 (blocked at lock {lk})", bug.Message);
        Assert.Equal(
            new[]
            {
                new ThreadPosition(0, "blocked joining thread 1", "join", join),
                new ThreadPosition(1, "blocked", "lock", lk),
            },
            bug.Threads);
        var text = bug.Describe();
        Assert.Contains($"  thread 0: blocked joining thread 1 at join {join}", text, StringComparison.Ordinal);
        Assert.Contains($"  thread 1: blocked at lock {lk}", text, StringComparison.Ordinal);
        AssertReplays(bug, LockThenJoin);
    }

    [Fact]
    public void Two_lock_deadlock_needs_a_preemption_and_dfs_finds_it()
    {
        static void TwoLocks()
        {
            var a = new WeftLock();
            var b = new WeftLock();
            var t1 = WeftThread.Start(() => { a.Enter(); b.Enter(); b.Exit(); a.Exit(); });
            var t2 = WeftThread.Start(() => { b.Enter(); a.Enter(); a.Exit(); b.Exit(); });
            t1.Join();
            t2.Join();
        }
        // Without preemptions each thread takes both locks in one go: no deadlock in the whole bounded space.
        var pb0 = Checker.Explore(TwoLocks, Opts() with { PreemptionBound = 0, Iterations = 1000 });
        Assert.Null(pb0.Bug);
        Assert.True(pb0.Exhausted);
        var pb1 = Checker.Explore(TwoLocks, Opts() with { PreemptionBound = 1, Iterations = 1000 });
        Assert.NotNull(pb1.Bug);
        Assert.Equal(BugKind.Deadlock, pb1.Bug!.Kind);
        Assert.All(pb1.Bug.Threads.Skip(1), p => Assert.Equal("lock", p.Operation));
        Assert.Equal("blocked joining thread 1", pb1.Bug.Threads[0].Status);
    }

    // ------------------------------------------------------------------ step bound

    private static void SpinForever()
    {
        var c = new Cell();
        var t = WeftThread.Start(() =>
        {
            while (c.V.Load(MemoryOrder.Acquire) == 0) { }
        });
        t.Join();
    }

    [Fact]
    public void Spin_loop_that_never_ends_exceeds_the_step_bound()
    {
        var r = Checker.Explore(SpinForever, Opts("random", 3) with { MaxSteps = 50 });
        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.StepBoundExceeded, bug!.Kind);
        Assert.Equal(50, bug.Step);
        // The message names the thread that spun and the point it kept returning to (the load of the spin loop).
        Assert.StartsWith("iteration exceeded 50 steps; the threads may be livelocked: in the last ", bug.Message, StringComparison.Ordinal);
        Assert.Matches(@"livelocked: in the last 50 steps thread 1 ran 47 \(load BugKindTests\.cs:170 x46, start x1\), thread 0 ran 3 \(", bug.Message);
        Assert.Equal(1, bug.Thread);
        Assert.Equal("load", bug.Threads[1].Operation);
        Assert.Equal("running", bug.Threads[1].Status);
        Assert.Equal(50, bug.Schedule.ThreadStepCount);
        Assert.Equal(50, bug.Schedule.MaxSteps);
        Assert.Equal(0, bug.Iteration);
    }

    [Fact]
    public void Step_bound_bug_replays_to_the_same_bug()
    {
        var r = Checker.Explore(SpinForever, Opts("random", 3) with { MaxSteps = 40 });
        Assert.Equal(BugKind.StepBoundExceeded, r.Bug!.Kind);
        AssertReplays(r.Bug, SpinForever);
    }

    [Fact]
    public void Step_bound_bug_replays_from_its_file()
    {
        var r = Checker.Explore(SpinForever, Opts("pct", 3) with { MaxSteps = 30 });
        Assert.NotNull(r.Bug!.SchedulePath);
        var replay = Checker.Replay(r.Bug.SchedulePath!, SpinForever);
        Assert.True(replay.Reproduced);
        Assert.Equal(30, replay.Bug!.Step);
    }

    [Fact]
    public void Terminating_loop_within_the_bound_is_not_a_bug()
    {
        static void Bounded()
        {
            var c = new Cell();
            for (int i = 0; i < 45; i++) c.V.FetchAdd(1, MemoryOrder.Relaxed);
        }
        // 1 start step + 45 fetch-adds = 46 steps: passes with 46, fails with 45.
        Assert.Null(Checker.Explore(Bounded, Opts("random", 2) with { MaxSteps = 46 }).Bug);
        var r = Checker.Explore(Bounded, Opts("random", 2) with { MaxSteps = 45 });
        Assert.Equal(BugKind.StepBoundExceeded, r.Bug!.Kind);
        Assert.Equal(45, r.Bug.Step);
    }

    // ------------------------------------------------------------------ uncontrolled blocking

    private static void SleepInWorker()
    {
        var c = new Cell();
        var t = WeftThread.Start(() =>
        {
            c.V.Store(1, MemoryOrder.Release);
            Thread.Sleep(5000);
            c.V.Store(2, MemoryOrder.Release);
        });
        t.Join();
    }

    private static void CountTo(int n)
    {
        var c = new Cell();
        var a = WeftThread.Start(() => { for (int i = 0; i < n; i++) c.V.FetchAdd(1, MemoryOrder.Relaxed); });
        var b = WeftThread.Start(() => { for (int i = 0; i < n; i++) c.V.FetchAdd(1, MemoryOrder.Relaxed); });
        a.Join();
        b.Join();
        Checker.Assert(c.V.Load(MemoryOrder.Relaxed) == 2 * n, "lost an increment");
    }

    [Fact]
    public void Sleep_in_a_controlled_thread_is_uncontrolled_blocking_and_explore_returns_promptly()
    {
        var sw = Stopwatch.StartNew();
        var r = Checker.Explore(SleepInWorker, Opts("random", 10) with { WatchdogTimeout = TimeSpan.FromMilliseconds(300) });
        sw.Stop();
        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.UncontrolledBlocking, bug!.Kind);
        Assert.Equal(1, bug.Thread);
        Assert.StartsWith("thread 1 reached no scheduling point for 300 ms after store ", bug.Message, StringComparison.Ordinal);
        Assert.Contains("blocked outside the Weft runtime", bug.Message, StringComparison.Ordinal);
        Assert.Equal(1, r.Iterations);
        Assert.True(sw.ElapsedMilliseconds < 4000, $"Explore took {sw.ElapsedMilliseconds} ms: it waited for the sleep");

        // The engine recovers: the next exploration in this process runs normally.
        var ok = Checker.Explore(() => CountTo(3), Opts("random", 50));
        Assert.Null(ok.Bug);
        Assert.Equal(50, ok.Iterations);
        var dfs = Checker.Explore(() => CountTo(1), Opts("dfs", 1000));
        Assert.Null(dfs.Bug);
        Assert.True(dfs.Exhausted);
    }

    [Fact]
    public void Blocking_on_a_real_event_is_uncontrolled_blocking()
    {
        using var gate = new ManualResetEventSlim(false);
        try
        {
            var sw = Stopwatch.StartNew();
            var r = Checker.Explore(() =>
            {
                var c = new Cell();
                c.V.Store(1, MemoryOrder.Release);
                gate.Wait();
            }, Opts("random", 10) with { WatchdogTimeout = TimeSpan.FromMilliseconds(300) });
            sw.Stop();
            Assert.Equal(BugKind.UncontrolledBlocking, r.Bug!.Kind);
            Assert.Equal(0, r.Bug.Thread);
            Assert.True(sw.ElapsedMilliseconds < 4000, $"Explore took {sw.ElapsedMilliseconds} ms");
        }
        finally
        {
            gate.Set(); // lets the abandoned OS thread finish
        }
    }

    [Fact]
    public void Exploration_goes_on_after_uncontrolled_blocking_when_not_stopping_at_the_first_bug()
    {
        using var gate = new ManualResetEventSlim(false);
        int iteration = 0;
        try
        {
            var r = Checker.Explore(() =>
            {
                var c = new Cell();
                var a = WeftThread.Start(() => c.V.FetchAdd(1, MemoryOrder.Relaxed));
                if (Interlocked.Increment(ref iteration) == 1) gate.Wait(); // blocks in the first iteration only
                c.V.FetchAdd(1, MemoryOrder.Relaxed);
                a.Join();
                Checker.Assert(c.V.Load(MemoryOrder.Relaxed) == 2, "lost an increment");
            }, Opts("random", 30) with { WatchdogTimeout = TimeSpan.FromMilliseconds(300), StopAtFirstBug = false });
            Assert.Equal(30, r.Iterations);
            var bug = Assert.Single(r.Bugs);
            Assert.Equal(BugKind.UncontrolledBlocking, bug.Kind);
            Assert.Equal(0, bug.Iteration);
            Assert.Equal(30, iteration);
        }
        finally
        {
            gate.Set();
        }
    }

    // ------------------------------------------------------------------ liveness

    internal sealed record Request;
    internal sealed record Response;

    /// <summary>Hot from a request until its response.</summary>
    internal sealed class ResponseMonitor : PropertyMonitor
    {
        public override string HotReason => "a request has no response";

        public override void OnEvent(object e)
        {
            if (e is Request) Hot = true;
            else if (e is Response) Hot = false;
        }
    }

    private CheckOptions Live(int threshold = 0) =>
        Opts("random", 5) with { Monitors = new Func<PropertyMonitor>[] { () => new ResponseMonitor() }, LivenessThreshold = threshold };

    private static void Serve(int work, bool respond, int rounds = 1)
    {
        var c = new Cell();
        var server = WeftThread.Start(() =>
        {
            for (int r = 0; r < rounds; r++)
            {
                Checker.Emit(new Request());
                for (int i = 0; i < work; i++) c.V.FetchAdd(1, MemoryOrder.Relaxed);
                if (respond) Checker.Emit(new Response());
            }
        });
        server.Join();
    }

    [Fact]
    public void Monitor_hot_at_the_end_of_the_iteration_is_a_liveness_bug()
    {
        var r = Checker.Explore(() => Serve(3, respond: false), Live());
        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.Liveness, bug!.Kind);
        Assert.Equal("ResponseMonitor", bug.Monitor);
        Assert.Equal("ResponseMonitor is hot at the end of the iteration: a request has no response", bug.Message);
        Assert.Equal(0, bug.Iteration);
        Assert.Equal(bug.Schedule.ThreadStepCount, bug.Step); // detected after the last step
        Assert.All(bug.Threads, p => Assert.Equal("completed", p.Status));
        AssertReplays(bug, () => Serve(3, respond: false), Live());
    }

    [Fact]
    public void Monitor_cooled_before_the_end_is_not_a_bug()
    {
        var r = Checker.Explore(() => Serve(3, respond: true), Live());
        Assert.Null(r.Bug);
        Assert.Equal(5, r.Iterations);
    }

    [Fact]
    public void Liveness_threshold_reports_a_monitor_that_stays_hot_during_the_iteration()
    {
        // Without a threshold the long hot period is fine: the response comes before the end.
        Assert.Null(Checker.Explore(() => Serve(60, respond: true), Live()).Bug);

        var r = Checker.Explore(() => Serve(60, respond: true), Live(threshold: 10));
        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.Liveness, bug!.Kind);
        Assert.Equal("ResponseMonitor", bug.Monitor);
        Assert.Equal("ResponseMonitor stayed hot for 10 steps: a request has no response", bug.Message);
        Assert.InRange(bug.Step, 12, 20); // reported during the iteration, long before its ~65 steps end
        Assert.Equal(10, bug.Schedule.LivenessThreshold);
        AssertReplays(bug, () => Serve(60, respond: true), Live(threshold: 10));
    }

    [Fact]
    public void Liveness_threshold_restarts_when_the_monitor_cools_between_two_steps()
    {
        // Ten requests served back to back, each hot for 5 steps: the response and the next request are emitted with
        // no scheduling point in between, so the monitor is never seen cold at a step, but it did cool down.
        var r = Checker.Explore(() => Serve(5, respond: true, rounds: 10), Live(threshold: 10));
        Assert.Null(r.Bug);
        // The same work without the intermediate responses is one long hot period.
        var stuck = Checker.Explore(() => Serve(50, respond: true, rounds: 1), Live(threshold: 10));
        Assert.Equal(BugKind.Liveness, stuck.Bug!.Kind);
    }

    internal sealed record Start(string Monitor);
    internal sealed record End(string Monitor);

    /// <summary>Hot between Start(name) and End(name).</summary>
    internal sealed class Named(string name) : PropertyMonitor
    {
        public override string Name => name;

        public override void OnEvent(object e)
        {
            if (e is Start s && s.Monitor == name) Hot = true;
            if (e is End x && x.Monitor == name) Hot = false;
        }
    }

    private static void Overlapping(int first, int overlap, int second)
    {
        var c = new Cell();
        void Work(int n)
        {
            for (int i = 0; i < n; i++) c.V.FetchAdd(1, MemoryOrder.Relaxed);
        }
        Checker.Emit(new Start("A"));
        Work(first);
        Checker.Emit(new Start("B"));
        Work(overlap);
        Checker.Emit(new End("A"));
        Work(second);
        Checker.Emit(new End("B"));
    }

    [Fact]
    public void Liveness_threshold_is_per_monitor()
    {
        var o = Opts("dfs", 1) with
        {
            Monitors = new Func<PropertyMonitor>[] { () => new Named("A"), () => new Named("B") },
            LivenessThreshold = 10,
        };
        // A is hot for 8 steps, B for 8, and some monitor is hot for 14 consecutive steps: neither monitor breaks the threshold.
        Assert.Null(Checker.Explore(() => Overlapping(6, 2, 6), o).Bug);
        // B alone stays hot for 13 steps: reported, naming B.
        var bug = Checker.Explore(() => Overlapping(6, 2, 11), o).Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.Liveness, bug!.Kind);
        Assert.Equal("B", bug.Monitor);
        Assert.StartsWith("B stayed hot for 10 steps", bug.Message, StringComparison.Ordinal);
        // Steps: 1 start, 2-7 A's work, then B is hot from step 8: its 11th hot step is step 18.
        Assert.Equal(18, bug.Step);
    }

    // ------------------------------------------------------------------ safety monitors

    /// <summary>At most one response per iteration.</summary>
    internal sealed class AtMostOneResponse : PropertyMonitor
    {
        private int _responses;

        public override string Name => "at-most-one-response";

        public override void OnEvent(object e)
        {
            if (e is Response && ++_responses > 1) Fail($"response number {_responses}");
        }
    }

    /// <summary>Fails at the end of an iteration that saw no response.</summary>
    internal sealed class SomeResponse : PropertyMonitor
    {
        private bool _seen;

        public override void OnEvent(object e) => _seen |= e is Response;

        public override void OnIterationEnd()
        {
            if (!_seen) Fail("no response in this iteration");
        }
    }

    private static void Respond(int responders)
    {
        var c = new Cell();
        var threads = Enumerable.Range(0, responders).Select(_ => WeftThread.Start(() =>
        {
            c.V.FetchAdd(1, MemoryOrder.Relaxed);
            Checker.Emit(new Response());
        })).ToList();
        foreach (var t in threads) t.Join();
    }

    [Fact]
    public void Safety_monitor_failure_is_an_assertion_naming_the_monitor()
    {
        var o = Opts("random", 20) with { Monitors = new Func<PropertyMonitor>[] { () => new AtMostOneResponse() } };
        Assert.Null(Checker.Explore(() => Respond(1), o).Bug);

        var r = Checker.Explore(() => Respond(2), o);
        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.Assertion, bug!.Kind);
        Assert.Equal("at-most-one-response", bug.Monitor);
        Assert.Equal("response number 2", bug.Message);
        Assert.InRange(bug.Thread, 1, 2);
        Assert.Equal("running", bug.Threads[bug.Thread].Status);
        Assert.Equal("at-most-one-response", bug.Schedule.Bug!.Monitor);
        AssertReplays(bug, () => Respond(2), o);
    }

    [Fact]
    public void Safety_monitor_failing_at_the_end_of_the_iteration_names_the_monitor()
    {
        var o = Opts("random", 5) with { Monitors = new Func<PropertyMonitor>[] { () => new SomeResponse() } };
        Assert.Null(Checker.Explore(() => Respond(1), o).Bug);
        var bug = Checker.Explore(() => Respond(0), o).Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.Assertion, bug!.Kind);
        Assert.Equal("SomeResponse", bug.Monitor);
        Assert.Equal("no response in this iteration", bug.Message);
    }

    /// <summary>A monitor with a bug of its own: it throws an ordinary exception.</summary>
    internal sealed class BrokenMonitor(bool atEnd) : PropertyMonitor
    {
        public override void OnEvent(object e)
        {
            if (!atEnd && e is Response) throw new InvalidOperationException("monitor broke on an event");
        }

        public override void OnIterationEnd()
        {
            if (atEnd) throw new InvalidOperationException("monitor broke at the end");
        }
    }

    [Fact]
    public void Monitor_throwing_at_the_end_of_the_iteration_is_reported_not_hung()
    {
        var o = Opts("random", 5) with { Monitors = new Func<PropertyMonitor>[] { () => new BrokenMonitor(atEnd: true) } };
        var r = NondeterminismTests.WithinSeconds(30, () => Checker.Explore(() => Respond(1), o));
        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.UnhandledException, bug!.Kind);
        Assert.Equal("BrokenMonitor", bug.Monitor);
        Assert.Equal("System.InvalidOperationException: monitor broke at the end", bug.Message);
        // The engine is still usable afterwards.
        Assert.Null(Checker.Explore(() => Respond(1), Opts("random", 5)).Bug);
    }

    [Fact]
    public void Monitor_throwing_on_an_event_is_reported_on_the_emitting_thread()
    {
        var o = Opts("random", 5) with { Monitors = new Func<PropertyMonitor>[] { () => new BrokenMonitor(atEnd: false) } };
        var r = NondeterminismTests.WithinSeconds(30, () => Checker.Explore(() => Respond(1), o));
        var bug = r.Bug;
        Assert.NotNull(bug);
        Assert.Equal(BugKind.UnhandledException, bug!.Kind);
        Assert.Equal("System.InvalidOperationException: monitor broke on an event", bug.Message);
        Assert.Equal(1, bug.Thread);
    }

    [Fact]
    public void Monitors_are_fresh_for_every_iteration()
    {
        // One response per iteration: a monitor instance reused across iterations would count two.
        var o = Opts("random", 10) with { Monitors = new Func<PropertyMonitor>[] { () => new AtMostOneResponse() } };
        var r = Checker.Explore(() => Respond(1), o);
        Assert.Null(r.Bug);
        Assert.Equal(10, r.Iterations);
    }

    [Fact]
    public void Assert_failure_is_an_assertion_without_a_monitor()
    {
        var bug = Checker.Explore(() => CountTo(1), Opts() with { Iterations = 100 }).Bug;
        // Two atomic increments never lose an update.
        Assert.Null(bug);
        var lost = Checker.Explore(() =>
        {
            var c = new Cell();
            var t = WeftThread.Start(() => c.V.Store(c.V.Load(MemoryOrder.Acquire) + 1, MemoryOrder.Release));
            c.V.Store(c.V.Load(MemoryOrder.Acquire) + 1, MemoryOrder.Release);
            t.Join();
            Checker.Assert(c.V.Load(MemoryOrder.Acquire) == 2, "lost update");
        }, Opts() with { Iterations = 100 }).Bug;
        Assert.NotNull(lost);
        Assert.Equal(BugKind.Assertion, lost!.Kind);
        Assert.Null(lost.Monitor);
        Assert.Equal("lost update", lost.Message);
    }
}
