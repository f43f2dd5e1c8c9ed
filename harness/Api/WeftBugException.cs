using System;

namespace Weft;

/// <summary>Thrown by <see cref="Checker.Check"/> when exploration finds a bug.</summary>
public sealed class WeftBugException : Exception
{
    public WeftBugException(BugReport report) : base(report.Describe()) => Report = report;
    public WeftBugException() { Report = null!; }
    public WeftBugException(string message) : base(message) { Report = null!; }
    public WeftBugException(string message, Exception inner) : base(message, inner) { Report = null!; }

    public BugReport Report { get; }
}
