using System;
using System.IO;
using System.Linq;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The linearizability checker under the scheduler (tests/Weft.Scenarios/TreiberLinearizability.cs): the tagged
/// Treiber stack passes its budget, the untagged one is caught and its schedule replays to the identical failure.
/// </summary>
public sealed class TreiberLinearizabilityTests(ITestOutputHelper output)
{
    private static RegisteredTest Test(string id) => CanonicalBugTests.All.Single(t => t.Id == id);

    [Fact]
    public void Tagged_treiber_stack_histories_are_linearizable_for_the_whole_budget()
    {
        var test = Test("treiber/linearizable");
        Assert.False(test.NegativeControl);
        var result = Checker.Explore(test.Body, CanonicalBugTests.Options(test));
        output.WriteLine(result.Summary());
        Assert.True(result.Bug is null, result.Bug?.Describe());
        Assert.Equal(test.Budget, result.Iterations);
    }

    [Fact]
    public void Untagged_treiber_stack_is_caught_and_replays_identically()
    {
        var test = Test("treiber/linearizable-aba");
        Assert.True(test.NegativeControl);
        var result = Checker.Explore(test.Body, CanonicalBugTests.Options(test));
        output.WriteLine(result.Summary());
        var bug = result.Bug;
        Assert.True(bug is not null, $"no bug found in {result.Iterations} iterations ({result.Strategy})");
        output.WriteLine(bug!.Describe());
        Assert.Equal(BugKind.Assertion, bug.Kind);
        Assert.NotNull(bug.SchedulePath);
        Assert.True(File.Exists(bug.SchedulePath));

        var replay = Checker.Replay(bug.SchedulePath!, test.Body);
        Assert.True(replay.Reproduced, $"replay gave {replay.Bug?.Describe() ?? "no bug"}; recorded {bug.Describe()}");
        Assert.Equal(bug.Kind, replay.Bug!.Kind);
        Assert.Equal(bug.Step, replay.Bug.Step);
        Assert.Equal(bug.Message, replay.Bug.Message);
        Assert.Equal(bug.Thread, replay.Bug.Thread);
        Assert.Equal(bug.Monitor, replay.Bug.Monitor);
    }

    [Fact]
    public void Real_threads_record_linearizable_histories()
    {
        // Outside a controlled test the controlled build is ordinary code on real threads (plain Interlocked), and the
        // history recorder's lock orders their events.
        for (int round = 0; round < 50; round++)
        {
            var reclaimer = Weft.Reclamation.Reclaimer.Create(Weft.Reclamation.ReclamationScheme.Ibr, new NodePool(64, tagged: true, threadCaches: 3), maxThreads: 3);
            var stack = new TreiberStack(reclaimer);
            var h = new History();
            using var start = new System.Threading.Barrier(3);
            var threads = Enumerable.Range(0, 3).Select(t => new System.Threading.Thread(() =>
            {
                var me = reclaimer.Register();
                start.SignalAndWait();
                for (int i = 0; i < 4; i++)
                {
                    if ((i + t) % 2 == 0)
                    {
                        long v = t * 10 + i;
                        int id = h.Invoke(t, "push", v);
                        stack.Push(me, v);
                        h.Respond(id);
                    }
                    else
                    {
                        int id = h.Invoke(t, "pop");
                        h.Respond(id, stack.TryPop(me, out long v) ? v : Empty.Value);
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Equal(12, h.Count);
            var r = LinearizabilityChecker.Check(h, new StackModel());
            Assert.True(r.IsLinearizable, r.Witness);
        }
    }
}
