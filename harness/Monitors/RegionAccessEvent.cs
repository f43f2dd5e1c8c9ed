namespace Weft.Monitors;

/// <summary>A read or write of cell <paramref name="Cell"/> whose home is <paramref name="Region"/> (the sanitizer's access check).</summary>
public readonly record struct RegionAccessEvent(long Cell, int Region, bool Write, int Thread, string File, int Line);
