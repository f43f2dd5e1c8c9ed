using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Weft.Rewriting;

/// <summary>
/// Warns, once per assembly and process, when code explored under the scheduler sits in an assembly that calls
/// <c>Interlocked</c>, <c>Monitor</c> (a <c>lock</c>), <c>Volatile</c>, <c>Thread</c>, <c>SemaphoreSlim</c> or
/// <c>ManualResetEventSlim</c> and that <c>weft rewrite</c> has not processed: those calls are not scheduling points
/// there, so the scheduler cannot interleave at them (it may miss the bug), and a thread blocked in one is reported only
/// by the watchdog. The assemblies looked at are the test body's own and those it references, except the framework's,
/// Weft's own and NuGet packages (third-party libraries, as the build's <c>.deps.json</c> lists them).
/// </summary>
public static class UnrewrittenCodeWarning
{
    /// <summary>The BCL types whose calls <c>weft rewrite</c> redirects (namespace System.Threading).</summary>
    private static readonly HashSet<string> Redirected = new(StringComparer.Ordinal)
    {
        "Interlocked", "Monitor", "Volatile", "Thread", "SemaphoreSlim", "ManualResetEventSlim",
    };

    private static readonly ConcurrentDictionary<string, bool> Seen = new(StringComparer.Ordinal);

    /// <summary>Writes the warning for each not yet seen unrewritten assembly behind <paramref name="body"/> to <paramref name="write"/>.</summary>
    public static void Check(Delegate body, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(write);
        foreach (var path in Candidates(body.Method.Module.Assembly))
        {
            if (!Seen.TryAdd(path, true)) continue;
            if (WarningFor(path) is { } warning) write(warning);
        }
    }

    /// <summary>The warning for the assembly file at <paramref name="path"/>, or null when it is stamped or calls none of the redirected APIs.</summary>
    public static string? WarningFor(string path)
    {
        var (name, stamped, calls) = Scan(path);
        if (stamped || calls.Count == 0) return null;
        return $"warning: {name} ({path}) calls {string.Join(", ", calls.Take(8))}{(calls.Count > 8 ? ", ..." : "")} " +
               "and has not been rewritten by weft: those calls are not scheduling points, so the scheduler cannot interleave at them " +
               "(it may miss bugs) and a thread blocked in one hangs until the watchdog. Run `weft rewrite " + Path.GetFileName(path) +
               "` or pass the test assembly to `weft explore --assembly`, which rewrites it and its dependencies.";
    }

    /// <summary>
    /// The files of the body's assembly and of the assemblies it references (loaded, or else beside it), minus the
    /// framework's and Weft's own.
    /// </summary>
    private static IEnumerable<string> Candidates(Assembly root)
    {
        if (root.IsDynamic || root.Location.Length == 0) yield break;
        var folder = Path.GetDirectoryName(root.Location)!;
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0)
            .GroupBy(a => a.GetName().Name ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Location, StringComparer.Ordinal);
        var packages = Packages(Path.ChangeExtension(root.Location, ".deps.json"));
        var names = root.GetReferencedAssemblies().Select(r => r.Name ?? "").Prepend(root.GetName().Name ?? "");
        foreach (var name in names.Where(n => !IsFrameworkOrWeft(n) && !packages.Contains(n)))
        {
            var path = loaded.TryGetValue(name, out var location) ? location : Path.Combine(folder, name + ".dll");
            if (File.Exists(path) && !IsFrameworkFile(path)) yield return path;
        }
    }

    /// <summary>
    /// The names of the NuGet packages a build's <c>.deps.json</c> lists (third-party libraries: not the user's code, not
    /// warned about); empty without one.
    /// </summary>
    private static HashSet<string> Packages(string depsJson)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(depsJson)) return names;
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(depsJson));
            if (!doc.RootElement.TryGetProperty("libraries", out var libraries) || libraries.ValueKind != System.Text.Json.JsonValueKind.Object) return names;
            foreach (var library in libraries.EnumerateObject())
            {
                if (library.Value.ValueKind == System.Text.Json.JsonValueKind.Object && library.Value.TryGetProperty("type", out var type)
                    && type.ValueKind == System.Text.Json.JsonValueKind.String && type.GetString() == "package")
                    names.Add(library.Name.Split('/')[0]);
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException)
        {
            // An unreadable deps file only widens the check.
        }
        return names;
    }

    private static bool IsFrameworkOrWeft(string name) =>
        name.StartsWith("Weft.", StringComparison.Ordinal) || name == "weft" || name.StartsWith("System.", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.", StringComparison.Ordinal) || name.StartsWith("xunit", StringComparison.Ordinal)
        || name is "System" or "mscorlib" or "netstandard";

    private static bool IsFrameworkFile(string path) =>
        string.Equals(Path.GetDirectoryName(path), Path.GetDirectoryName(typeof(object).Assembly.Location), StringComparison.Ordinal);

    /// <summary>The assembly's name, whether it carries the rewrite stamp, and the redirected members it references.</summary>
    private static (string Name, bool Stamped, List<string> Calls) Scan(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return ("", false, new List<string>());
            var md = pe.GetMetadataReader();
            var name = md.IsAssembly ? md.GetString(md.GetAssemblyDefinition().Name) : Path.GetFileNameWithoutExtension(path);
            return (name, IsStamped(md), RedirectedCalls(md));
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException or InvalidOperationException)
        {
            return ("", false, new List<string>()); // unreadable: nothing to say about it
        }
    }

    private static bool IsStamped(MetadataReader md)
    {
        if (!md.IsAssembly) return false;
        foreach (var handle in md.GetAssemblyDefinition().GetCustomAttributes())
        {
            var constructor = md.GetCustomAttribute(handle).Constructor;
            if (constructor.Kind != HandleKind.MemberReference) continue;
            var parent = md.GetMemberReference((MemberReferenceHandle)constructor).Parent;
            if (parent.Kind != HandleKind.TypeReference) continue;
            var type = md.GetTypeReference((TypeReferenceHandle)parent);
            if (md.GetString(type.Name) == nameof(RewrittenByWeftAttribute) && md.GetString(type.Namespace) == "Weft.Rewriting") return true;
        }
        return false;
    }

    /// <summary>The redirected members the assembly's metadata references (<c>Monitor.Enter</c>, ...), sorted.</summary>
    private static List<string> RedirectedCalls(MetadataReader md)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference) continue;
            var type = md.GetTypeReference((TypeReferenceHandle)member.Parent);
            if (md.GetString(type.Namespace) != "System.Threading") continue;
            var typeName = md.GetString(type.Name);
            if (!Redirected.Contains(typeName)) continue;
            var memberName = md.GetString(member.Name);
            found.Add(memberName == ".ctor" ? $"new {typeName}" : $"{typeName}.{memberName}");
        }
        return found.ToList();
    }
}
