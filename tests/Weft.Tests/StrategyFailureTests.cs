using System;
using System.Collections.Generic;
using Weft.Atomics;
using Weft.Engine;
using Weft.Strategies;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// A strategy that throws while the engine asks it for a decision ends the iteration with an unhandled-exception bug
/// that names the exception, wherever the engine asked: at an iteration's first decision (on the driver), after a
/// thread ended (on that thread's worker, with no user code on the stack), at a yield, at a value choice, and at a TSO
/// flush decision. The process goes on, and the engine explores again in it.
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class StrategyFailureTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public enum Moment { FirstDecision, AfterThreadFinished, AtYield, ValueChoice, TsoFlush }

    private sealed class StrategyFault(string message) : Exception(message);

    /// <summary>Runs the last candidate, and throws <see cref="StrategyFault"/> the first time it is asked at its moment.</summary>
    private sealed class FailingStrategy(Moment moment) : IStrategy, IObservesThreads
    {
        private IReadOnlyList<ControlledThread> _threads = Array.Empty<ControlledThread>();
        private int _calls;

        public bool Failed { get; private set; }

        public string Name => "failing";

        public void Attach(IReadOnlyList<ControlledThread> threads) => _threads = threads;

        public bool PrepareIteration(int iteration) => true;

        public int NextThread(ReadOnlySpan<int> enabled, int current, int step)
        {
            bool due = moment switch
            {
                Moment.FirstDecision => _calls == 0,
                Moment.AfterThreadFinished => AnyThread(t => t.Status == ThreadStatus.Completed),
                Moment.AtYield => AnyThread(t => t.Status == ThreadStatus.Enabled && t.PendingOp == OpKind.Yield),
                Moment.TsoFlush => Offers(enabled, id => id >= _threads.Count),
                _ => false,
            };
            _calls++;
            if (due) Fail();
            return enabled.Length - 1;
        }

        public int NextValue(int count, int step)
        {
            if (moment == Moment.ValueChoice) Fail();
            return count - 1;
        }

        public void IterationCompleted(int steps, int choices) { }

        private void Fail()
        {
            Failed = true;
            throw new StrategyFault("failed at " + moment);
        }

        private bool AnyThread(Func<ControlledThread, bool> test)
        {
            foreach (var t in _threads)
                if (test(t)) return true;
            return false;
        }

        private static bool Offers(ReadOnlySpan<int> enabled, Func<int, bool> test)
        {
            foreach (int id in enabled)
                if (test(id)) return true;
            return false;
        }
    }

    /// <summary>Two threads that store (buffered under TSO), yield, choose a value and load; the main thread joins both.</summary>
    private static void Body()
    {
        var x = new Cell();
        var a = WeftThread.Start(() =>
        {
            x.V.Store(1, MemoryOrder.Release);
            WeftThread.Yield();
            x.V.Load(MemoryOrder.Acquire);
        });
        var b = WeftThread.Start(() =>
        {
            x.V.Store(2, MemoryOrder.Release);
            if (Checker.Choose(2) == 1) x.V.Load(MemoryOrder.Relaxed);
        });
        a.Join();
        b.Join();
    }

    [Theory]
    [InlineData(Moment.FirstDecision)]
    [InlineData(Moment.AfterThreadFinished)]
    [InlineData(Moment.AtYield)]
    [InlineData(Moment.ValueChoice)]
    [InlineData(Moment.TsoFlush)]
    public void A_strategy_that_throws_ends_the_iteration_with_an_unhandled_exception_bug_naming_it(Moment moment)
    {
        var strategy = new FailingStrategy(moment);
        var options = CheckOptions.Default with
        {
            Iterations = 20,
            ScheduleDirectory = _dir.Path,
            MinimizeReplays = 0,
            MemoryModel = moment == Moment.TsoFlush ? MemoryModel.TSO : MemoryModel.SC,
        };
        ExplorationResult r;
        using (var runtime = new ControlledRuntime(options, strategy))
            r = runtime.Explore(Body, "strategy-failure");

        Assert.True(strategy.Failed, $"the strategy was never asked at {moment}");
        Assert.NotNull(r.Bug);
        Assert.Equal(BugKind.UnhandledException, r.Bug!.Kind);
        Assert.Equal($"{typeof(StrategyFault).FullName}: failed at {moment}", r.Bug.Message);
        Assert.Contains(nameof(FailingStrategy), r.Bug.StackTrace, StringComparison.Ordinal);
        Assert.Equal(0, r.Bug.Iteration);

        // The process lives on: the engine explores again, to the end of its budget.
        var again = Checker.Explore(Body, CheckOptions.Default with { Strategy = "random", Iterations = 10, ScheduleDirectory = _dir.Path });
        Assert.True(again.Bug is null, again.Bug?.Describe());
        Assert.Equal(10, again.Iterations);
    }
}
