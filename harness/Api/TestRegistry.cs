using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Weft;

/// <summary>
/// Registers a public static parameterless method as a Weft test, explorable by <c>weft explore</c> and
/// replayable by <c>weft replay</c>. Options left at 0 take the engine defaults.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class WeftTestAttribute : Attribute
{
    public WeftTestAttribute(string id) => Id = id;

    public string Id { get; }
    public string Description { get; set; } = "";

    /// <summary>A negative control: a seeded bug the engine must find. <see cref="ExpectedBug"/> says which kind.</summary>
    public bool NegativeControl { get; set; }
    public BugKind ExpectedBug { get; set; } = BugKind.Assertion;

    /// <summary>
    /// For a negative control seeded to break one invariant: the name of the monitor that must report it
    /// (<see cref="PropertyMonitor.Name"/>, e.g. <c>NoDoubleFreeMonitor</c>); null when any bug of
    /// <see cref="ExpectedBug"/>'s kind counts.
    /// </summary>
    public string? ExpectedMonitor { get; set; }

    /// <summary>The iteration budget within which the default strategy must catch a negative control (and which a correct variant must pass).</summary>
    public int Budget { get; set; }

    public int MaxSteps { get; set; }
    public int SpuriousWakeups { get; set; }
    public int LivenessThreshold { get; set; }
    public int WatchdogMilliseconds { get; set; }

    /// <summary>Monitor types (with public parameterless constructors) attached to every iteration.</summary>
    public Type[] Monitors { get; set; } = Array.Empty<Type>();

    /// <summary>
    /// The memory model this test is pinned to (<c>"sc"</c>, <c>"tso"</c> or <c>"ra"</c>), or empty to follow the run's
    /// (<c>--memory-model</c>, <c>WEFT_MEMORY_MODEL</c>). Litmus tests and weak-memory negative controls pin theirs; an
    /// explicit <c>--memory-model</c> on the command line still overrides it.
    /// </summary>
    public string MemoryModel { get; set; } = "";
}

/// <summary>A test found by <see cref="TestRegistry"/>.</summary>
public sealed record RegisteredTest(string Id, string Description, Action Body, bool NegativeControl, BugKind ExpectedBug, int Budget, CheckOptions BaseOptions)
{
    /// <summary>The monitor a negative control must be caught by (<see cref="WeftTestAttribute.ExpectedMonitor"/>), or null.</summary>
    public string? ExpectedMonitor { get; init; }

    /// <summary>The memory model the test is pinned to (<see cref="WeftTestAttribute.MemoryModel"/>), or null.</summary>
    public MemoryModel? PinnedMemoryModel { get; init; }

    /// <summary>
    /// True when <paramref name="bug"/> is the one this negative control seeds: of <see cref="ExpectedBug"/>'s kind and,
    /// when <see cref="ExpectedMonitor"/> is given, reported by that monitor (a control caught by another monitor, or as
    /// another kind of bug, is not caught: its defect did not break the invariant it was seeded to break).
    /// </summary>
    public bool IsExpectedBug(BugReport? bug) =>
        bug is not null && bug.Kind == ExpectedBug && (ExpectedMonitor is null || string.Equals(bug.Monitor, ExpectedMonitor, StringComparison.Ordinal));

    /// <summary>Options for exploring this test: the test's own bounds layered over <paramref name="options"/>.</summary>
    public CheckOptions Apply(CheckOptions options)
    {
        var o = options with { TestId = Id };
        if (BaseOptions.MaxSteps != CheckOptions.Default.MaxSteps && options.MaxSteps == CheckOptions.Default.MaxSteps) o = o with { MaxSteps = BaseOptions.MaxSteps };
        if (BaseOptions.SpuriousWakeups != 0) o = o with { SpuriousWakeups = BaseOptions.SpuriousWakeups };
        if (BaseOptions.LivenessThreshold != 0) o = o with { LivenessThreshold = BaseOptions.LivenessThreshold };
        if (BaseOptions.WatchdogTimeout != CheckOptions.Default.WatchdogTimeout) o = o with { WatchdogTimeout = BaseOptions.WatchdogTimeout };
        if (PinnedMemoryModel is { } model) o = o with { MemoryModel = model };
        if (BaseOptions.Monitors.Count > 0) o = o with { Monitors = options.Monitors.Concat(BaseOptions.Monitors).ToArray() }; // the caller's monitors too
        return o;
    }
}

/// <summary>Discovers <see cref="WeftTestAttribute"/> methods.</summary>
public static class TestRegistry
{
    public static IReadOnlyList<RegisteredTest> Discover(params Assembly[] assemblies)
    {
        var list = new List<RegisteredTest>();
        var seen = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var asm in assemblies)
        {
            foreach (var type in asm.GetTypes())
            {
                foreach (var m in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
                {
                    var a = m.GetCustomAttribute<WeftTestAttribute>();
                    if (a is null) continue;
                    if (m.GetParameters().Length != 0 || m.ReturnType != typeof(void))
                        throw new InvalidOperationException($"[WeftTest(\"{a.Id}\")] {type.FullName}.{m.Name} must be 'public static void' with no parameters");
                    if (!seen.TryAdd(a.Id, m))
                        throw new InvalidOperationException($"duplicate Weft test id '{a.Id}': {seen[a.Id].DeclaringType!.FullName}.{seen[a.Id].Name} and {type.FullName}.{m.Name}");
                    var body = (Action)Delegate.CreateDelegate(typeof(Action), m);
                    var o = CheckOptions.Default with { TestId = a.Id };
                    if (a.MaxSteps > 0) o = o with { MaxSteps = a.MaxSteps };
                    if (a.SpuriousWakeups > 0) o = o with { SpuriousWakeups = a.SpuriousWakeups };
                    if (a.LivenessThreshold > 0) o = o with { LivenessThreshold = a.LivenessThreshold };
                    if (a.WatchdogMilliseconds > 0) o = o with { WatchdogTimeout = TimeSpan.FromMilliseconds(a.WatchdogMilliseconds) };
                    if (a.Monitors.Length > 0)
                        o = o with { Monitors = a.Monitors.Select(t => (Func<PropertyMonitor>)(() => (PropertyMonitor)Activator.CreateInstance(t)!)).ToArray() };
                    MemoryModel? pinned = null;
                    if (a.MemoryModel.Length > 0)
                    {
                        if (!MemoryModels.TryParse(a.MemoryModel, out var model, out var error))
                            throw new InvalidOperationException($"[WeftTest(\"{a.Id}\")] {type.FullName}.{m.Name}: MemoryModel: {error}");
                        pinned = model;
                    }
                    list.Add(new RegisteredTest(a.Id, a.Description, body, a.NegativeControl, a.ExpectedBug, a.Budget > 0 ? a.Budget : 1000, o)
                    {
                        ExpectedMonitor = a.ExpectedMonitor,
                        PinnedMemoryModel = pinned,
                    });
                }
            }
        }
        list.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return list;
    }

    /// <summary>Selects tests by exact id, else by id prefix (e.g. <c>canonical/</c>), or <c>all</c>.</summary>
    public static IReadOnlyList<RegisteredTest> Select(IReadOnlyList<RegisteredTest> all, string filter)
    {
        if (filter == "all") return all;
        var exact = all.Where(t => t.Id == filter).ToList();
        if (exact.Count > 0) return exact;
        return all.Where(t => t.Id.StartsWith(filter, StringComparison.Ordinal)).ToList();
    }
}
