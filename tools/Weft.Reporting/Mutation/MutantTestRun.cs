namespace Weft.Reporting;

/// <summary>One covering test explored with the mutant: iterations run, and what it found.</summary>
public sealed record MutantTestRun
{
    public required string Test { get; init; }
    public required int Iterations { get; init; }
    public required double Seconds { get; init; }
    /// <summary><c>ok</c>, <c>caught</c>, <c>fails unmutated</c> (its bug replays with the declared order too) or <c>skipped: why</c>.</summary>
    public required string Result { get; init; }
}
