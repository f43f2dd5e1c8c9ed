using System.Runtime.CompilerServices;
using Weft.Platform;

namespace Weft.Regions;

/// <summary>
/// A small typed cell (pair, vector, map, closure, record) whose slots live in a chunk of its region (R6). Every read
/// and write is checked against the home's state and, in the controlled build, reported to the sanitizer's monitors
/// (R9). Every mutator goes through <see cref="StoreBarrier"/> (R2): the inventory is in docs/region-rc.md.
/// Cells belong to their region's owner thread (R3).
/// </summary>
public sealed class Cell
{
    private Region _home;
    private RegionChunk _chunk;
    private int _offset;

    internal Cell(Region home, CellKind kind, RegionChunk chunk, int offset, int length, long id)
    {
        _home = home;
        Kind = kind;
        _chunk = chunk;
        _offset = offset;
        Length = length;
        Id = id;
    }

    public CellKind Kind { get; }

    /// <summary>Region id in the high 32 bits, the cell's number within that region below (kept across a merge).</summary>
    public long Id { get; }

    /// <summary>"3.2": the id as the monitors print it.</summary>
    public string Name => $"{Id >> 32}.{(int)Id}";

    /// <summary>Slots (a map: twice its capacity).</summary>
    public int Length { get; private set; }

    /// <summary>Entries of a map.</summary>
    internal int Count { get; set; }

    /// <summary>The region the cell belongs to now (after merges, the absorbing one).</summary>
    public Region Home => HomeUnchecked;

