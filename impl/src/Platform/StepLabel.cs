using System.Diagnostics;
using System.Runtime.CompilerServices;
#if WEFT_CONTROLLED
using Weft.Engine;
#endif

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
        Sched.Label(label, file, line);
#else
        _ = label;
        _ = file;
        _ = line;
#endif
    }
}
