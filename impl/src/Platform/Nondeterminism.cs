using System.Diagnostics;

namespace Weft.Platform;

/// <summary>
/// Choices an algorithm makes at random (a skiplist node's level) that the harness must control. The algorithm draws
/// its value as in production (its own generator), then offers the choice here: the production build compiles the
/// call away (<see cref="ConditionalAttribute"/>) and keeps the drawn value; the controlled build, inside a
/// controlled test, replaces it with <c>Checker.Choose(count)</c>, so the strategy explores every value, the
/// schedule records it and a replay makes the same choice. Outside a controlled test (FsCheck, benchmarks of the
/// controlled build) the drawn value is kept.
/// </summary>
internal static class Nondeterminism
{
    /// <summary>Lets the harness replace <paramref name="value"/> by a choice in [0, <paramref name="count"/>).</summary>
    [Conditional("WEFT_CONTROLLED")]
    public static void Choose(int count, ref int value)
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Choose(count) is { } chosen) value = chosen;
#endif
    }
}
