using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Weft.Engine;

/// <summary>
/// The TSO memory of one controlled runtime: a FIFO store buffer per thread over the real cells, after x86-TSO
/// (Sewell, Sarkar, Owens, Zappa Nardelli, Myreen, "x86-TSO: A Rigorous and Usable Programmer's Model for x86
/// Multiprocessors", CACM 53(7), 2010).
///
/// Invariant: a cell's own field always holds the value of memory; buffered stores live only here until flushed. A
/// thread's load returns its newest buffered store to that cell, else the cell's field. Each buffer reaches memory in
/// program order: only its oldest entry is ever flushed. Buffers name cells by address; <see cref="StableHeap"/> keeps
/// the heap from moving while any store is buffered, and every use of a buffered address first checks that no
/// collection ran since the store was buffered.
///
/// Which thread's oldest store is flushed, and when, is a scheduling decision taken by the runtime (see
/// <see cref="ControlledRuntime"/>); the drains this class offers are the deterministic ones (fences, read-modify-writes,
/// SeqCst stores, blocking, thread exit).
/// </summary>
internal sealed unsafe class TsoMemory
{
    private readonly List<StoreBuffer> _buffers = new();
    private int _pending;
    private long _issued;
    private int _gcStamp;
    private readonly ControlledRuntime _runtime;

    public TsoMemory(ControlledRuntime runtime) => _runtime = runtime;

    /// <summary>Stores buffered by all threads and not yet flushed.</summary>
    public int Pending => _pending;

    /// <summary>Empties every buffer (a new iteration; an aborted one's stores never reach memory).</summary>
    public void Reset()
    {
        foreach (var b in _buffers) b.Clear();
        _pending = 0;
    }

    public int CountOf(int thread) => thread < _buffers.Count ? _buffers[thread].Count : 0;

    private StoreBuffer BufferOf(int thread)
    {
        while (_buffers.Count <= thread) _buffers.Add(new StoreBuffer());
        return _buffers[thread];
    }

    // ---- stores ----

    public void Store32(ControlledThread t, ref int cell, int value, string? file, int line) =>
        Append(t, new BufferedStore((nint)Unsafe.AsPointer(ref cell), 4, value, null, file, line));

    public void Store64(ControlledThread t, ref long cell, long value, string? file, int line) =>
        Append(t, new BufferedStore((nint)Unsafe.AsPointer(ref cell), 8, value, null, file, line));

    public void StoreReference<T>(ControlledThread t, ref T cell, T value, string? file, int line) where T : class? =>
        Append(t, new BufferedStore((nint)Unsafe.AsPointer(ref cell), BufferedStore.ReferenceWidth, 0, value, file, line));

    private void Append(ControlledThread t, in BufferedStore store)
    {
        if (_pending == 0) _gcStamp = GC.CollectionCount(0);
        else CheckHeapStable(t);
        BufferOf(t.Id).Append(store with { Issued = ++_issued });
        _pending++;
        if (_runtime.LogEnabled) _runtime.RecordValue(t, store.ValueText + " (buffered)");
    }

    // ---- loads ----

    public int Load32(ControlledThread t, ref int cell)
    {
        if (_pending == 0) return Plain(t, cell);
        var hit = Find(t, (nint)Unsafe.AsPointer(ref cell), out var s);
        int v = hit ? (int)s.Bits : cell;
        if (_runtime.LogEnabled) Annotate(t, (nint)Unsafe.AsPointer(ref cell), hit, v.ToString(CultureInfo.InvariantCulture));
        return v;
    }

    public long Load64(ControlledThread t, ref long cell)
    {
        if (_pending == 0) return Plain(t, cell);
        var hit = Find(t, (nint)Unsafe.AsPointer(ref cell), out var s);
        long v = hit ? s.Bits : cell;
        if (_runtime.LogEnabled) Annotate(t, (nint)Unsafe.AsPointer(ref cell), hit, v.ToString(CultureInfo.InvariantCulture));
        return v;
    }

    public T LoadReference<T>(ControlledThread t, ref T cell) where T : class?
    {
        if (_pending == 0)
        {
            if (_runtime.LogEnabled) _runtime.RecordValue(t, cell is null ? "null" : cell.GetType().Name);
            return cell;
        }
        var hit = Find(t, (nint)Unsafe.AsPointer(ref cell), out var s);
        T v = hit ? (T)s.Reference! : cell;
        if (_runtime.LogEnabled) Annotate(t, (nint)Unsafe.AsPointer(ref cell), hit, v is null ? "null" : v.GetType().Name);
        return v;
    }

    // ---- views without a scheduling point or log line (Peek: monitors and assertions) ----

