using System;

namespace Weft.Regions;

/// <summary>
/// What a slot holds: nil, a 64-bit immediate, or a pointer to a cell. <see cref="Poison"/> is what freed memory
/// holds (R9): reading it is an error.
/// </summary>
public readonly struct Value : IEquatable<Value>
{
    private enum Tag : byte { Nil, Immediate, Pointer, Poison }

    private readonly Cell? _cell;
    private readonly long _bits;
    private readonly Tag _tag;

    private Value(Tag tag, long bits, Cell? cell)
    {
        _tag = tag;
        _bits = bits;
        _cell = cell;
    }

    public static Value Nil => default;

    /// <summary>The value freed region memory is overwritten with.</summary>
    internal static Value Poison { get; } = new(Tag.Poison, unchecked((long)0xDEADDEADDEADDEAD), null);

    public static Value Of(long immediate) => new(Tag.Immediate, immediate, null);

    public static Value Of(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return new(Tag.Pointer, 0, cell);
    }

    public bool IsNil => _tag == Tag.Nil;
    public bool IsImmediate => _tag == Tag.Immediate;
    public bool IsCell => _tag == Tag.Pointer;
    internal bool IsPoison => _tag == Tag.Poison;

    /// <summary>The immediate; a <see cref="RegionException"/> when the value is not one.</summary>
    public long Immediate => _tag == Tag.Immediate ? _bits : throw new RegionException($"{this} is not an immediate");

    /// <summary>The cell pointed to; a <see cref="RegionException"/> when the value is not a pointer.</summary>
    public Cell Cell => _cell ?? throw new RegionException($"{this} is not a pointer to a cell");

    /// <summary>The cell pointed to, or null.</summary>
    internal Cell? CellOrNull => _cell;

    public bool Equals(Value other) => _tag == other._tag && _bits == other._bits && ReferenceEquals(_cell, other._cell);
    public override bool Equals(object? obj) => obj is Value v && Equals(v);
    public override int GetHashCode() => HashCode.Combine(_tag, _bits, _cell is null ? 0 : _cell.Id);
    public static bool operator ==(Value left, Value right) => left.Equals(right);
    public static bool operator !=(Value left, Value right) => !left.Equals(right);

    public override string ToString() => _tag switch
    {
        Tag.Nil => "nil",
        Tag.Immediate => _bits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Tag.Pointer => $"cell {_cell!.Name}",
        _ => "poison",
    };
}
