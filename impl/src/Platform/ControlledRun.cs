namespace Weft.Platform;

/// <summary>
/// What the implementation asks about the controlled test it may be running in, answered the same way in both builds'
/// source: the production build answers "none" (not active, thread -1, object id 0) because the partial methods below
/// have no implementation there and the compiler removes their calls; the controlled build implements them in
/// src/ControlledOnly/Platform/ControlledRun.cs by asking the engine (outside a controlled test it answers "none" too).
/// </summary>
internal static partial class ControlledRun
{
    /// <summary>True on a controlled thread of a running test (always false in production).</summary>
    public static bool Active
    {
        get
        {
            bool active = false;
            ReadActive(ref active);
            return active;
        }
    }

    /// <summary>The calling controlled thread's id; -1 outside a controlled test and in production.</summary>
    public static int ThreadId
    {
        get
        {
            int id = -1;
            ReadThreadId(ref id);
            return id;
        }
    }

    /// <summary>An id unique within the current controlled iteration (0 outside one and in production).</summary>
    public static int NewObjectId()
    {
        int id = 0;
        DrawObjectId(ref id);
        return id;
    }

    static partial void ReadActive(ref bool active);

    static partial void ReadThreadId(ref int id);

    static partial void DrawObjectId(ref int id);
}
