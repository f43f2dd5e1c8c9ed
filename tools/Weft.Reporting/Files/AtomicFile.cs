using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Weft.Reporting;

/// <summary>
/// Writes a whole file or nothing: the text goes to a hidden temporary file in the same folder (same file system),
/// is flushed to disk, and is renamed over the target. A reader sees the old file or the new one, never a torn one,
/// and a process killed mid-write leaves at most its hidden temporary file (named after its pid), which a later write
/// of the same target removes.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> (UTF-8, no byte-order mark) in one rename.</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? throw new ArgumentException($"{path} has no folder", nameof(path));
        RemoveStaleTemporaries(dir, Path.GetFileName(full));
        var tmp = Path.Combine(dir, TemporaryName(Path.GetFileName(full), Environment.ProcessId));
        try
        {
            using (var s = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8.GetBytes(text);
                s.Write(bytes, 0, bytes.Length);
                s.Flush(flushToDisk: true);
            }
            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    /// <summary>The temporary name a process with <paramref name="pid"/> writes <paramref name="fileName"/> under.</summary>
    public static string TemporaryName(string fileName, int pid) =>
        string.Create(CultureInfo.InvariantCulture, $".{fileName}.{pid}.tmp");

    /// <summary>Removes temporaries of <paramref name="fileName"/> left by processes that no longer run.</summary>
    private static void RemoveStaleTemporaries(string dir, string fileName)
    {
        if (!Directory.Exists(dir)) return;
        foreach (var f in Directory.EnumerateFiles(dir, "." + fileName + ".*.tmp"))
        {
            var middle = Path.GetFileName(f)[(fileName.Length + 2)..^4];
            if (int.TryParse(middle, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
                TryDelete(f);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a temporary that cannot be removed is removed by the next write.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
