using System.Threading;
using Weft.Engine;

namespace Weft.Rewriting;

/// <summary>
/// The controlled equivalent of <see cref="Interlocked"/> for rewritten code: each operation is first a scheduling point
/// naming the location (its address, as an atomics-layer cell's, <see cref="SchedulingHooks.Access{T}"/>), then the same
/// read-modify-write. Outside a controlled test the scheduling point is a no-op and the operation is the BCL's. Under
/// the scheduler rewritten code is sequentially consistent: the store-buffer (TSO) and release/acquire models apply to
/// Weft's own atomics only.
/// </summary>
[ControlledEquivalentOf("System.Threading.Interlocked")]
public static class ControlledInterlocked
{
    public static int CompareExchange(ref int location, int value, int comparand, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.CompareExchange, ref location, AccessOrder.SeqCst, file, line);
        var seen = Interlocked.CompareExchange(ref location, value, comparand);
        SchedulingHooks.Cas(comparand, value, seen);
        return seen;
    }

    public static long CompareExchange(ref long location, long value, long comparand, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.CompareExchange, ref location, AccessOrder.SeqCst, file, line);
        var seen = Interlocked.CompareExchange(ref location, value, comparand);
        SchedulingHooks.Cas(comparand, value, seen);
        return seen;
    }

    public static object? CompareExchange(ref object? location, object? value, object? comparand, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.CompareExchange, ref location, AccessOrder.SeqCst, file, line);
        var seen = Interlocked.CompareExchange(ref location, value, comparand);
        SchedulingHooks.CasOutcome(ReferenceEquals(seen, comparand));
        return seen;
    }

    public static T CompareExchange<T>(ref T location, T value, T comparand, string? file, int line) where T : class?
    {
        SchedulingHooks.Access(OpKind.CompareExchange, ref location, AccessOrder.SeqCst, file, line);
        var seen = Interlocked.CompareExchange(ref location, value, comparand);
        SchedulingHooks.CasOutcome(ReferenceEquals(seen, comparand));
        return seen;
    }

    public static int Exchange(ref int location, int value, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.Exchange, ref location, AccessOrder.SeqCst, file, line);
        var old = Interlocked.Exchange(ref location, value);
        SchedulingHooks.Value(old);
        return old;
    }

    public static long Exchange(ref long location, long value, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.Exchange, ref location, AccessOrder.SeqCst, file, line);
        var old = Interlocked.Exchange(ref location, value);
        SchedulingHooks.Value(old);
        return old;
    }

    public static object? Exchange(ref object? location, object? value, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.Exchange, ref location, AccessOrder.SeqCst, file, line);
        return Interlocked.Exchange(ref location, value);
    }

    public static T Exchange<T>(ref T location, T value, string? file, int line) where T : class?
    {
        SchedulingHooks.Access(OpKind.Exchange, ref location, AccessOrder.SeqCst, file, line);
        return Interlocked.Exchange(ref location, value);
    }

    public static int Increment(ref int location, string? file, int line) => Add(ref location, 1, file, line);

    public static long Increment(ref long location, string? file, int line) => Add(ref location, 1, file, line);

    public static int Decrement(ref int location, string? file, int line) => Add(ref location, -1, file, line);

    public static long Decrement(ref long location, string? file, int line) => Add(ref location, -1, file, line);

    /// <summary>Adds <paramref name="value"/>; returns the new value, as <see cref="Interlocked.Add(ref int, int)"/> does.</summary>
    public static int Add(ref int location, int value, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.FetchAdd, ref location, AccessOrder.SeqCst, file, line);
        var now = Interlocked.Add(ref location, value);
        SchedulingHooks.Value(now - value);
        return now;
    }

    public static long Add(ref long location, long value, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.FetchAdd, ref location, AccessOrder.SeqCst, file, line);
        var now = Interlocked.Add(ref location, value);
        SchedulingHooks.Value(now - value);
        return now;
    }

    public static long Read(ref long location, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.Load, ref location, AccessOrder.SeqCst, file, line);
        var v = Interlocked.Read(ref location);
        SchedulingHooks.Value(v);
        return v;
    }

    public static void MemoryBarrier(string? file, int line) => SchedulingHooks.Fence(file, line);
}
