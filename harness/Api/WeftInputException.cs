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
