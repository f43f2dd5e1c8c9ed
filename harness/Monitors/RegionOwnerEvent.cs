namespace Weft.Monitors;

/// <summary>
/// Region <paramref name="Region"/>'s owner thread (R3) is now <paramref name="Owner"/> (a controlled thread id; -1: no
/// thread, the region is in a channel), set by thread <paramref name="Thread"/> at <paramref name="File"/>:<paramref name="Line"/>
/// (its creation, a send or a receive).
/// </summary>
public readonly record struct RegionOwnerEvent(int Region, int Owner, int Thread, string File, int Line);
