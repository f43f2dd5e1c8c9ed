namespace Weft.Monitors;

/// <summary>
/// A pointer slot was written: slot <paramref name="Slot"/> of cell <paramref name="Cell"/> (home
/// <paramref name="CellRegion"/>) now holds cell <paramref name="Target"/> of region <paramref name="TargetRegion"/>, or
/// an immediate (<paramref name="Target"/> 0). Emitted by the store barrier and by the transmigration's edge choke point.
/// </summary>
public readonly record struct RegionEdgeEvent(long Cell, int CellRegion, int Slot, long Target, int TargetRegion, int Thread, string File, int Line);
