namespace Weft.Reporting;

/// <summary>A child process that ended without reporting a result (a crash, a stack overflow, a kill, a timeout).</summary>
public sealed record CrashInfo(int? ExitCode, bool TimedOut, string Message, string Output);
