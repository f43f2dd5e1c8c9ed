using System.Collections;
using System.Collections.Generic;
using Weft.Atomics;

namespace Weft.Reclamation;

/// <summary>
/// One limbo list of a <see cref="ReclaimerThread"/>: handles retired by the registration and not yet freed (IBR files
/// them by retire era mod 3, DEBRA uses three as its epoch bags).
///
/// A bag is plain, unsynchronized data, and needs no atomic instruction because only the registration's owner touches
/// it: the thread that retires into it is the thread that scans or rotates it, and a registration passes to another
/// thread only through the registration table's release/acquire handover (<see cref="Reclaimer.Register"/>), or
/// through a join. Every read and write of the count and of the slots goes through <see cref="Plain"/>, so the race
/// detector checks that claim in every explored interleaving (<c>treiber/shared-limbo-race-ibr</c> and
/// <c>-debra</c> share one set of bags between registrations and are caught as data races). The production build
/// compiles each access to the plain field access.
/// </summary>
internal sealed class LimboBag : IEnumerable<long>
{
    private long[] _items = new long[8];
    private int _count;

    /// <summary>The three bags of one registration.</summary>
    public static LimboBag[] NewSet() => new[] { new LimboBag(), new LimboBag(), new LimboBag() };

    /// <summary>Handles in the bag.</summary>
    public int Count => Plain.Read(ref _count);

    /// <summary>The handle at <paramref name="index"/> (below <see cref="Count"/>).</summary>
    public long this[int index]
    {
        get => Plain.Read(ref _items[index]);
        set => Plain.Write(ref _items[index], value);
    }

    /// <summary>Appends <paramref name="handle"/>.</summary>
    public void Add(long handle)
    {
        int n = Plain.Read(ref _count);
        if (n == _items.Length) Grow(n);
        Plain.Write(ref _items[n], handle);
        Plain.Write(ref _count, n + 1);
    }

    /// <summary>Keeps the first <paramref name="count"/> handles and drops the rest.</summary>
    public void Truncate(int count) => Plain.Write(ref _count, count);

    /// <summary>Drops every handle.</summary>
    public void Clear() => Plain.Write(ref _count, 0);

    /// <summary>Doubles the slots, copying the <paramref name="n"/> handles through the checked accessor (so the copies are writes the detector knows).</summary>
    private void Grow(int n)
    {
        var bigger = new long[_items.Length * 2];
        for (int i = 0; i < n; i++) Plain.Write(ref bigger[i], Plain.Read(ref _items[i]));
        _items = bigger;
    }

    /// <summary>The handles, oldest first, read without the checked accessor: for models and diagnostics between steps, not for the algorithm.</summary>
    public IEnumerator<long> GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
