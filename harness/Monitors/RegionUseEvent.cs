namespace Weft.Monitors;

/// <summary>Thread <paramref name="Thread"/> allocates in region <paramref name="Region"/> (a use of the region, like a cell access).</summary>
public readonly record struct RegionUseEvent(int Region, int Thread, string File, int Line);
