using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// The conflict relation over pending operations that <see cref="PosStrategy"/> and <see cref="RffStrategy"/> use: two
/// operations of different threads race when they work on the same atomics-layer cell (the same
/// <see cref="ControlledThread.PendingCell"/>) and at least one writes it, or on
/// the same synchronization object (a lock: acquire and release both write it). A load is the only pure read; a
/// compare-exchange counts as a write even when it will fail (whether it fails is known only once it runs), as do the
/// other read-modify-writes and futex calls on their word. Operations without a location (a thread's start, a yield, a
/// fence, spawn and join, a label) race with nothing. The memory order does not weaken the relation: under every model
/// two such accesses to one cell can be observed in either order.
/// </summary>
internal static class PendingAccess
{
    /// <summary>The thread with id <paramref name="id"/>, or null for a TSO flush candidate or an unknown id.</summary>
    public static ControlledThread? Thread(IReadOnlyList<ControlledThread>? threads, int id) =>
        threads is not null && (uint)id < (uint)threads.Count ? threads[id] : null;

    /// <summary>True when the operation writes its location (every located operation except a load).</summary>
    public static bool Writes(OpKind op) => op is OpKind.Store or OpKind.Exchange or OpKind.CompareExchange or OpKind.FetchAdd
        or OpKind.FetchOr or OpKind.FetchAnd or OpKind.LockAcquire or OpKind.LockRelease or OpKind.FutexWait or OpKind.FutexWake;

    /// <summary>True when the operation reads its cell's value (a load or a read-modify-write).</summary>
    public static bool Reads(OpKind op) => op is OpKind.Load or OpKind.Exchange or OpKind.CompareExchange or OpKind.FetchAdd
        or OpKind.FetchOr or OpKind.FetchAnd;

    /// <summary>True when the pending operations of <paramref name="a"/> and <paramref name="b"/> race (see the class essay).</summary>
    public static bool Race(ControlledThread a, ControlledThread b)
    {
        if (a.Id == b.Id) return false;
        if (a.PendingResource is { } r) return ReferenceEquals(r, b.PendingResource);
        if (a.PendingCell == 0 || a.PendingCell != b.PendingCell) return false;
        return Writes(a.PendingOp) || Writes(b.PendingOp);
    }
}
