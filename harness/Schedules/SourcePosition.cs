namespace Weft.Schedules;

/// <summary>Where a step was written in a schedule file (1-based line and column).</summary>
public readonly record struct SourcePosition(long Line, long Column);
