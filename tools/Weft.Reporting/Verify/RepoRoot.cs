using System.IO;

namespace Weft.Reporting;

/// <summary>Finds the Weft repository (the directory holding Weft.slnx) at or above a directory.</summary>
public static class RepoRoot
{
    public static string? TryFind(string? start = null)
    {
        var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Weft.slnx"))) dir = dir.Parent;
        return dir?.FullName;
    }

    public static string Find(string? start = null) =>
        TryFind(start) ?? throw new WeftInputException(
            "not inside the Weft repository (no Weft.slnx in this directory or above it); run from the repository or pass --root");
}
