using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Engine;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The stateful walk (<see cref="StateGraphWalk"/>) on synthetic state graphs, driven the way the trace cursor drives
/// the engine: an action is a thread decision, sometimes followed by a value choice, and the state it reaches is a
/// function of the state and the decisions. The walk must reach the states and run the transitions of the depth-first
/// order, each transition once as new, whatever walks and restarts it plans.
/// </summary>
public sealed class StateGraphWalkTests
{
    /// <summary>A state graph: per state, its actions (thread options), each with its value choices' successors.</summary>
    private sealed record Graph(int[][][] Successors)
    {
        public int States => Successors.Length;
    }

    /// <summary>What a search over a <see cref="Graph"/> ran: each run's decisions, and the actions run on known edges.</summary>
    private sealed record Searched(StateSpace Space, List<string> Runs, long ActionsReplayed, long Actions);

    /// <summary>Runs the stateful search over <paramref name="graph"/> from state 0 until it is exhausted.</summary>
    private static Searched Search(Graph graph, bool walk)
    {
        var space = new StateSpace { ReexpandShallower = false };
        var dfs = new DecisionDfs(DecisionDfs.Unbounded, space, walkStateGraph: walk);
        Assert.Equal(walk, dfs.WalksStateGraph);
        var runs = new List<string>();
        long replayed = 0, actions = 0;
        do
        {
            dfs.BeginIteration();
            bool ended = !dfs.Replaying && dfs.Reach(Fingerprint(0), 0);
            var run = "";
            int s = 0;
            for (int depth = 1; !ended; depth++)
            {
                Assert.True(depth < 10_000, "a run of the stateful search does not end");
                var options = graph.Successors[s];
                if (options.Length == 0) break; // a terminal state: the program ends
                int thread = dfs.Next(new DecisionDfs.Decision(0, options.Length, true, options.Length, false, 0), out var m1);
                Assert.Null(m1);
                run += thread;
                var values = options[thread];
                int value = 0;
                if (values.Length > 1)
                {
                    value = dfs.Next(new DecisionDfs.Decision(0, values.Length, false, 0, false, 0), out var m2);
                    Assert.Null(m2);
                    run += "v" + value;
                }
                s = values[value];
                actions++;
                if (dfs.Replaying) replayed++;
                else ended = dfs.Reach(Fingerprint(s), depth);
            }
            runs.Add(run);
        }
        while (dfs.Advance());
        return new Searched(space, runs, replayed, actions);
    }

    private static UInt128 Fingerprint(int state) => (UInt128)(1000 + state);

    /// <summary>
    /// Random graphs with cycles, value choices inside actions and terminal states: the walk reaches exactly the states
    /// of the depth-first order, runs each of its transitions once as new, reports the same depth, and spends fewer
    /// actions on known edges. A walk whose plan took a wrong known edge would record a transition from the wrong state.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_walk_reaches_the_states_and_transitions_of_the_depth_first_order(int seed)
    {
        var graph = RandomGraph(new Random(seed), states: 300);
        var walked = Search(graph, walk: true);
        var deep = Search(graph, walk: false);
        Assert.True(walked.Space.States > 50, $"the graph reaches only {walked.Space.States} states");
        Assert.Equal(deep.Space.States, walked.Space.States);
        Assert.Equal(deep.Space.Transitions, walked.Space.Transitions);
        Assert.Equal(deep.Space.BreadthFirstDepth(), walked.Space.BreadthFirstDepth());
        Assert.Equal(deep.Space.Fingerprints.OrderBy(f => f), walked.Space.Fingerprints.OrderBy(f => f));
        Assert.Equal(Reachable(graph).Select(Fingerprint).OrderBy(f => f), walked.Space.Fingerprints.OrderBy(f => f));
        Assert.Equal(EdgesFromReachable(graph), walked.Space.Transitions);
        Assert.True(walked.ActionsReplayed < deep.ActionsReplayed,
            $"the walk replayed {walked.ActionsReplayed} actions, the depth-first order {deep.ActionsReplayed}");
    }

    /// <summary>Mostly forward edges (a few back), 0-3 actions per state, some with 2 or 3 value choices.</summary>
    private static Graph RandomGraph(Random random, int states)
    {
        var successors = new int[states][][];
        for (int s = 0; s < states; s++)
        {
            int actions = s == 0 ? 2 : random.Next(4);
            successors[s] = new int[actions][];
            for (int a = 0; a < actions; a++)
            {
                int values = random.Next(5) == 0 ? 2 + random.Next(2) : 1;
                successors[s][a] = new int[values];
                for (int v = 0; v < values; v++)
                    successors[s][a][v] = random.Next(8) == 0 ? random.Next(states) : Math.Min(states - 1, s + 1 + random.Next(12));
            }
        }
        return new Graph(successors);
    }

    private static HashSet<int> Reachable(Graph graph)
    {
        var seen = new HashSet<int> { 0 };
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
            foreach (var values in graph.Successors[queue.Dequeue()])
                foreach (var t in values)
                    if (seen.Add(t)) queue.Enqueue(t);
        return seen;
    }

    /// <summary>The transitions (state, thread, value) out of the reachable states: each is run exactly once as new.</summary>
    private static long EdgesFromReachable(Graph graph) => Reachable(graph).Sum(s => (long)graph.Successors[s].Sum(v => v.Length));
}
