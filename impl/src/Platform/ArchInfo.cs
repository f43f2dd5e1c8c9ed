using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace Weft.Platform;

/// <summary>
/// What the running machine offers (tier 0 "arch_detect"): architecture, pointer width, cache-line size, OS,
/// the widths of compare-and-swap the runtime provides, and whether futexes are available. Detected once.
/// </summary>
public sealed record ArchInfo
{
    /// <summary>The running machine, detected once.</summary>
    public static ArchInfo Current { get; } = Detect();

    public required Architecture Architecture { get; init; }
    public required int PointerBits { get; init; }
    /// <summary>Coherency line size in bytes (from sysfs on Linux; 128 on Apple silicon; otherwise 64).</summary>
    public required int CacheLineSize { get; init; }
    public required string OperatingSystem { get; init; }
    public required int ProcessorCount { get; init; }
    /// <summary>Widths (bits) of compare-and-swap available: .NET offers 32 and 64; there is no 128-bit CAS.</summary>
    public required int[] CasWidths { get; init; }
    public required bool Futex { get; init; }

    /// <summary>The padding hot fields use to sit on their own line: twice the line size, so that adjacent-line
    /// prefetching (Intel's spatial prefetcher pairs 64-byte lines) does not reintroduce false sharing.</summary>
    public int PaddingBytes => 2 * CacheLineSize;

    /// <summary>How many elements of <paramref name="elementBytes"/> bytes apart per-thread slots of a shared array sit so
    /// that no two threads' slots share a line or an adjacent-line pair: <see cref="PaddingBytes"/> / element size.
    /// Used by the reclaimers' per-thread reservation and announcement arrays.</summary>
    public int PaddedStride(int elementBytes) => Math.Max(1, PaddingBytes / elementBytes);

    public override string ToString() =>
        $"{Architecture} {PointerBits}-bit, {ProcessorCount} cpus, {CacheLineSize}-byte lines, {OperatingSystem}, CAS {string.Join("/", CasWidths)}-bit, futex {(Futex ? "yes" : "no")}";

    private static ArchInfo Detect()
    {
        var arch = RuntimeInformation.ProcessArchitecture;
        return new ArchInfo
        {
            Architecture = arch,
            PointerBits = IntPtr.Size * 8,
            CacheLineSize = DetectLineSize(arch),
            OperatingSystem = RuntimeInformation.OSDescription,
            ProcessorCount = Environment.ProcessorCount,
            CasWidths = new[] { 32, 64 },
            Futex = System.OperatingSystem.IsLinux() && arch is Architecture.X64 or Architecture.Arm64 or Architecture.X86 or Architecture.Arm,
        };
    }

    internal static int DetectLineSize(Architecture arch, string sysfs = "/sys/devices/system/cpu/cpu0/cache/index0/coherency_line_size")
    {
        try
        {
            if (File.Exists(sysfs) &&
                int.TryParse(File.ReadAllText(sysfs).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) &&
                n is >= 16 and <= 1024 && (n & (n - 1)) == 0)
                return n;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return System.OperatingSystem.IsMacOS() && arch == Architecture.Arm64 ? 128 : 64;
    }
}
