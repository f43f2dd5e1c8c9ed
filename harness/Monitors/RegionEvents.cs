using System.Globalization;

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

/// <summary>
/// A region's lifecycle step, at the place in the caller's code that caused it (<paramref name="File"/>:<paramref name="Line"/>).
/// Region ids are unique within an iteration.
/// </summary>
public readonly record struct RegionLifeEvent(int Region, RegionLifeOp Op, int Other, int Thread, string File, int Line);

/// <summary>
/// A pointer slot was written: slot <paramref name="Slot"/> of cell <paramref name="Cell"/> (home
/// <paramref name="CellRegion"/>) now holds cell <paramref name="Target"/> of region <paramref name="TargetRegion"/>, or
/// an immediate (<paramref name="Target"/> 0). Emitted by the store barrier and by the transmigration's edge choke point.
/// </summary>
public readonly record struct RegionEdgeEvent(long Cell, int CellRegion, int Slot, long Target, int TargetRegion, int Thread, string File, int Line);

/// <summary>A read or write of cell <paramref name="Cell"/> whose home is <paramref name="Region"/> (the sanitizer's access check).</summary>
public readonly record struct RegionAccessEvent(long Cell, int Region, bool Write, int Thread, string File, int Line);

/// <summary>
/// A borrow of a cell of <paramref name="Region"/>, taken under tether <paramref name="Tether"/> when the region's epoch
/// was <paramref name="Epoch"/> (at <paramref name="BorrowFile"/>:<paramref name="BorrowLine"/>), is used.
/// </summary>
public readonly record struct BorrowUseEvent(int Region, long Epoch, int Tether, int Thread, string File, int Line, string BorrowFile, int BorrowLine);

/// <summary>
/// Transmigration into <paramref name="Destination"/> wrote an edge whose original target was cell
/// <paramref name="Original"/> of <paramref name="OriginalRegion"/>; the copy's edge targets <paramref name="Result"/> of
/// <paramref name="ResultRegion"/> (the same cell for an external root, its copy otherwise).
/// </summary>
public readonly record struct TransmigratedEdgeEvent(int Destination, long Original, int OriginalRegion, long Result, int ResultRegion, int Thread);

/// <summary>How the region monitors print cells and code locations.</summary>
public static class RegionText
{
    /// <summary>"3.2": cell 2 allocated in region 3 (a cell keeps its id when it moves by a merge).</summary>
    public static string Cell(long id) => string.Create(CultureInfo.InvariantCulture, $"{id >> 32}.{(int)id}");

    /// <summary>"File.cs:12".</summary>
    public static string At(string file, int line) => string.Create(CultureInfo.InvariantCulture, $"{System.IO.Path.GetFileName(file)}:{line}");
}

/// <summary>
/// Region <paramref name="Region"/>'s owner thread (R3) is now <paramref name="Owner"/> (a controlled thread id; -1: no
/// thread, the region is in a channel), set by thread <paramref name="Thread"/> at <paramref name="File"/>:<paramref name="Line"/>
/// (its creation, a send or a receive).
/// </summary>
public readonly record struct RegionOwnerEvent(int Region, int Owner, int Thread, string File, int Line);

/// <summary>Thread <paramref name="Thread"/> allocates in region <paramref name="Region"/> (a use of the region, like a cell access).</summary>
public readonly record struct RegionUseEvent(int Region, int Thread, string File, int Line);
