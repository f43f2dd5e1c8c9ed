using System;
using System.IO;

namespace Weft;

/// <summary>
/// Paths written inside Weft's files (a trace's <c>spec_file</c> and <c>config</c>, a provenance record's, a
/// manifest's <c>tla_file</c>, <c>config</c> and <c>run_from</c>) name files of the project: a configuration is a
/// file name in the spec folder, the others are relative to the repository. A file that names <c>/etc/passwd</c>,
/// <c>../../x</c> or a link leading out of the repository must not make Weft read (or hash) it: the shape is
/// checked when the file is parsed (with its position), and <see cref="Resolve"/> checks again where it is used.
/// </summary>
internal static class ProjectPath
{
    /// <summary>True for a relative path below its base: not rooted, no <c>..</c> or empty segment, no drive or NUL.</summary>
    public static bool IsConfinedRelative(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains(':', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal))
            return false;
        foreach (var segment in path.Split('/', '\\'))
            if (segment is "" or "..") return false;
        return true;
    }

    /// <summary>True for a plain file name: no folder part, not <c>.</c> or <c>..</c>.</summary>
    public static bool IsFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > 0 && name is not ("." or "..") && IsConfinedRelative(name) && name.IndexOfAny(['/', '\\']) < 0;
    }

    /// <summary>
    /// <paramref name="relative"/> resolved against <paramref name="root"/>; an input error naming
    /// <paramref name="source"/> when it is not a confined relative path or when it (or the link it is) leads
    /// outside <paramref name="root"/>.
    /// </summary>
    public static string Resolve(string root, string relative, string what, string source)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(relative);
        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!IsConfinedRelative(relative))
            throw new WeftInputException($"{source}: {what} '{relative}' is not a path inside {rootFull}; expected a relative path without '..'");
        var full = Path.GetFullPath(Path.Combine(rootFull, relative));
        if (!IsInside(rootFull, full) || !IsInside(RealPath(rootFull), RealPath(full)))
            throw new WeftInputException($"{source}: {what} '{relative}' leads outside {rootFull}; Weft reads only files of the project");
        return full;
    }

    private static bool IsInside(string root, string full) =>
        full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link of its folders and of the file itself followed (as far as they exist).</summary>
    private static string RealPath(string path)
    {
        var parent = Path.GetDirectoryName(path);
        var resolvedParent = parent is null || parent == path ? path : RealPath(parent);
        var candidate = parent is null || parent == path ? path : Path.Combine(resolvedParent, Path.GetFileName(path));
        try
        {
            var info = new FileInfo(candidate);
            if (info.LinkTarget is null) return candidate;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? candidate : Path.GetFullPath(target.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A loop of links or an unreadable folder: the reader reports it when it opens the file.
            return candidate;
        }
    }
}
