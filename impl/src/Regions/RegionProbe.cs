using System.Diagnostics;
using Weft.Platform;

namespace Weft.Regions;

/// <summary>
/// The controlled build's hooks into the region monitors (R9): each call reports one event to the iteration's
/// monitors and is compiled away in production. Event kinds are passed as the <c>Op*</c> constants so that the
/// production build needs no harness type.
/// </summary>
internal static class RegionProbe
{
    public const int OpCreated = 0, OpScopeExit = 1, OpRetain = 2, OpRelease = 3, OpTether = 4, OpUntether = 5, OpFree = 6, OpMerge = 7;

    /// <summary>A lifecycle step of region <paramref name="region"/> (<paramref name="op"/> one of the <c>Op*</c> constants).</summary>
    [Conditional("WEFT_CONTROLLED")]
    public static void Life(int region, int op, int other, CodeLocation at)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new RegionLifeEvent(region, (RegionLifeOp)op, other, SchedulingHooks.ThreadId, at.File, at.Line));
#endif
    }

    /// <summary>Slot <paramref name="slot"/> of <paramref name="cell"/> (home <paramref name="home"/>) now holds <paramref name="value"/>.</summary>
    [Conditional("WEFT_CONTROLLED")]
    public static void Edge(Cell cell, Region home, int slot, Value value, CodeLocation at)
    {
#if WEFT_CONTROLLED
        var target = value.CellOrNull;
        SchedulingHooks.Emit(new RegionEdgeEvent(cell.Id, home.Id, slot, target?.Id ?? 0, target is null ? 0 : target.HomeUnchecked.Id,
            SchedulingHooks.ThreadId, at.File, at.Line));
#endif
    }

    /// <summary>A read or write of <paramref name="cell"/>, whose home is <paramref name="home"/>.</summary>
    [Conditional("WEFT_CONTROLLED")]
    public static void Access(Cell cell, Region home, bool write, CodeLocation at)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new RegionAccessEvent(cell.Id, home.Id, write, SchedulingHooks.ThreadId, at.File, at.Line));
#endif
    }

    /// <summary>A borrow taken at <paramref name="borrowedAt"/> is used at <paramref name="at"/>.</summary>
    [Conditional("WEFT_CONTROLLED")]
    public static void BorrowUse(int region, long epoch, int tether, CodeLocation at, CodeLocation borrowedAt)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new BorrowUseEvent(region, epoch, tether, SchedulingHooks.ThreadId, at.File, at.Line, borrowedAt.File, borrowedAt.Line));
#endif
    }

    /// <summary>Transmigration into <paramref name="destination"/> replaced an edge to <paramref name="original"/> by one to <paramref name="result"/>.</summary>
    [Conditional("WEFT_CONTROLLED")]
    public static void Transmigrated(Region destination, Cell original, Cell result)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new TransmigratedEdgeEvent(destination.Id, original.Id, original.HomeUnchecked.Id, result.Id, result.HomeUnchecked.Id, SchedulingHooks.ThreadId));
#endif
    }

    /// <summary>Region <paramref name="region"/>'s owner is now <paramref name="owner"/> (a <see cref="RegionThread"/> token; none: in a channel).</summary>
    [Conditional("WEFT_CONTROLLED")]
    public static void Owner(int region, long owner, CodeLocation at)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new RegionOwnerEvent(region, RegionThread.ControlledId(owner), SchedulingHooks.ThreadId, at.File, at.Line));
#endif
    }

    /// <summary>The calling thread allocates in region <paramref name="region"/> (a use R3 checks, like a cell access).</summary>
    [Conditional("WEFT_CONTROLLED")]
    public static void Use(int region, CodeLocation at)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new RegionUseEvent(region, SchedulingHooks.ThreadId, at.File, at.Line));
#endif
    }

    /// <summary>An id unique within the current controlled iteration (0 outside one).</summary>
    public static int NewObjectId() => ControlledRun.NewObjectId();
}
