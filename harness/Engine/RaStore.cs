using System;
using System.Globalization;

namespace Weft.Engine;

/// <summary>
/// One store in a location's history under the release/acquire model (<see cref="RaMemory"/>): its value, the thread
/// that made it and that thread's own clock entry at the store (the store happens before every point whose clock has
/// seen that entry), the clock an acquire load reading it joins, and, per thread, the reader's own clock entry at its
/// first read of it (a read that happens before a later load hides every store older than this one from that load:
/// read-read coherence). Entries are reused when the history evicts its oldest store, so nothing is allocated per store
/// in steady state.
/// </summary>
internal sealed class RaStore
{
    /// <summary>The value of an int or long cell.</summary>
    public long Bits;

    /// <summary>The value of a reference cell.</summary>
    public object? Reference;

    /// <summary>The storing thread; with <see cref="Epoch"/> 0 the store is the location's initial value, which happens before everything.</summary>
    public int Thread;

    /// <summary>The storing thread's own clock entry at the store.</summary>
    public int Epoch;

    /// <summary>
    /// True when no later store may be placed before this one in modification order: the initial value, a
    /// read-modify-write's store (it must stay right after the store it read) and a SeqCst store (mo agrees with the
    /// SeqCst order S, which is the interleaving's). See <see cref="RaMemory"/>.
    /// </summary>
    public bool FixedInOrder;

    /// <summary>
    /// What an acquire load reading this store joins into its thread's clock: the storer's clock for a release store, the
    /// clock of its last fence for a relaxed one, and for a read-modify-write also the clock of the store it read (the
    /// release sequence continues through read-modify-writes).
    /// </summary>
    public readonly VectorClock Sync = new();

    /// <summary>Per thread: its own clock entry at its first read of this store, 0 if it has not read it.</summary>
    public int[] ReadBy = new int[4];

    /// <summary>
    /// The store's serial in its iteration (0, 1, ...; -1 for an initial value): a store with a serial at least a load's
    /// <see cref="RaLoadRecord.Serial"/> was made after that load (promise certification, <see cref="RaPromises"/>).
    /// </summary>
    public long Serial;

    /// <summary>The program point that stored (the interleaving log names it), null for an initial value.</summary>
    public string? File;

    public int Line;

    /// <summary>Makes this entry a fresh store with no readers.</summary>
    public void Reset(long bits, object? reference, int thread, int epoch)
    {
        Bits = bits;
        Reference = reference;
        Thread = thread;
        Epoch = epoch;
        FixedInOrder = false;
        Sync.Clear();
        Array.Clear(ReadBy);
        File = null;
        Line = 0;
    }

    /// <summary>Records <paramref name="thread"/>'s first read of this store, made when its own clock entry was <paramref name="entry"/>.</summary>
    public void MarkRead(int thread, int entry)
    {
        if (thread >= ReadBy.Length) Array.Resize(ref ReadBy, Math.Max(thread + 1, ReadBy.Length * 2));
        if (ReadBy[thread] == 0) ReadBy[thread] = entry;
    }

    /// <summary>True when <paramref name="thread"/> has read or made this store (its own view cannot go back past it).</summary>
    public bool ObservedBy(int thread) => (Epoch > 0 && Thread == thread) || (thread < ReadBy.Length && ReadBy[thread] != 0);

    /// <summary>
    /// True when this store, or some read of it, happens before the point <paramref name="clock"/> describes: a load
    /// there may not read any store older than this one (write-read and read-read coherence).
    /// </summary>
    public bool VisibleTo(VectorClock clock)
    {
        if (clock.HasSeen(Thread, Epoch)) return true;
        for (int w = 0; w < ReadBy.Length; w++)
            if (ReadBy[w] != 0 && clock.HasSeen(w, ReadBy[w])) return true;
        return false;
    }

    /// <summary>The value as the interleaving log shows it (<paramref name="width"/> 0: a reference).</summary>
    public string ValueText(byte width) => width == BufferedStore.ReferenceWidth
        ? Reference is null ? "null" : Reference.GetType().Name
        : Bits.ToString(CultureInfo.InvariantCulture);
}
