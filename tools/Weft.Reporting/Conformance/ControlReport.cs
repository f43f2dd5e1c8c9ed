namespace Weft.Reporting;

public sealed record ControlReport(string Test, string ExpectedBug, bool Caught, string Verdict, string? Monitor, int Iterations, string? Counterexample);
