using System.Collections.Generic;
using Weft.Platform;

namespace Weft.Regions;

/// <summary>
/// Copies the part of a value's graph that does not outlive a destination region into it (R2's repair for small
/// values, R7's structure).
///
/// <para>The domain: a cell is copied iff its home does not outlive the destination. Every other pointer is an
/// external root (R1): the copy points at the same cell, never at a copy of it.</para>
/// <para>The forwarding table is the visited set: one dictionary from original to copy, consulted before any copy,
/// so each cell is copied once and sharing and cycles come out as they went in.</para>
/// <para>One edge-rewrite choke point: every slot of every copy is written by <see cref="WriteEdge"/>, which also
/// reports the edge. Its writes need no barrier: each targets a copy in the destination or an external root, and
/// both outlive the destination.</para>
/// <para>The pair fast path: a copied pair's cdr spine is followed in a loop, so a list of n pairs costs no
/// work-list entries for its spine.</para>
/// Runs on the destination's owner thread; the source regions are alive (the value was just read).
/// </summary>
internal sealed class Transmigrator
{
    private readonly Region _destination;
    private readonly CodeLocation _location;
    private readonly Dictionary<Cell, Cell> _forwarding = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<Cell> _pending = new();
    private readonly bool _copiesExternal;
    private long _edges, _externals, _pairFastPath;

    public Transmigrator(Region destination, CodeLocation at)
    {
        _destination = destination;
        _location = at;
        _copiesExternal = destination.Bug == SeededBug.RegionTransmigrateCopiesExternal;
    }

    /// <summary>The copy of <paramref name="root"/> in the destination (or <paramref name="root"/> itself when it is an external root).</summary>
    public Value Run(Value root)
    {
        var result = Relocate(root, push: true);
        while (_pending.Count > 0) CopySlots(_pending.Pop());
        _destination.CountTransmigration(_forwarding.Count, _edges, _externals, _pairFastPath);
        return result;
    }

    /// <summary>Fills the slots of the copy of <paramref name="original"/>; for a pair, then walks its cdr spine.</summary>
    private void CopySlots(Cell original)
    {
        while (true)
        {
            var copy = _forwarding[original];
            if (original.Kind == CellKind.Map) copy.Count = original.Count;
            int slots = original.Kind == CellKind.Map ? 2 * original.Count : original.Length;
            int last = original.Kind == CellKind.Pair ? 1 : slots;
            for (int i = 0; i < last; i++) WriteEdge(copy, i, Relocate(original.ReadSlot(i, _location), push: true));
            if (original.Kind != CellKind.Pair) return;
            // Pair fast path: the cdr. A pair not yet forwarded is copied and continued here instead of queued.
            var cdr = original.ReadSlot(1, _location);
            if (cdr.CellOrNull is { Kind: CellKind.Pair } next && InDomain(next) && !_forwarding.ContainsKey(next))
            {
                WriteEdge(copy, 1, Relocate(cdr, push: false));
                _pairFastPath++;
                original = next;
                continue;
            }
            WriteEdge(copy, 1, Relocate(cdr, push: true));
            return;
        }
    }

    /// <summary>The edge-rewrite choke point: slot <paramref name="slot"/> of <paramref name="copy"/> gets <paramref name="value"/>.</summary>
    private void WriteEdge(Cell copy, int slot, Value value)
    {
        copy.WriteSlot(slot, value, _location);
        _edges++;
    }

    /// <summary>The value a copy's slot holds for <paramref name="value"/>: immediates and external roots as they are, in-domain cells forwarded.</summary>
    private Value Relocate(Value value, bool push)
    {
        if (value.CellOrNull is not { } cell) return value;
        if (!InDomain(cell))
        {
            _externals++;
            RegionProbe.Transmigrated(_destination, cell, cell);
            return value;
        }
        if (!_forwarding.TryGetValue(cell, out var copy))
        {
            copy = _destination.Allocate(cell.Kind, cell.Length, _location);
            _forwarding.Add(cell, copy);
            if (push) _pending.Push(cell);
        }
        RegionProbe.Transmigrated(_destination, cell, copy);
        return Value.Of(copy);
    }

    /// <summary>True for a cell to copy: its home does not outlive the destination (the defect: any cell outside the destination).</summary>
    private bool InDomain(Cell cell) =>
        _copiesExternal ? !ReferenceEquals(cell.HomeUnchecked, _destination) : !Region.Outlives(cell.HomeUnchecked, _destination);
}
