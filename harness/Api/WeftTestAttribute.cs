using System;

namespace Weft;

/// <summary>
/// Registers a <c>public static void</c> (or <c>public static async Task</c>: an async test, see
/// <see cref="Threading.Async.WeftAsync"/>) parameterless method as a Weft test: <c>weft list</c>, <c>explore</c>,
/// <c>nightly</c>, <c>merge</c> and <c>conform</c> find it, and <c>weft replay</c> re-runs its schedules. The same
/// attribute registers Weft's own scenarios (tests/Weft.Scenarios) and a user's tests in any assembly that references
/// the <c>Weft</c> package (<c>weft explore all --assembly path/to/MyTests.dll</c>). Ids are unique across every
/// assembly a run loads. Options left at 0 take the engine defaults.
/// </summary>
/// <example>
/// <code>
/// [WeftTest("counter/lost-update", Budget = 500, NegativeControl = true, ExpectedBug = BugKind.Assertion)]
/// public static void LostUpdate() { ... WeftThread.Start(...), atomics, Checker.Assert(...) ... }
/// </code>
/// </example>
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

    /// <summary>
    /// The strategy this test is pinned to (a name of <see cref="CheckOptions.Strategy"/>), or empty for the run's. A
    /// pinned strategy replaces the default portfolio; a strategy the caller names explicitly still wins. For tests whose
    /// bug only one strategy's schedules can show (a livelock: <c>periodic</c>).
    /// </summary>
    public string Strategy { get; set; } = "";

    /// <summary>Runs this test with the data-race detector on (<see cref="CheckOptions.RaceDetector"/>) whatever the run's setting: its negative controls need it.</summary>
    public bool RaceDetector { get; set; }
}
