using System.Runtime.CompilerServices;

namespace Weft.Atomics;

/// <summary>
/// The checked accessor of plain (non-atomic) shared data: node payloads, birth/retire eras, slot generations, limbo
/// state read by another thread. Such data needs no atomic instruction because the algorithm orders every conflicting
/// pair of accesses by synchronization (a release that publishes it, an acquire that reads the publication, a lock, a
/// spawn or join); the data-race detector checks exactly that claim.
///
/// Production build: a plain field access, inlined (no fence, no extra state: <c>Plain.Read(ref x)</c> compiles to
/// <c>x</c>; measured against the bare field by <c>tools/Weft.Benchmarks</c> PlainAccessBench).
/// Controlled build: the access is first reported to the engine's race detector with the caller's file:line (when the
/// detector is on: <c>--race-detector</c>, <see cref="Weft.CheckOptions"/>.RaceDetector); it is not a scheduling point,
/// since a race-free program cannot observe when a plain access happens between two synchronizing ones.
/// Pass the field itself (<c>ref _payload[i]</c>), never a copy: the detector names a location by its address.
/// </summary>
public static class Plain
{
    /// <summary>Reads <paramref name="field"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read<T>(ref T field
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Plain(ref field, write: false, file, line);
#endif
        return field;
    }

    /// <summary>Writes <paramref name="value"/> to <paramref name="field"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<T>(ref T field, T value
#if WEFT_CONTROLLED
        , [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Plain(ref field, write: true, file, line);
#endif
        field = value;
    }
}
