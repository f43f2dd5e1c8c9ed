namespace Weft.Reporting;

public sealed record LinearizabilityReport(string Test, bool NegativeControl, string Verdict, bool Passed, int Iterations, bool Exhausted);
