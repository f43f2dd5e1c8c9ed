using System.IO;
using Weft.Tla;

namespace Weft.Reporting;

/// <summary>
/// One committed TLC trace and what replaying it against the implementation showed.
/// <see cref="Conforms"/> is null when the trace was not replayed.
/// </summary>
/// <param name="Spec">The spec folder name under tla/ (and traces/).</param>
/// <param name="File">The trace file, relative to the repository root.</param>
/// <param name="Steps">The number of steps (TLC states after the initial one), when known.</param>
/// <param name="Divergence">Where the replay diverged from the trace (step, action, variable, expected, actual), or why it was not replayed.</param>
public sealed record TraceResult(string Spec, string File, TraceKind Kind, int? Steps, bool? Conforms, string Divergence)
{
    public bool Replayed => Conforms is not null;

    /// <summary>The TLC configuration the trace was recorded with (<c>MC.cfg</c>), when known.</summary>
    public string? Config { get; init; }

    /// <summary>True when the trace was refused because its spec changed since it was recorded (then <see cref="Conforms"/> is false).</summary>
    public bool Stale { get; init; }

    public TraceStatus Status => (Conforms, Stale) switch
    {
        (null, _) => TraceStatus.NotReplayed,
        (false, true) => TraceStatus.Stale,
        (false, false) => TraceStatus.Diverges,
        (true, _) => TraceStatus.Conforms,
    };
}
