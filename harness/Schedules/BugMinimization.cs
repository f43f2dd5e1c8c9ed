using System;
using System.Collections.Generic;
using System.IO;
using Weft.Engine;

namespace Weft.Schedules;

/// <summary>
/// Gives a bug found by exploration its minimized schedule: minimizes the schedule as found (within the options'
/// budget), writes the result beside it as <c>&lt;name&gt;-minimized.yaml</c> and attaches both to the report. The
/// schedule as found stays where it was, with its own replay command.
/// </summary>
internal static class BugMinimization
{
    /// <summary>
    /// Minimizes each bug of an exploration on <paramref name="runtime"/> (idle, its exploration over). A bug failing the
    /// same way as one already minimized is not minimized again; its report names that one.
    /// </summary>
    public static List<BugReport> AttachAll(IReadOnlyList<BugReport> bugs, Action body, CheckOptions options, CallSite? site, ControlledRuntime runtime)
    {
        var done = new Dictionary<FailureSignature, string>();
        var result = new List<BugReport>(bugs.Count);
        foreach (var bug in bugs)
        {
            if (done.TryGetValue(FailureSignature.Of(bug), out var path))
            {
                result.Add(bug with { MinimizationFailure = $"a bug failing the same way was minimized: {path}" });
                continue;
            }
            var attached = Attach(bug, body, options, site, runtime);
            if (attached.Minimization?.MinimizedPath is { } written) done[FailureSignature.Of(bug)] = written;
            result.Add(attached);
        }
        return result;
    }

    private static BugReport Attach(BugReport bug, Action body, CheckOptions options, CallSite? site, ControlledRuntime runtime)
    {
        if (options.MinimizeReplays <= 0 || bug.SchedulePath is not { } path) return bug;
        if (bug.Kind == BugKind.UncontrolledBlocking)
        {
            // Every replay of it would block a thread outside the runtime until the watchdog gives up on it.
            return bug with { MinimizationFailure = "uncontrolled blocking is not minimized: each replay would block a thread outside the Weft runtime" };
        }
        MinimizationResult result;
        try
        {
            result = ScheduleMinimizer.Minimize(bug.Schedule, body, options, Path.GetFileName(path), runtime);
        }
        catch (WeftInputException e)
        {
            // The schedule did not fail again when replayed (a test whose outcome depends on more than the schedule).
            return bug with { MinimizationFailure = e.Message };
        }
        var written = ScheduleFile.WriteNew(result.Minimized, Path.GetDirectoryName(path), "-minimized");
        var command = site is not null ? site.ReplayCommand(written) : BugReport.DefaultReplayCommand(written);
        return bug with { Minimization = result with { MinimizedPath = written, ReplayCommand = command } };
    }
}
