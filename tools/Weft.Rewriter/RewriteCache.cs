using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Mono.Cecil;

namespace Weft.Rewriter;

/// <summary>
/// Rewrites a test assembly and the assemblies beside it that it references (transitively) into a cache folder keyed by
/// their contents and the tool's version, so that <c>weft explore --assembly</c> runs rewritten code without the user
/// handling rewritten files: the first run rewrites, later runs (and nightly's child processes) find the folder ready.
/// The cache is <c>WEFT_REWRITE_CACHE</c> when set, else <c>weft/rewritten</c> under the user's local application data.
/// A folder is written under a temporary name and renamed when complete, so concurrent runs never see half of one.
/// </summary>
public static class RewriteCache
{
    /// <summary>The variable that names the cache folder.</summary>
    public const string Variable = "WEFT_REWRITE_CACHE";

    /// <summary>The cache folder in use.</summary>
    public static string Root =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } root
            ? Path.GetFullPath(root)
            : Path.Combine(LocalData(), "weft", "rewritten");

    /// <summary>
    /// The rewritten copy of <paramref name="assemblyPath"/> (a full path), its rewritten dependencies beside it in the
    /// same folder. Assemblies of Weft itself are not copied: they bind to the tool's own.
    /// </summary>
    public static string Prepare(string assemblyPath)
    {
        var set = AssemblySet(assemblyPath);
        var folder = Path.Combine(Root, Key(set));
        var target = Path.Combine(folder, Path.GetFileName(assemblyPath));
        if (File.Exists(Path.Combine(folder, CompleteMarker))) return target;
        var staging = folder + ".tmp-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var path in set) AssemblyRewriter.Rewrite(path, Path.Combine(staging, Path.GetFileName(path)));
            File.WriteAllText(Path.Combine(staging, CompleteMarker), string.Join("\n", set) + "\n");
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); // an incomplete folder of an interrupted run
                Directory.Move(staging, folder);
            }
            catch (IOException) when (File.Exists(Path.Combine(folder, CompleteMarker)))
            {
                // Another process finished the same folder first: its copy is the same.
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        return target;
    }

    private const string CompleteMarker = "rewritten-from.txt";

    /// <summary>The assembly and the assemblies beside it that it references, directly or not (Weft's own excluded), sorted.</summary>
    internal static List<string> AssemblySet(string assemblyPath)
    {
        var folder = Path.GetDirectoryName(assemblyPath)!;
        var found = new SortedSet<string>(StringComparer.Ordinal) { assemblyPath };
        var pending = new Queue<string>(found);
        while (pending.Count > 0)
        {
            foreach (var name in References(pending.Dequeue()))
            {
                if (AssemblyRewriter.WeftAssemblyNames.Contains(name, StringComparer.Ordinal)) continue;
                var candidate = Path.Combine(folder, name + ".dll");
                if (File.Exists(candidate) && found.Add(candidate)) pending.Enqueue(candidate);
            }
        }
        return found.ToList();
    }

    private static IEnumerable<string> References(string path)
    {
        using var module = ModuleDefinition.ReadModule(path);
        return module.AssemblyReferences.Select(r => r.Name).ToList();
    }

    /// <summary>A hash of the tool's version and every file of the set (name and contents).</summary>
    private static string Key(IReadOnlyList<string> set)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Checker.ToolVersion + "\n"));
        foreach (var path in set)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
            var pdb = Path.ChangeExtension(path, ".pdb");
            if (File.Exists(pdb)) hash.AppendData(File.ReadAllBytes(pdb));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..20];
    }

    private static string LocalData()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return data.Length > 0 ? data : Path.GetTempPath();
    }
}
