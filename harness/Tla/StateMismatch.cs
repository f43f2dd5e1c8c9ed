namespace Weft.Tla;

/// <summary>The first difference between a trace state and the mapped implementation state.</summary>
public sealed record StateMismatch(string Variable, string Path, string Expected, string Actual);
