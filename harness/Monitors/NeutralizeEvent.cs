namespace Weft.Monitors;

/// <summary>DEBRA+ raised thread <paramref name="Thread"/>'s neutralization flag (<paramref name="Raised"/> false: the thread cleared it).</summary>
public readonly record struct NeutralizeEvent(int Thread, bool Raised = true);
