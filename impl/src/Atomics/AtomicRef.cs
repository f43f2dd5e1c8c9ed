using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using System.Threading;

namespace Weft.Atomics;

/// <summary>
/// An atomic reference cell with explicit memory orders (see <see cref="AtomicInt64"/> for the two builds).
/// Compare-and-swap compares by reference identity.
/// </summary>
public struct AtomicRef<T> where T : class?
{
    private T _value;

    public AtomicRef(T initial) => _value = initial;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Load(MemoryOrder order
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        order = (MemoryOrder)OrderMutation.Apply(OrderSiteKind.Load, (AccessOrder)order, file, line); // the mutation check's one weakened site
        SchedulingHooks.Access(OpKind.Load, ref _value, (AccessOrder)order, file, line);
        if (SchedulingHooks.BufferingThread is { } buffering) return buffering.Runtime.Tso!.LoadReference(buffering, ref _value); // TSO: own buffer, else memory
        if (SchedulingHooks.ReleaseAcquireThread is { } reader) return reader.Runtime.Ra!.LoadReference(reader, ref _value, (AccessOrder)order); // RA: a store the history allows
#endif
        // x86/x64 (TSO): every load is an acquire load, and Volatile.Read is the same mov as a plain read, so a load is
        // one instruction whatever its order; testing an order known only at run time would cost a compare and a branch.
        var v = !X86Base.IsSupported && order == MemoryOrder.Relaxed ? _value : Volatile.Read(ref _value);
        Returned(v);
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(T value, MemoryOrder order
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
                buffering.Runtime.Tso!.StoreReference(buffering, ref _value, value, file, line);
                return;
            }
            buffering.Runtime.Tso!.Drain(buffering.Id);
        }
        SchedulingHooks.Text(Describe(value));
        // RA: recorded in the location's history; a store placed before newer ones in mo leaves the field to the newest.
        if (!SchedulingHooks.StoredReference(ref _value, value, (AccessOrder)order, file, line)) return;
#endif
        switch (order)
        {
            case MemoryOrder.Relaxed: _value = value; break;
            case MemoryOrder.SeqCst: Interlocked.Exchange(ref _value, value); break;
            default: Volatile.Write(ref _value, value); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Exchange(T value, MemoryOrder order
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
        Exchanged(ref _value, old, order);
        return old;
    }

    /// <summary>Replaces the reference with <paramref name="desired"/> if it is <paramref name="expected"/>; returns the reference seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T CompareExchange(T expected, T desired, MemoryOrder order
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
        CompareExchanged(ref _value, expected, seen, order);
        return seen;
    }

    public T Peek()
    {
#if WEFT_CONTROLLED
        // Under TSO a monitor or assertion sees every store issued so far: the newest buffered store to this cell in
        // any thread's buffer, else memory (the monitors' abstract state moves when a store is issued).
        if (SchedulingHooks.BufferingThread is { } buffering) return buffering.Runtime.Tso!.ViewReference(buffering, ref _value);
#endif
        return _value;
    }

#if WEFT_CONTROLLED
    private static string Describe(T v) => v is null ? "null" : v.GetType().Name;
#endif

    /// <summary>Controlled build: a load returned <paramref name="value"/> (the trace shows its type). Compiled away in production.</summary>
    [Conditional("WEFT_CONTROLLED")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Returned(T value)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Text(Describe(value));
#endif
    }

    /// <summary>
    /// Controlled build: an exchange on <paramref name="cell"/> returned <paramref name="old"/> and wrote the cell (the
    /// engine records the write in the cell's history under RA). Compiled away in production.
    /// </summary>
    [Conditional("WEFT_CONTROLLED")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Exchanged(ref T cell, T old, MemoryOrder order)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.UpdatedReference(ref cell, old, wrote: true, (AccessOrder)order);
#endif
    }

    /// <summary>
    /// Controlled build: a compare-and-swap on <paramref name="cell"/> saw <paramref name="seen"/> (it wrote when that
    /// was <paramref name="expected"/>, by reference identity). Compiled away in production.
    /// </summary>
    [Conditional("WEFT_CONTROLLED")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CompareExchanged(ref T cell, T expected, T seen, MemoryOrder order)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.UpdatedReference(ref cell, seen, wrote: ReferenceEquals(seen, expected), (AccessOrder)order);
        SchedulingHooks.CasOutcome(ReferenceEquals(seen, expected));
#endif
    }
}
