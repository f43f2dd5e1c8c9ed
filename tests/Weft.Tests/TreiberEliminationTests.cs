using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Reclamation;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The Treiber stack's elimination array: the registered treiber/elimination* tests run in CanonicalBugTests (the
/// correct ones pass, the seeded defect is caught by EliminationHandsOverOnceMonitor and replays); these show that
/// their schedules really exchange values, and run the stack on real threads.
/// </summary>
public sealed class TreiberEliminationTests
{
    /// <summary>Counts the takes of one exploration (the explorations of this class run one at a time).</summary>
    private sealed class TakeCounter : PropertyMonitor, IMonitorOf<ExchangeEvent>
    {
        public static long Takes;
        public static long Withdrawals;

        public override void OnEvent(object e) { }

        public void On(in ExchangeEvent e)
        {
            if (e.Step == ExchangeStep.Taken) Interlocked.Increment(ref Takes);
            if (e.Step == ExchangeStep.Withdrawn) Interlocked.Increment(ref Withdrawals);
        }
    }

    private static readonly object Exploring = new();

    [Theory]
    [InlineData("treiber/elimination")]
    [InlineData("treiber/elimination-ibr")]
    [InlineData("treiber/elimination-debra-plus")]
    [InlineData("treiber/elimination-contended-ibr")]
    public void The_registered_schedules_hand_values_over_and_withdraw_offers(string id)
    {
        var test = CanonicalBugTests.Registered(id);
        lock (Exploring)
        {
            TakeCounter.Takes = 0;
            TakeCounter.Withdrawals = 0;
            var options = CanonicalBugTests.Options(test);
            var r = Checker.Explore(test.Body, options with { Monitors = options.Monitors.Append(() => new TakeCounter()).ToArray() });
            Assert.Null(r.Bug);
            Assert.True(TakeCounter.Takes > 0, $"{id}: no pop took an offer in {r.Iterations} iterations");
            Assert.True(TakeCounter.Withdrawals > 0, $"{id}: no offer was withdrawn in {r.Iterations} iterations");
        }
    }

    [Theory]
    [InlineData(ReclamationScheme.Ibr, true)]
    [InlineData(ReclamationScheme.Ibr, false)]
    [InlineData(ReclamationScheme.DebraPlus, true)]
    public void Real_threads_lose_no_value_and_duplicate_none(ReclamationScheme scheme, bool visitFirst)
    {
        // Outside a controlled test the controlled build is ordinary code on real threads.
        const int Threads = 2, Pairs = 20_000;
        var reclaimer = Reclaimer.Create(scheme, new NodePool(1 << 12, tagged: true, threadCaches: Threads + 1), maxThreads: Threads + 1);
        var stack = new TreiberStack(reclaimer, new EliminationArray(reclaimer, visitFirst: visitFirst));
        var popped = new List<long>[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var me = reclaimer.Register();
            var mine = popped[t] = new List<long>();
            start.SignalAndWait();
            for (long i = 0; i < Pairs; i++)
            {
                stack.Push(me, t * 1_000_000 + i);
                if (stack.TryPop(me, out long v)) mine.Add(v);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var main = reclaimer.Register();
        var all = popped.SelectMany(p => p).ToList();
        while (stack.TryPop(main, out long v)) all.Add(v);
        all.Sort();
        var pushed = Enumerable.Range(0, Threads).SelectMany(t => Enumerable.Range(0, Pairs).Select(i => t * 1_000_000L + i)).Order().ToList();
        Assert.Equal(pushed, all);
    }

    [Fact]
    public void Real_threads_record_linearizable_histories()
    {
        for (int round = 0; round < 50; round++)
        {
            var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(64, tagged: true, threadCaches: 3), maxThreads: 3);
            var stack = new TreiberStack(reclaimer, new EliminationArray(reclaimer, slots: 1, visitFirst: true));
            var h = AlternatingHistory.Record(reclaimer.Register, "push", (me, v) => { stack.Push(me, v); return null; }, "pop", stack.TryPop);
            var r = LinearizabilityChecker.Check(h, new StackModel());
            Assert.True(r.IsLinearizable, r.Witness);
        }
    }

    private static ExchangeEvent Step(ExchangeStep step, int offerer, long sequence, long value, int thread) =>
        new(Exchanger: 1, step, offerer, sequence, value, thread);

    [Fact]
    public void The_exchange_monitor_accepts_offers_taken_once_or_withdrawn()
    {
        var m = new EliminationHandsOverOnceMonitor();
        m.On(Step(ExchangeStep.Offered, 0, 1, 10, thread: 1));
        m.On(Step(ExchangeStep.Taken, 0, 1, 10, thread: 2));
        m.On(Step(ExchangeStep.HandedOver, 0, 1, 10, thread: 1));
        m.On(Step(ExchangeStep.Offered, 0, 2, 11, thread: 1));
        m.On(Step(ExchangeStep.Withdrawn, 0, 2, 11, thread: 1));
        m.On(Step(ExchangeStep.Offered, 0, 3, 11, thread: 1));
    }

    [Theory]
    [InlineData("taken twice", "pop already took: the value is handed over twice")]
    [InlineData("taken after withdrawal", "which is not posted")]
    [InlineData("wrong value", "which offered 10")]
    [InlineData("withdrawn after take", "after thread 2's pop took it")]
    [InlineData("handed over untaken", "no pop took its offer #1")]
    [InlineData("second open offer", "while its offer #1 is still open")]
    public void The_exchange_monitor_fails_on_each_broken_hand_over(string which, string expected)
    {
        var m = new EliminationHandsOverOnceMonitor();
        m.On(Step(ExchangeStep.Offered, 0, 1, 10, thread: 1));
        Action last = which switch
        {
            "taken twice" => () => { m.On(Step(ExchangeStep.Taken, 0, 1, 10, thread: 2)); m.On(Step(ExchangeStep.Taken, 0, 1, 10, thread: 3)); },
            "taken after withdrawal" => () => { m.On(Step(ExchangeStep.Withdrawn, 0, 1, 10, thread: 1)); m.On(Step(ExchangeStep.Taken, 0, 1, 10, thread: 2)); },
            "wrong value" => () => m.On(Step(ExchangeStep.Taken, 0, 1, 12, thread: 2)),
            "withdrawn after take" => () => { m.On(Step(ExchangeStep.Taken, 0, 1, 10, thread: 2)); m.On(Step(ExchangeStep.Withdrawn, 0, 1, 10, thread: 1)); },
            "handed over untaken" => () => m.On(Step(ExchangeStep.HandedOver, 0, 1, 10, thread: 1)),
            _ => () => m.On(Step(ExchangeStep.Offered, 0, 2, 11, thread: 1)),
        };
        var e = Assert.Throws<MonitorFailure>(last);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array_serves_one_stack_of_its_own_reclaimer()
    {
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(16, tagged: true), maxThreads: 2);
        var other = Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(16, tagged: true), maxThreads: 2);
        var array = new EliminationArray(reclaimer);
        Assert.Equal(1, array.Slots);
        _ = new TreiberStack(reclaimer, array);
        var shared = Assert.Throws<InvalidOperationException>(() => new TreiberStack(reclaimer, array));
        Assert.Contains("already serves a stack", shared.Message, StringComparison.Ordinal);
        var foreign = Assert.Throws<ArgumentException>(() => new TreiberStack(other, new EliminationArray(reclaimer)));
        Assert.Contains("another reclaimer", foreign.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EliminationArray(reclaimer, slots: -1));
    }
}
