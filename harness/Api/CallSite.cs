using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;

namespace Weft;

/// <summary>
/// The test method that called <see cref="Checker.Check"/> or <see cref="Checker.Explore"/> without a registered test id:
/// an ordinary user test (xunit or any other runner). It names the schedules of that call (the test id is the method's
/// full name) and builds the command that replays one of them through the same test:
/// <c>cd &lt;project folder&gt; &amp;&amp; WEFT_REPLAY=&lt;schedule&gt; dotnet test -c &lt;config&gt; --filter-method &lt;Namespace.Class.Method&gt;</c>.
/// </summary>
internal sealed record CallSite(string TestId, string? ProjectPath, string? Configuration, bool TypeKnown)
{
    /// <summary>The environment variable that makes a user call replay a schedule instead of exploring.</summary>
    public const string ReplayVariable = "WEFT_REPLAY";

    /// <summary>
    /// Finds the calling test method: the nearest frame outside this assembly named <paramref name="member"/> (or a
    /// lambda, local function or async state machine inside it). <paramref name="file"/> is the caller's source file,
    /// from which the project file is looked up.
    /// </summary>
    public static CallSite Find(string member, string file)
    {
        var type = FindDeclaringType(member);
        string testId = type is not null
            ? (type.FullName ?? type.Name) + "." + member
            : Path.GetFileNameWithoutExtension(file) + "." + member;
        var config = type?.Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        return new CallSite(testId, FindProject(file), string.IsNullOrEmpty(config) ? null : config, type is not null);
    }

    /// <summary>
    /// The shell command that replays <paramref name="schedulePath"/> through this test. <c>dotnet test</c> takes its
    /// runner from the global.json above the folder it runs in, so the command runs in the project's folder: with
    /// Microsoft.Testing.Platform (xunit v3's runner) the filter is <c>--filter-method</c>, with VSTest <c>--filter</c>.
    /// </summary>
    public string ReplayCommand(string schedulePath)
    {
        var env = $"{ReplayVariable}={Quote(Path.GetFullPath(schedulePath))}";
        var config = Configuration is null ? "" : " -c " + Quote(Configuration);
        // The full name when the test class is known; otherwise every method of that name.
        var method = TestId[(TestId.LastIndexOf('.') + 1)..];
        var dir = ProjectPath is null ? null : Path.GetDirectoryName(ProjectPath);
        var cd = dir is null ? "" : "cd " + Quote(dir) + " && ";
        if (dir is not null && !UsesTestingPlatform(dir))
            return $"{cd}{env} dotnet test{config} --filter {Quote(TypeKnown ? "FullyQualifiedName=" + TestId : "Name=" + method)}";
        return $"{cd}{env} dotnet test{config} --filter-method {Quote(TypeKnown ? TestId : "*." + method)}";
    }

    /// <summary>True when the nearest global.json above <paramref name="dir"/> selects Microsoft.Testing.Platform for <c>dotnet test</c>.</summary>
    private static bool UsesTestingPlatform(string dir)
    {
        try
        {
            for (var d = dir; !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d))
            {
                var g = Path.Combine(d, "global.json");
                if (File.Exists(g)) return File.ReadAllText(g).Contains("Microsoft.Testing.Platform", StringComparison.Ordinal);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return false;
    }

    private static Type? FindDeclaringType(string member)
    {
        if (member.Length == 0) return null;
        var frames = new StackTrace(1, false).GetFrames();
        foreach (var f in frames)
        {
            var m = f.GetMethod();
            var t = m?.DeclaringType;
            if (m is null || t is null || t.Assembly == typeof(CallSite).Assembly) continue;
            if (m.Name == member || IsGeneratedFor(m.Name, member)) return Outermost(t);
            if (IsGeneratedFor(t.Name, member)) return Outermost(t); // async state machine <Member>d__N.MoveNext
        }
        return null;
    }

    /// <summary>True for compiler-generated names of code inside <paramref name="member"/>: <c>&lt;Member&gt;b__0_0</c>, <c>&lt;Member&gt;g__Local|0_0</c>.</summary>
    private static bool IsGeneratedFor(string name, string member) =>
        name.Length > member.Length + 2 && name[0] == '<' && name.AsSpan(1).StartsWith(member, StringComparison.Ordinal) && name[member.Length + 1] == '>';

    /// <summary>The user-written type around compiler-generated closure and state-machine classes.</summary>
    private static Type Outermost(Type t)
    {
        while (t.DeclaringType is not null && t.Name.StartsWith('<')) t = t.DeclaringType;
        return t;
    }

    /// <summary>The project file in the nearest folder above <paramref name="file"/> that holds exactly one, or null.</summary>
    private static string? FindProject(string file)
    {
        if (file.Length == 0 || !Path.IsPathRooted(file)) return null;
        try
        {
            for (var dir = Path.GetDirectoryName(file); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
            {
                if (!Directory.Exists(dir)) return null;
                var projects = Directory.GetFiles(dir, "*.csproj");
                if (projects.Length == 1) return projects[0];
                if (projects.Length > 1) return null;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }

    private static string Quote(string s)
    {
        foreach (char c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '+' or ':' or '=' or ','))
                return "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        return s;
    }
}
