using System;
#if WEFT_CONTROLLED
using Weft.Engine;
#endif

namespace Weft.Regions;

/// <summary>
/// The identity of the calling thread for R3's owner check: the controlled thread's id inside a controlled run (the
/// engine may run a controlled thread on any worker), else the managed thread id. <see cref="None"/> is the owner of
/// a region in a channel (sent, not yet received).
/// </summary>
internal static class RegionThread
{
    public const long None = -1;
    private const long ControlledTag = 1L << 32;

    public static long Current
    {
        get
        {
#if WEFT_CONTROLLED
            int id = Sched.ThreadId;
            if (id >= 0) return ControlledTag | (uint)id;
#endif
            return Environment.CurrentManagedThreadId;
        }
    }

    /// <summary>The controlled id of <paramref name="token"/> (-1: a managed thread or none), for the monitors' events.</summary>
    public static int ControlledId(long token) => token >= ControlledTag ? (int)(token & 0xFFFF_FFFF) : -1;

    public static string Describe(long token) =>
        token == None ? "no thread (it is in a channel)"
        : token >= ControlledTag ? $"thread {token & 0xFFFF_FFFF}"
        : $"managed thread {token}";
}
