using System.Collections.Generic;

namespace Weft.Reporting;

public sealed record InvariantReport
{
    public required string Name { get; init; }
    /// <summary><c>invariant</c> or <c>property</c> (an action property such as <c>[][x' >= x]_x</c>).</summary>
    public required string Kind { get; init; }
    public string? Monitor { get; init; }
    public required bool MonitorImplemented { get; init; }
    /// <summary>
    /// <c>scheduler</c> (a monitor observing the explored tests), <c>trace-replay</c> (TLC traces replayed through the
    /// refinement mapping; TypeOK and any invariant whose manifest monitor is <c>trace-replay</c>) or <c>none</c>.
    /// </summary>
    public required string CheckedBy { get; init; }
    /// <summary>
    /// The tests credited with checking it: tests of the spec's algorithms in which its monitor was active and observed
    /// at least one event of a type it handles. Empty for an invariant checked by trace replay.
    /// </summary>
    public required IReadOnlyList<string> Tests { get; init; }
    /// <summary>Events the monitor observed in each test of the spec's algorithms that ran (credited or not).</summary>
    public required IReadOnlyList<MonitorObservation> Observations { get; init; }
    /// <summary>For an invariant checked by trace replay: the conforming replayed traces that check it.</summary>
    public int ConformingTraces { get; init; }
    /// <summary>Negative controls of the spec's algorithms whose bug this monitor reported.</summary>
    public required IReadOnlyList<string> CaughtBy { get; init; }
}
