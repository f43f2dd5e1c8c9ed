namespace Weft.Schedules;

/// <summary>The bug a schedule reproduces.</summary>
public sealed record ScheduleBug(BugKind Kind, int Step, int Thread, string? Monitor, string Message);