    internal Region HomeUnchecked
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_home.IsMerged) _home = _home.Resolve();
            return _home;
        }
    }

    /// <summary>True when the cell's slots are in its region's inline buffer.</summary>
    public bool InInlineBuffer => _chunk.IsInline;

    // ---- Readers -------------------------------------------------------------------------------------------------

    public Value Car([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => Read(CellKind.Pair, 0, new CodeLocation(file, line));

    public Value Cdr([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => Read(CellKind.Pair, 1, new CodeLocation(file, line));

    public Value VectorRef(int index, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Read(CellKind.Vector, CheckIndex(index, Length), new CodeLocation(file, line));

    public long Code([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => Read(CellKind.Closure, 0, new CodeLocation(file, line)).Immediate;

    public Value Environment(int index, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Read(CellKind.Closure, 1 + CheckIndex(index, Length - 1), new CodeLocation(file, line));

    public Value Field(int index, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Read(CellKind.Record, CheckIndex(index, Length), new CodeLocation(file, line));

    /// <summary>The value stored under <paramref name="key"/> (compared by immediate or by cell identity), or nil.</summary>
    public Value MapGet(Value key, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = new CodeLocation(file, line);
        int entry = FindEntry(key, at);
        return entry < 0 ? Value.Nil : Read(CellKind.Map, 2 * entry + 1, at);
    }

    /// <summary>The key of map entry <paramref name="entry"/> (entries in insertion order).</summary>
    public Value MapKey(int entry, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Read(CellKind.Map, 2 * CheckIndex(entry, Count), new CodeLocation(file, line));

    /// <summary>The value of map entry <paramref name="entry"/>.</summary>
    public Value MapValue(int entry, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Read(CellKind.Map, 2 * CheckIndex(entry, Count) + 1, new CodeLocation(file, line));

    public int MapCount
    {
        get
        {
            ExpectKind(CellKind.Map);
            return Count;
        }
    }

    // ---- Mutators: each one calls the store barrier (R2 inventory) ---------------------------------------------------

    /// <summary><c>set-car!</c></summary>
    public void SetCar(Value value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ExpectKind(CellKind.Pair);
        StoreBarrier.Store(this, 0, value, new CodeLocation(file, line));
    }

    /// <summary><c>set-cdr!</c></summary>
    public void SetCdr(Value value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ExpectKind(CellKind.Pair);
        var at = new CodeLocation(file, line);
        var home = CheckedHome(write: true, at);
        if (home.Bug == SeededBug.RegionBarrierSkippedOnSetCdr) WriteCheckedSlot(1, value, home, at); // the defect: no barrier
        else StoreBarrier.StoreChecked(this, home, 1, value, at);
    }

    /// <summary><c>vector-set!</c></summary>
    public void VectorSet(int index, Value value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ExpectKind(CellKind.Vector);
        StoreBarrier.Store(this, CheckIndex(index, Length), value, new CodeLocation(file, line));
    }

    /// <summary>Closure environment update (<c>set!</c> of a captured variable).</summary>
    public void SetEnvironment(int index, Value value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ExpectKind(CellKind.Closure);
        StoreBarrier.Store(this, 1 + CheckIndex(index, Length - 1), value, new CodeLocation(file, line));
    }

    /// <summary>Object field set.</summary>
    public void SetField(int index, Value value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ExpectKind(CellKind.Record);
        StoreBarrier.Store(this, CheckIndex(index, Length), value, new CodeLocation(file, line));
    }

    /// <summary><c>dict-set!</c>: the key and the value both go through the barrier; a full map grows inside its region.</summary>
    public void MapSet(Value key, Value value, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ExpectKind(CellKind.Map);
        var at = new CodeLocation(file, line);
        int entry = FindEntry(key, at);
        if (entry < 0)
        {
            if (2 * Count == Length) GrowMap(at);
            entry = Count++;
            StoreBarrier.Store(this, 2 * entry, key, at);
        }
        StoreBarrier.Store(this, 2 * entry + 1, value, at);
    }

    // ---- Slot access: the sanitizer's checks ----------------------------------------------------------------------

    /// <summary>The home, after checking (and reporting) an access: a freed home is a <see cref="RegionAccessException"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Region CheckedHome(bool write, CodeLocation at)
    {
        var home = HomeUnchecked;
        RegionProbe.Access(this, home, write, at);
        // One test on the hot path: the home is alive and owned by this thread (R9, R3); the refusal is out of line.
        if (!home.UsableHere) home.RefuseAccess(this, write, at);
        return home;
    }

    /// <summary>Reads slot <paramref name="slot"/> after the access check; a poisoned slot is an error (R9).</summary>
    internal Value ReadSlot(int slot, CodeLocation at)
    {
        CheckedHome(write: false, at);
        var v = _chunk.Slots[_offset + slot];
        if (v.IsPoison) throw new RegionAccessException($"read of cell {Name} slot {slot} at {at}: the slot is poisoned (freed memory)");
        return v;
    }

    /// <summary>Writes slot <paramref name="slot"/>: only the store barrier and the transmigration's edge choke point call this.</summary>
    internal void WriteSlot(int slot, Value value, CodeLocation at) => WriteCheckedSlot(slot, value, CheckedHome(write: true, at), at);

    /// <summary>Writes slot <paramref name="slot"/> of a cell whose access was just checked against <paramref name="home"/> (the store barrier).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void WriteCheckedSlot(int slot, Value value, Region home, CodeLocation at)
    {
        _chunk.Slots[_offset + slot] = value;
        RegionProbe.Edge(this, home, slot, value, at);
    }

    private Value Read(CellKind kind, int slot, CodeLocation at)
    {
        ExpectKind(kind);
        return ReadSlot(slot, at);
    }

    private int FindEntry(Value key, CodeLocation at)
    {
        for (int i = 0; i < Count; i++)
            if (ReadSlot(2 * i, at) == key) return i;
        return -1;
    }

    private void GrowMap(CodeLocation at)
    {
        var home = CheckedHome(write: true, at);
        int length = System.Math.Max(2, 2 * Length);
        var (chunk, offset) = home.AllocateStorage(length, at);
        System.Array.Copy(_chunk.Slots, _offset, chunk.Slots, offset, Length);
        _chunk = chunk;
        _offset = offset;
        Length = length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ExpectKind(CellKind kind)
    {
        if (Kind != kind) WrongKind(kind);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WrongKind(CellKind kind) => throw new RegionException($"cell {Name} is a {Kind}, not a {kind}");

    private int CheckIndex(int index, int length) =>
        (uint)index < (uint)length ? index : throw new RegionException($"index {index} out of range for cell {Name} ({length} slots)");

    public override string ToString() => $"{Kind} {Name}";
}
