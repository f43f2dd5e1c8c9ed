using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Schedules;

/// <summary>
/// What "fails the same way" means for schedule minimization: the same bug kind, the same monitor (or none, for a
/// <c>Checker.Assert</c>), and the same place. The place is the scheduling point the failing thread last passed (an
/// assertion, an exception, a liveness report fires in the code after it); for an unhandled exception also the
/// exception's type; for a deadlock the blocked threads' operations and locations, as a multiset (which thread blocks
/// last, and which thread id holds which position, may change while the deadlock stays the same). Messages are not
/// compared: they carry values (a torn snapshot's x and y) that a shorter schedule legitimately changes.
/// </summary>
public sealed record FailureSignature(BugKind Kind, string? Monitor, string Place)
{
    public static FailureSignature Of(BugReport bug)
    {
        ArgumentNullException.ThrowIfNull(bug);
        var place = bug.Kind switch
        {
            BugKind.Deadlock => string.Join("; ", bug.Threads
                .Where(t => t.Status.StartsWith("blocked", StringComparison.Ordinal))
                .Select(t => t.Operation + " " + t.Location)
                .Order(StringComparer.Ordinal)),
            BugKind.StepBoundExceeded => "",
            BugKind.UnhandledException => ExceptionType(bug.Message) + " after " + FailingLocation(bug),
            _ => FailingLocation(bug),
        };
        return new FailureSignature(bug.Kind, bug.Monitor, place);
    }

    private static string FailingLocation(BugReport bug) =>
        bug.Thread >= 0 && bug.Thread < bug.Threads.Count
            ? bug.Threads[bug.Thread].Operation + " " + bug.Threads[bug.Thread].Location
            : "";

    private static string ExceptionType(string message)
    {
        int colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? message[..colon] : message;
    }

    public override string ToString() =>
        BugReport.KindText(Kind) + (Monitor is null ? "" : " of " + Monitor) + (Place.Length == 0 ? "" : " at " + Place);
}
