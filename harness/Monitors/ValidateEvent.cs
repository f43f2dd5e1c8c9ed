namespace Weft.Monitors;

/// <summary>A DEBRA+ thread validated its reads: <paramref name="Neutralized"/> says whether it found its flag up and so restarts its operation.</summary>
public readonly record struct ValidateEvent(int Thread, bool Neutralized);
