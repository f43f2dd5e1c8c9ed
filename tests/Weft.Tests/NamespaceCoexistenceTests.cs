using System;
using System.Threading;
using Weft;
using Weft.Atomics;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// A compile-time regression test: a test file that imports both <c>System.Threading</c> and <c>Weft</c> (and lives
/// in a namespace under <c>Weft</c>, so every <c>Weft</c> type is in scope even without the using) names
/// <see cref="System.Threading.Monitor"/> unqualified. If Weft ever again declared a type called <c>Monitor</c>,
/// this file would stop compiling (CS0104 ambiguous reference, or <c>Weft.Monitor</c> winning the lookup).
/// </summary>
public sealed class NamespaceCoexistenceTests
{
    private sealed class CountEvents : PropertyMonitor
    {
        public int Count;

        public override void OnEvent(object e) => Count++;
    }

    [Fact]
    public void Monitor_means_System_Threading_Monitor_next_to_Weft_PropertyMonitor()
    {
        var gate = new object();
        Monitor.Enter(gate);
        try
        {
            Assert.True(Monitor.IsEntered(gate));
        }
        finally
        {
            Monitor.Exit(gate);
        }
        Assert.False(Monitor.IsEntered(gate));
        Assert.Equal(typeof(System.Threading.Monitor), typeof(Monitor));
    }

    [Fact]
    public void A_PropertyMonitor_written_next_to_System_Threading_receives_events()
    {
        CountEvents? seen = null;
        var r = Checker.Explore(() =>
        {
            var c = new Cell();
            var t = WeftThread.Start(() => c.V.FetchAdd(1, MemoryOrder.Relaxed));
            Checker.Emit("spawned");
            t.Join();
        }, CheckOptions.Default with
        {
            Strategy = "random",
            Iterations = 1,
            Monitors = new Func<PropertyMonitor>[] { () => seen = new CountEvents() },
        });
        Assert.Null(r.Bug);
        Assert.Equal(1, seen!.Count);
    }
}
