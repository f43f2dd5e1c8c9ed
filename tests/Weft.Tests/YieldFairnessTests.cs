using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Atomics;
using Weft.Schedules;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The yield rule (see <c>ControlledRuntime</c>): a thread paused at a yield is deferred while another enabled thread
/// has not yielded since. A correct spin lock whose waiter yields passes under every strategy, DFS included (to
/// exhaustion); a spin lock that loses its release, a lock that is not atomic, two threads that wait for each other,
/// and a spin on a flag nobody sets are still reported; schedules that re-pick a yielder (as recorded before the rule)
/// still replay.
/// </summary>
public sealed class YieldFairnessTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CheckOptions Opts(string strategy, int iterations) =>
        CheckOptions.Default with { Strategy = strategy, Iterations = iterations, ScheduleDirectory = _dir.Path, MaxSteps = 2_000 };

    /// <summary>How the test spin lock is broken, if at all.</summary>
    public enum LockDefect
    {
        None,
        /// <summary>The first release is lost: the second thread can never acquire.</summary>
        LostRelease,
        /// <summary>Acquire checks then sets (two operations), so both threads can enter.</summary>
        CheckThenSet,
    }

    /// <summary>A test-and-set spin lock whose waiter yields, as a user would write it.</summary>
    private sealed class YieldingSpinLock
    {
        private AtomicInt32 _held;
        private readonly LockDefect _defect;
        private bool _releasedOnce;

        public YieldingSpinLock(LockDefect defect) => _defect = defect;

        public void Enter()
        {
            while (!TryEnter()) WeftThread.Yield();
        }

        private bool TryEnter()
        {
            if (_defect != LockDefect.CheckThenSet) return _held.CompareExchange(0, 1, MemoryOrder.Acquire) == 0;
            if (_held.Load(MemoryOrder.Acquire) != 0) return false;
            _held.Store(1, MemoryOrder.Relaxed);
            return true;
        }

        public void Exit()
        {
            bool lose = _defect == LockDefect.LostRelease && !_releasedOnce;
            _releasedOnce = true;
            if (!lose) _held.Store(0, MemoryOrder.Release);
        }
    }

    /// <summary>Two threads increment a counter (a load and a store) under the spin lock; main checks both increments landed.</summary>
    private static Action SpinLockedCounter(LockDefect defect) => () =>
    {
        var spin = new YieldingSpinLock(defect);
        var counter = new Cell();
        void Increment()
        {
            spin.Enter();
            counter.V.Store(counter.V.Load(MemoryOrder.Relaxed) + 1, MemoryOrder.Relaxed);
            spin.Exit();
        }
        var a = WeftThread.Start(Increment);
        var b = WeftThread.Start(Increment);
        a.Join();
        b.Join();
        Checker.Assert(counter.V.Load(MemoryOrder.Relaxed) == 2, "an increment was lost");
    };

    [Theory]
    [InlineData("pct")]
    [InlineData("random")]
    [InlineData("prob")]
    [InlineData("delay")]
    [InlineData("portfolio")]
    public void Correct_spin_lock_with_yield_passes(string strategy)
    {
        var r = Checker.Explore(SpinLockedCounter(LockDefect.None), Opts(strategy, 300));
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.Equal(300, r.Iterations);
        // Every iteration ends long before the step bound: the spinner waits for the holder instead of spinning.
        Assert.True(r.Steps < 300 * 100, $"{r.Steps} steps");
    }

    [Fact]
    public void Correct_spin_lock_with_yield_passes_dfs_to_exhaustion()
    {
        var r = Checker.Explore(SpinLockedCounter(LockDefect.None), Opts("dfs", 100_000) with { PreemptionBound = 2 });
        Assert.True(r.Bug is null, r.Bug?.Describe());
        Assert.True(r.Exhausted, $"not exhausted after {r.Iterations} iterations");
        Assert.True(r.Iterations > 10, $"{r.Iterations} schedules");
    }

    [Theory]
    [InlineData("pct")]
    [InlineData("random")]
    [InlineData("dfs")]
    [InlineData("portfolio")]
    public void Spin_lock_that_loses_its_release_is_reported_as_a_livelock(string strategy)
    {
        var r = Checker.Explore(SpinLockedCounter(LockDefect.LostRelease), Opts(strategy, 50));
        var bug = Assert.IsType<BugReport>(r.Bug);
        Assert.Equal(BugKind.StepBoundExceeded, bug.Kind);
        Assert.Equal(2_000, bug.Step);
        // The waiter is the one spinning: at its yield or at its retry.
        var spinner = bug.Threads[bug.Thread];
        Assert.Contains(spinner.Operation, new[] { "yield", "cas" });
        Assert.Equal(0, bug.Iteration);
        var replay = Checker.Replay(bug.Schedule, SpinLockedCounter(LockDefect.LostRelease));
        Assert.True(replay.Reproduced);
    }

    [Theory]
    [InlineData("pct")]
    [InlineData("random")]
    [InlineData("dfs")]
    [InlineData("portfolio")]
    public void Spin_lock_that_is_not_atomic_is_still_caught(string strategy)
    {
        // Losing an increment takes two preemptions (inside the acquire, then between the load and store of the
        // counter): PCT needs depth 3 for that.
        var r = Checker.Explore(SpinLockedCounter(LockDefect.CheckThenSet), Opts(strategy, 2_000) with { PctDepth = 3 });
        var bug = Assert.IsType<BugReport>(r.Bug);
        Assert.Equal(BugKind.Assertion, bug.Kind);
        Assert.Equal("an increment was lost", bug.Message);
    }

    /// <summary>Each thread waits, yielding, for a flag only the other sets after its own wait: no schedule ends.</summary>
    private static void WaitForEachOther()
    {
        var a = new Cell();
        var b = new Cell();
        var t1 = WeftThread.Start(() =>
        {
            while (b.V.Load(MemoryOrder.Acquire) == 0) WeftThread.Yield();
            a.V.Store(1, MemoryOrder.Release);
        });
        var t2 = WeftThread.Start(() =>
        {
            while (a.V.Load(MemoryOrder.Acquire) == 0) WeftThread.Yield();
            b.V.Store(1, MemoryOrder.Release);
        });
        t1.Join();
        t2.Join();
    }

    /// <summary>One thread spins, yielding, on a flag that nothing sets.</summary>
    private static void SpinOnFlagNobodySets()
    {
        var flag = new Cell();
        var t = WeftThread.Start(() =>
        {
            while (flag.V.Load(MemoryOrder.Acquire) == 0) WeftThread.Yield();
        });
        t.Join();
    }

    public static IEnumerable<object[]> LivelockCases()
    {
        foreach (var s in new[] { "pct", "random", "dfs", "portfolio" })
        {
            yield return new object[] { s, nameof(WaitForEachOther) };
            yield return new object[] { s, nameof(SpinOnFlagNobodySets) };
        }
    }

    [Theory]
    [MemberData(nameof(LivelockCases))]
    public void True_livelock_is_still_reported(string strategy, string program)
    {
        Action body = program == nameof(WaitForEachOther) ? WaitForEachOther : SpinOnFlagNobodySets;
        var r = Checker.Explore(body, Opts(strategy, 20));
        var bug = Assert.IsType<BugReport>(r.Bug);
        Assert.Equal(BugKind.StepBoundExceeded, bug.Kind);
        Assert.Equal(0, bug.Iteration);
        Assert.True(Checker.Replay(bug.Schedule, body).Reproduced);
    }

    [Fact]
    public void Spinners_waiting_for_each_other_take_turns()
    {
        // With both threads paused at yields, only the one that yielded longest ago is offered: the two alternate.
        var r = Checker.Explore(WaitForEachOther, Opts("pct", 1) with { MaxSteps = 200 });
        var threadSteps = r.Bug!.Schedule.Steps.Where(s => s.IsThread).Select(s => s.Value).Skip(100).ToList();
        Assert.Contains(1, threadSteps);
        Assert.Contains(2, threadSteps);
        int longestRun = 0, run = 0;
        for (int i = 0; i < threadSteps.Count; i++)
        {
            run = i > 0 && threadSteps[i] == threadSteps[i - 1] ? run + 1 : 1;
            longestRun = Math.Max(longestRun, run);
        }
        // One round of a spinner is a load and a yield: it never runs more than that before the other gets its turn.
        Assert.True(longestRun <= 2, $"a thread ran {longestRun} steps in a row: {string.Join(",", threadSteps)}");
    }

    [Fact]
    public void Schedule_that_repicks_a_yielding_thread_still_replays()
    {
        // Record full schedules of the correct lock, and take one in which a waiter spun.
        var body = SpinLockedCounter(LockDefect.None);
        var schedules = new List<Schedule>();
        using (var dir = new TempDir())
        {
            var r = Checker.Explore(body, Opts("random", 200) with
            {
                Monitors = new Func<PropertyMonitor>[] { () => new RecordEveryIteration() },
                StopAtFirstBug = false,
                ScheduleDirectory = dir.Path,
            });
            schedules.AddRange(r.Bugs.Select(b => b.Schedule));
        }
        var spun = schedules.First(s => s.Steps.Any(st => st.IsThread && st.Op == OpKind.Yield));
        // Insert one more round of the waiter right after its failed retry, while the holder still holds the lock and
        // is enabled: a choice the yield rule never offers, which schedules recorded before the rule contain.
        var steps = spun.Steps.ToList();
        int yieldAt = steps.FindIndex(st => st.IsThread && st.Op == OpKind.Yield);
        int waiter = steps[yieldAt].Value;
        int retryAt = steps.FindLastIndex(yieldAt - 1, st => st.IsThread && st.Value == waiter);
        Assert.Equal(OpKind.CompareExchange, steps[retryAt].Op);
        steps.InsertRange(retryAt + 1, new[] { steps[yieldAt], steps[retryAt] });
        var edited = spun with { Steps = steps, Bug = spun.Bug! with { Step = spun.Bug.Step + 2 } };

        var replay = Checker.Replay(edited, body, CheckOptions.Default with { Monitors = new Func<PropertyMonitor>[] { () => new RecordEveryIteration() } });
        Assert.True(replay.Reproduced, replay.Bug?.Describe() ?? "no bug");
        Assert.Equal("end of iteration", replay.Bug!.Message);
        Assert.Equal(spun.ThreadStepCount + 2, replay.Steps);
    }
}
