namespace Weft.Reporting;

/// <summary>One step of a counterexample, for its interleaving diagram.</summary>
public sealed record StepRecord(int Step, int Thread, string Op, string Location);
