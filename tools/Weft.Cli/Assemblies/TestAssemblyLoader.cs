using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Weft.Rewriter;
using Weft.Schedules;

namespace Weft.Cli.Assemblies;

/// <summary>
/// Loads a user's test assemblies (<c>weft ... --assembly path/to/MyTests.dll</c>) into this process and finds their
/// <see cref="WeftTestAttribute"/> tests, by the same rules as Weft's own scenarios (<see cref="TestRegistry"/>).
/// <para>
/// A test assembly references the <c>Weft</c> package: the controlled build of the atomics and threads, and the
/// harness. It is loaded into the default load context, so those references bind to this tool's own copies: the
/// user's code and the scheduler share one <c>Weft.Harness</c> and one controlled atomics layer (two copies would
/// give two schedulers, and the user's atomics would not be scheduling points of this one). The assembly's other
/// dependencies are found beside it, through its <c>.deps.json</c> when there is one.
/// </para>
/// Every failure is an input error naming the file and what was expected: a missing file, a file that is not a .NET
/// assembly, an assembly built against a newer Weft than the tool, or against its production build, one without
/// tests, and a test id that two assemblies both declare.
/// </summary>
internal static class TestAssemblyLoader
{
    private const string Expected = "expected the .dll that building your test project writes (bin/<Configuration>/net10.0/<Project>.dll)";

    /// <summary>The assemblies of the Weft package that this tool carries and binds a test assembly's references to.</summary>
    private static readonly Assembly[] WeftAssemblies =
    {
        typeof(Checker).Assembly,                  // Weft.Harness
        typeof(Weft.Atomics.AtomicInt32).Assembly, // Weft.Impl.Controlled
        typeof(Weft.Models.Operation).Assembly, // Weft.Models
    };

    private static readonly object Gate = new();
    private static readonly List<string> Folders = new();
    private static readonly List<string> RewrittenFolders = new();
    private static readonly List<AssemblyDependencyResolver> Resolvers = new();
    private static bool _hooked;

