using System.Runtime.CompilerServices;

namespace Weft.Regions;

/// <summary>
/// One external reference on a region (R1): taken by <see cref="Region.Retain"/>, dropped once by
/// <see cref="Release"/>. A handle moves between threads only through a <see cref="RegionChannel"/> (R3): the
/// reference moves with it, and whoever holds the handle last releases it.
/// </summary>
public sealed class RegionHandle
{
    private readonly Region _region;
    private bool _released;
    private CodeLocation _releasedAt;

    internal RegionHandle(Region region, CodeLocation at)
    {
        _region = region;
        RetainedAt = at;
    }

    /// <summary>The region (a merged region resolves to the one that absorbed it).</summary>
    public Region Region => _region;

    public CodeLocation RetainedAt { get; }

    public bool IsReleased => _released;

    /// <summary>Drops the reference (acquire-release, R4); the region is freed now if it was the last obligation.</summary>
    public void Release([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        if (_released) throw new RegionException($"the handle on region {_region.Id} taken at {RetainedAt} was already released at {_releasedAt} (again at {at})");
        _released = true;
        _releasedAt = at;
        _region.Resolve().Subtract(2, RegionProbe.OpRelease, at);
    }

    public override string ToString() => $"handle on region {_region.Id}";
}
