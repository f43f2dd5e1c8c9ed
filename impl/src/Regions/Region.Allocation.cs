using System;
using System.Runtime.CompilerServices;

namespace Weft.Regions;

// Allocation (R6) and the constructors of the cell types. Every slot a constructor fills goes through the store
// barrier: construction is a store like any other (R2's inventory).
public sealed partial class Region
{
    /// <summary><c>(cons car cdr)</c>: a pair in this region.</summary>
    public Cell Cons(Value car, Value cdr, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        var cell = Allocate(CellKind.Pair, 2, at);
        StoreBarrier.Store(cell, 0, car, at);
        StoreBarrier.Store(cell, 1, cdr, at);
        return cell;
    }

    /// <summary>A vector of <paramref name="length"/> nils, or of <paramref name="elements"/> when given.</summary>
    public Cell NewVector(int length, ReadOnlySpan<Value> elements = default, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (elements.Length > length) throw new ArgumentException($"{elements.Length} elements for a vector of length {length}", nameof(elements));
        var at = new CodeLocation(file, line);
        var cell = Allocate(CellKind.Vector, length, at);
        for (int i = 0; i < elements.Length; i++) StoreBarrier.Store(cell, i, elements[i], at);
        return cell;
    }

    /// <summary>An empty map with room for <paramref name="capacity"/> entries (it grows inside the region when full).</summary>
    public Cell NewMap(int capacity = 4, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        return Allocate(CellKind.Map, 2 * capacity, new CodeLocation(file, line));
    }

    /// <summary>A closure over <paramref name="environment"/>: capturing is storing (R1: no reference-count operation).</summary>
    public Cell NewClosure(long code, ReadOnlySpan<Value> environment, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        var cell = Allocate(CellKind.Closure, 1 + environment.Length, at);
        StoreBarrier.Store(cell, 0, Value.Of(code), at);
        for (int i = 0; i < environment.Length; i++) StoreBarrier.Store(cell, 1 + i, environment[i], at);
        return cell;
    }

    /// <summary>An object with <paramref name="fields"/> nil fields.</summary>
    public Cell NewRecord(int fields, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fields);
        return Allocate(CellKind.Record, fields, new CodeLocation(file, line));
    }

    /// <summary>
    /// The return boundary (R1): <paramref name="value"/> made safe to keep in this region, repaired like a store
    /// (transmigrated into it, or its region merged into it, R2) when it points into a region this one outlives.
    /// </summary>
    public Value Adopt(Value value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        var home = Resolve();
        home.CheckAlive("adopt a value into", at);
        return StoreBarrier.Repair(value, home, at);
    }

    /// <summary>Allocates a cell of <paramref name="slots"/> nil slots (the owner thread).</summary>
    internal Cell Allocate(CellKind kind, int slots, CodeLocation at)
    {
        var home = Resolve();
        home.CheckAlive("allocate in", at);
        RegionProbe.Use(home.Id, at);
        home.CheckOwner(null, write: true, at);
        var (chunk, offset) = home.AllocateStorage(slots, at);
        home._statistics.Allocations++;
        return new Cell(home, kind, chunk, offset, slots, home.NextCellId());
    }

    /// <summary>A range of <paramref name="slots"/> slots with its header (R6): from the current chunk, else a new one.</summary>
    internal (RegionChunk Chunk, int Offset) AllocateStorage(int slots, CodeLocation at)
    {
        long bytes = HeaderBytes + (long)slots * SlotBytes;
        long quota = Space.Config.QuotaBytes;
        if (quota > 0 && _statistics.Bytes + bytes > quota)
            throw new RegionQuotaExceededException(
                $"region {Id} exceeded its quota of {quota} bytes ({_statistics.Bytes} allocated, {bytes} requested at {at}): likely an escape or retention");
        var target = _current;
        if (target.Free < slots)
        {
            target = new RegionChunk(Math.Max(slots, Space.Config.ChunkSlots), inline: false);
            _chunks.Add(target);
            _statistics.Chunks++;
            Space.ChunkAdded(target.Slots.Length * SlotBytes);
            if (slots < Space.Config.ChunkSlots) _current = target; // a cell of a chunk's size or more keeps a chunk of its own
        }
        int offset = target.Take(slots);
        _statistics.Bytes += bytes;
        if (target.IsInline) _statistics.InlineBytes += bytes;
        if (_statistics.Bytes > _statistics.PeakBytes) _statistics.PeakBytes = _statistics.Bytes;
        return (target, offset);
    }
}
