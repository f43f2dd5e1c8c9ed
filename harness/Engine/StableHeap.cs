using System;
using System.Runtime;

namespace Weft.Engine;

/// <summary>
/// Keeps the garbage collector from moving objects while TSO iterations run, so a buffered store can name its cell by
/// address until it is flushed.
///
/// Why: a cell of the atomics layer is a struct inside some object or array (or in native shared memory), and a
/// buffered store must later be written to that exact cell. Managed references cannot be kept on the heap, and the
/// cell's layout cannot grow (cells sit at fixed offsets in shared memory), so the store buffer keeps the cell's
/// address. A compacting collection would make that address stale. While any TSO iteration runs, the process is in a
/// no-GC region (<see cref="GC.TryStartNoGCRegion(long)"/>) with a generous allocation budget; it is renewed between
/// iterations, when no TSO iteration is in flight, once half of the budget is spent. <see cref="TsoMemory"/> also checks
/// the collection count before it uses a buffered address, so if a collection happens anyway (the budget ran out, or
/// someone called <see cref="GC.Collect()"/>) the iteration stops with an internal error instead of writing to a stale
/// address.
/// </summary>
internal static class StableHeap
{
    /// <summary>Allocation budget of one no-GC region (bytes).</summary>
    private const long Budget = 256L << 20;

    private static readonly object Sync = new();
    private static int _inFlight;
    private static long _allocatedAtStart;

    /// <summary>Called at the start of a TSO iteration: renews the no-GC region if needed, then counts the iteration in.</summary>
    public static void Enter()
    {
        lock (Sync)
        {
            if (_inFlight == 0 && NeedsRenewal()) Renew();
            _inFlight++;
        }
    }

    /// <summary>Called when a TSO iteration ends (every path).</summary>
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

    private static bool NeedsRenewal() =>
        GCSettings.LatencyMode != GCLatencyMode.NoGCRegion || GC.GetTotalAllocatedBytes() - _allocatedAtStart > Budget / 2;

    private static void Renew()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The region had already ended (a collection ran); starting a new one below is all that matters.
            }
        }
        try
        {
            GC.TryStartNoGCRegion(Budget);
        }
        catch (InvalidOperationException)
        {
            // Already in a region started elsewhere: the collection-count check in TsoMemory still guards every use.
        }
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
    }
}
