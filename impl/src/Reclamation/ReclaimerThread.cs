using System;
using Weft.Platform;

namespace Weft.Reclamation;

/// <summary>
/// A thread's registration with a reclaimer: its index into the per-thread arrays and its private state (limbo
/// lists, counters). Registration is explicit (<see cref="Reclaimer.Register"/>): a .NET thread has no cheap
/// identity that survives pooling, thread-static lookups cost more than passing this handle, and explicit handles
/// make the controlled build deterministic (a pooled worker thread is not a logical thread).
/// Owned by one thread at a time; not thread-safe.
/// </summary>
public sealed class ReclaimerThread
{
    internal ReclaimerThread(Reclaimer owner, int index)
    {
        Owner = owner;
        Index = index;
        Backoff = new Backoff(owner.Config, seed: index + 1);
        // The seeded defect hands every registration the same bags (one set per reclaimer): unordered plain writes.
        Limbo = owner.Config.SeededBug == SeededBug.ReclaimerSharedLimbo ? owner.SharedLimboForSeededDefect() : LimboBag.NewSet();
    }

    public Reclaimer Owner { get; }

    /// <summary>The thread's slot in the reclaimer's per-thread arrays.</summary>
    public int Index { get; }

    /// <summary>Three limbo lists: IBR files retired nodes by retire era mod 3, DEBRA uses them as its three epoch bags.</summary>
    internal readonly LimboBag[] Limbo;

    /// <summary>The backoff of this thread's CAS retry loops (<see cref="WeftConfig.Backoff"/> of the reclaimer's configuration); a field, so waits grow within an operation and an adaptive ceiling carries over to the next.</summary>
    internal Backoff Backoff;

    internal int RetiredSinceScan;
    internal int Allocations;
    internal long LocalEpoch;
    internal int CheckNext;
    internal int OpsSinceCheck;
    internal int CurrentBag;
    internal long UpperSeen;
    internal bool Active;
    internal long[] ScanLower = System.Array.Empty<long>();
    internal long[] ScanUpper = System.Array.Empty<long>();
    /// <summary>IBR: the lower end of the reservation this thread last published (0: none held), so an operation that begins
    /// in the era of the reservation it still holds publishes nothing.</summary>
    internal long LowerSeen;
    /// <summary>DEBRA: the thread's announcement is not quiescent (DEBRA+ keeps it between operations, until
    /// <see cref="Reclaimer.Quiesce"/>), so an operation that begins in its epoch with its flag down publishes nothing.</summary>
    internal bool Announced;

    /// <summary>IBR: the widest reservation, in eras (upper - lower + 1), that this thread's scans have read from any
    /// thread; 0 for the other schemes. A scan keeps a node only if a reservation overlaps its lifetime, so the nodes
    /// one reservation keeps are those alive at its lower era or born in the eras it spans (the stress run's bound).</summary>
    public long WidestReservationSpan { get; internal set; }

    /// <summary>Plain DEBRA: allocations of this thread that found the pool at its maximum and waited for reclamation
    /// (whether or not the wait ended with a slot).</summary>
    public int PoolWaits { get; internal set; }

    /// <summary>Plain DEBRA: the longest of those waits (wall time; zero under the scheduler).</summary>
    public TimeSpan LongestPoolWait { get; internal set; }

    /// <summary>Nodes retired by this thread and not yet freed.</summary>
    public int Pending
    {
        get
        {
            int n = 0;
            foreach (var l in Limbo) n += l.Count;
            return n;
        }
    }
}
