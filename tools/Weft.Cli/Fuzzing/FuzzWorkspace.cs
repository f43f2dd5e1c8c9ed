using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Weft.Cli.Fuzzing;

/// <summary>
/// A scratch copy of the input fixtures for one reader: a small repository (<c>repo/</c>, with <c>Weft.slnx</c>, the
/// Toy spec, its traces and catalog) and the other inputs, plus special files a mutated input may name: in the
/// spec folder a named pipe (<c>Pipe.cfg</c>), links to <c>/dev/zero</c> and <c>/etc/passwd</c>, a link loop and a
/// folder. Each reader has its own workspace, so a mutated input never leaks into another reader's run.
/// </summary>
internal sealed partial class FuzzWorkspace
{
    /// <summary>The names (in the spec folder) of the special files every workspace holds.</summary>
    public static readonly string[] SpecialNames = { "Pipe.cfg", "Zero.cfg", "Passwd.cfg", "Loop.cfg", "Folder.cfg" };

    private readonly byte[] _original;

    public FuzzWorkspace(string fixtures, string root, FuzzTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Root = Path.GetFullPath(root);
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        CopyTree(fixtures, Root);
        Repo = Path.Combine(Root, "repo");
        File.WriteAllText(Path.Combine(Repo, "Weft.slnx"), "<Solution />\n");
        Input = Path.Combine(Root, target.InputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(Input)!);
        _original = File.ReadAllBytes(Path.Combine(fixtures, target.Fixture));
        MakeSpecialFiles(Path.Combine(Repo, "tla", "Toy"));
        Write(_original);
    }

    public string Root { get; }
    public string Repo { get; }
    /// <summary>Where the reader finds its (mutated) input.</summary>
    public string Input { get; }
    /// <summary>The valid input the mutations start from.</summary>
    public ReadOnlySpan<byte> Original => _original;

    /// <summary>Puts <paramref name="bytes"/> at <see cref="Input"/> (whatever was there before: a file, a pipe, a link, a folder).</summary>
    public void Write(byte[] bytes)
    {
        Remove(Input);
        File.WriteAllBytes(Input, bytes);
    }

    /// <summary>Puts a special file at <see cref="Input"/>: the reader must refuse it without blocking or reading without end.</summary>
    public void WriteSpecial(SpecialFile kind)
    {
        Remove(Input);
        switch (kind)
        {
            case SpecialFile.NamedPipe: MakeFifo(Input); break;
            case SpecialFile.DevZero: File.CreateSymbolicLink(Input, "/dev/zero"); break;
            case SpecialFile.DevNull: File.CreateSymbolicLink(Input, "/dev/null"); break;
            case SpecialFile.Folder: Directory.CreateDirectory(Input); break;
            case SpecialFile.LinkLoop: File.CreateSymbolicLink(Input, Path.GetFileName(Input)); break;
            case SpecialFile.Missing: break;
            case SpecialFile.ProcFile: File.CreateSymbolicLink(Input, "/proc/self/status"); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private static void MakeSpecialFiles(string specDir)
    {
        MakeFifo(Path.Combine(specDir, "Pipe.cfg"));
        File.CreateSymbolicLink(Path.Combine(specDir, "Zero.cfg"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(specDir, "Passwd.cfg"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(specDir, "Loop.cfg"), "Loop.cfg");
        Directory.CreateDirectory(Path.Combine(specDir, "Folder.cfg"));
    }

    private static void Remove(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null || (info.Exists && (info.Attributes & FileAttributes.Directory) == 0)) File.Delete(path);
        else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else if (File.Exists(path)) File.Delete(path);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) CopyTree(d, Path.Combine(to, Path.GetFileName(d)));
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MkFifo(string path, uint mode);

    private static void MakeFifo(string path)
    {
        if (MkFifo(path, Convert.ToUInt32("600", 8)) != 0)
            throw new IOException($"{path}: cannot make a named pipe (errno {Marshal.GetLastPInvokeError()})");
    }
}
