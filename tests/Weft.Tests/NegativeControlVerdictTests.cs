using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Weft.Reporting;
using Xunit;
using static Weft.Tests.ReportTestSupport;

namespace Weft.Tests;

/// <summary>
/// How <c>weft explore</c> and the nightly runner judge a negative control: caught only as the declared kind of bug
/// and, when the control names its monitor, by that monitor (a control caught by the wrong monitor is WRONG).
/// </summary>
public sealed class NegativeControlVerdictTests
{
    /// <summary>A control whose body acquires one mutex word twice: MutualExclusionMonitor reports it.</summary>
    private static RegisteredTest DoubleAcquire(string? expectedMonitor)
    {
        static void Body()
        {
            const nint word = 0x1000;
            Checker.Emit(new Weft.Monitors.MutexEvent(word, Weft.Monitors.MutexOp.Acquired, 1));
            Checker.Emit(new Weft.Monitors.MutexEvent(word, Weft.Monitors.MutexOp.Acquired, 2));
        }
        return new RegisteredTest("verdict/double-acquire", "", Body, NegativeControl: true, BugKind.Assertion, 10, CheckOptions.Default)
        {
            ExpectedMonitor = expectedMonitor,
        };
    }

    [Theory]
    [InlineData(null, "caught")]
    [InlineData("MutualExclusionMonitor", "caught")]
    [InlineData("MutexOwnerIsHolderMonitor", "WRONG")]
    public void A_negative_control_caught_by_another_monitor_is_not_caught(string? expectedMonitor, string verdict)
    {
        var test = DoubleAcquire(expectedMonitor);
        var r = Checker.Explore(test.Body, test.Apply(CheckOptions.Default with { Iterations = test.Budget }));
        Assert.Equal("MutualExclusionMonitor", r.Bug?.Monitor);

        Assert.Equal(verdict, Weft.Cli.Commands.ExploreCommand.Verdict(test, r));
        Assert.Equal(verdict == "caught", Weft.Cli.Commands.ExploreCommand.Passed(test, r));
        var nightly = TestRunner.FromExploration(test, r, 1, TimeSpan.FromSeconds(1), "0/1");
        Assert.Equal((verdict, verdict == "caught"), (nightly.Verdict, nightly.Passed));
    }
}
