using System;
using System.Text;

namespace Weft.Engine;

/// <summary>
/// A vector clock over the threads of one iteration (Lamport, "Time, Clocks, and the Ordering of Events in a
/// Distributed System", CACM 21(7), 1978; Mattern 1989): entry i counts the events of thread i that happen before the
/// point the clock describes. Event a happens before event b exactly when a's clock is at most b's entrywise and they
/// differ. The happens-before analyses of the engine (the release/acquire memory model and the data-race detector)
/// keep one clock per thread, advance it at the thread's own synchronizing events and join another clock into it when
/// the thread synchronizes with that event (an acquire reading a release, a lock acquire after a release, a join).
///
/// Clocks grow on demand: a thread id beyond the array reads as 0. They are mutable and reused across iterations
/// (<see cref="Clear"/>), so the analyses allocate nothing per access in steady state.
/// </summary>
internal sealed class VectorClock
{
    private int[] _entries;

    public VectorClock(int threads = 4) => _entries = new int[Math.Max(1, threads)];

    /// <summary>The count of thread <paramref name="thread"/>'s events this clock has seen.</summary>
    public int this[int thread] => thread < _entries.Length ? _entries[thread] : 0;

    /// <summary>Sets every entry to 0.</summary>
    public void Clear() => Array.Clear(_entries);

    /// <summary>Advances thread <paramref name="thread"/>'s own entry (a new event of that thread).</summary>
    public void Tick(int thread)
    {
        Reserve(thread);
        _entries[thread]++;
    }

    /// <summary>Sets thread <paramref name="thread"/>'s entry to <paramref name="value"/>.</summary>
    public void Set(int thread, int value)
    {
        Reserve(thread);
        _entries[thread] = value;
    }

    /// <summary>Entrywise maximum with <paramref name="other"/>: after it, this clock has seen everything the other has.</summary>
    public void Join(VectorClock other)
    {
        Reserve(other._entries.Length - 1);
        var mine = _entries;
        var theirs = other._entries;
        for (int i = 0; i < theirs.Length; i++)
            if (theirs[i] > mine[i]) mine[i] = theirs[i];
    }

    /// <summary>Makes this clock equal to <paramref name="other"/>.</summary>
    public void CopyFrom(VectorClock other)
    {
        Reserve(other._entries.Length - 1);
        Array.Clear(_entries);
        Array.Copy(other._entries, _entries, other._entries.Length);
    }

    /// <summary>A new clock equal to this one.</summary>
    public VectorClock Copy()
    {
        var copy = new VectorClock(_entries.Length);
        Array.Copy(_entries, copy._entries, _entries.Length);
        return copy;
    }

    /// <summary>True when every entry of this clock is at most the same entry of <paramref name="other"/>.</summary>
    public bool LessOrEqual(VectorClock other)
    {
        for (int i = 0; i < _entries.Length; i++)
            if (_entries[i] > other[i]) return false;
        return true;
    }

    /// <summary>
    /// True when the event of thread <paramref name="thread"/> numbered <paramref name="count"/> (its entry in its own
    /// clock at the event) happens before the point this clock describes: the epoch test of FastTrack (Flanagan and
    /// Freund, PLDI 2009).
    /// </summary>
    public bool HasSeen(int thread, int count) => count <= this[thread];

    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (int i = 0; i < _entries.Length; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(_entries[i]);
        }
        return text.Append(']').ToString();
    }

    private void Reserve(int thread)
    {
        if (thread < _entries.Length) return;
        Array.Resize(ref _entries, Math.Max(thread + 1, _entries.Length * 2));
    }
}
