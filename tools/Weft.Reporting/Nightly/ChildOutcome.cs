namespace Weft.Reporting;

/// <summary>What a child process left behind: its exit code, its result line (if it printed one) and its output.</summary>
public sealed record ChildOutcome(int? ExitCode, bool TimedOut, string? ResultLine, string Output);
