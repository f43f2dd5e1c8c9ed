using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using Weft.Platform;

namespace Weft.Ipc;

/// <summary>
/// The 64-byte header every IPC object starts with (one cache line):
/// <code>
///  0  magic     u32   identifies the kind (mutex, semaphore, event, guarded segment)
///  4  version   u32   layout version (1)
///  8  word      i32   the futex word: mutex owner pid|waiters bit, semaphore count, event sequence|signaled
/// 12  aux       i32   semaphore waiters, zero for mutexes and events
/// 16  limit     i32   semaphore maximum count
/// 20..63              reserved, zero
/// </code>
/// The creator writes every field and publishes <c>magic</c> last with a release store; an opener that sees the
/// magic sees an initialized header.
/// </summary>
internal static class IpcHeader
{
    public const int Size = 64;
    public const int Magic = 0, Version = 4, Word = 8, Aux = 12, Limit = 16;
    public const int CurrentVersion = 1;

    public const int MutexMagic = 0x5854_4D57;     // "WMTX"
    public const int SemaphoreMagic = 0x4D45_5357; // "WSEM"
    public const int EventMagic = 0x5456_4557;     // "WEVT"
    public const int GuardMagic = 0x4452_4757;     // "WGRD"

    public static string KindName(int magic) => magic switch
    {
        MutexMagic => "mutex",
        SemaphoreMagic => "semaphore",
        EventMagic => "event",
        GuardMagic => "guarded segment",
        _ => string.Create(CultureInfo.InvariantCulture, $"unknown object (magic 0x{magic:X8})"),
    };

    /// <summary>Writes version and the other fields' zeroes, then publishes the magic (release).</summary>
    public static void Publish(ShmSegment s, int offset, int magic)
    {
        s.Int32At(offset + Version).Store(CurrentVersion, Atomics.MemoryOrder.Relaxed);
        s.Int32At(offset + Magic).Store(magic, Atomics.MemoryOrder.Release);
    }

    /// <summary>
    /// Checks that the header at <paramref name="offset"/> is an initialized object of the expected kind. A header
    /// whose magic is still zero right after creation gets <paramref name="initWait"/> for its creator to publish it.
    /// </summary>
    public static void Validate(ShmSegment s, int offset, int magic, string what, TimeSpan initWait)
    {
        if (offset < 0 || offset > s.Size - Size || (offset & 7) != 0)
            throw new InvalidDataException(
                $"{Describe(s)} is {s.Size} bytes: a {what} at offset {offset} needs {Size} bytes at an 8-byte aligned offset");
        int seen = s.Int32At(offset + Magic).Load(Atomics.MemoryOrder.Acquire);
        // Under the scheduler an opener that finds the magic still 0 does not sleep in real time (which the engine cannot
        // schedule): it reports the header as uninitialized at once, an outcome the caller must handle anyway.
        if (seen == 0 && initWait > TimeSpan.Zero && !ControlledRun.Active)
        {
            var clock = Stopwatch.StartNew();
            while (seen == 0 && clock.Elapsed < initWait)
            {
                System.Threading.Thread.Sleep(1);
                seen = s.Int32At(offset + Magic).Load(Atomics.MemoryOrder.Acquire);
            }
        }
        if (seen == 0)
            throw new InvalidDataException($"{Describe(s)} holds no initialized {what} at offset {offset} (magic is 0)");
        if (seen != magic)
            throw new InvalidDataException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{Describe(s)} is {Article(KindName(seen))}, not {Article(what)} (magic 0x{seen:X8}, expected 0x{magic:X8})"));
        int version = s.Int32At(offset + Version).Load(Atomics.MemoryOrder.Relaxed);
        if (version != CurrentVersion)
            throw new InvalidDataException($"{Describe(s)}: layout version {version}, this library reads version {CurrentVersion}");
    }

    /// <summary>The header's magic as it is now (0: not yet published), without validating anything.</summary>
    public static int MagicOf(ShmSegment s, int offset) => s.Int32At(offset + Magic).Load(Atomics.MemoryOrder.Acquire);

    /// <summary>Checks that a header fits at <paramref name="offset"/> before it is written.</summary>
    public static void ValidateRange(ShmSegment s, int offset, string what)
    {
        if (offset < 0 || offset > s.Size - Size || (offset & 7) != 0)
            throw new ArgumentOutOfRangeException(nameof(offset), offset,
                $"{Describe(s)} is {s.Size} bytes: a {what} at offset {offset} needs {Size} bytes at an 8-byte aligned offset");
    }

    private static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    public static string Describe(ShmSegment s) => s.Name is { } n ? $"shared-memory object '{n}'" : "the in-process segment";
}
