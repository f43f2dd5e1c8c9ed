using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Atomics;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The strategies: exact DFS counts on programs small enough to count by hand, value choices, determinism of the
/// random strategies under a seed, PCT on a depth-2 bug, and the futex model (spurious and timed wake-ups).
/// </summary>
public sealed class StrategyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CheckOptions Opts(string strategy, int iterations) =>
        CheckOptions.Default with { Strategy = strategy, Iterations = iterations, ScheduleDirectory = _dir.Path };

    // ------------------------------------------------------------------ DFS counts

    /// <summary>
    /// Main spawns two threads and returns; each thread performs one atomic operation.
    ///
    /// Counting by hand. Each decision runs one "transition" of one thread: main has three (start→spawn,
    /// spawn→spawn, spawn→end), each worker two (start→op, op→end), 7 decisions per schedule. Worker 1 exists after
    /// main's second transition, worker 2 after its third. So every schedule is "00" followed by an arrangement of
    /// {0, 1, 1, 2, 2} with both 2s after the 0: 6 + 3 + 1 = 10 schedules. A preemption is a switch away from a
    /// thread that has not finished. Writing the arrangements after "00":
    ///   0 first, then 1122 / 2211: 0 preemptions; 1221 / 2112: 1; 1212 / 2121: 2;
    ///   1 0 then 122 / 221: 2 (0→1 and 1→0); 1 0 212: 3;
    ///   1 1 0 2 2: 1 (0→1).
    /// Hence 2 schedules with 0 preemptions, 3 with 1, 4 with 2 and 1 with 3: bound 0 → 2, 1 → 5, 2 → 9, ≥3 → 10.
    /// </summary>
    private static void TwoThreadsOneOpEach()
    {
        var x = new Cell();
        var y = new Cell();
        WeftThread.Start(() => x.V.FetchAdd(1, MemoryOrder.Relaxed));
        WeftThread.Start(() => y.V.FetchAdd(1, MemoryOrder.Relaxed));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 5)]
    [InlineData(2, 9)]
    [InlineData(3, 10)]
    [InlineData(8, 10)]
    public void Dfs_explores_exactly_the_schedules_within_the_preemption_bound(int bound, int expected)
    {
        var schedules = ScheduleCapture.Explored(TwoThreadsOneOpEach, Opts("dfs", 1000) with { PreemptionBound = bound }, out var r);
        Assert.True(r.Exhausted);
        Assert.Equal(expected, r.Iterations);
        Assert.Equal(expected, schedules.Distinct().Count()); // each schedule exactly once
        Assert.All(schedules, s => Assert.Equal(7, s.Split(" | ").Length));
        Assert.Contains($"all {expected} schedules explored", r.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dfs_schedules_with_a_smaller_bound_are_a_subset_of_those_with_a_larger_one()
    {
        var small = ScheduleCapture.Explored(TwoThreadsOneOpEach, Opts("dfs", 1000) with { PreemptionBound = 1 }, out _);
        var large = ScheduleCapture.Explored(TwoThreadsOneOpEach, Opts("dfs", 1000) with { PreemptionBound = 2 }, out _);
        Assert.Subset(large.Select(s => s[(s.IndexOf(':', StringComparison.Ordinal) + 1)..]).ToHashSet(),
            small.Select(s => s[(s.IndexOf(':', StringComparison.Ordinal) + 1)..]).ToHashSet());
    }

    [Fact]
    public void Dfs_stopped_by_the_iteration_budget_is_not_exhausted()
    {
        var r = Checker.Explore(TwoThreadsOneOpEach, Opts("dfs", 5) with { PreemptionBound = 2 });
        Assert.Equal(5, r.Iterations);
        Assert.False(r.Exhausted);
        var exact = Checker.Explore(TwoThreadsOneOpEach, Opts("dfs", 9) with { PreemptionBound = 2 });
        Assert.Equal(9, exact.Iterations);
        Assert.True(exact.Exhausted);
    }

    [Fact]
    public void Dfs_single_thread_has_one_schedule()
    {
        var r = Checker.Explore(() =>
        {
            var c = new Cell();
            for (int i = 0; i < 5; i++) c.V.FetchAdd(1, MemoryOrder.Relaxed);
        }, Opts("dfs", 100));
        Assert.True(r.Exhausted);
        Assert.Equal(1, r.Iterations);
        Assert.Equal(6, r.Steps);
    }

    [Fact]
    public void Dfs_explores_every_value_of_a_choice()
    {
        var seen = new List<int>();
        var r = Checker.Explore(() => seen.Add(Checker.Choose(3)), Opts("dfs", 100));
        Assert.True(r.Exhausted);
        Assert.Equal(3, r.Iterations);
        Assert.Equal(new[] { 0, 1, 2 }, seen.OrderBy(v => v));
    }

    [Fact]
    public void Dfs_explores_every_combination_of_nested_choices()
    {
        var seen = new List<(int, bool)>();
        var r = Checker.Explore(() => seen.Add((Checker.Choose(3), Checker.ChooseBool())), Opts("dfs", 100));
        Assert.True(r.Exhausted);
        Assert.Equal(6, r.Iterations);
        Assert.Equal(6, seen.Distinct().Count());
    }

    [Fact]
    public void Dfs_finds_a_bug_behind_a_choice()
    {
        var r = Checker.Explore(() => Checker.Assert(Checker.Choose(5) != 4, "chose 4"), Opts("dfs", 100));
        Assert.Equal(BugKind.Assertion, r.Bug!.Kind);
        Assert.Equal(5, r.Iterations);
    }

    // ------------------------------------------------------------------ determinism

    /// <summary>Three threads of three operations each and a value choice: plenty of distinct schedules.</summary>
    private static void Busy()
    {
        var c = new Cell();
        var threads = new List<WeftThread>();
        for (int t = 0; t < 3; t++)
        {
            threads.Add(WeftThread.Start(() =>
            {
                for (int i = 0; i < 3; i++) c.V.FetchAdd(1, MemoryOrder.Relaxed);
                if (Checker.Choose(4) == 3) c.V.Load(MemoryOrder.Acquire);
            }));
        }
        foreach (var th in threads) th.Join();
    }

    [Theory]
    [InlineData("random")]
    [InlineData("prob")]
    [InlineData("pct")]
    [InlineData("delay")]
    [InlineData("portfolio")]
    [InlineData("periodic")]
    [InlineData("pos")]
    [InlineData("rff")]
    [InlineData("stall")]
    public void Same_seed_gives_the_same_sequence_of_schedules(string strategy)
    {
        var o = Opts(strategy, 25) with { Seed = 1234 };
        ScheduleCapture.AssertSeedDecidesSchedules(Busy, o, otherSeed: 4321, distinct: 5);
    }

    /// <summary>
    /// Periodic schedules: after the first turn (the phase), the enabled threads take turns in id order, each for its
    /// own fixed quantum, so the run lengths repeat exactly; iterations draw different quanta.
    /// </summary>
    [Fact]
    public void Periodic_runs_each_enabled_thread_for_its_quantum_in_turn()
    {
        var patterns = new HashSet<(int, int)>();
        for (int iteration = 0; iteration < 40; iteration++)
        {
            var s = new Strategies.PeriodicStrategy(seed: 5, maxQuantum: 4);
            s.PrepareIteration(iteration);
            int[] enabled = { 1, 2 };
            var picks = Enumerable.Range(0, 80).Select(step => enabled[s.NextThread(enabled, -1, step)]).ToList();
            var runs = new List<(int Thread, int Length)>();
            foreach (int t in picks)
            {
                if (runs.Count > 0 && runs[^1].Thread == t) runs[^1] = (t, runs[^1].Length + 1);
                else runs.Add((t, 1));
            }
            var body = runs.Skip(1).SkipLast(1).ToList(); // the phase turn and the cut-off last turn
            Assert.True(body.Count >= 4, $"iteration {iteration}: {body.Count} whole turns");
            for (int i = 2; i < body.Count; i++) Assert.Equal(body[i - 2], body[i]);
            Assert.All(body, r => Assert.InRange(r.Length, 1, 4));
            patterns.Add((body[0].Length, body[1].Length));
        }
        Assert.True(patterns.Count > 8, $"only {patterns.Count} quantum pairs in 40 iterations");
    }

    [Fact]
    public void Portfolio_rotates_its_members()
    {
        // One rotation is fourteen iterations: six members, reads-from fuzzing and overtake sampling taking four turns
        // each, stall sampling three.
        var schedules = ScheduleCapture.Explored(Busy, Opts("portfolio", 28), out var r);
        var names = schedules.Select(s => s[..s.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(names.Take(14), names.Skip(14));
        Assert.Equal(6, names.Take(14).Distinct().Count());
        Assert.Equal(6, r.IterationsByStrategy.Count);
        Assert.All(r.IterationsByStrategy, n => Assert.Equal(n.Key switch { "rff" or "overtake" => 8, "stall" => 6, _ => 2 }, n.Value));
        Assert.StartsWith("portfolio[", r.Strategy, StringComparison.Ordinal);
    }

    private static void LostUpdate()
    {
        var c = new Cell();
        var t = WeftThread.Start(() => c.V.Store(c.V.Load(MemoryOrder.Acquire) + 1, MemoryOrder.Release));
        c.V.Store(c.V.Load(MemoryOrder.Acquire) + 1, MemoryOrder.Release);
        t.Join();
        Checker.Assert(c.V.Load(MemoryOrder.Acquire) == 2, "lost update");
    }

    [Theory]
    [InlineData("random")]
    [InlineData("prob")]
    [InlineData("pct")]
    [InlineData("delay")]
    [InlineData("portfolio")]
    [InlineData("periodic")]
    [InlineData("pos")]
    [InlineData("rff")]
    [InlineData("stall")]
    public void Same_seed_finds_the_same_bug_at_the_same_iteration_and_step(string strategy)
    {
        var o = Opts(strategy, 500) with { Seed = 99 };
        var a = Checker.Explore(LostUpdate, o).Bug;
        var b = Checker.Explore(LostUpdate, o).Bug;
        Assert.NotNull(a);
        Assert.NotNull(b);
        Assert.Equal(a!.Iteration, b!.Iteration);
        Assert.Equal(a.Step, b.Step);
        Assert.Equal(a.Schedule.Steps, b.Schedule.Steps);
        Assert.Equal(a.Schedule.Strategy, b.Schedule.Strategy);
    }

    // ------------------------------------------------------------------ PCT

    private const int Window = 20;

    /// <summary>
    /// A depth-2 ordering bug: the reader must run its check after the writer's first store and before its last, i.e.
    /// the writer must be interrupted inside its window. With fixed priorities (PCT depth 1) a thread only stops when it
    /// blocks or finishes, so the bug is unreachable; one priority change point (depth 2) can land in the window.
    /// </summary>
    private static void FlagWindow()
    {
        var flag = new Cell();
        var work = new Cell();
        var writer = WeftThread.Start(() =>
        {
            flag.V.Store(1, MemoryOrder.Release);
            for (int i = 0; i < Window; i++) work.V.FetchAdd(1, MemoryOrder.Relaxed);
            flag.V.Store(0, MemoryOrder.Release);
        });
        var reader = WeftThread.Start(() =>
        {
            for (int i = 0; i < 5; i++) work.V.FetchAdd(1, MemoryOrder.Relaxed);
            Checker.Assert(flag.V.Load(MemoryOrder.Acquire) == 0, "reader saw the writer mid-update");
        });
        writer.Join();
        reader.Join();
    }

    [Fact]
    public void Pct_depth_two_finds_a_depth_two_ordering_bug()
    {
        var r = Checker.Explore(FlagWindow, Opts("pct", 300) with { PctDepth = 2 });
        Assert.NotNull(r.Bug);
        Assert.Equal("reader saw the writer mid-update", r.Bug!.Message);
        Assert.Equal("pct(d=2)", r.Bug.Schedule.Strategy);
        Assert.True(Checker.Replay(r.Bug.Schedule, FlagWindow).Reproduced);
    }

    [Fact]
    public void Pct_depth_one_cannot_interrupt_the_window()
    {
        var r = Checker.Explore(FlagWindow, Opts("pct", 300) with { PctDepth = 1 });
        Assert.Null(r.Bug);
        Assert.Equal(300, r.Iterations);
    }

    /// <summary>
    /// Drives a strategy directly through iterations of one shape: <paramref name="solo"/> decisions with only thread 0
    /// enabled (setup: nothing to choose), then <paramref name="contended"/> decisions between threads 0 and 1. Returns,
    /// per iteration after the first (which measures the shape), whether the strategy ever switched threads while both
    /// were enabled. (A point on the first contended decision is not visible as a switch: it only decides which thread
    /// starts, so a strategy that always places its point in the tail shows a switch in (n-1)/n of the iterations.)
    /// </summary>
    private static List<bool> SwitchesInContendedTail(Strategies.IStrategy strategy, int solo, int contended, int iterations)
    {
        var switched = new List<bool>();
        for (int it = 0; it < iterations; it++)
        {
            Assert.True(strategy.PrepareIteration(it));
            int step = 0, current = 0;
            for (int i = 0; i < solo; i++) Assert.Equal(0, strategy.NextThread(new[] { 0 }, 0, ++step));
            bool any = false;
            var both = new[] { 0, 1 };
            for (int i = 0; i < contended; i++)
            {
                int next = both[strategy.NextThread(both, current, ++step)];
                if (i > 0 && next != current) any = true;
                current = next;
            }
            strategy.IterationCompleted(solo + contended, contended);
            if (it > 0) switched.Add(any);
        }
        return switched;
    }

    [Fact]
    public void Pct_places_its_change_point_among_choices_not_among_solo_steps()
    {
        // 1,000 setup steps and 10 contended ones: drawn over all steps, the one change point would land in the
        // contended tail about 1% of the time; drawn over choices, it lands there every time (a visible switch 90%).
        var switched = SwitchesInContendedTail(new Strategies.PctStrategy(seed: 7, depth: 2, initialEstimate: 64), 1000, 10, 51);
        Assert.True(switched.Count(x => x) >= 35, $"switched in {switched.Count(x => x)} of {switched.Count} iterations");
    }

    [Fact]
    public void Delay_bounding_places_its_delays_among_choices_not_among_solo_steps()
    {
        var switched = SwitchesInContendedTail(new Strategies.DelayBoundingStrategy(seed: 7, delays: 1, initialEstimate: 64), 1000, 10, 51);
        Assert.True(switched.Count(x => x) >= 35, $"switched in {switched.Count(x => x)} of {switched.Count} iterations");
    }

    [Fact]
    public void Pct_replaces_its_initial_step_estimate_with_the_measured_one()
    {
        // A test with 4 choices: an estimate stuck at the initial 64 would put the change point past the end of the
        // iteration about 94% of the time.
        var switched = SwitchesInContendedTail(new Strategies.PctStrategy(seed: 11, depth: 2, initialEstimate: 64), 0, 4, 41);
        Assert.True(switched.Count(x => x) >= 20, $"switched in {switched.Count(x => x)} of {switched.Count} iterations");
    }

    // ------------------------------------------------------------------ futex model

    /// <summary>A waiter that sleeps at most once and then trusts the flag (buggy under spurious wake-ups) or loops.</summary>
    private static void WaitOnce(bool loop)
    {
        using var word = new FutexWord(0);
        var waiter = WeftThread.Start(() =>
        {
            if (loop)
            {
                while (word.Load(MemoryOrder.Acquire) == 0) word.Wait(0);
            }
            else if (word.Load(MemoryOrder.Acquire) == 0)
            {
                word.Wait(0);
            }
            Checker.Assert(word.Load(MemoryOrder.Acquire) == 1, "woke up before the flag was set");
        });
        var waker = WeftThread.Start(() =>
        {
            word.Store(1, MemoryOrder.Release);
            word.Wake(1);
        });
        waiter.Join();
        waker.Join();
    }

    [Fact]
    public void Without_spurious_wakeups_a_non_looping_waiter_passes_exhaustively()
    {
        var r = Checker.Explore(() => WaitOnce(loop: false), Opts("dfs", 5000));
        Assert.Null(r.Bug);
        Assert.True(r.Exhausted);
    }

    [Fact]
    public void Spurious_wakeup_catches_a_waiter_that_does_not_loop()
    {
        var r = Checker.Explore(() => WaitOnce(loop: false), Opts("dfs", 5000) with { SpuriousWakeups = 1 });
        Assert.NotNull(r.Bug);
        Assert.Equal("woke up before the flag was set", r.Bug!.Message);
        Assert.Equal(1, r.Bug.Schedule.SpuriousWakeups);
        Assert.True(Checker.Replay(r.Bug.Schedule, () => WaitOnce(loop: false)).Reproduced);
    }

    [Fact]
    public void Spurious_wakeups_do_not_break_a_waiter_that_loops()
    {
        var r = Checker.Explore(() => WaitOnce(loop: true), Opts("dfs", 5000) with { SpuriousWakeups = 2 });
        Assert.Null(r.Bug);
        Assert.True(r.Exhausted);
    }

    [Fact]
    public void Spurious_wakeups_are_found_by_random_exploration_too()
    {
        var r = Checker.Explore(() => WaitOnce(loop: false), Opts("random", 500) with { SpuriousWakeups = 1 });
        Assert.NotNull(r.Bug);
        Assert.Equal(BugKind.Assertion, r.Bug!.Kind);
    }

    [Fact]
    public void Timed_wait_with_nobody_to_wake_times_out()
    {
        var results = new List<FutexWaitResult>();
        var r = Checker.Explore(() =>
        {
            using var word = new FutexWord(0);
            var waiter = WeftThread.Start(() => results.Add(word.Wait(0, TimeSpan.FromSeconds(30))));
            waiter.Join();
        }, Opts("dfs", 100));
        Assert.Null(r.Bug);
        Assert.True(r.Exhausted);
        Assert.NotEmpty(results);
        Assert.All(results, x => Assert.Equal(FutexWaitResult.TimedOut, x));
    }

    [Fact]
    public void Untimed_wait_with_nobody_to_wake_is_a_deadlock()
    {
        var r = Checker.Explore(() =>
        {
            using var word = new FutexWord(0);
            var waiter = WeftThread.Start(() => word.Wait(0));
            waiter.Join();
        }, Opts("dfs", 100));
        Assert.Equal(BugKind.Deadlock, r.Bug!.Kind);
        Assert.Contains("thread 1 (blocked in futex wait at futex-wait ", r.Bug.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timed_wait_does_not_time_out_while_another_thread_can_still_wake_it()
    {
        // Time passes only when no thread can run: while the waker is runnable the wait cannot expire, and once the
        // waker has stored and woken, the waiter either saw the new value or was woken.
        var results = new HashSet<FutexWaitResult>();
        var r = Checker.Explore(() =>
        {
            using var word = new FutexWord(0);
            var waiter = WeftThread.Start(() => results.Add(word.Wait(0, TimeSpan.FromMilliseconds(1))));
            var waker = WeftThread.Start(() =>
            {
                word.Store(1, MemoryOrder.Release);
                word.Wake(1);
            });
            waiter.Join();
            waker.Join();
        }, Opts("dfs", 5000));
        Assert.Null(r.Bug);
        Assert.True(r.Exhausted);
        Assert.Equal(new HashSet<FutexWaitResult> { FutexWaitResult.Woken, FutexWaitResult.ValueChanged }, results);
    }

    [Fact]
    public void Timed_wait_times_out_when_the_waker_wakes_nobody()
    {
        // The waker finishes without changing the word or waking: the waiter's timed wait must then expire.
        var results = new HashSet<FutexWaitResult>();
        var r = Checker.Explore(() =>
        {
            using var word = new FutexWord(0);
            var other = new Cell();
            var waiter = WeftThread.Start(() => results.Add(word.Wait(0, TimeSpan.FromMilliseconds(1))));
            var busy = WeftThread.Start(() => other.V.Store(1, MemoryOrder.Relaxed));
            waiter.Join();
            busy.Join();
        }, Opts("dfs", 5000));
        Assert.Null(r.Bug);
        Assert.True(r.Exhausted);
        Assert.Equal(new HashSet<FutexWaitResult> { FutexWaitResult.TimedOut }, results);
    }
}
