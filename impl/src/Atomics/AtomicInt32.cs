using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using System.Threading;

namespace Weft.Atomics;

/// <summary>
/// A 32-bit atomic cell with explicit memory orders: the only way implementation code touches a shared int.
/// Production build: plain <see cref="Volatile"/> and <see cref="Interlocked"/>, inlined, no extra state.
/// Controlled build: every operation is first a scheduling point of the Weft engine (file:line of the caller
/// is the location), then the same operation.
/// Keep cells in fields or array elements and call methods on them in place; never copy a cell.
/// </summary>
public struct AtomicInt32
{
    private int _value;

    public AtomicInt32(int initial) => _value = initial;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Load(MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        order = (MemoryOrder)OrderMutation.Apply(OrderSiteKind.Load, (AccessOrder)order, file, line); // the mutation check's one weakened site
        SchedulingHooks.Access(OpKind.Load, ref _value, (AccessOrder)order, file, line);
        if (SchedulingHooks.BufferingThread is { } buffering) return buffering.Runtime.Tso!.Load32(buffering, ref _value); // TSO: own buffer, else memory
        if (SchedulingHooks.ReleaseAcquireThread is { } reader) return reader.Runtime.Ra!.Load32(reader, ref _value, (AccessOrder)order); // RA: a store the history allows
#endif
        // x86/x64 (TSO): every load is an acquire load, and Volatile.Read is the same mov as a plain read, so a load is
        // one instruction whatever its order; testing an order known only at run time would cost a compare and a branch.
        var v = !X86Base.IsSupported && order == MemoryOrder.Relaxed ? _value : Volatile.Read(ref _value);
        Returned(v);
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(int value, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        order = (MemoryOrder)OrderMutation.Apply(OrderSiteKind.Store, (AccessOrder)order, file, line); // the mutation check's one weakened site
        SchedulingHooks.Access(OpKind.Store, ref _value, (AccessOrder)order, file, line);
        if (SchedulingHooks.BufferingThread is { } buffering)
        {
            // TSO: a relaxed or release store waits in the thread's store buffer; a SeqCst store drains the buffer first.
            if (order != MemoryOrder.SeqCst)
            {
                buffering.Runtime.Tso!.Store32(buffering, ref _value, value, file, line);
                return;
            }
            buffering.Runtime.Tso!.Drain(buffering.Id);
        }
        SchedulingHooks.Value(value);
        // RA: recorded in the location's history; a store placed before newer ones in mo leaves the field to the newest.
        if (!SchedulingHooks.Stored(ref _value, value, (AccessOrder)order, file, line)) return;
#endif
        switch (order)
        {
            case MemoryOrder.Relaxed: _value = value; break;
            case MemoryOrder.SeqCst: Interlocked.Exchange(ref _value, value); break;
            default: Volatile.Write(ref _value, value); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Exchange(int value, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        order = (MemoryOrder)OrderMutation.Apply(OrderSiteKind.ReadModifyWrite, (AccessOrder)order, file, line); // the mutation check's one weakened site
        SchedulingHooks.Access(OpKind.Exchange, ref _value, (AccessOrder)order, file, line);
#endif
        var old = Interlocked.Exchange(ref _value, value);
        ReadModifyWritten(ref _value, old, order);
        return old;
    }

    /// <summary>Atomically replaces the value with <paramref name="desired"/> if it equals <paramref name="expected"/>; returns the value seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareExchange(int expected, int desired, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        order = (MemoryOrder)OrderMutation.Apply(OrderSiteKind.ReadModifyWrite, (AccessOrder)order, file, line); // the mutation check's one weakened site
        SchedulingHooks.Access(OpKind.CompareExchange, ref _value, (AccessOrder)order, file, line);
#endif
        var seen = Interlocked.CompareExchange(ref _value, desired, expected);
        CompareExchanged(ref _value, expected, desired, seen, order);
        return seen;
    }

    /// <summary>True if the value was <paramref name="expected"/> and is now <paramref name="desired"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryCompareExchange(int expected, int desired, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    ) => CompareExchange(expected, desired, order
#if WEFT_CONTROLLED
        , file, line
#endif
        ) == expected;

    /// <summary>Adds <paramref name="delta"/>; returns the previous value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FetchAdd(int delta, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        order = (MemoryOrder)OrderMutation.Apply(OrderSiteKind.ReadModifyWrite, (AccessOrder)order, file, line); // the mutation check's one weakened site
        SchedulingHooks.Access(OpKind.FetchAdd, ref _value, (AccessOrder)order, file, line);
#endif
        var old = Interlocked.Add(ref _value, delta) - delta;
        ReadModifyWritten(ref _value, old, order);
        return old;
    }

    /// <summary>Bitwise-or with <paramref name="mask"/>; returns the previous value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FetchOr(int mask, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        order = (MemoryOrder)OrderMutation.Apply(OrderSiteKind.ReadModifyWrite, (AccessOrder)order, file, line); // the mutation check's one weakened site
        SchedulingHooks.Access(OpKind.FetchOr, ref _value, (AccessOrder)order, file, line);
#endif
        var old = Interlocked.Or(ref _value, mask);
        ReadModifyWritten(ref _value, old, order);
        return old;
    }

    /// <summary>Bitwise-and with <paramref name="mask"/>; returns the previous value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FetchAnd(int mask, MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        order = (MemoryOrder)OrderMutation.Apply(OrderSiteKind.ReadModifyWrite, (AccessOrder)order, file, line); // the mutation check's one weakened site
        SchedulingHooks.Access(OpKind.FetchAnd, ref _value, (AccessOrder)order, file, line);
#endif
        var old = Interlocked.And(ref _value, mask);
        ReadModifyWritten(ref _value, old, order);
        return old;
    }

    /// <summary>The value without a scheduling point or fence: only for single-threaded setup and for monitors.</summary>
    public int Peek()
    {
#if WEFT_CONTROLLED
        // Under TSO a monitor or assertion sees every store issued so far: the newest buffered store to this cell in
        // any thread's buffer, else memory (the monitors' abstract state moves when a store is issued).
        if (SchedulingHooks.BufferingThread is { } buffering) return buffering.Runtime.Tso!.View32(buffering, ref _value);
#endif
        return _value;
    }

    /// <summary>Controlled build: a load returned <paramref name="value"/> (the trace shows it). Compiled away in production.</summary>
    [Conditional("WEFT_CONTROLLED")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Returned(int value)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Value(value);
#endif
    }

    /// <summary>
    /// Controlled build: an exchange or fetch-and-op on <paramref name="cell"/> returned <paramref name="old"/> and wrote
    /// the cell (the engine records the write in the cell's history under RA; the trace shows the value). Compiled
    /// away in production.
    /// </summary>
    [Conditional("WEFT_CONTROLLED")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ReadModifyWritten(ref int cell, int old, MemoryOrder order)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Updated(ref cell, old, wrote: true, (AccessOrder)order);
        SchedulingHooks.Value(old);
#endif
    }

    /// <summary>
    /// Controlled build: a compare-and-swap on <paramref name="cell"/> saw <paramref name="seen"/> (it wrote
    /// <paramref name="desired"/> when that was <paramref name="expected"/>). Compiled away in production.
    /// </summary>
    [Conditional("WEFT_CONTROLLED")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CompareExchanged(ref int cell, int expected, int desired, int seen, MemoryOrder order)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Updated(ref cell, seen, wrote: seen == expected, (AccessOrder)order);
        SchedulingHooks.Cas(expected, desired, seen);
#endif
    }
}
