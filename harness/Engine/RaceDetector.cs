using System;
using System.Collections.Generic;
using System.Globalization;

namespace Weft.Engine;

/// <summary>
/// The happens-before data-race detector (the TSAN role): two accesses to one plain (non-atomic) location, at least one
/// a write, that <see cref="HappensBefore"/> does not order are a data race, reported as <see cref="BugKind.DataRace"/>
/// with both accesses (thread, read/write, file:line) and the schedule that led there.
///
/// Shadow memory after FastTrack (Flanagan and Freund, "FastTrack: Efficient and Precise Dynamic Race Detection",
/// PLDI 2009): per location, the epoch (thread, clock entry) of the last write, and the reads since it as an antichain
/// of epochs (no read in it happens before another; FastTrack's "read-shared" vector, which is one epoch in the common
/// case of ordered reads). A read races with the last write unless that write happens before it; a write races with
/// the last write and with every read in the antichain unless each happens before it. Precise: an access is reported
/// exactly when it is unordered with an earlier conflicting one (the first such pair of the iteration, which is where
/// the iteration stops).
///
/// What is seen: only the accesses the atomics layer's checked accessor (<c>Weft.Atomics.Plain</c>) reports. Plain
/// fields read or written directly are invisible. Atomic cells are not checked (their accesses are atomic by
/// construction); they only create the happens-before edges.
/// </summary>
internal sealed class RaceDetector
{
    private readonly HappensBefore _order;
    private readonly Dictionary<nint, Shadow> _shadows = new();
    private readonly Stack<Shadow> _spare = new();

    public RaceDetector(HappensBefore order) => _order = order;

    /// <summary>Forgets every location (a new iteration).</summary>
    public void Reset()
    {
        foreach (var s in _shadows.Values)
        {
            s.Clear();
            _spare.Push(s);
        }
        _shadows.Clear();
    }

    /// <summary>
    /// Checks the plain access of <paramref name="thread"/> to <paramref name="address"/> and records it; returns the
    /// race message when it conflicts with an access not ordered before it, else null.
    /// </summary>
    public string? OnAccess(int thread, nint address, bool write, string? file, int line)
    {
        if (!_order.HeapStable())
        {
            if (_shadows.Count > 0) Reset();
            return null;
        }
        var clock = _order.ClockOf(thread);
        var now = new PlainAccess(thread, clock[thread], write, file, line);
        if (!_shadows.TryGetValue(address, out var shadow))
        {
            shadow = _spare.Count > 0 ? _spare.Pop() : new Shadow();
            _shadows[address] = shadow;
        }
        if (shadow.HasWrite && !clock.HasSeen(shadow.LastWrite.Thread, shadow.LastWrite.Clock)) return Describe(shadow.LastWrite, now);
        if (write)
        {
            foreach (var r in shadow.Reads)
                if (!clock.HasSeen(r.Thread, r.Clock)) return Describe(r, now);
            shadow.Reads.Clear();
            shadow.LastWrite = now;
            shadow.HasWrite = true;
            return null;
        }
        // A read: drop the reads it supersedes (ordered before it, this thread's own among them), keep the concurrent ones.
        var reads = shadow.Reads;
        int kept = 0;
        for (int i = 0; i < reads.Count; i++)
            if (!clock.HasSeen(reads[i].Thread, reads[i].Clock)) reads[kept++] = reads[i];
        reads.RemoveRange(kept, reads.Count - kept);
        reads.Add(now);
        return null;
    }

    /// <summary>The report: the earlier access first, e.g. "thread 1 write at X.cs:10 and thread 2 read at Y.cs:20 are not ordered by happens-before".</summary>
    private static string Describe(PlainAccess earlier, PlainAccess later) =>
        string.Create(CultureInfo.InvariantCulture,
            $"thread {earlier.Thread} {Kind(earlier)} at {ControlledThread.Format(earlier.File, earlier.Line)} and thread {later.Thread} {Kind(later)} at {ControlledThread.Format(later.File, later.Line)} are not ordered by happens-before");

    private static string Kind(PlainAccess a) => a.Write ? "write" : "read";

    /// <summary>One recorded access: its thread's epoch and where it was made.</summary>
    private readonly record struct PlainAccess(int Thread, int Clock, bool Write, string? File, int Line);

    /// <summary>The shadow of one plain location: its last write and the unordered reads since.</summary>
    private sealed class Shadow
    {
        public PlainAccess LastWrite;
        public bool HasWrite;
        public readonly List<PlainAccess> Reads = new(2);

        public void Clear()
        {
            HasWrite = false;
            LastWrite = default;
            Reads.Clear();
        }
    }
}
