using System;
using System.Runtime;

namespace Weft.Engine;

/// <summary>
/// Keeps the garbage collector from moving objects while the iterations that name cells by address run: TSO's store
/// buffers, RA's histories, the race detector's shadow memory, DPOR's steps and the cell ids (<see cref="CellIds"/>).
///
/// Why: a cell of the atomics layer is a struct inside some object or array (or in native shared memory), and a
/// buffered store must later be written to that exact cell. Managed references cannot be kept on the heap, and the
/// cell's layout cannot grow (cells sit at fixed offsets in shared memory), so the store buffer keeps the cell's
/// address. A compacting collection would make that address stale. While any such iteration runs, the process is in a
/// no-GC region (<see cref="GC.TryStartNoGCRegion(long, bool)"/>) with a generous allocation budget; it is renewed
/// between iterations, when none is in flight, once <see cref="RenewAfter"/> of the budget is spent. <see cref="TsoMemory"/>
/// also checks the collection count before it uses a buffered address, so if a collection happens anyway (the budget
/// ran out, or someone called <see cref="GC.Collect()"/>) the iteration stops with an internal error instead of
/// writing to a stale address.
///
/// A renewal costs a generation-0 collection and no page faults. The region's allocations go where the collector's
/// generation-0 allocation point is when it starts, and on to memory it commits for the budget; pages touched for
/// the first time fault in. A region started the runtime's default way (a full blocking collection first) and used
/// until half its budget is spent therefore faults in every page the iterations allocate, and the memory it frees is
/// not the memory the next one starts in. A renewal here collects generation 0 (what the finished iterations left is
/// garbage by then), then starts the region without a full blocking collection (<c>disallowFullBlockingGC</c>), at
/// generation 0's freed, already-mapped start; renewed after a megabyte, the iterations allocate only in pages
/// generation 0 keeps mapped, as ordinary allocation would. (Renewed after 4 MB, a <c>pos</c> exploration still faulted
/// in most of its pages when other explorations had run in the process before it, as in the test suite:
/// StableHeapTests.) The rest of the budget is headroom for iterations that allocate much or overlap (explorations
/// running at once in one process renew only when none is mid-iteration).
/// </summary>
internal static class StableHeap
{
    /// <summary>Allocation budget of one no-GC region (bytes).</summary>
    private const long Budget = 256L << 20;

    /// <summary>Bytes spent of the region after which it is renewed at the next moment no iteration is in flight.</summary>
    private const long RenewAfter = 1L << 20;

    private static readonly object Sync = new();
    private static int _inFlight;
    private static long _allocatedAtStart;

    /// <summary>Called at the start of an iteration that holds the heap: renews the no-GC region if needed, then counts the iteration in.</summary>
    public static void Enter()
    {
        lock (Sync)
        {
            if (_inFlight == 0 && NeedsRenewal()) Renew();
            _inFlight++;
        }
    }

    /// <summary>Called when such an iteration ends (every path).</summary>
    public static void Exit()
    {
        lock (Sync) _inFlight--;
    }

    /// <summary>
    /// Ends the no-GC region when no iteration is in flight. Called when an exploration that held the heap ends, so the
    /// code that runs after it (other explorations, the host) allocates through the ordinary generations again instead
    /// of through the rest of the region's budget; the next exploration that needs the heap held starts a new region.
    /// </summary>
    public static void Release()
    {
        lock (Sync)
        {
            if (_inFlight > 0 || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
            EndRegion();
        }
    }

    private static bool NeedsRenewal() =>
        GCSettings.LatencyMode != GCLatencyMode.NoGCRegion || GC.GetTotalAllocatedBytes() - _allocatedAtStart > RenewAfter;

    private static void Renew()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) EndRegion();
        // Generation 0 holds only what finished iterations left: collect it, so the region starts in its freed memory.
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        try
        {
            // Refused without a full blocking collection (not enough memory at hand): start it with one.
            if (!GC.TryStartNoGCRegion(Budget, disallowFullBlockingGC: true)) GC.TryStartNoGCRegion(Budget);
        }
        catch (InvalidOperationException)
        {
            // Already in a region started elsewhere: the collection-count checks of the heap's users still guard every use.
        }
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
    }

    private static void EndRegion()
    {
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region had already ended (a collection ran).
        }
    }
}
