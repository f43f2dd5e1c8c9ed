using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;

namespace Weft.Schedules;

/// <summary>
/// The user's test assembly a schedule belongs to (the <c>assembly:</c> key of a schedule file), so that
/// <c>weft replay</c> loads it again: its simple name, its version (the informational version, with the commit when
/// the build stamps one), the full path it was loaded from and the SHA-256 of that file. Weft's own scenarios are
/// built into the tool and their schedules carry none.
/// </summary>
public sealed record TestAssemblyRecord(string Name, string Version, string Path, string Sha256)
{
    /// <summary>Where the <c>assembly:</c> key was written in the file a schedule was read from (null when built in memory).</summary>
    public SourcePosition? Position { get; init; }

    /// <summary>The record of the assembly file at <paramref name="path"/> with simple name <paramref name="name"/>.</summary>
    public static TestAssemblyRecord Of(string name, string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        return new TestAssemblyRecord(name, VersionOf(full), full, HashOf(full));
    }

    /// <summary>The informational version of an assembly file (<c>1.2.0+abc123</c>), else its file version, else <c>unknown</c>.</summary>
    public static string VersionOf(string path)
    {
        var info = FileVersionInfo.GetVersionInfo(path);
        return info.ProductVersion is { Length: > 0 } product ? product : info.FileVersion is { Length: > 0 } file ? file : "unknown";
    }

    /// <summary><c>sha256:</c> and the hex digest of the file's bytes.</summary>
    public static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public bool Equals(TestAssemblyRecord? other) =>
        other is not null && Name == other.Name && Version == other.Version && Path == other.Path && Sha256 == other.Sha256;

    public override int GetHashCode() => HashCode.Combine(Name, Version, Path, Sha256);
}
