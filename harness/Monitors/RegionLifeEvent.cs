namespace Weft.Monitors;

/// <summary>
/// A region's lifecycle step, at the place in the caller's code that caused it (<paramref name="File"/>:<paramref name="Line"/>).
/// Region ids are unique within an iteration.
/// </summary>
public readonly record struct RegionLifeEvent(int Region, RegionLifeOp Op, int Other, int Thread, string File, int Line);
