using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Weft.Platform;

/// <summary>
/// Labeled program points: where the code reaches a pc value of the TLA+ spec it implements (the names are the
/// spec's <c>pc</c> labels, e.g. <c>"begin_read_era"</c> in tla/IBR/IBR.tla). A TLC trace replay runs a thread from
/// one label to the next as one spec action. The production build compiles every call away
/// (<see cref="ConditionalAttribute"/>); the controlled build stops at labels only during a trace replay, so
/// exploration and schedules are unaffected.
/// </summary>
internal static class StepLabel
{
    [Conditional("WEFT_CONTROLLED")]
    public static void At(string label, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Label(label, file, line);
#endif
    }
    /// <summary>
    /// A labeled point where the code holds live locals that the spec keeps in variables the refinement mapping cannot
    /// read (a loop index, a value read into a local): the controlled build records <paramref name="live0"/> with the
    /// label, so the spec-level stateful search tells apart two pauses at the same label whose futures differ only in
    /// those locals (see <c>StateFingerprint</c>). A trace replay ignores them.
    /// </summary>
    [Conditional("WEFT_CONTROLLED")]
    public static void At(string label, long live0, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Live(label, 1, live0, 0, 0, file, line);

    /// <inheritdoc cref="At(string, long, string, int)"/>
    [Conditional("WEFT_CONTROLLED")]
    public static void At(string label, long live0, long live1, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Live(label, 2, live0, live1, 0, file, line);

    /// <inheritdoc cref="At(string, long, string, int)"/>
    [Conditional("WEFT_CONTROLLED")]
    public static void At(string label, long live0, long live1, long live2, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Live(label, 3, live0, live1, live2, file, line);

    private static void Live(string label, int count, long live0, long live1, long live2, string file, int line)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Label(label, file, line, count, live0, live1, live2);
#endif
    }
}
