using System.Runtime.CompilerServices;

namespace Weft.Regions;

/// <summary>
/// A tether (R5): while open it holds a reference on its region, so the region is not freed, and borrows taken under
/// it are valid. <see cref="End"/> closes it once; borrows taken under it are stale from then on.
/// </summary>
public sealed class Tether
{
    private readonly Region _region;
    private bool _ended;

    internal Tether(Region region, int id, CodeLocation at)
    {
        _region = region;
        Id = id;
        OpenedAt = at;
    }

    /// <summary>Unique within a controlled iteration (0 outside one).</summary>
    public int Id { get; }

    public CodeLocation OpenedAt { get; }

    public CodeLocation EndedAt { get; private set; }

    public bool Ended => _ended;

    public Region Region => _region;

    /// <summary>A borrowed reference to <paramref name="cell"/> (a cell of this tether's region), capturing (region, epoch, tether).</summary>
    public Borrow Borrow(Cell cell, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        if (_ended) throw new StaleBorrowException($"borrow at {at} under a tether that ended at {EndedAt}");
        if (!ReferenceEquals(cell.HomeUnchecked, _region))
            throw new RegionException($"borrow at {at}: cell {cell.Name} is in region {cell.HomeUnchecked.Id}, not in the tethered region {_region.Id}");
        return new Borrow(cell, _region, _region.Epoch, this, at);
    }

    /// <summary>Ends the tether and drops its reference (the region may be freed now).</summary>
    public void End([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        if (_ended) throw new RegionException($"the tether opened at {OpenedAt} on region {_region.Id} already ended at {EndedAt} (again at {at})");
        _ended = true;
        EndedAt = at;
        _region.EndTether(this, at);
    }
}
