using System.Runtime.CompilerServices;

namespace Weft.Regions;

/// <summary>
/// A borrowed reference (R5): a cell with the (region, epoch, tether) it was taken under. <see cref="Get"/> validates
/// on every use: the tether is open and the region's epoch is the captured one (it is bumped when the region is
/// freed). A stale use is a <see cref="StaleBorrowException"/> naming both places, and in the controlled build first a
/// TetherSafety violation: never a silent read.
/// </summary>
public sealed class Borrow
{
    private readonly Cell _cell;
    private readonly Region _region;
    private readonly long _epoch;
    private readonly Tether _tether;

    internal Borrow(Cell cell, Region region, long epoch, Tether tether, CodeLocation at)
    {
        _cell = cell;
        _region = region;
        _epoch = epoch;
        _tether = tether;
        BorrowedAt = at;
    }

    public CodeLocation BorrowedAt { get; }

    /// <summary>The cell, after validating the borrow.</summary>
    public Cell Get([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        RegionProbe.BorrowUse(_region.Id, _epoch, _tether.Id, at, BorrowedAt);
        long epoch = _region.Epoch;
        if (_tether.Ended)
            throw new StaleBorrowException($"borrow taken at {BorrowedAt} used at {at} after its tether ended at {_tether.EndedAt}");
        if (epoch != _epoch)
            throw new StaleBorrowException($"borrow taken at {BorrowedAt} used at {at} after its region {_region.Id} was freed at {_region.FreedAt}");
        return _cell;
    }
}
