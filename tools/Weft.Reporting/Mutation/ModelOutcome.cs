using System.Collections.Generic;

namespace Weft.Reporting;

/// <summary>A mutant under one memory model.</summary>
public sealed record ModelOutcome
{
    /// <summary><c>tso</c> or <c>ra</c>.</summary>
    public required string Model { get; init; }
    /// <summary>See <see cref="MutationVerdicts"/>.</summary>
    public required string Verdict { get; init; }
    /// <summary>The tests that ran (in order, up to the one that caught it), with their iterations.</summary>
    public required IReadOnlyList<MutantTestRun> Runs { get; init; }
    public required double Seconds { get; init; }
    /// <summary>When caught: the test, the bug's kind, monitor and message, and its schedule file.</summary>
    public string? Test { get; init; }
    public string? BugKind { get; init; }
    public string? Monitor { get; init; }
    public string? Message { get; init; }
    public string? Schedule { get; init; }
    /// <summary>When caught: the command that runs this mutant under this model on the catching test again.</summary>
    public string? Rerun { get; init; }
}
