using System;
using System.Linq;

namespace Weft;

/// <summary>A test found by <see cref="TestRegistry"/>.</summary>
public sealed record RegisteredTest(string Id, string Description, Action Body, bool NegativeControl, BugKind ExpectedBug, int Budget, CheckOptions BaseOptions)
{
    /// <summary>The monitor a negative control must be caught by (<see cref="WeftTestAttribute.ExpectedMonitor"/>), or null.</summary>
    public string? ExpectedMonitor { get; init; }

    /// <summary>The memory model the test is pinned to (<see cref="WeftTestAttribute.MemoryModel"/>), or null.</summary>
    public MemoryModel? PinnedMemoryModel { get; init; }

    /// <summary>The strategy the test is pinned to (<see cref="WeftTestAttribute.Strategy"/>), or null.</summary>
    public string? PinnedStrategy { get; init; }

    /// <summary>
    /// The file of the user's test assembly this test was loaded from (<c>weft ... --assembly</c>), or null for a test
    /// built into the tool (Weft's scenarios). Re-run commands name it, so they load the same assembly.
    /// </summary>
    public string? AssemblyPath { get; init; }

    /// <summary>
    /// True when <paramref name="bug"/> is the one this negative control seeds: of <see cref="ExpectedBug"/>'s kind and,
    /// when <see cref="ExpectedMonitor"/> is given, reported by that monitor (a control caught by another monitor, or as
    /// another kind of bug, is not caught: its defect did not break the invariant it was seeded to break).
    /// </summary>
    public bool IsExpectedBug(BugReport? bug) =>
        bug is not null && bug.Kind == ExpectedBug && (ExpectedMonitor is null || string.Equals(bug.Monitor, ExpectedMonitor, StringComparison.Ordinal));

    /// <summary>Options for exploring this test: the test's own bounds layered over <paramref name="options"/>.</summary>
    public CheckOptions Apply(CheckOptions options)
    {
        var o = options with { TestId = Id };
        if (BaseOptions.MaxSteps != CheckOptions.Default.MaxSteps && options.MaxSteps == CheckOptions.Default.MaxSteps) o = o with { MaxSteps = BaseOptions.MaxSteps };
        if (BaseOptions.SpuriousWakeups != 0) o = o with { SpuriousWakeups = BaseOptions.SpuriousWakeups };
        if (BaseOptions.LivenessThreshold != 0) o = o with { LivenessThreshold = BaseOptions.LivenessThreshold };
        if (BaseOptions.WatchdogTimeout != CheckOptions.Default.WatchdogTimeout) o = o with { WatchdogTimeout = BaseOptions.WatchdogTimeout };
        if (PinnedMemoryModel is { } model) o = o with { MemoryModel = model };
        if (PinnedStrategy is { } strategy && options.Strategy == CheckOptions.Default.Strategy) o = o with { Strategy = strategy };
        if (BaseOptions.Monitors.Count > 0) o = o with { Monitors = options.Monitors.Concat(BaseOptions.Monitors).ToArray() }; // the caller's monitors too
        return o;
    }
}