    // A monitor or an assertion sees every store issued so far: the newest issued store to the cell in any thread's
    // buffer, else memory. The monitors' abstract state moves at the operations' stores as they are issued (the events
    // are emitted then), so comparing it with one thread's view would report another thread's buffered store, still
    // invisible to that thread, as a difference (a store under TSO takes effect at its flush; the check is of the
    // structure's logical state, not of what a racing reader may see).

    public int View32(ControlledThread t, ref int cell) =>
        _pending > 0 && FindNewestIssued(t, (nint)Unsafe.AsPointer(ref cell), out var s) ? (int)s.Bits : cell;

    public long View64(ControlledThread t, ref long cell) =>
        _pending > 0 && FindNewestIssued(t, (nint)Unsafe.AsPointer(ref cell), out var s) ? s.Bits : cell;

    public T ViewReference<T>(ControlledThread t, ref T cell) where T : class? =>
        _pending > 0 && FindNewestIssued(t, (nint)Unsafe.AsPointer(ref cell), out var s) ? (T)s.Reference! : cell;

    private bool FindNewestIssued(ControlledThread t, nint address, out BufferedStore store)
    {
        CheckHeapStable(t);
        store = default;
        bool found = false;
        foreach (var buffer in _buffers)
        {
            if (buffer.TryFindNewest(address, out var s) && (!found || s.Issued > store.Issued))
            {
                store = s;
                found = true;
            }
        }
        return found;
    }

    private TValue Plain<TValue>(ControlledThread t, TValue value) where TValue : IFormattable
    {
        if (_runtime.LogEnabled) _runtime.RecordValue(t, value.ToString(null, CultureInfo.InvariantCulture));
        return value;
    }

    /// <summary>The newest store to <paramref name="address"/> in <paramref name="t"/>'s own buffer (what its load reads).</summary>
    private bool Find(ControlledThread t, nint address, out BufferedStore store)
    {
        CheckHeapStable(t);
        if (t.Id < _buffers.Count) return _buffers[t.Id].TryFindNewest(address, out store);
        store = default;
        return false;
    }

    /// <summary>The log's note on a load: forwarded from the thread's own buffer, or read from memory while other threads hold newer stores to it.</summary>
    private void Annotate(ControlledThread t, nint address, bool forwarded, string value)
    {
        if (forwarded)
        {
            _runtime.RecordValue(t, value + " (from its own store buffer)");
            return;
        }
        var others = new List<string>();
        for (int i = 0; i < _buffers.Count; i++)
        {
            if (i != t.Id && _buffers[i].TryFindNewest(address, out var s))
                others.Add(string.Create(CultureInfo.InvariantCulture, $"t{i} has {s.ValueText} buffered"));
        }
        _runtime.RecordValue(t, others.Count == 0 ? value : $"{value} (memory; {string.Join(", ", others)})");
    }

    // ---- flushes and drains ----

    /// <summary>Writes the oldest store of <paramref name="thread"/>'s buffer to memory; returns it (for the log).</summary>
    public BufferedStore FlushOldest(int thread)
    {
        CheckHeapStable(null);
        var s = _buffers[thread].TakeOldest();
        _pending--;
        _runtime.HappensBefore?.OnFlush(thread);
        switch (s.Width)
        {
            case 4: *(int*)s.Address = (int)s.Bits; break;
            case 8: *(long*)s.Address = s.Bits; break;
            // A store through a managed reference: the JIT emits the checked write barrier, so the GC sees the new reference.
            default: Unsafe.AsRef<object?>((void*)s.Address) = s.Reference; break;
        }
        return s;
    }

    /// <summary>Flushes every store of <paramref name="thread"/>'s buffer, oldest first.</summary>
    public void Drain(int thread)
    {
        if (thread >= _buffers.Count) return;
        if (_buffers[thread].Count > 0) _runtime.StoresDrained(thread);
        while (_buffers[thread].Count > 0) FlushOldest(thread);
    }

    /// <summary>Flushes every buffer (only one thread is left: flush timing can no longer be observed).</summary>
    public void DrainAll()
    {
        for (int i = 0; i < _buffers.Count; i++) Drain(i);
    }

    private void CheckHeapStable(ControlledThread? t)
    {
        if (_pending > 0 && GC.CollectionCount(0) != _gcStamp)
            _runtime.AbortInternal(
                "internal: a garbage collection ran while TSO stores were buffered, so their cell addresses may be stale; " +
                "the iteration was stopped (the no-GC region's budget ran out or GC.Collect was called during a TSO run)" +
                (t is null ? "" : $" (thread {t.Id})"));
    }
}
