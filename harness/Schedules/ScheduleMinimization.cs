namespace Weft.Schedules;

/// <summary>
/// Written in a minimized schedule: the schedule it was minimized from (a file name, or <c>(in memory)</c>) and the
/// preemptions and steps of both.
/// </summary>
public sealed record ScheduleMinimization(string From, int OriginalPreemptions, int OriginalSteps, int Preemptions, int Steps);
