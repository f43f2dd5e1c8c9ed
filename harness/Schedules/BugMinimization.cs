using System;
using System.IO;

namespace Weft.Schedules;

/// <summary>
/// Gives a bug found by exploration its minimized schedule: minimizes the schedule as found (within the options'
/// budget), writes the result beside it as <c>&lt;name&gt;-minimized.yaml</c> and attaches both to the report. The
/// schedule as found stays where it was, with its own replay command.
/// </summary>
internal static class BugMinimization
{
    public static BugReport Attach(BugReport bug, Action body, CheckOptions options, CallSite? site)
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
            result = ScheduleMinimizer.Minimize(bug.Schedule, body, options, Path.GetFileName(path));
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
