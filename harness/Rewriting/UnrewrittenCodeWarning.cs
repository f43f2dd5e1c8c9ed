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
/// by the watchdog. The assemblies looked at are the test body's own and those it references, except the framework's
/// and Weft's own.
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
        foreach (var assembly in Candidates(body.Method.Module.Assembly))
        {
            if (!Seen.TryAdd(assembly.Location, true)) continue;
            if (WarningFor(assembly) is { } warning) write(warning);
        }
    }

    /// <summary>The warning for <paramref name="assembly"/>, or null when it is stamped or calls none of the redirected APIs.</summary>
    public static string? WarningFor(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (IsStamped(assembly) || assembly.IsDynamic || assembly.Location.Length == 0) return null;
        var calls = RedirectedCalls(assembly.Location);
        if (calls.Count == 0) return null;
        var name = assembly.GetName().Name;
        return $"warning: {name} ({assembly.Location}) calls {string.Join(", ", calls.Take(6))}{(calls.Count > 6 ? ", ..." : "")} " +
               "and has not been rewritten by weft: those calls are not scheduling points, so the scheduler cannot interleave at them " +
               "(it may miss bugs) and a thread blocked in one hangs until the watchdog. Run `weft rewrite " + Path.GetFileName(assembly.Location) +
               "` or pass the test assembly to `weft explore --assembly`, which rewrites it and its dependencies.";
    }

    public static bool IsStamped(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetCustomAttributesData().Any(a => a.AttributeType.FullName == typeof(RewrittenByWeftAttribute).FullName);
    }

    /// <summary>The body's assembly and the loaded assemblies it references, minus the framework's and Weft's.</summary>
    private static IEnumerable<Assembly> Candidates(Assembly root)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies();
        var names = new HashSet<string>(root.GetReferencedAssemblies().Select(r => r.Name ?? ""), StringComparer.Ordinal) { root.GetName().Name ?? "" };
        return loaded.Where(a => !a.IsDynamic && names.Contains(a.GetName().Name ?? "") && !IsFrameworkOrWeft(a));
    }

    private static bool IsFrameworkOrWeft(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? "";
        if (name.StartsWith("Weft.", StringComparison.Ordinal) || name == "weft") return true;
        if (name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal) || name.StartsWith("xunit", StringComparison.Ordinal)) return true;
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
        return assembly.Location.Length == 0 || string.Equals(Path.GetDirectoryName(assembly.Location), runtime, StringComparison.Ordinal);
    }

    /// <summary>The redirected members the assembly's metadata references (<c>Monitor.Enter</c>, ...), sorted.</summary>
    private static List<string> RedirectedCalls(string path)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return new List<string>();
            var md = pe.GetMetadataReader();
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
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return new List<string>(); // unreadable: nothing to say about it
        }
        return found.ToList();
    }
}
