using System.Threading;
using Weft.Engine;

namespace Weft.Rewriting;

/// <summary>
/// The controlled equivalent of <see cref="Volatile"/> for rewritten code, and of a <c>volatile</c> field's loads and
/// stores (the IL <c>volatile.</c> prefix, which the rewriter turns into <see cref="ReadField{T}"/> and
/// <see cref="WriteField{T}"/> on the field's address): a scheduling point naming the location, then the access.
/// </summary>
[ControlledEquivalentOf("System.Threading.Volatile")]
public static class ControlledVolatile
{
    public static int Read(ref int location, string? file, int line) => ReadField(ref location, file, line);

    public static long Read(ref long location, string? file, int line) => ReadField(ref location, file, line);

    public static bool Read(ref bool location, string? file, int line) => ReadField(ref location, file, line);

    public static T Read<T>(ref T location, string? file, int line) where T : class? => ReadField(ref location, file, line);

    public static void Write(ref int location, int value, string? file, int line) => WriteField(ref location, value, file, line);

    public static void Write(ref long location, long value, string? file, int line) => WriteField(ref location, value, file, line);

    public static void Write(ref bool location, bool value, string? file, int line) => WriteField(ref location, value, file, line);

    public static void Write<T>(ref T location, T value, string? file, int line) where T : class? => WriteField(ref location, value, file, line);

    /// <summary>A load with acquire semantics from a field of any type (a <c>volatile</c> field's load).</summary>
    public static T ReadField<T>(ref T location, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.Load, ref location, AccessOrder.Acquire, file, line);
        var v = location;
        Interlocked.MemoryBarrier();
        return v;
    }

    /// <summary>A store with release semantics to a field of any type (a <c>volatile</c> field's store).</summary>
    public static void WriteField<T>(ref T location, T value, string? file, int line)
    {
        SchedulingHooks.Access(OpKind.Store, ref location, AccessOrder.Release, file, line);
        Interlocked.MemoryBarrier();
        location = value;
    }
}
