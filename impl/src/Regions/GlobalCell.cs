using System.Runtime.CompilerServices;
using Weft.Platform;

namespace Weft.Regions;

/// <summary>
/// A global or module variable (R1's global store boundary): it holds a value and one reference on the value's
/// region, so the region outlives its scope while the global names it. <see cref="Set"/> retains the new value's
/// region, then releases the old one's. A module's globals belong to the module's thread (R3).
/// </summary>
public sealed class GlobalCell
{
    private readonly RegionSpace _space;
    private Value _value;
    private RegionHandle? _handle;

    public GlobalCell(RegionSpace space) => _space = space;

    public Value Get() => _value;

    /// <summary>The reference the global holds (null: none), for the spec model's mapping.</summary>
    internal RegionHandle? Handle => _handle;

    /// <summary>Stores <paramref name="value"/>: +1 on its region (when it is a pointer), then −1 on the previous value's region.</summary>
    public void Set(Value value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        RegionHandle? handle = null;
        if (value.CellOrNull is { } cell && _space.Config.SeededBug != SeededBug.RegionGlobalStoreWithoutRetain)
            handle = cell.Home.Retain(file, line);
        var old = _handle;
        _value = value;
        _handle = handle;
        old?.Release(file, line);
    }

    /// <summary>Stores nil (−1 on the previous value's region).</summary>
    public void Clear([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => Set(Value.Nil, file, line);
}
