using System;
using System.Collections.Generic;
using System.Linq;

namespace Weft.Reporting;

/// <summary>
/// Decides what checked one invariant of a spec, from what ran. A scheduler monitor is credited to a test of the spec's
/// algorithms only when, in that test, the monitor was active and observed at least one event of a type it handles
/// (the engine's per-monitor event counts): a monitor that was attached but never fed checked nothing. An invariant
/// whose manifest monitor is <c>trace-replay</c> (TypeOK) is credited to trace replay, never to scheduler tests.
/// </summary>
public static class InvariantCredit
{
    /// <summary>The results and traces an invariant can be credited to.</summary>
    public sealed record Evidence(
        SpecManifest Manifest,
        IReadOnlyList<string> SpecTests,
        IReadOnlyDictionary<string, List<TestResult>> ResultByTest,
        IReadOnlyList<TraceResult> Traces,
        Func<string, bool> MonitorExists);

    public static InvariantReport Build(string name, string kind, Evidence ev, List<Gap> gaps)
    {
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(gaps);
        ev.Manifest.Monitors.TryGetValue(name, out var monitor);
        var subject = $"{ev.Manifest.Spec}.{name}";
        if (monitor is null)
        {
            gaps.Add(new Gap("invariant-without-monitor", subject, $"no monitor is named for it in {ev.Manifest.Path} (monitors:)"));
            return Report(name, kind, monitor, "none", false);
        }
        return monitor == ConformanceBuilder.TraceReplayCheck
            ? ByTraceReplay(name, kind, ev, gaps, subject)
            : ByScheduler(name, kind, monitor, ev, gaps, subject);
    }

    private static InvariantReport ByTraceReplay(string name, string kind, Evidence ev, List<Gap> gaps, string subject)
    {
        // Checked by replaying TLC traces through the spec's refinement mapping (every replayed state must equal the
        // trace's); in place when the spec has replayed traces and all of them conform.
        int conforming = ev.Traces.Count(t => t.Status == TraceStatus.Conforms);
        bool holds = ev.Traces.Count > 0 && conforming == ev.Traces.Count;
        if (!holds)
            gaps.Add(new Gap("invariant-without-monitor", subject, $"checked by trace replay, but {ev.Manifest.Spec} has no conforming replayed trace"));
        return Report(name, kind, ConformanceBuilder.TraceReplayCheck, "trace-replay", holds) with { ConformingTraces = holds ? conforming : 0 };
    }

    private static InvariantReport ByScheduler(string name, string kind, string monitor, Evidence ev, List<Gap> gaps, string subject)
    {
        if (!ev.MonitorExists(monitor))
        {
            gaps.Add(new Gap("invariant-without-monitor", subject, $"{ev.Manifest.Path} names {monitor}, which does not exist"));
            return Report(name, kind, monitor, "none", false);
        }
        var shortName = ShortName(monitor);
        var observations = ev.SpecTests.Where(ev.ResultByTest.ContainsKey).Select(t => Observe(t, ev.ResultByTest[t], shortName)).ToList();
        var credited = observations.Where(o => o.Credited).Select(o => o.Test).ToList();
        if (credited.Count == 0) gaps.Add(new Gap("monitor-observed-nothing", subject, NothingObserved(shortName, ev, observations)));
        return Report(name, kind, monitor, "scheduler", true) with { Tests = credited, Observations = observations };
    }

    /// <summary>Events the monitor observed over a test's results (null when none of them recorded monitor events).</summary>
    private static MonitorObservation Observe(string test, IReadOnlyList<TestResult> results, string monitor)
    {
        var recorded = results.Where(r => r.MonitorEvents is not null).ToList();
        if (recorded.Count == 0) return new MonitorObservation(test, null);
        bool attached = recorded.Any(r => r.MonitorEvents!.ContainsKey(monitor));
        return new MonitorObservation(test, recorded.Sum(r => r.MonitorEvents!.GetValueOrDefault(monitor)), attached);
    }

    private static string NothingObserved(string monitor, Evidence ev, IReadOnlyList<MonitorObservation> observations)
    {
        if (ev.SpecTests.Count == 0) return $"{monitor} is not credited: no registered test of {ev.Manifest.Spec}'s algorithms exists";
        if (observations.Count == 0) return $"{monitor} is not credited: none of the {ev.SpecTests.Count} tests of {ev.Manifest.Spec}'s algorithms ran";
        if (observations.All(o => o.Events is null))
            return $"{monitor} is not credited: the results of the {observations.Count} tests that ran do not record monitor events";
        if (observations.All(o => !o.Attached || o.Events is null))
            return $"{monitor} is attached to none of the {observations.Count} tests of {ev.Manifest.Spec}'s algorithms that ran";
        return $"{monitor} observed no event in the {observations.Count} tests of {ev.Manifest.Spec}'s algorithms that ran";
    }

    private static InvariantReport Report(string name, string kind, string? monitor, string checkedBy, bool implemented) => new()
    {
        Name = name,
        Kind = kind,
        Monitor = monitor,
        MonitorImplemented = implemented,
        CheckedBy = checkedBy,
        Tests = Array.Empty<string>(),
        Observations = Array.Empty<MonitorObservation>(),
        CaughtBy = Array.Empty<string>(),
    };

    /// <summary>The monitor's report name: the type name without its namespace.</summary>
    public static string ShortName(string monitor) => monitor[(monitor.LastIndexOf('.') + 1)..];
}
