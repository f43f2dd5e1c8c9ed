namespace Weft.Platform;

/// <summary>The controlled build's answers to <see cref="ControlledRun"/>: the engine's.</summary>
internal static partial class ControlledRun
{
    static partial void ReadActive(ref bool active) => active = SchedulingHooks.Active;

    static partial void ReadThreadId(ref int id) => id = SchedulingHooks.ThreadId;

    static partial void DrawObjectId(ref int id) => id = SchedulingHooks.NewObjectId();
}
