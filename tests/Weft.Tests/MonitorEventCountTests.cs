using System;
using System.Collections.Generic;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>The engine counts, per monitor, the events it observed over an exploration: a monitor attached but never fed shows 0.</summary>
public sealed class MonitorEventCountTests
{
    private readonly record struct Ping(int Thread);

    private readonly record struct Pong(int Thread);

    private sealed record Untyped(int Value);

    private sealed class PingMonitor : PropertyMonitor, IMonitorOf<Ping>
    {
        public override void OnEvent(object e) { }

        public void On(in Ping e) { }
    }

    private sealed class PongMonitor : PropertyMonitor, IMonitorOf<Pong>
    {
        public override void OnEvent(object e) { }

        public void On(in Pong e) { }
    }

    private sealed class EverythingMonitor : PropertyMonitor
    {
        public override void OnEvent(object e) { }
    }

    private static ExplorationResult Explore(Action body, int iterations) =>
        Checker.Explore(body, CheckOptions.Default with
        {
            Strategy = "random",
            Iterations = iterations,
            Monitors = new Func<PropertyMonitor>[] { () => new PingMonitor(), () => new PongMonitor(), () => new EverythingMonitor() },
        });

    [Fact]
    public void Typed_events_count_for_their_monitors_only_summed_over_iterations()
    {
        var r = Explore(() =>
        {
            var t = WeftThread.Start(() => Checker.Emit(new Ping(1)));
            Checker.Emit(new Ping(0));
            Checker.Emit(new Ping(0));
            t.Join();
        }, iterations: 7);
        Assert.Equal(7, r.Iterations);
        Assert.Equal(21, r.MonitorEvents["PingMonitor"]);
        Assert.Equal(0, r.MonitorEvents["PongMonitor"]); // attached, never fed
        Assert.Equal(0, r.MonitorEvents["EverythingMonitor"]); // an untyped monitor does not see typed events
        Assert.Equal(0, r.MonitorEvents["NoUseAfterFreeMonitor"]); // built-in monitors are listed too
    }

    [Fact]
    public void Untyped_events_count_only_for_monitors_without_typed_interfaces()
    {
        var r = Explore(() =>
        {
            Checker.Emit(new Untyped(1));
            Checker.Emit(new Pong(0));
        }, iterations: 4);
        Assert.Equal(4, r.MonitorEvents["EverythingMonitor"]);
        Assert.Equal(4, r.MonitorEvents["PongMonitor"]);
        Assert.Equal(0, r.MonitorEvents["PingMonitor"]);
    }

    [Fact]
    public void The_node_pool_feeds_the_memory_monitors_of_a_real_test()
    {
        var treiber = CanonicalBugTests.Registered("treiber/linearizable");
        var lostUpdate = CanonicalBugTests.Registered("canonical/lost-update");
        var withPool = Weft.Reporting.TestRunner.Run(treiber, 1, TimeSpan.FromSeconds(30), null, iterations: 3);
        var withoutPool = Weft.Reporting.TestRunner.Run(lostUpdate, 1, TimeSpan.FromSeconds(30), null, iterations: 3);
        Assert.True(withPool.MonitorEvents!["NoUseAfterFreeMonitor"] > 0);
        Assert.Equal(0, withoutPool.MonitorEvents!["NoUseAfterFreeMonitor"]);
    }

    /// <summary>Counts Ping events, but is vacuous in an iteration whose last Ping came from thread 1.</summary>
    private sealed class SometimesVacuousMonitor : PropertyMonitor, IMonitorOf<Ping>
    {
        private int _lastThread = -1;

        public override bool Vacuous => _lastThread == 1;

        public override void OnEvent(object e) { }

        public void On(in Ping e) => _lastThread = e.Thread;
    }

    [Fact]
    public void A_vacuous_iteration_s_events_are_not_counted()
    {
        int iteration = 0;
        var r = Checker.Explore(() =>
        {
            Checker.Emit(new Ping(0));
            Checker.Emit(new Ping(iteration++ % 2)); // odd iterations end vacuous
        }, CheckOptions.Default with { Strategy = "random", Iterations = 4, Monitors = new Func<PropertyMonitor>[] { () => new SometimesVacuousMonitor() } });
        Assert.Equal(4, r.Iterations);
        Assert.Equal(4, r.MonitorEvents["SometimesVacuousMonitor"]); // two iterations of two events count, two do not
    }

    /// <summary>
    /// BoundedPending checks something only where the scheme promises a bound below the pool's capacity: DEBRA+ and
    /// immediate reuse declare one; IBR, plain DEBRA and leaking declare none, and their events are not counted.
    /// </summary>
    [Theory]
    [InlineData("treiber/linearizable-ibr", false)]
    [InlineData("treiber/linearizable-debra", false)]
    [InlineData("treiber/linearizable-debra-plus", true)]
    [InlineData("treiber/linearizable", true)]
    public void BoundedPending_is_observed_only_where_a_bound_was_declared(string id, bool observed)
    {
        var t = CanonicalBugTests.Registered(id);
        var r = Checker.Explore(t.Body, t.Apply(CheckOptions.Default with { Iterations = 5 }));
        Assert.Null(r.Bug);
        Assert.Equal(observed, r.MonitorEvents.GetValueOrDefault("BoundedPendingMonitor") > 0);
    }
}
