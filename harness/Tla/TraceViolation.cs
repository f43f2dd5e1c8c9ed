namespace Weft.Tla;

/// <summary>What TLC reported at the end of a counterexample.</summary>
/// <param name="Kind">"invariant", "property", "deadlock" or "assertion".</param>
/// <param name="Name">The violated invariant or property (null for a deadlock).</param>
/// <param name="Message">TLC's message text.</param>
public sealed record TraceViolation(string Kind, string? Name, string Message);
