using System;
using System.Runtime.CompilerServices;

namespace Weft.Regions;

/// <summary>
/// The identity of the calling thread for R3's owner check: the controlled thread's id inside a controlled run (the
/// engine may run a controlled thread on any worker), else the managed thread id. <see cref="None"/> is the owner of
/// a region in a channel (sent, not yet received).
/// </summary>
internal static class RegionThread
{
    public const long None = -1;

    /// <summary>No thread may use a freed region (never a thread's token nor <see cref="None"/>).</summary>
    public const long Unusable = -2;
    private const long ControlledTag = 1L << 32;

#if !WEFT_CONTROLLED
    [ThreadStatic]
    private static long t_current; // production: the managed thread id, read once per thread (0: not read yet)
#endif

    public static long Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
#if WEFT_CONTROLLED
            // A controlled thread may run on any worker thread of the engine: ask the engine every time.
            int id = SchedulingHooks.ThreadId;
            return id >= 0 ? ControlledTag | (uint)id : Environment.CurrentManagedThreadId;
#else
            long current = t_current;
            return current != 0 ? current : t_current = Environment.CurrentManagedThreadId;
#endif
        }
    }

    /// <summary>The controlled id of <paramref name="token"/> (-1: a managed thread or none), for the monitors' events.</summary>
    public static int ControlledId(long token) => token >= ControlledTag ? (int)(token & 0xFFFF_FFFF) : -1;

    public static string Describe(long token) =>
        token == None ? "no thread (it is in a channel)"
        : token >= ControlledTag ? $"thread {token & 0xFFFF_FFFF}"
        : $"managed thread {token}";
}
