namespace Weft.Regions;

/// <summary>The types of cell a region holds (docs/region-rc.md).</summary>
public enum CellKind : byte
{
    /// <summary>A cons: slot 0 the car, slot 1 the cdr.</summary>
    Pair,
    /// <summary>A vector: one slot per element.</summary>
    Vector,
    /// <summary>A map: slots 2i and 2i + 1 hold the key and value of entry i.</summary>
    Map,
    /// <summary>A closure: slot 0 the code (an immediate), slots 1 to n its environment.</summary>
    Closure,
    /// <summary>An object with fixed fields, one slot each.</summary>
    Record,
}
