using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// One controlled thread's happens-before state, the only one the engine keeps (<see cref="HappensBefore"/> owns one per
/// thread; the release/acquire model <see cref="RaMemory"/> and the data-race detector <see cref="RaceDetector"/> read
/// and advance the same clocks). <see cref="Clock"/> is the thread's vector clock: its own entry is its current epoch,
/// advanced after each of its stores, releases and fences, so an access made after a publication is not ordered before
/// a reader of it. <see cref="FenceRelease"/> is the clock of its last fence (a relaxed store after the fence carries
/// it), <see cref="PendingAcquire"/> what its relaxed loads read since (its next fence acquires it).
/// </summary>
internal sealed class ThreadClocks
{
    public readonly VectorClock Clock = new();
    public readonly VectorClock PendingAcquire = new();
    public readonly VectorClock FenceRelease = new();
    public bool HasFenceRelease;

    /// <summary>Release/acquire: the thread yielded since its last load (its next load makes progress, see <see cref="RaMemory"/>).</summary>
    public bool YieldedSinceLoad;

    /// <summary>
    /// Release/acquire: the highest serial (<see cref="RaStore.Serial"/>) of the stores this thread has read, -1 for none:
    /// its stores do not depend on a load made before every store it read (promise certification, <see cref="RaPromises"/>).
    /// </summary>
    public long MaxReadSerial = -1;

    /// <summary>SC and TSO: the compare-and-swap announced at the last scheduling point, whose edge depends on its outcome.</summary>
    public nint PendingCasAddress;

    public AccessOrder PendingCasOrder;

    /// <summary>TSO: the stores waiting in this thread's buffer, oldest first, with the clock each publishes (null: none).</summary>
    public readonly Queue<(nint Address, VectorClock? Clock)> Buffered = new();

    public bool BuffersStoreTo(nint address)
    {
        if (Buffered.Count == 0) return false;
        foreach (var (a, _) in Buffered) if (a == address) return true;
        return false;
    }

    public void Reset()
    {
        Clock.Clear();
        PendingAcquire.Clear();
        FenceRelease.Clear();
        HasFenceRelease = false;
        YieldedSinceLoad = false;
        MaxReadSerial = -1;
        PendingCasAddress = 0;
        Buffered.Clear();
    }
}
