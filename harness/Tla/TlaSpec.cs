using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Weft.Tla;

/// <summary>
/// A specification folder of the repository, <c>tla/&lt;Spec&gt;/</c>, holding <c>&lt;Spec&gt;.tla</c>, its TLC
/// configurations and <c>manifest.yaml</c>. Knows the operators the module defines (so an imported trace naming
/// an action the spec does not have is rejected), and the SHA-256 of the module (so a stale trace is refused).
/// </summary>
public sealed partial class TlaSpec
{
    private TlaSpec(string name, string directory, string tlaPath, string repoRelativePath, IReadOnlyDictionary<string, int> definitions)
    {
        Name = name;
        Directory = directory;
        TlaPath = tlaPath;
        RepoRelativePath = repoRelativePath;
        Definitions = definitions;
    }

    /// <summary>The module's name, which is also the folder's name (<c>IBR</c>).</summary>
    public string Name { get; }

    /// <summary>The folder's absolute path.</summary>
    public string Directory { get; }

    /// <summary>The absolute path of <c>&lt;Spec&gt;.tla</c>.</summary>
    public string TlaPath { get; }

    /// <summary><c>tla/&lt;Spec&gt;/&lt;Spec&gt;.tla</c> with '/' separators, or the file name when outside a repository.</summary>
    public string RepoRelativePath { get; }

    /// <summary>Every operator defined at the start of a line (<c>Name(p, q) ==</c> or <c>Name ==</c>), with its number of parameters.</summary>
    public IReadOnlyDictionary<string, int> Definitions { get; }

    /// <summary>The SHA-256 of <see cref="TlaPath"/> (lower-case hex).</summary>
    public string Sha256 => Sha256OfFile(TlaPath);

    /// <summary>
    /// Opens the spec folder <paramref name="specDir"/> (a path, or a spec name looked up as <c>tla/&lt;name&gt;</c>
    /// under <paramref name="repoRoot"/>). The module is <c>&lt;folder name&gt;.tla</c>.
    /// </summary>
    public static TlaSpec Open(string specDir, string? repoRoot = null)
    {
        ArgumentNullException.ThrowIfNull(specDir);
        var dir = Path.GetFullPath(specDir);
        if (!System.IO.Directory.Exists(dir) && repoRoot is not null && !specDir.Contains('/', StringComparison.Ordinal) && !specDir.Contains('\\', StringComparison.Ordinal))
            dir = Path.GetFullPath(Path.Combine(repoRoot, "tla", specDir));
        if (!System.IO.Directory.Exists(dir))
            throw new WeftInputException($"{specDir}: no such spec folder; expected a folder tla/<Spec> holding <Spec>.tla");
        var name = Path.GetFileName(dir.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var tla = Path.Combine(dir, name + ".tla");
        if (!File.Exists(tla))
            throw new WeftInputException($"{specDir}: expected the module {name}.tla in the spec folder {dir}");
        var root = repoRoot ?? FindRepoRoot(dir);
        string rel = root is null ? name + ".tla" : Path.GetRelativePath(Path.GetFullPath(root), tla).Replace('\\', '/');
        return new TlaSpec(name, dir, tla, rel, ParseDefinitions(TlcOutputReader.ReadText(tla, "TLA+ module")));
    }

    /// <summary>True when the spec defines <paramref name="action"/> with <paramref name="arity"/> parameters.</summary>
    public bool HasAction(string action, int arity) => Definitions.TryGetValue(action, out var n) && n == arity;

    /// <summary>The nearest folder at or above <paramref name="start"/> holding <c>Weft.slnx</c> or <c>.git</c>, or null.</summary>
    public static string? FindRepoRoot(string start)
    {
        var dir = new DirectoryInfo(Path.GetFullPath(start));
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Weft.slnx"))) return dir.FullName;
            dir = dir.Parent;
        }
        return null;
    }

    public static string Sha256OfFile(string path)
    {
        return Convert.ToHexStringLower(SHA256.HashData(InputFile.ReadBytes(path, "the file to hash")));
    }

    [GeneratedRegex(@"^(?:LOCAL\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?\s*==", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionRx();

    /// <summary>The operators defined at the start of a line of <paramref name="moduleText"/> (comments removed), with their arity.</summary>
    public static IReadOnlyDictionary<string, int> ParseDefinitions(string moduleText)
    {
        ArgumentNullException.ThrowIfNull(moduleText);
        var text = StripComments(moduleText);
        var defs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in DefinitionRx().Matches(text))
        {
            int arity = 0;
            if (m.Groups[2].Success)
            {
                var ps = m.Groups[2].Value.Trim();
                arity = ps.Length == 0 ? 0 : ps.Split(',').Length;
            }
            defs[m.Groups[1].Value] = arity;
        }
        return defs;
    }

    /// <summary>Blanks out <c>(* ... *)</c> (nested) and <c>\*</c> comments and string contents, keeping line structure.</summary>
    private static string StripComments(string s)
    {
        var sb = new StringBuilder(s.Length);
        int depth = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            char n = i + 1 < s.Length ? s[i + 1] : '\0';
            if (depth > 0)
            {
                if (c == '(' && n == '*') { depth++; sb.Append("  "); i++; }
                else if (c == '*' && n == ')') { depth--; sb.Append("  "); i++; }
                else sb.Append(c == '\n' ? '\n' : ' ');
                continue;
            }
            if (c == '(' && n == '*') { depth = 1; sb.Append("  "); i++; continue; }
            if (c == '\\' && n == '*')
            {
                while (i < s.Length && s[i] != '\n') { sb.Append(' '); i++; }
                if (i < s.Length) sb.Append('\n');
                continue;
            }
            if (c == '"')
            {
                sb.Append('"');
                i++;
                while (i < s.Length && s[i] != '"' && s[i] != '\n')
                {
                    if (s[i] == '\\' && i + 1 < s.Length) { sb.Append(' '); i++; }
                    sb.Append(' ');
                    i++;
                }
                if (i < s.Length) sb.Append(s[i]);
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Formats a count for messages.</summary>
    internal static string FormatCount(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
}
