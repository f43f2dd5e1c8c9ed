using System;
using Weft.Atomics;
using Weft.Threading;
using Xunit;

namespace Weft.UserTests;

/// <summary>
/// A deliberately racy test, as a user would write it: a counter incremented by a load and a store from two threads.
/// It fails whenever it runs, so it runs only when asked: with <c>WEFT_USERTESTS_RACY=1</c>, or when
/// <c>WEFT_REPLAY</c> names one of its schedules (the command its failure prints). <see cref="ReplayCommandTests"/> does both.
/// </summary>
public sealed class RacyCounterTests
{
    /// <summary>The variable that asks for the deliberately failing test.</summary>
    public const string RacyVariable = "WEFT_USERTESTS_RACY";

    private sealed class Counter
    {
        private AtomicInt32 _value;

        public int Value => _value.Load(MemoryOrder.Acquire);

        public void Increment() => _value.Store(_value.Load(MemoryOrder.Relaxed) + 1, MemoryOrder.Release);
    }

    [Fact]
    public void Unsynchronized_increments_lose_an_update()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable(RacyVariable) == "1" || Environment.GetEnvironmentVariable("WEFT_REPLAY") is not null,
            $"deliberately racy: runs with {RacyVariable}=1 or WEFT_REPLAY (see ReplayCommandTests)");
        Checker.Check(() =>
        {
            var counter = new Counter();
            var other = WeftThread.Start(counter.Increment);
            counter.Increment();
            other.Join();
            Checker.Assert(counter.Value == 2, "an increment was lost");
        });
    }
}
