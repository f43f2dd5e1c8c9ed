using System;
using System.IO;

namespace Weft.Reporting;

/// <summary>
/// Checks an output folder named on the command line before anything is written into it, so that a bad one is one
/// clear input error rather than an exception halfway through a run: an empty name, a path that is a file (or
/// <c>/dev/null</c>), a folder that cannot be created (under <c>/proc</c>, a symlink loop, no permission) and a
/// folder that cannot be written (read-only, full disk) are refused with the option and the path named.
/// </summary>
public static class OutputDirectory
{
    /// <summary>Creates <paramref name="path"/> if needed, proves it writable, and returns its full path.</summary>
    /// <param name="option">The option that named the folder (e.g. <c>--out</c>), for the message.</param>
    /// <param name="path">The folder.</param>
    public static string Prepare(string option, string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new WeftInputException($"{option}: expected a folder, found an empty name");
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            throw new WeftInputException($"{option} {path}: not a usable path: {e.Message}");
        }
        if (new FileInfo(full).LinkTarget is { } target && !Directory.Exists(full))
            throw new WeftInputException($"{option} {path}: is a symbolic link (to {target}) that leads to no folder: a loop, or a missing target");
        if (File.Exists(full))
            throw new WeftInputException($"{option} {path}: is a file, not a folder");
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WeftInputException($"{option} {path}: cannot create the folder: {e.Message}");
        }
        ProveWritable(option, path, full);
        return full;
    }

    /// <summary>Writes and removes a small file: a read-only folder or a full disk fails here, before the run.</summary>
    private static void ProveWritable(string option, string path, string full)
    {
        var probe = Path.Combine(full, AtomicFile.TemporaryName("weft-probe", Environment.ProcessId));
        try
        {
            using var s = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.DeleteOnClose);
            s.Write(new byte[4096]);
            s.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WeftInputException($"{option} {path}: cannot write into the folder: {e.Message}");
        }
    }

    /// <summary>Refuses a missing input file named by <paramref name="option"/> with one clear message.</summary>
    public static string ExistingFile(string option, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            throw new WeftInputException($"{option} {path}: is a folder; expected a file");
        if (!File.Exists(path))
            throw new WeftInputException($"{option} {path}: no such file");
        return path;
    }
}
