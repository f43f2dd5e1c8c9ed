namespace Weft.Strategies;

/// <summary>A sleeping thread, the step it would take, and the step index (in an earlier iteration) that step was recorded at.</summary>
internal readonly record struct SleepEntry(int Thread, DporEvent Event, int Origin);
