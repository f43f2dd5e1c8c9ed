using System;
using System.Collections.Generic;
using System.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The strategies that compare locations (<c>pos</c>, <c>rff</c>, <c>stall</c>, <c>overtake</c>, and the default portfolio that holds
/// them) name cells by ids assigned in execution order (<c>CellIds</c>), not by addresses, and hold the heap still while
/// they run: the same seed reaches the same bug after the same iterations with the same schedule, whatever the garbage
/// collector does around the exploration. The check runs each strategy twice, once quietly and once while another
/// thread allocates and drops garbage of changing sizes, which (without the ids) makes collections run in the middle
/// of iterations and move the workload's cells.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class RepeatabilityTests
{
    /// <summary>A registered control whose cells sit in a small object the collector moves (not in a pool array).</summary>
    private const string Control = "canonical/check-then-act-30";

    [Theory]
    [InlineData("portfolio")]
    [InlineData("pos")]
    [InlineData("rff")]
    [InlineData("stall")]
    [InlineData("overtake")]
    public void The_same_seed_reaches_the_same_bug_after_the_same_iterations_under_allocation_noise(string strategy)
    {
        var test = CanonicalBugTests.Registered(Control);
        foreach (ulong seed in new ulong[] { 7919, 15838, 23757, 31676, 39595 })
        {
            var quiet = Run(test, strategy, seed, noise: false);
            var noisy = Run(test, strategy, seed, noise: true);
            Assert.Equal(quiet.Iterations, noisy.Iterations);
            Assert.Equal(quiet.Schedule, noisy.Schedule);
        }
    }

    /// <summary>Explores <paramref name="test"/> until its bug; returns the iterations it took and the bug's schedule.</summary>
    private static (int Iterations, string Schedule) Run(RegisteredTest test, string strategy, ulong seed, bool noise)
    {
        using var dir = new TempDir();
        var options = test.Apply(CheckOptions.Default with { ScheduleDirectory = dir.Path, MinimizeReplays = 0 }) with
        {
            Strategy = strategy,
            Seed = seed,
            Iterations = 2000,
        };
        using var garbage = noise ? new GarbageMaker() : null;
        var r = Checker.Explore(test.Body, options);
        Assert.True(r.Bug is not null, $"{strategy}, seed {seed}: no bug in {r.Iterations} iterations");
        return (r.Iterations, r.Bug.Schedule.Strategy + ": " + string.Join(" | ", r.Bug.Schedule.Steps));
    }

    /// <summary>
    /// A thread that allocates arrays of changing sizes and drops them, so collections run at moments the exploration
    /// does not choose; at most about 200 KB a millisecond, well inside the held heap's budget per iteration.
    /// </summary>
    private sealed class GarbageMaker : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;

        public GarbageMaker()
        {
            _thread = new Thread(Allocate) { IsBackground = true, Name = "garbage" };
            _thread.Start();
        }

        private void Allocate()
        {
            var kept = new List<byte[]>();
            int size = 1000;
            while (!_stop)
            {
                for (int i = 0; i < 40; i++)
                {
                    kept.Add(new byte[size]);
                    size = size * 7 % 10_000 + 64;
                    if (kept.Count > 64) kept.RemoveRange(0, 32);
                }
                Thread.Sleep(1);
            }
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }
    }
}
