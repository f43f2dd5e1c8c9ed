namespace Weft.Schedules;

/// <summary>
/// Written in a minimized schedule: the schedule it was minimized from (a file name, or <c>(in memory)</c>) and the
/// preemptions and steps of both; under a weak memory model also their weak-memory decisions (store-buffer flushes chosen,
/// stale reads, stores placed early).
/// </summary>
public sealed record ScheduleMinimization(string From, int OriginalPreemptions, int OriginalSteps, int Preemptions, int Steps)
{
    /// <summary>Weak-memory decisions of the schedule as found; null in a schedule recorded under SC.</summary>
    public int? OriginalWeakDecisions { get; init; }

    /// <summary>Weak-memory decisions of the minimized schedule; null in a schedule recorded under SC.</summary>
    public int? WeakDecisions { get; init; }
}
