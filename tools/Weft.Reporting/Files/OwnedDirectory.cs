using System;
using System.IO;
using System.Linq;

namespace Weft.Reporting;

/// <summary>
/// A folder Weft may empty and rewrite because Weft made it: it holds a <c>.weft-owned</c> marker written when it was
/// created. A folder without the marker that holds anything belongs to someone else and is never deleted; using it
/// is refused with a message naming it.
/// </summary>
public static class OwnedDirectory
{
    public const string MarkerName = ".weft-owned";

    /// <summary>Makes <paramref name="path"/> a fresh, empty folder owned by Weft (its earlier Weft-made content is removed).</summary>
    public static string Recreate(string path)
    {
        var full = Path.GetFullPath(path);
        if (Check(full)) Directory.Delete(full, recursive: true);
        Directory.CreateDirectory(full);
        File.WriteAllText(Path.Combine(full, MarkerName), "This folder was created by Weft, which may delete and rewrite it.\n");
        return full;
    }

    /// <summary>
    /// Refuses <paramref name="path"/> unless it is absent, empty, or marked as Weft's; returns true when it exists
    /// with the marker (so <see cref="Recreate"/> may delete it). Changes nothing.
    /// </summary>
    public static bool Check(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
            throw new WeftInputException($"{full}: is a file; Weft writes a folder of its own here and does not replace what it did not create");
        var info = new DirectoryInfo(full);
        if (!info.Exists) return false;
        if (info.LinkTarget is not null)
            throw new WeftInputException($"{full}: is a symbolic link; Weft writes a folder of its own here and does not follow or remove links");
        if (File.Exists(Path.Combine(full, MarkerName))) return true;
        if (info.EnumerateFileSystemInfos().Any())
            throw new WeftInputException(
                $"{full}: holds files Weft did not create (no {MarkerName} marker); move them away or choose another --out");
        return false;
    }
}
