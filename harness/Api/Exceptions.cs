using System;

namespace Weft;

/// <summary>Bad input (a schedule file, an option, an environment variable). Carries a position when there is one.</summary>
public class WeftInputException : Exception
{
    public WeftInputException(string message) : base(message) { }
    public WeftInputException(string message, Exception inner) : base(message, inner) { }
    public WeftInputException() { }

    public WeftInputException(string file, long line, long column, string message)
        : base($"{file}:{line}:{column}: {message}")
    {
        File = file;
        Line = line;
        Column = column;
    }

    public string? File { get; }
    public long Line { get; }
    public long Column { get; }
}

/// <summary>Thrown by <see cref="Checker.Check"/> when exploration finds a bug.</summary>
public sealed class WeftBugException : Exception
{
    public WeftBugException(BugReport report) : base(report.Describe()) => Report = report;
    public WeftBugException() { Report = null!; }
    public WeftBugException(string message) : base(message) { Report = null!; }
    public WeftBugException(string message, Exception inner) : base(message, inner) { Report = null!; }

    public BugReport Report { get; }
}

/// <summary>A replay did not follow its schedule: the program under test is not the one that recorded it, or is nondeterministic.</summary>
public sealed class ReplayDivergenceException : Exception
{
    public ReplayDivergenceException(string message) : base(message) { }
    public ReplayDivergenceException() { }
    public ReplayDivergenceException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// Unwinds a controlled thread whose iteration has ended (a bug was found elsewhere, or the run is torn down).
/// Code under test must not swallow it; catching <see cref="Exception"/> and continuing re-raises it at the next
/// scheduling point.
/// </summary>
public sealed class ExecutionCanceledException : Exception
{
    public ExecutionCanceledException() : base("The controlled iteration was canceled.") { }
    public ExecutionCanceledException(string message) : base(message) { }
    public ExecutionCanceledException(string message, Exception inner) : base(message, inner) { }
}
