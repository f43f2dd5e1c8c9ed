using System.Runtime.CompilerServices;

namespace Weft.Regions;

/// <summary>
/// The one store helper (R2): every mutation primitive and every constructor writes a slot through
/// <see cref="Store"/>. A store that would make a cell of region O point into a region that does not outlive O
/// (younger, or unrelated) is repaired, never refused (<see cref="Repair"/>), so the older-only rule holds: pointers
/// go to the same region or to an ancestor, the region dependency graph stays acyclic, and no cell can point into a
/// region that dies before it (the Region Closure Property, R1).
/// </summary>
internal static class StoreBarrier
{
    /// <summary>Writes <paramref name="value"/>, repaired into the target's home, into slot <paramref name="slot"/> of <paramref name="target"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Cell target, int slot, Value value, CodeLocation at) =>
        StoreChecked(target, target.CheckedHome(write: true, at), slot, value, at);

    /// <summary><see cref="Store"/> for a target whose access the caller just checked against <paramref name="home"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreChecked(Cell target, Region home, int slot, Value value, CodeLocation at) =>
        // The repair allocates only in `home` and never frees it, so the caller's check still holds for the write.
        target.WriteCheckedSlot(slot, Repair(value, home, at), home, at);

    /// <summary>
    /// <paramref name="value"/> if its home outlives <paramref name="destination"/>; otherwise the repair H0 picks: merge the
    /// value's region into the destination when it has allocated at least the merge threshold and a merge is permitted,
    /// else transmigrate the value into the destination (R2's auto-repair policy).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Repair(Value value, Region destination, CodeLocation at)
    {
        if (value.CellOrNull is not { } cell) return value;
        var home = cell.HomeUnchecked;
        if (!ReferenceEquals(home, destination)) return RepairAcross(value, cell, destination, at);
        // The common same-region store: the caller checked the destination alive and owned, so the value's home is too.
        RegionProbe.Access(cell, home, write: false, at);
        return value;
    }

    /// <summary><see cref="Repair"/> for a value whose home is not the destination: checked, then kept or repaired.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value RepairAcross(Value value, Cell cell, Region destination, CodeLocation at)
    {
        var source = cell.CheckedHome(write: false, at);
        if (Region.Outlives(source, destination)) return value;
        var config = destination.Space.Config;
        if (source.BytesAllocated >= config.MergeThresholdBytes)
        {
            if (destination.TryMerge(source, at)) return value;
            destination.CountMergeFallback();
        }
        return new Transmigrator(destination, at).Run(value);
    }
}
