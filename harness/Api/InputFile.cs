using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Weft;

/// <summary>
/// The one way Weft reads an input file (schedules, traces, provenance records, manifests, TLC outputs and
/// configurations, results logs, specs and catalogs): only a regular file, at most <see cref="MaxBytes"/>, every
/// failure a <see cref="WeftInputException"/> naming the file. A named pipe or a device is refused before it is
/// opened (opening a FIFO blocks until a writer comes; <c>/dev/zero</c> never ends), and a size cap bounds what is
/// read even when the file grows while it is read (<c>/proc</c> files report a size of 0).
/// </summary>
internal static partial class InputFile
{
    /// <summary>The largest input read: far above any file Weft writes (a 2,000-step trace is about 1 MiB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/> as UTF-8 text; errors name it as <paramref name="shownAs"/> when given.</summary>
    public static string ReadText(string path, string what, string? shownAs = null) =>
        DecodeUtf8(ReadBytes(path, what, shownAs));

    /// <summary>Reads <paramref name="path"/>'s bytes after checking it is a regular file no larger than <see cref="MaxBytes"/>.</summary>
    public static byte[] ReadBytes(string path, string what, string? shownAs = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = shownAs ?? path;
        CheckRegular(path, what, name);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > MaxBytes) throw TooLarge(name, what);
                buffer.Write(chunk, 0, n);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new WeftInputException($"{name}: cannot read {what}: {e.Message}");
        }
    }

    /// <summary>
    /// Throws unless <paramref name="path"/> names a regular file (following symbolic links) no larger than
    /// <see cref="MaxBytes"/>: a missing file, a folder, a pipe, a socket or a device is an input error.
    /// </summary>
    public static void CheckRegular(string path, string what, string? shownAs = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = shownAs ?? path;
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
            throw new WeftInputException($"'{name}': cannot read {what}: not a file name");
        if (OperatingSystem.IsLinux() && Statx(path) is { } st)
        {
            if (st.Error != 0) throw new WeftInputException($"{name}: cannot read {what}: {Describe(st.Error)}");
            var kind = st.Mode & 0xF000;
            if (kind != 0x8000)
                throw new WeftInputException($"{name}: cannot read {what}: {KindName(kind)}, not a regular file");
            if (st.Size > (ulong)MaxBytes) throw TooLarge(name, what);
            return;
        }
        var info = new FileInfo(path);
        if (Directory.Exists(path)) throw new WeftInputException($"{name}: cannot read {what}: a folder, not a regular file");
        if (!info.Exists) throw new WeftInputException($"{name}: cannot read {what}: no such file");
        if (info.Length > MaxBytes) throw TooLarge(name, what);
    }

    /// <summary>Decodes UTF-8 (a byte-order mark is dropped; invalid bytes become U+FFFD, which the readers then reject at their position).</summary>
    public static string DecodeUtf8(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
        return Encoding.UTF8.GetString(span);
    }

    private static WeftInputException TooLarge(string name, string what) =>
        new($"{name}: cannot read {what}: larger than {MaxBytes / (1024 * 1024)} MiB, the most Weft reads from one input");

    private static string KindName(int kind) => kind switch
    {
        0x4000 => "a folder",
        0x1000 => "a named pipe",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => "a special file",
    };

    private static string Describe(int errno) => errno switch
    {
        2 => "no such file",
        13 => "permission denied",
        20 => "a path component is not a folder",
        36 => "the name is too long",
        40 => "too many levels of symbolic links",
        _ => Marshal.GetPInvokeErrorMessage(errno),
    };

    private readonly record struct Status(int Error, int Mode, ulong Size);

    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1, StatxSize = 0x200;

    // struct statx is the same on every Linux architecture: stx_mode is a u16 at offset 0x1C, stx_size a u64 at 0x28.
    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatxCall(int dirfd, string path, int flags, uint mask, byte[] buffer);

    /// <summary>The file's type and size (following links), or null when statx is not available (an old libc).</summary>
    private static Status? Statx(string path)
    {
        var buffer = new byte[256];
        try
        {
            if (StatxCall(AtFdCwd, path, 0, StatxType | StatxSize, buffer) != 0)
                return new Status(Marshal.GetLastPInvokeError(), 0, 0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        return new Status(0, BitConverter.ToUInt16(buffer, 0x1C), BitConverter.ToUInt64(buffer, 0x28));
    }
}