    /// <summary>
    /// Loads <paramref name="paths"/> (a path given twice is loaded once) and returns their tests sorted by id; registers
    /// each test's assembly for the schedules (<see cref="ScheduleProvenance"/>). Notes (a Weft version that differs
    /// from the tool's) go to <paramref name="warn"/>.
    /// </summary>
    public static IReadOnlyList<RegisteredTest> Load(IReadOnlyList<string> paths, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var tests = new List<RegisteredTest>();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var shown = Shown(path, paths);
            var assembly = LoadOne(path, shown, warn);
            var found = TestRegistry.DiscoverIn(assembly, shown);
            if (found.Count == 0)
                throw new WeftInputException($"{shown}: no Weft tests in {assembly.GetName().Name}; expected public static void methods marked [WeftTest(\"id\")] (namespace Weft, in the Weft package)");
            var record = TestAssemblyRecord.Of(assembly.GetName().Name!, path);
            foreach (var t in found)
            {
                if (owner.TryGetValue(t.Id, out var other))
                    throw new WeftInputException($"{shown}: duplicate Weft test id '{t.Id}': {other} declares it too; expected each id once across the --assembly files");
                owner[t.Id] = shown;
                ScheduleProvenance.Register(t.Id, record);
                tests.Add(t);
            }
        }
        tests.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return tests;
    }

    /// <summary>The path as the user typed it when it names <paramref name="full"/>, else the full path.</summary>
    private static string Shown(string full, IReadOnlyList<string> typed) =>
        typed.FirstOrDefault(p => string.Equals(Path.GetFullPath(p), full, StringComparison.Ordinal)) ?? full;

    private static Assembly LoadOne(string path, string shown, Action<string> warn)
    {
        if (Directory.Exists(path)) throw new WeftInputException($"{shown}: is a folder; {Expected}");
        if (!File.Exists(path)) throw new WeftInputException($"{shown}: no such file; {Expected}");
        InputFile.CheckRegular(path, "a test assembly", shown);
        AssemblyName name;
        try
        {
            name = AssemblyName.GetAssemblyName(path);
        }
        catch (BadImageFormatException)
        {
            throw new WeftInputException($"{shown}: not a .NET assembly; {Expected}");
        }
        if (AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name) || a.GetName().Name == name.Name) is { } loaded)
        {
            if (!loaded.IsDynamic && (string.Equals(loaded.Location, path, StringComparison.Ordinal) || RewrittenFrom.TryGetValue(loaded.Location, out var from) && from == path)) return loaded;
            throw new WeftInputException($"{shown}: an assembly named {name.Name} is already loaded from {(loaded.IsDynamic ? "memory" : loaded.Location)} (part of the weft tool); expected a test assembly with a name of its own");
        }
        var loadPath = Rewritten(path, shown);
        Hook(path, Path.GetDirectoryName(loadPath)!);
        Assembly assembly;
        try
        {
            assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(loadPath);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            throw new WeftInputException($"{shown}: cannot be loaded ({e.Message}); {Expected}");
        }
        CheckWeftReferences(assembly, path, shown, warn);
        return assembly;
    }

    /// <summary>
    /// Refuses an assembly built against the production build of the implementation (its atomics are not scheduling
    /// points) or against a newer Weft than this tool; notes a Weft of another build beside the assembly.
    /// </summary>
    private static void CheckWeftReferences(Assembly assembly, string path, string shown, Action<string> warn)
    {
        var references = assembly.GetReferencedAssemblies();
        if (references.Any(r => r.Name == "Weft.Impl"))
            throw new WeftInputException($"{shown}: references Weft.Impl, the production build, whose atomics are not scheduling points; expected a reference to the Weft package (the controlled build, Weft.Impl.Controlled)");
        foreach (var weft in WeftAssemblies)
        {
            var own = weft.GetName();
            var wanted = references.FirstOrDefault(r => r.Name == own.Name);
            if (wanted?.Version is null || own.Version is null) continue;
            if (wanted.Version > own.Version)
                throw new WeftInputException($"{shown}: built against {own.Name} {wanted.Version}, newer than this weft tool's {own.Version}; expected a weft tool of the same version as the Weft package (dotnet tool update Weft.Tool --version ...)");
        }
        var ours = Checker.ToolVersion["weft ".Length..].Split('+')[0];
        if (PackageVersion(Path.ChangeExtension(path, ".deps.json")) is { } theirs && theirs != ours)
            warn($"warning: {shown} was built against the Weft package {theirs}; this weft tool is {ours} and runs the tests with its own Weft (install the tool of the package's version)");
    }

    /// <summary>The version of the Weft package a build's <c>.deps.json</c> names (<c>"Weft/0.1.0"</c>), or null.</summary>
    private static string? PackageVersion(string depsJson)
    {
        if (!File.Exists(depsJson)) return null;
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(depsJson));
            if (!doc.RootElement.TryGetProperty("libraries", out var libraries) || libraries.ValueKind != System.Text.Json.JsonValueKind.Object) return null;
            foreach (var library in libraries.EnumerateObject())
                if (library.Name.StartsWith("Weft/", StringComparison.Ordinal)) return library.Name["Weft/".Length..];
            return null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // a deps file we cannot read is no reason to refuse the assembly: it only feeds this note
        }
    }

    /// <summary>
    /// The copy of <paramref name="path"/> that runs: rewritten, with the assemblies beside it that it references, into the
    /// rewrite cache (<see cref="RewriteCache"/>), so that their <c>Interlocked</c>, <c>lock</c>, <c>Volatile</c> and
    /// <c>Thread</c> calls are scheduling points; the assembly itself with <c>WEFT_REWRITE=0</c>.
    /// </summary>
    private static string Rewritten(string path, string shown)
    {
        if (Environment.GetEnvironmentVariable(RewriteVariable) == "0") return path;
        string rewritten;
        try
        {
            rewritten = RewriteCache.Prepare(path);
        }
        catch (WeftInputException e)
        {
            throw new WeftInputException($"{shown}: cannot be rewritten for the scheduler ({e.Message}); {Expected}", e);
        }
        catch (IOException e)
        {
            throw new WeftInputException($"{shown}: the rewrite cache {RewriteCache.Root} cannot be written ({e.Message}); expected a writable folder (set {RewriteCache.Variable})", e);
        }
        lock (Gate) RewrittenFrom[rewritten] = path;
        return rewritten;
    }

    /// <summary>Set to 0, <c>--assembly</c> loads assemblies as they are, without rewriting them.</summary>
    public const string RewriteVariable = "WEFT_REWRITE";

    private static readonly Dictionary<string, string> RewrittenFrom = new(StringComparer.Ordinal);

    /// <summary>
    /// Resolves the test assemblies' own dependencies: first from the folder of the copy that runs (the rewritten
    /// dependencies), then from their own folders (their .deps.json when present).
    /// </summary>
    private static void Hook(string path, string loadFolder)
    {
        lock (Gate)
        {
            if (!string.Equals(loadFolder, Path.GetDirectoryName(path), StringComparison.Ordinal)) RewrittenFolders.Add(loadFolder);
            Folders.Add(Path.GetDirectoryName(path)!);
            if (File.Exists(Path.ChangeExtension(path, ".deps.json")))
            {
                try
                {
                    Resolvers.Add(new AssemblyDependencyResolver(path));
                }
                catch (InvalidOperationException)
                {
                    // A .deps.json the host cannot read: the folder probing below still finds what sits beside the assembly.
                }
            }
            if (_hooked) return;
            _hooked = true;
        }
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (WeftAssemblies.Any(w => w.GetName().Name == name.Name)) return null; // only the tool's own copy
            lock (Gate)
            {
                foreach (var folder in RewrittenFolders)
                {
                    var rewritten = Path.Combine(folder, name.Name + ".dll");
                    if (File.Exists(rewritten)) return context.LoadFromAssemblyPath(rewritten);
                }
                foreach (var r in Resolvers)
                    if (r.ResolveAssemblyToPath(name) is { } resolved) return context.LoadFromAssemblyPath(resolved);
                foreach (var folder in Folders)
                {
                    var candidate = Path.Combine(folder, name.Name + ".dll");
                    if (File.Exists(candidate)) return context.LoadFromAssemblyPath(candidate);
                }
            }
            return null;
        };
    }
}
