using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using Weft.Platform;

namespace Weft.Ipc;

/// <summary>
/// Options of one IPC handle. Immutable; derive variants with <c>with</c>.
/// </summary>
public sealed record IpcOptions
{
    /// <summary>The defaults: adaptive spinning as <see cref="SpinEnvironmentVariable"/> says, no seeded defect.</summary>
    public static IpcOptions Default { get; } = new();

    /// <summary>
    /// The environment variable that switches adaptive spinning (mutex acquire, semaphore wait): <c>1</c> on, <c>0</c> off; unset means
    /// on when the machine has more than one processor. Any other value is an error naming the variable. It is read
    /// on the first contended acquire that needs it, never at load or construction time.
    /// </summary>
    public const string SpinEnvironmentVariable = "WEFT_IPC_ADAPTIVE_SPIN";

    /// <summary>Adaptive spinning before sleeping on a held mutex or an empty semaphore: null follows <see cref="SpinEnvironmentVariable"/>.</summary>
    public bool? AdaptiveSpin { get; init; }

    /// <summary>The most spin rounds a contended acquire or an empty-semaphore wait tries before it sleeps (the adaptive estimate stays below it).</summary>
    public int MaxSpin { get; init; } = 100;

    /// <summary>A deliberate defect for negative controls (never set in production).</summary>
    public SeededBug SeededBug { get; init; }

    private static readonly Lazy<bool> SpinFromEnvironment = new(() => ParseSpin(Environment.GetEnvironmentVariable(SpinEnvironmentVariable)));

    /// <summary>Parses a value of <see cref="SpinEnvironmentVariable"/> (null: unset).</summary>
    public static bool ParseSpin(string? value) => value switch
    {
        null => Environment.ProcessorCount > 1,
        "1" => true,
        "0" => false,
        _ => throw new ConfigException($"{SpinEnvironmentVariable}: '{value}' is not a switch; expected '1' (spin) or '0' (sleep at once)"),
    };

    internal bool SpinEnabled => AdaptiveSpin ?? SpinFromEnvironment.Value;
}

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
        if (seen == 0 && initWait > TimeSpan.Zero && !Controlled)
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

    /// <summary>
    /// True under the scheduler: an opener that finds the magic still 0 does not sleep in real time (which the engine
    /// cannot schedule); it reports the header as uninitialized at once, an outcome the caller must handle anyway.
    /// </summary>
    private static bool Controlled
    {
        get
        {
#if WEFT_CONTROLLED
            return Engine.SchedulingHooks.Active;
#else
            return false;
#endif
        }
    }

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

/// <summary>Process ids and whether a process is still alive (for dead-owner detection).</summary>
public static partial class ProcessLiveness
{
    private static readonly int RealPid = Environment.ProcessId;

    /// <summary>
    /// This process's id, as recorded in owner fields and pid tables. Controlled build, in a test that simulates
    /// processes (<see cref="SimulatedIpc"/>): the calling controlled thread's simulated pid.
    /// </summary>
    public static int CurrentPid
    {
        get
        {
#if WEFT_CONTROLLED
            if (SimulatedIpc.Active) return SimulatedIpc.CurrentPid;
#endif
            return RealPid;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    private const int ESRCH = 3;

    /// <summary>
    /// True if process <paramref name="pid"/> exists and is not a zombie. Uses <c>kill(pid, 0)</c> (EPERM still means
    /// alive) and <c>/proc/pid/stat</c> (state Z: exited, not yet reaped). Caveat: after a process dies its pid may be
    /// reused by an unrelated process, which then looks alive; a recovery based on liveness errs on the side of
    /// not releasing.
    /// </summary>
    public static bool IsAlive(int pid)
    {
        if (pid <= 0) return false;
#if WEFT_CONTROLLED
        if (SimulatedIpc.Current is { } world) return SimulatedIpc.IsAlive(world, pid);
#endif
        if (pid == RealPid) return true;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            try
            {
                using var p = Process.GetProcessById(pid);
                return !p.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
        if (Kill(pid, 0) != 0 && Marshal.GetLastPInvokeError() == ESRCH) return false;
        if (OperatingSystem.IsLinux())
        {
            try
            {
                string stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
                int close = stat.LastIndexOf(')');
                if (close >= 0 && close + 2 < stat.Length && stat[close + 2] is 'Z' or 'X') return false;
            }
            catch (IOException)
            {
                return false; // vanished between the two checks
            }
        }
        return true;
    }
}
