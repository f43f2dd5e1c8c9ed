using System.Runtime.CompilerServices;
using Weft.Atomics;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Regions;

/// <summary>
/// A one-slot channel that hands a whole region from one owner thread to another (R3, option A: ownership
/// transfer). The handle's reference travels with it: no count changes on the way; the receiver releases it.
///
/// <para>The slot is an <see cref="AtomicRef{T}"/>: empty (null) or holding one handle. A sender publishes with a
/// CAS from null (release: the region's cells, written by the sender, are visible to the receiver); a receiver
/// takes with an exchange to null (acquire). Exactly one receiver gets each handle (the exchange that returns it).
/// Both wait by yielding while the slot is full or empty.</para>
/// </summary>
public sealed class RegionChannel
{
    private AtomicRef<RegionHandle?> _slot;

    /// <summary>
    /// Sends <paramref name="handle"/>. Its region must be detached (its cells point only into it), have no live child
    /// region and no open tether; the sender must not touch the region's cells afterwards.
    /// </summary>
    public void Send(RegionHandle handle, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        System.ArgumentNullException.ThrowIfNull(handle);
        var at = new CodeLocation(file, line);
        var region = handle.Region.Resolve();
        string? refusal = handle.IsReleased ? "the handle was released"
            : region.Parent is not null ? $"it is not detached (its parent is region {region.Parent.Id}): transmigrate the value into a detached region first"
            : region.LiveChildren > 0 ? $"it has {region.LiveChildren} live child region(s), whose cells point into it"
            : region.OpenTethers > 0 ? "it is tethered"
            : null;
        if (refusal is not null) throw new RegionException($"cannot send region {region.Id} at {at}: {refusal}");
        region.GiveUpOwnership(at); // R3: from here until a receive, no thread may use the region
        // Winning the CAS publishes the handle: the slot was empty and now holds it.
        while (!ReferenceEquals(_slot.CompareExchange(null, handle, MemoryOrder.AcqRel), null)) WeftThread.Yield();
    }

    /// <summary>Waits for a handle and takes it: the caller now owns the region and its reference.</summary>
    public RegionHandle Receive([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        RegionHandle? handle;
        while (!TryReceive(out handle, file, line)) WeftThread.Yield();
        return handle!;
    }

    /// <summary>Takes the handle if one is in the channel (the caller then owns the region and its reference); false if empty.</summary>
    public bool TryReceive(out RegionHandle? handle, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        // The exchange that returns a handle is the one receive that gets it.
        handle = _slot.Exchange(null, MemoryOrder.AcqRel);
        if (handle is null) return false;
        var region = handle.Region.Resolve();
        if (region.Bug != SeededBug.RegionReceiveWithoutOwnership) region.TakeOwnership(new CodeLocation(file, line)); // R3
        return true;
    }

    /// <summary>True when a handle is in the channel (no scheduling point), for the spec model's mapping.</summary>
    internal bool PeekFull() => _slot.Peek() is not null;
}
