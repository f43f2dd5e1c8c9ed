namespace Weft.Monitors;

/// <summary>What happened to a region of <c>Weft.Regions</c> (docs/region-rc.md, R1).</summary>
public enum RegionLifeOp : byte
{
    /// <summary>The region was created; <c>Other</c> is its parent (0: detached). Its scope is open.</summary>
    Created,
    /// <summary>The region's scope ended (the scope bit of its liveness word was subtracted).</summary>
    ScopeExit,
    /// <summary>One external reference was added (a handle, a child's parent reference, a tether's reference).</summary>
    Retain,
    /// <summary>One external reference was dropped.</summary>
    Release,
    /// <summary>A tether was opened; <c>Other</c> is the tether's id.</summary>
    Tether,
    /// <summary>A tether was ended; <c>Other</c> is the tether's id.</summary>
    Untether,
    /// <summary>The region's memory was freed (poisoned) and its epoch bumped.</summary>
    Free,
    /// <summary>The region was merged into region <c>Other</c>: its cells and obligations are now <c>Other</c>'s.</summary>
    Merge,
}
