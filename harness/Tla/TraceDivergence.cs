using System;

namespace Weft.Tla;

/// <summary>Where a replay left the trace: the step, its action, and the variable that differs (when a state did).</summary>
public sealed record TraceDivergence(int Step, string Action, string? Variable, string? Expected, string? Actual, string Message, int Line);
