using System;
using Weft.Regions;
using Xunit;

namespace Weft.Tests.Regions;

using Cell = global::Weft.Regions.Cell;

/// <summary>
/// docs/region-rc.md R9 and R5 under the scheduler: the controlled build reports a use-after-free of a cell and a
/// stale borrow as monitor violations (with both locations) before the production check would throw, so each is a
/// replayable bug.
/// </summary>
public sealed class RegionSanitizerTests
{
    private static BugReport Explore(Action body)
    {
        var r = Checker.Explore(body, CheckOptions.Default with { Iterations = 1, ScheduleDirectory = TestPaths.ScheduleDir });
        Assert.NotNull(r.Bug);
        return r.Bug!;
    }

    [Fact]
    public void A_read_of_a_freed_region_is_a_RegionNoUseAfterFree_violation_with_both_locations()
    {
        int freeLine = 0, useLine = 0;
        var bug = Explore(() =>
        {
            var region = new RegionSpace().CreateRegion();
            var cell = region.Cons(Value.Of(1), Value.Nil);
            freeLine = CallerPosition.Line(); region.ExitScope();
            useLine = CallerPosition.Line(); cell.Car();
        });
        Assert.Equal(("RegionNoUseAfterFreeMonitor", BugKind.Assertion), (bug.Monitor, bug.Kind));
        Assert.Contains($"read cell 1.1 at {CallerPosition.At(useLine)}", bug.Message, StringComparison.Ordinal);
        Assert.Contains($"freed by thread 0 at {CallerPosition.At(freeLine)}", bug.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_borrow_is_a_TetherSafety_violation()
    {
        int endLine = 0;
        var bug = Explore(() =>
        {
            var region = new RegionSpace().CreateRegion();
            var tether = region.Tether();
            var borrow = tether.Borrow(region.Cons(Value.Of(1), Value.Nil));
            endLine = CallerPosition.Line(); tether.End();
            borrow.Get();
        });
        Assert.Equal("TetherSafetyMonitor", bug.Monitor);
        Assert.Contains($"after its tether 1 ended (thread 0 at {CallerPosition.At(endLine)})", bug.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_handoff_scenarios_run_clean_outside_the_scheduler()
    {
        // The registered bodies on real threads (production paths of the controlled build, no monitors).
        Weft.Scenarios.RegionScenarios.Handoff2();
        Weft.Scenarios.RegionScenarios.HandoffMerge3();
    }
}
