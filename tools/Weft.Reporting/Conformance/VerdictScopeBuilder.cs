using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Reporting;

/// <summary>
/// States the reach of a verdict: one line per kind of check that ran (with its measured size), and every gap
/// grouped by reason, in the order a reader needs them: missing specs, monitors that observed nothing, algorithms
/// not under the scheduler, TLC not run, then the rest.
/// </summary>
public static class VerdictScopeBuilder
{
    private static readonly (string Kind, string Reason)[] Reasons =
    {
        ("algorithm-without-spec", "algorithms without a TLA+ spec"),
        ("spec-without-algorithm", "specs that no algorithm implements"),
        ("monitor-observed-nothing", "invariants whose monitor never observed an event"),
        ("invariant-without-monitor", "invariants without a working check (no monitor, a missing monitor type, or no conforming trace)"),
        ("algorithm-not-under-scheduler", "algorithms not under the scheduler"),
        ("tlc-not-run", "TLC not run for this report, so the results shown are the manifests' recorded ones"),
        ("test-not-explored", "registered tests not explored"),
        ("spec-without-trace", "specs without a committed trace"),
        ("trace-not-replayed", "specs whose traces were not all replayed"),
        (OrderMutationSection.NotRunGap, "memory-order mutation check not run for this report"),
        (OrderMutationSection.UncoveredGap, "files with atomics call sites no selected test executes (no weakening of their orders was tried)"),
    };

    public static VerdictScope Build(ExplorationSummary exploration, IReadOnlyList<SpecReport> specs, bool tlcRan, IReadOnlyList<Gap> gaps)
    {
        ArgumentNullException.ThrowIfNull(exploration);
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(gaps);
        var done = new List<string>();
        if (exploration.Tests > 0)
            done.Add(string.Create(CultureInfo.InvariantCulture,
                $"{exploration.Tests} tests explored under the scheduler ({ReportWriter.Count(exploration.Iterations)} schedules, {ReportWriter.Count(exploration.Steps)} steps)"));
        done.AddRange(specs.Select(SpecLine));
        int traces = specs.Sum(s => s.Traces.Count), conforming = specs.Sum(s => s.Traces.Count(t => t.Status == TraceStatus.Conforms));
        if (traces > 0) done.Add($"{conforming} of {traces} committed TLC traces replayed against the implementation and conform");
        if (tlcRan) done.Add($"TLC run for this report on {specs.Sum(s => s.Tlc.Count(c => c.Source == "run"))} configurations");
        return new VerdictScope(done, Group(gaps));
    }

    /// <summary>"Treiber: 4 of 5 invariants checked: 3 by monitors in 7 tests (12,345 events), 1 by trace replay (20 traces)".</summary>
    private static string SpecLine(SpecReport s)
    {
        var byMonitor = s.Invariants.Where(i => i.Tests.Count > 0).ToList();
        var byReplay = s.Invariants.Where(i => i.CheckedBy == "trace-replay" && i.ConformingTraces > 0).ToList();
        int tests = byMonitor.SelectMany(i => i.Tests).Distinct().Count();
        long events = byMonitor.SelectMany(i => i.Observations).Sum(o => o.Events ?? 0);
        var parts = new List<string>();
        if (byMonitor.Count > 0)
            parts.Add($"{Names(byMonitor)} by monitors that observed {ReportWriter.Count(events)} events in {tests} tests");
        if (byReplay.Count > 0)
            parts.Add($"{Names(byReplay)} by replaying {byReplay.Max(i => i.ConformingTraces)} conforming traces");
        var how = parts.Count == 0 ? "" : ": " + string.Join("; ", parts);
        return $"{s.Name}: {byMonitor.Count + byReplay.Count} of {s.Invariants.Count} invariants checked{how}";
    }

    private static string Names(IEnumerable<InvariantReport> invariants) => string.Join(", ", invariants.Select(i => i.Name));

    private static IReadOnlyList<UncheckedGroup> Group(IReadOnlyList<Gap> gaps)
    {
        var groups = new List<UncheckedGroup>();
        foreach (var (kind, reason) in Reasons)
        {
            var subjects = gaps.Where(g => g.Kind == kind).Select(g => g.Subject).Distinct().ToList();
            if (subjects.Count > 0) groups.Add(new UncheckedGroup(kind, reason, subjects));
        }
        foreach (var g in gaps.Where(g => !Reasons.Any(r => r.Kind == g.Kind)).GroupBy(g => g.Kind))
            groups.Add(new UncheckedGroup(g.Key, g.Key, g.Select(x => x.Subject).Distinct().ToList()));
        return groups;
    }
}
