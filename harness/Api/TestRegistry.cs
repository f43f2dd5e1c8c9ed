using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Weft;

/// <summary>
/// Discovers <see cref="WeftTestAttribute"/> methods: Weft's own scenarios (<see cref="Discover"/>) and a user's
/// test assembly loaded by the <c>weft</c> tool (<see cref="DiscoverIn"/>), by the same rules.
/// </summary>
public static class TestRegistry
{
    /// <summary>The tests of <paramref name="assemblies"/>, sorted by id. A malformed declaration is a programming error.</summary>
    public static IReadOnlyList<RegisteredTest> Discover(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var list = new List<RegisteredTest>();
        var seen = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var asm in assemblies)
            list.AddRange(Collect(asm, seen, message => new InvalidOperationException(message), assemblyPath: null));
        list.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return list;
    }

    /// <summary>
    /// The tests of a user's assembly loaded from <paramref name="path"/>, sorted by id; each carries the path
    /// (<see cref="RegisteredTest.AssemblyPath"/>). A malformed declaration, a duplicate id or a type that cannot be
    /// loaded is the user's input error, naming the file and what was expected.
    /// </summary>
    public static IReadOnlyList<RegisteredTest> DiscoverIn(Assembly assembly, string path)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var seen = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        var list = Collect(assembly, seen, message => new WeftInputException($"{path}: {message}"), path);
        list.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return list;
    }

    private static List<RegisteredTest> Collect(Assembly asm, Dictionary<string, MethodInfo> seen, Func<string, Exception> error, string? assemblyPath)
    {
        var list = new List<RegisteredTest>();
        foreach (var type in Types(asm, error))
        {
            const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            foreach (var m in type.GetMethods(All))
            {
                var a = m.GetCustomAttribute<WeftTestAttribute>();
                if (a is null) continue;
                var where = $"[WeftTest(\"{a.Id}\")] {type.FullName}.{m.Name}";
                if (!m.IsPublic || !m.IsStatic || m.GetParameters().Length != 0 || (m.ReturnType != typeof(void) && m.ReturnType != typeof(System.Threading.Tasks.Task)) || m.IsGenericMethodDefinition)
                    throw error($"{where}: expected a 'public static void' or 'public static async Task' method with no parameters");
                if (string.IsNullOrWhiteSpace(a.Id) || a.Id.Any(char.IsWhiteSpace))
                    throw error($"{where}: expected a test id without spaces, such as 'counter/lost-update'");
                if (!seen.TryAdd(a.Id, m))
                    throw error($"duplicate Weft test id '{a.Id}': {seen[a.Id].DeclaringType!.FullName}.{seen[a.Id].Name} and {type.FullName}.{m.Name}");
                list.Add(Register(a, m, where, error) with { AssemblyPath = assemblyPath });
            }
        }
        return list;
    }

    /// <summary>The assembly's types; a type that cannot be loaded (a missing dependency) names what is missing.</summary>
    private static Type[] Types(Assembly asm, Func<string, Exception> error)
    {
        try
        {
            return asm.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            var reasons = e.LoaderExceptions.Where(x => x is not null).Select(x => x!.Message).Distinct(StringComparer.Ordinal).Take(3);
            throw error($"cannot load its types ({string.Join("; ", reasons)}); expected its dependencies beside it (build the project, and pass the .dll from its bin folder)");
        }
    }

    private static RegisteredTest Register(WeftTestAttribute a, MethodInfo m, string where, Func<string, Exception> error)
    {
        if (a.Budget < 0) throw error($"{where}: Budget {a.Budget}: expected a number of iterations (at least 1), or 0 for the default");
        // An async test (a method returning Task) runs under the controlled synchronization context and task scheduler.
        var body = m.ReturnType == typeof(System.Threading.Tasks.Task)
            ? Threading.Async.WeftAsync.Test((Func<System.Threading.Tasks.Task>)Delegate.CreateDelegate(typeof(Func<System.Threading.Tasks.Task>), m))
            : (Action)Delegate.CreateDelegate(typeof(Action), m);
        var o = CheckOptions.Default with { TestId = a.Id };
        if (a.MaxSteps > 0) o = o with { MaxSteps = a.MaxSteps };
        if (a.SpuriousWakeups > 0) o = o with { SpuriousWakeups = a.SpuriousWakeups };
        if (a.LivenessThreshold > 0) o = o with { LivenessThreshold = a.LivenessThreshold };
        if (a.RaceDetector) o = o with { RaceDetector = true };
        if (a.WatchdogMilliseconds > 0) o = o with { WatchdogTimeout = TimeSpan.FromMilliseconds(a.WatchdogMilliseconds) };
        if (a.Monitors.Length > 0)
        {
            foreach (var t in a.Monitors)
            {
                if (!typeof(PropertyMonitor).IsAssignableFrom(t) || t.IsAbstract || t.GetConstructor(Type.EmptyTypes) is null)
                    throw error($"{where}: Monitors: {t.FullName} is not a PropertyMonitor with a public parameterless constructor");
            }
            o = o with { Monitors = a.Monitors.Select(t => (Func<PropertyMonitor>)(() => (PropertyMonitor)Activator.CreateInstance(t)!)).ToArray() };
        }
        MemoryModel? pinned = null;
        if (a.MemoryModel.Length > 0)
        {
            if (!MemoryModels.TryParse(a.MemoryModel, out var model, out var modelError))
                throw error($"{where}: MemoryModel: {modelError}");
            pinned = model;
        }
        if (a.Strategy.Length > 0 && !Strategies.StrategyFactory.IsKnown(a.Strategy))
            throw error($"{where}: Strategy: unknown strategy '{a.Strategy}'; expected one of {string.Join(", ", Strategies.StrategyFactory.Names)}");
        return new RegisteredTest(a.Id, a.Description, body, a.NegativeControl, a.ExpectedBug, a.Budget > 0 ? a.Budget : 1000, o)
        {
            ExpectedMonitor = a.ExpectedMonitor,
            PinnedMemoryModel = pinned,
            PinnedStrategy = a.Strategy.Length > 0 ? a.Strategy : null,
        };
    }

    /// <summary>Selects tests by exact id, else by id prefix (e.g. <c>canonical/</c>), or <c>all</c>.</summary>
    public static IReadOnlyList<RegisteredTest> Select(IReadOnlyList<RegisteredTest> all, string filter)
    {
        ArgumentNullException.ThrowIfNull(all);
        if (filter == "all") return all;
        var exact = all.Where(t => t.Id == filter).ToList();
        if (exact.Count > 0) return exact;
        return all.Where(t => t.Id.StartsWith(filter, StringComparison.Ordinal)).ToList();
    }
}
