namespace Weft.Monitors;

/// <summary>
/// Transmigration into <paramref name="Destination"/> wrote an edge whose original target was cell
/// <paramref name="Original"/> of <paramref name="OriginalRegion"/>; the copy's edge targets <paramref name="Result"/> of
/// <paramref name="ResultRegion"/> (the same cell for an external root, its copy otherwise).
/// </summary>
public readonly record struct TransmigratedEdgeEvent(int Destination, long Original, int OriginalRegion, long Result, int ResultRegion, int Thread);
