using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Engine;
using Weft.Strategies;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The one depth-first search engine (<see cref="DecisionDfs"/>) under both systematic searches: the test-body search
/// (<see cref="DfsStrategy"/>, driven the way the runtime drives it) and the spec-level search (<see cref="ActionDfs"/>,
/// driven the way the trace cursor drives it) enumerate the same schedules of the same program, through the engine,
/// with its preemption bound, nondeterminism check and state-caching hook.
/// </summary>
public sealed class DecisionDfsTests
{
    /// <summary>
    /// A program of two threads with <paramref name="steps"/> steps each, whose thread 1 makes a two-way value choice
    /// at its first step, run under <see cref="DfsStrategy"/> until exhausted; each schedule as a string ("A0ABB").
    /// </summary>
    private static List<string> TestBodySchedules(DfsStrategy dfs, int steps)
    {
        var seen = new List<string>();
        for (int iteration = 0; dfs.PrepareIteration(iteration); iteration++)
        {
            var left = new[] { 0, steps, steps };
            int last = -1, step = 0;
            var s = "";
            while (left[1] + left[2] > 0)
            {
                var enabled = Enumerable.Range(1, 2).Where(t => left[t] > 0).ToArray();
                int current = Array.IndexOf(enabled, last) >= 0 ? last : -1;
                int t = enabled[dfs.NextThread(enabled, current, step++)];
                s += t == 1 ? "A" : "B";
                if (t == 1 && left[1] == steps) s += dfs.NextValue(2, step++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                left[t]--;
                last = t;
            }
            dfs.IterationCompleted(step, 0);
            seen.Add(s);
        }
        return seen;
    }

    /// <summary>The same program under <see cref="ActionDfs"/>, one action per step.</summary>
    private static List<string> SpecLevelSchedules(ActionDfs dfs, int steps)
    {
        var seen = new List<string>();
        do
        {
            dfs.BeginIteration();
            var left = new[] { 0, steps, steps };
            int last = -1;
            var s = "";
            while (left[1] + left[2] > 0)
            {
                var ready = Enumerable.Range(1, 2).Where(t => left[t] > 0).ToList();
                int t = dfs.ChooseThread(ready, Array.Empty<int>(), last);
                s += t == 1 ? "A" : "B";
                if (t == 1 && left[1] == steps) s += dfs.ChooseValue(2).ToString(System.Globalization.CultureInfo.InvariantCulture);
                left[t]--;
                last = t;
            }
            seen.Add(s);
        }
        while (dfs.Advance());
        return seen;
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(9, 3)]
    public void Both_searches_enumerate_the_same_schedules_through_the_one_engine(int bound, int steps)
    {
        var testBody = new DfsStrategy(bound);
        var specLevel = new ActionDfs(bound);
        var a = TestBodySchedules(testBody, steps);
        var b = SpecLevelSchedules(specLevel, steps);
        Assert.Equal(a, b); // same schedules, in the same order
        Assert.Equal(a.Count, a.Distinct().Count());
        Assert.Equal(a.Count, testBody.Engine.Iterations);
        Assert.Equal(b.Count, specLevel.Engine.Iterations);
        // Without a bound: C(6,3) = 20 interleavings, each with two values.
        if (bound >= 5) Assert.Equal(40, a.Count);
        if (bound == 0) Assert.Equal(new[] { "A0AABBB", "A1AABBB", "BBBA0AA", "BBBA1AA" }, a);
    }

    [Fact]
    public void A_replayed_decision_with_other_options_within_the_bound_is_reported()
    {
        var dfs = new DecisionDfs(1);
        dfs.BeginIteration();
        var three = new DecisionDfs.Decision(0, 3, true, 3, true, 0);
        Assert.Equal(0, dfs.Next(three, out var none));
        Assert.Null(none);
        Assert.True(dfs.Advance());
        dfs.BeginIteration();
        Assert.Equal(-1, dfs.Next(new DecisionDfs.Decision(0, 2, true, 2, true, 0), out var mismatch));
        Assert.Equal((3, 2), mismatch);
    }

    /// <summary>
    /// s0 -> s1 or s2 (first decision); both of s1's options and both of s2's lead to s3; s3 -> s4 or s5. Depth-first,
    /// s3's successors are run once, from its first visit: 5 runs where the tree has 8 leaves. The state graph walk
    /// (<see cref="StateGraphWalk"/>) goes on from s3 when it meets it with an untried decision, and starts each run at
    /// the shallowest state with one: 4 runs, the same 6 states. Choosing freely, the walk takes the option the last
    /// action's first decision took when it is untried (the same thread goes on), so its second run takes option 1 three
    /// times.
    /// </summary>
    [Theory]
    [InlineData(false, "000 001 01. 10. 11.")]
    [InlineData(true, "000 111 01. 10.")]
    public void The_state_caching_hook_ends_a_run_at_a_state_reached_before(bool walk, string expected)
    {
        var space = new StateSpace { ReexpandShallower = false };
        var dfs = new DecisionDfs(DecisionDfs.Unbounded, space, walkStateGraph: walk);
        Assert.Equal(walk, dfs.WalksStateGraph);
        var two = new DecisionDfs.Decision(0, 2, false, 0, false, 0);
        var runs = new List<string>();
        do
        {
            dfs.BeginIteration();
            if (!dfs.Replaying) Assert.False(dfs.Reach(0, 0));
            var run = "";
            int first = dfs.Next(two, out _);
            run += first;
            bool ended = !dfs.Replaying && dfs.Reach((UInt128)(1 + first), 1);
            if (!ended)
            {
                run += dfs.Next(two, out _);
                ended = !dfs.Replaying && dfs.Reach(3, 2);
            }
            if (!ended)
            {
                int third = dfs.Next(two, out _);
                run += third;
                ended = !dfs.Replaying && dfs.Reach((UInt128)(4 + third), 3);
            }
            runs.Add(run + (ended ? "." : ""));
        }
        while (dfs.Advance());
        Assert.Equal(expected, string.Join(" ", runs));
        Assert.Equal(6, space.States);
        Assert.Equal(8, space.Transitions); // every transition run once as new, in both orders

    }

    /// <summary>A reduction that runs every other option of a decision (options 0, 2, 4, ...), the way DPOR skips options.</summary>
    private sealed class EveryOtherOption : IDecisionReduction
    {
        public List<int> Asked { get; } = new();

        public int NextOption(int index, in DecisionDfs.Decision d, int allowed)
        {
            Asked.Add(index);
            return d.Choice + 2 < allowed ? d.Choice + 2 : -1;
        }
    }

    /// <summary>
    /// The reduction hook: the engine keeps the path and replays it, the reduction picks which options run. Two value
    /// decisions of five options, every other option: 3 x 3 runs, each decision's new options starting where the
    /// reduction said; a new decision may also start at another option (DPOR's first awake thread).
    /// </summary>
    [Fact]
    public void A_reduction_picks_the_options_the_engine_runs_and_the_engine_replays_them()
    {
        var reduction = new EveryOtherOption();
        var dfs = new DecisionDfs(DecisionDfs.Unbounded, reduction: reduction);
        var five = new DecisionDfs.Decision(0, 5, false, 0, false, 0);
        var runs = new List<string>();
        do
        {
            dfs.BeginIteration();
            bool replayed = dfs.Replaying;
            int a = dfs.Next(five, out var m1);
            int b = dfs.Next(five, out var m2);
            Assert.Null(m1);
            Assert.Null(m2);
            runs.Add($"{a}{b}{(replayed ? "r" : "")}");
        }
        while (dfs.Advance());
        Assert.Equal("00 02r 04r 20r 22r 24r 40r 42r 44r", string.Join(" ", runs));
        Assert.Equal(9, dfs.Iterations);
        Assert.Contains(0, reduction.Asked);

        var first = new DecisionDfs(DecisionDfs.Unbounded, reduction: reduction);
        first.BeginIteration();
        Assert.Equal(3, first.Next(five with { Choice = 3 }, out _));
        Assert.Equal(new[] { 3 }, first.Path);
    }

    /// <summary>The bound stays the engine's: a reduction's option beyond it is not run, and a first option beyond it is refused.</summary>
    [Fact]
    public void The_engine_keeps_the_bound_over_a_reduction()
    {
        var dfs = new DecisionDfs(0, reduction: new EveryOtherOption());
        var three = new DecisionDfs.Decision(0, 3, true, 3, true, 0); // options 1 and 2 preempt the continuing thread
        dfs.BeginIteration();
        Assert.Equal(0, dfs.Next(three, out _));
        Assert.False(dfs.Advance()); // within bound 0 only option 0 is allowed: the reduction is offered none
        dfs.BeginIteration();
        Assert.Throws<InvalidOperationException>(() => dfs.Next(three with { Choice = 2 }, out _));
    }
}
