using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Diagnostics.CodeAnalysis;
using Weft.Engine;
using Weft.Schedules;
using Weft.Strategies;

namespace Weft;

/// <summary>
/// The test author's entry point (the role of <c>loom::model</c> or Coyote's <c>TestingEngine</c>):
/// <code>
/// [Fact] public void Counter() => Checker.Check(() => { ... spawn, atomics, Checker.Assert ... }, CheckOptions.Default);
/// </code>
/// The body runs as controlled thread 0 once per iteration; it spawns threads with <c>WeftThread.Start</c>
/// and touches shared memory only through the atomics layer, so that every access is a scheduling point.
/// </summary>
public static class Checker
{
    /// <summary>The tool version, with the commit it was built from (<c>0.1.0+abc123</c>).</summary>
    public static string ToolVersion { get; } =
        "weft " + (typeof(Checker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    /// <summary>The commit this build came from, or <c>unknown</c>.</summary>
    public static string Commit
    {
        get
        {
            var v = ToolVersion;
            int plus = v.IndexOf('+', StringComparison.Ordinal);
            return plus >= 0 ? v[(plus + 1)..] : "unknown";
        }
    }

    /// <summary>
    /// Explores <paramref name="body"/> and throws <see cref="WeftBugException"/> (with the replay command) on the first bug.
    /// Called from a test method without <see cref="CheckOptions.TestId"/>, the schedules are named after that method
    /// (<c>Namespace.Class.Method</c>) and the replay command re-runs it with <c>WEFT_REPLAY=&lt;schedule&gt;</c>, which makes
    /// this same call replay the schedule (and print the interleaving) instead of exploring.
    /// </summary>
    public static ExplorationResult Check(Action body, CheckOptions? options = null,
        [CallerMemberName] string callerMember = "", [CallerFilePath] string callerFile = "")
    {
        var r = ExploreFrom(body, options, callerMember, callerFile);
        if (r.Bug is { } b) throw new WeftBugException(b);
        return r;
    }

    /// <summary>
    /// Explores <paramref name="body"/> and returns the result, bugs included, without throwing. Schedules and
    /// <c>WEFT_REPLAY</c> work as for <see cref="Check"/>.
    /// </summary>
    public static ExplorationResult Explore(Action body, CheckOptions? options = null,
        [CallerMemberName] string callerMember = "", [CallerFilePath] string callerFile = "") =>
        ExploreFrom(body, options, callerMember, callerFile);

    private static ExplorationResult ExploreFrom(Action body, CheckOptions? options, string callerMember, string callerFile)
    {
        ArgumentNullException.ThrowIfNull(body);
        options ??= CheckOptions.Default;
        if (ControlledThread.Current is not null) throw new InvalidOperationException("Checker.Explore cannot be nested inside a controlled test");
        CallSite? site = null;
        if (options.TestId is null)
        {
            // Not a registered test (those carry their id and replay through `weft replay`): a user's test method.
            site = CallSite.Find(callerMember, callerFile);
            options = options with { TestId = site.TestId };
            if (Environment.GetEnvironmentVariable(CallSite.ReplayVariable) is { Length: > 0 } path)
                return ReplayFromEnvironment(path, body, options, site);
        }
        Rewriting.UnrewrittenCodeWarning.Check(body, Console.Error.WriteLine);
        using var rt = new ControlledRuntime(options, StrategyFactory.Create(options)) { CallSite = site };
        return rt.Explore(body, options.TestId!);
    }

    /// <summary>
    /// The <c>WEFT_REPLAY</c> run of a user's test: replays the named schedule (which must belong to this test) once,
    /// with the interleaving log, instead of exploring. A replay that no longer fails (the bug was fixed) passes.
    /// </summary>
    private static ExplorationResult ReplayFromEnvironment(string path, Action body, CheckOptions options, CallSite site)
    {
        Schedule schedule;
        try
        {
            schedule = ScheduleFile.Read(path);
        }
        catch (WeftInputException e)
        {
            throw new WeftInputException($"{CallSite.ReplayVariable}: {e.Message}", e);
        }
        if (!string.Equals(schedule.TestId, site.TestId, StringComparison.Ordinal))
            throw new WeftInputException(
                $"{CallSite.ReplayVariable}={path} is a schedule of test '{schedule.TestId}', not of '{site.TestId}': " +
                $"run only that test (--filter-method {schedule.TestId}) or unset {CallSite.ReplayVariable} to explore");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var replay = Replay(schedule, body, options);
        var bugs = new List<BugReport>();
        if (replay.Bug is { } b)
        {
            var recorded = schedule.Bug is { } sb ? $"recorded: {BugReport.KindText(sb.Kind)} at step {sb.Step.ToString(CultureInfo.InvariantCulture)}" : "recorded without a bug";
            bugs.Add(b with
            {
                SchedulePath = path,
                ReplayCommand = site.ReplayCommand(path),
                ReplayedFrom = $"{System.IO.Path.GetFullPath(path)} ({(replay.Reproduced ? "the recorded bug, at the same step" : recorded)})",
                ReplayLog = replay.LogLines,
            });
        }
        return new ExplorationResult
        {
            TestId = site.TestId,
            Strategy = "replay",
            Iterations = 1,
            Steps = replay.Steps,
            Elapsed = clock.Elapsed,
            Exhausted = false,
            Bugs = bugs,
            IterationsByStrategy = new Dictionary<string, int>(StringComparer.Ordinal) { ["replay"] = 1 },
        };
    }

    /// <summary>
    /// Replays a schedule file against <paramref name="body"/> in this process (set a breakpoint in the body and
    /// step through the failing interleaving). Returns the bug it reproduces, or null if the schedule ends cleanly.
    /// </summary>
    public static ReplayResult Replay(string schedulePath, Action body, CheckOptions? options = null) =>
        Replay(ScheduleFile.Read(schedulePath), body, options);

    /// <summary>Replays an in-memory schedule (for example <c>report.Schedule</c>).</summary>
    public static ReplayResult Replay(Schedule schedule, Action body, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(body);
        var o = schedule.ApplyTo(options ?? CheckOptions.Default) with { RecordLog = true };
        using var rt = new ControlledRuntime(o, new RandomStrategy(0));
        var outcome = rt.Replay(body, schedule, log: true);
        return new ReplayResult(schedule, outcome.Bug, outcome.Steps, outcome.Log);
    }

    /// <summary>
    /// Minimizes a failing schedule file against <paramref name="body"/>: the result fails the same way (same kind,
    /// monitor and place; see <see cref="FailureSignature"/>) with the fewest preemptions, then the fewest steps, that
    /// delta debugging finds within <see cref="CheckOptions.MinimizeReplays"/> and <see cref="CheckOptions.MinimizeTimeBudget"/>.
    /// Throws <see cref="WeftInputException"/> when the schedule does not fail when replayed.
    /// </summary>
    public static MinimizationResult Minimize(string schedulePath, Action body, CheckOptions? options = null) =>
        Minimize(ScheduleFile.Read(schedulePath), body, options, System.IO.Path.GetFileName(schedulePath));

    /// <summary>Minimizes an in-memory schedule (for example <c>report.Schedule</c>); see the overload above.</summary>
    public static MinimizationResult Minimize(Schedule schedule, Action body, CheckOptions? options = null) =>
        Minimize(schedule, body, options, "(in memory)");

    private static MinimizationResult Minimize(Schedule schedule, Action body, CheckOptions? options, string from)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(body);
        if (ControlledThread.Current is not null) throw new InvalidOperationException("Checker.Minimize cannot be nested inside a controlled test");
        return ScheduleMinimizer.Minimize(schedule, body, options ?? CheckOptions.Default, from);
    }

    /// <summary>Fails the current iteration when <paramref name="condition"/> is false.</summary>
    public static void Assert([DoesNotReturnIf(false)] bool condition, string message = "assertion failed")
    {
        if (condition) return;
        var t = ControlledThread.Current;
        if (t is null) throw new InvalidOperationException("Weft assertion failed outside a controlled test: " + message);
        t.Runtime.FailFromUser(t, message, monitor: null);
    }

    /// <summary>A nondeterministic boolean, resolved by the strategy and recorded in schedules.</summary>
    public static bool ChooseBool() => Choose(2) == 1;

    /// <summary>A nondeterministic integer in [0, <paramref name="count"/>), resolved by the strategy and recorded in schedules.</summary>
    public static int Choose(int count)
    {
        var t = ControlledThread.Current ?? throw new InvalidOperationException("Checker.Choose is only available inside a controlled test");
        return t.Runtime.ChooseValue(t, count);
    }

    /// <summary>Sends <paramref name="e"/> to every monitor of the iteration. Outside a controlled test this does nothing.</summary>
    public static void Emit(object e)
    {
        var t = ControlledThread.Current;
        t?.Runtime.Emit(t, e);
    }

    /// <summary>Sends a typed event to every monitor implementing <see cref="IMonitorOf{T}"/> (no boxing). Outside a controlled test this does nothing.</summary>
    public static void Emit<T>(in T e) where T : struct
    {
        var t = ControlledThread.Current;
        t?.Runtime.Emit(t, in e);
    }

    /// <summary>
    /// Marks a labeled program point: the pc value <paramref name="name"/> of the TLA+ spec this code implements.
    /// A trace replay runs a thread from one label to its next as one spec action; exploration ignores labels.
    /// </summary>
    public static void Label(string name, [System.Runtime.CompilerServices.CallerFilePath] string file = "",
        [System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => SchedulingHooks.Label(name, file, line);

    /// <summary>True when called from a controlled thread.</summary>
    public static bool IsControlled => ControlledThread.Current is not null;

    /// <summary>Id of the calling controlled thread (0 for the test body), or -1 outside a test.</summary>
    public static int CurrentThreadId => ControlledThread.Current?.Id ?? -1;
}
