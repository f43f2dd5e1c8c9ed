using System;
using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// Names the cells an iteration touches (the atomics layer's cells, futex words, checked plain fields: whatever
/// <see cref="SchedulingHooks.Access{T}"/> locates by address) by small numbers that repeat from run to run: a cell's id is 1 + the
/// number of distinct cells touched before it in the iteration, counted in execution order, which the scheduler fixes.
/// The strategies that compare locations (<c>pos</c>'s races, <c>rff</c>'s reads-from pairs, <c>stall</c>'s stall sites)
/// read <see cref="ControlledThread.PendingCell"/>, never an address.
///
/// Why: an address is where the garbage collector put the cell, which depends on everything the process allocated
/// before, and a collection in the middle of an iteration moves young cells, so a cell compared by address before and
/// after it looks like two. The runtime holds the heap still (<see cref="StableHeap"/>) while an iteration that assigns
/// ids runs, so the address-to-id table is exact within it; ids, unlike addresses, are the same in every process. If a
/// collection runs anyway (an iteration that allocates more than the no-GC budget, or an explicit collection), the table
/// is dropped at the first access after it and the cells touched from then on get fresh ids: the iteration then sees a
/// moved cell as a new one, as before, and the number of such iterations is counted (<see cref="Splits"/>).
/// Invariant: within an iteration with no collection, two accesses get the same id exactly when they name the same address.
/// </summary>
internal sealed class CellIds
{
    private readonly Dictionary<nint, int> _ids = new();
    private int _next;
    private int _collections;
    private bool _split;

    /// <summary>Iterations in which a collection ran, so that a cell may have had two ids.</summary>
    public long Splits { get; private set; }

    /// <summary>Starts an iteration (with the heap already held still): no cell has an id yet.</summary>
    public void Reset()
    {
        _ids.Clear();
        _next = 0;
        _split = false;
        _collections = GC.CollectionCount(0);
    }

    /// <summary>The id of the cell at <paramref name="address"/> (0 for no cell), assigned now if this is its first access.</summary>
    public int Of(nint address)
    {
        if (address == 0) return 0;
        if (GC.CollectionCount(0) != _collections) Forget();
        if (!_ids.TryGetValue(address, out int id)) _ids[address] = id = ++_next;
        return id;
    }

    /// <summary>A collection ran: the addresses in the table may now name other cells, so no access may match them.</summary>
    private void Forget()
    {
        _ids.Clear();
        _collections = GC.CollectionCount(0);
        if (!_split) Splits++;
        _split = true;
    }
}
