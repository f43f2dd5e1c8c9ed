using System;
using System.Globalization;
using System.IO;

namespace Weft.Reporting;

/// <summary>
/// An exclusive claim on an output folder for one run: a <c>.weft-lock</c> file held open without sharing
/// (<see cref="FileShare.None"/>, which .NET implements with <c>flock(LOCK_EX | LOCK_NB)</c> on Unix and a share
/// mode on Windows). The kernel drops the lock when the holder exits, however it exits (a <c>kill -9</c> too), so a
/// stale lock never blocks a later run or a <c>--resume</c>. Beside it, <c>.weft-lock.holder</c> names the holder's
/// pid and command (written after the lock is won, read only by a run that lost it) for the refusal message.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".weft-lock";
    public const string HolderFileName = ".weft-lock.holder";

    private readonly FileStream _stream;
    private readonly string _holder;

    private OutputLock(FileStream stream, string holder)
    {
        _stream = stream;
        _holder = holder;
    }

    /// <summary>Claims <paramref name="dir"/> (which must exist) for this process, or refuses with a message naming the holder.</summary>
    /// <param name="dir">The output folder.</param>
    /// <param name="command">What this run is (recorded for a run that is refused).</param>
    public static OutputLock Acquire(string dir, string command)
    {
        var path = Path.Combine(dir, FileName);
        var holder = Path.Combine(dir, HolderFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new WeftInputException(
                $"{dir} is in use by another weft run ({Holder(holder)}); wait until it ends or choose another --out");
        }
        try
        {
            AtomicFile.WriteAllText(holder, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {command}\n"));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        return new OutputLock(stream, holder);
    }

    /// <summary>"pid N: command" of the run holding the lock, as it recorded itself.</summary>
    private static string Holder(string holderFile)
    {
        try
        {
            var text = File.ReadAllText(holderFile).Trim();
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? $"pid {text}" : $"pid {text[..space]}: {text[(space + 1)..]}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "its pid is not recorded yet";
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_holder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The holder file only serves a refusal message; one left behind names a run that has ended.
        }
        _stream.Dispose();
    }
}
