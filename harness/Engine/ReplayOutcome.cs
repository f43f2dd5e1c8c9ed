using System;
using System.Collections.Generic;
using Weft.Schedules;

namespace Weft.Engine;

internal sealed record ReplayOutcome(BugReport? Bug, int Steps, IReadOnlyList<LogEntry> Log)
{
    /// <summary>Steps that switched away from an enabled thread not paused at a yield.</summary>
    public int Preemptions { get; init; }

    /// <summary>
    /// Weak-memory decisions of the run: store-buffer flushes chosen at a decision (TSO; drains by fences, read-modify-writes
    /// and exits are not decisions), loads that read a store older than the newest and stores placed before a newer one (RA).
    /// </summary>
    public int WeakDecisions { get; init; }

    /// <summary>A guided run's decisions as schedule steps (empty for other runs).</summary>
    public IReadOnlyList<ScheduleStep> Decisions { get; init; } = Array.Empty<ScheduleStep>();
}
