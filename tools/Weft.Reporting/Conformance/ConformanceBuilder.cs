using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace Weft.Reporting;

/// <summary>Everything a conformance report is built from.</summary>
public sealed record ConformanceInputs
{
    public required string RepoRoot { get; init; }
    public required IReadOnlyList<SpecManifest> Manifests { get; init; }
    public required IReadOnlyList<AlgorithmEntry> Algorithms { get; init; }
    public required IReadOnlyList<RegisteredTest> Registered { get; init; }
    public required MergedResults Results { get; init; }
    public required string ExplorationSource { get; init; }
    public required IReadOnlyList<TraceResult> Traces { get; init; }
    /// <summary>TLC runs made for this report (the verify pipeline's TLC stage), or null: the manifests' recorded results are shown.</summary>
    public IReadOnlyList<TlcRun>? TlcRuns { get; init; }
    /// <summary>The engine's searches of the spec configurations (the verify pipeline's spec-search stage), or null.</summary>
    public IReadOnlyList<SpecSearchRun>? SearchRuns { get; init; }
    /// <summary>Whether a monitor type (full name) exists; by default, searched in the loaded assemblies.</summary>
    public Func<string, bool> MonitorExists { get; init; } = ConformanceBuilder.MonitorTypeExists;
    /// <summary>The date of the last commit of a repository file, or null; by default asked of git.</summary>
    public Func<string, string?> CommitDate { get; init; } = ConformanceBuilder.GitCommitDate;
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>
/// Builds a <see cref="ConformanceReport"/>. Linearizability results are the registered tests whose id contains
/// <c>linearizab</c> (their bodies check every history with <c>LinearizabilityChecker</c>). The tests that check
/// an invariant are the registered tests of the algorithms linked to the spec in <c>docs/algorithms.yaml</c>
/// (the built-in monitors observe every iteration of every test); the negative controls that caught a bug through
/// the invariant's monitor are listed beside them.
/// </summary>
public static class ConformanceBuilder
{
    public static ConformanceReport Build(ConformanceInputs inp)
    {
        ArgumentNullException.ThrowIfNull(inp);
        var results = inp.Results.Results;
        var resultByTest = new Dictionary<string, List<TestResult>>(StringComparer.Ordinal);
        foreach (var r in results)
        {
            if (!resultByTest.TryGetValue(r.Test, out var l)) resultByTest[r.Test] = l = new List<TestResult>();
            l.Add(r);
        }
        var registeredIds = inp.Registered.Select(t => t.Id).ToList();
        var gaps = new List<Gap>();
        var failures = new List<string>();

        // Counterexamples first: the other sections link to them.
        var cxs = new List<CounterexampleReport>();
        foreach (var (b, i) in inp.Results.Bugs.Select((b, i) => (b, i)))
        {
            cxs.Add(new CounterexampleReport
            {
                Id = "cx-" + (i + 1).ToString(CultureInfo.InvariantCulture),
                Tests = b.Tests,
                Expected = b.Expected,
                Kind = b.First.Kind,
                Monitor = b.First.Monitor,
                Location = b.First.Location,
                Message = b.First.Message,
                Step = b.First.Step,
                Thread = b.First.Thread,
                Occurrences = b.Occurrences,
                ReplayCommand = b.First.ReplayCommand,
                Steps = b.First.Steps,
            });
        }
        string? CxOf(string test) => cxs.FirstOrDefault(c => c.Tests.Contains(test))?.Id;

        // Tests.
        var tests = results.Select(r => new TestSummary
        {
            Test = r.Test,
            Shard = r.Shard,
            NegativeControl = r.NegativeControl,
            Verdict = r.Verdict,
            Passed = r.Passed,
            Strategy = r.Strategy,
            Seed = r.Seed,
            Iterations = r.Iterations,
            Steps = r.Steps,
            Seconds = r.ElapsedSeconds,
            Exhausted = r.Exhausted,
            Strategies = r.IterationsByStrategy,
            Bugs = r.Bugs.Count,
            Crash = r.Crash?.Message,
            Rerun = r.RerunCommand,
        }).ToList();
        foreach (var r in results.Where(r => !r.Passed))
        {
            string why = r.Verdict switch
            {
                "CRASH" => r.Crash?.Message ?? "crashed",
                "MISSED" => $"negative control not caught in {r.Iterations} iterations",
                "UNFINISHED" => string.Create(CultureInfo.InvariantCulture, $"negative control not caught in {r.Iterations} iterations; its time ran out before its iteration budget (raise the time budget)"),
                "WRONG" => $"negative control caught as {r.Bugs.FirstOrDefault()?.Kind}, expected {r.ExpectedBug}",
                _ => r.Bugs.FirstOrDefault() is { } b ? $"{b.Kind}{(b.Monitor is null ? "" : " (" + b.Monitor + ")")} at {b.Location}: {b.Message}" : r.Verdict,
            };
            failures.Add($"test {r.Test} [{r.Shard}]: {r.Verdict}: {why}");
        }
        foreach (var id in registeredIds.Where(id => !resultByTest.ContainsKey(id) && !id.StartsWith("bench/", StringComparison.Ordinal)))
            gaps.Add(new Gap("test-not-explored", id, "registered, but no exploration result is part of this report"));

        // Algorithms.
        var algorithms = new List<AlgorithmReport>();
        foreach (var a in inp.Algorithms)
        {
            var ids = registeredIds.Where(a.Covers).ToList();
            var rs = ids.SelectMany(id => resultByTest.TryGetValue(id, out var l) ? l : new List<TestResult>()).ToList();
            algorithms.Add(new AlgorithmReport
            {
                Id = a.Id,
                Name = a.Name,
                Tier = a.Tier,
                Spec = a.Spec,
                Implementation = a.Implementation,
                UnderScheduler = ids.Count > 0,
                Tests = ids,
                Iterations = rs.Sum(r => (long)r.Iterations),
                Steps = rs.Sum(r => r.Steps),
                Seconds = rs.Sum(r => r.ElapsedSeconds),
                Strategies = SumStrategies(rs),
                Exhausted = rs.Where(r => r.Exhausted).Select(r => r.Test).Distinct().ToList(),
                Failures = rs.Count(r => !r.Passed),
            });
            if (ids.Count == 0)
                gaps.Add(new Gap("algorithm-not-under-scheduler", a.Name,
                    a.Tests.Count == 0 ? "no registered test exercises it yet" : $"no registered test matches {string.Join(", ", a.Tests)}"));
        }

        // Specs.
        var specs = new List<SpecReport>();
        var traceBySpec = inp.Traces.GroupBy(t => t.Spec, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var m in inp.Manifests)
        {
            var algs = inp.Algorithms.Where(a => string.Equals(a.Spec, m.Spec, StringComparison.Ordinal)).ToList();
            var specTests = registeredIds.Where(id => algs.Any(a => a.Covers(id))).ToList();
            if (algs.Count == 0)
                gaps.Add(new Gap("spec-without-algorithm", m.Spec, $"no algorithm in {AlgorithmCatalog.RelativePath} names spec {m.Spec}, so no test is linked to its invariants"));
            var invariants = new List<InvariantReport>();
            foreach (var (name, kind) in m.Properties)
            {
                m.Monitors.TryGetValue(name, out var monitor);
                // "trace-replay": the invariant is checked by replaying TLC traces through the spec's refinement mapping
                // (every replayed state must equal the trace's); it is in place when the spec's traces conform.
                bool exists = monitor == TraceReplayCheck
                    ? traceBySpec.TryGetValue(m.Spec, out var replayed) && replayed.Count > 0 && replayed.All(t => t.Conforms == true)
                    : monitor is not null && inp.MonitorExists(monitor);
                if (monitor is null)
                    gaps.Add(new Gap("invariant-without-monitor", $"{m.Spec}.{name}", $"no monitor is named for it in {m.Path} (monitors:)"));
                else if (!exists && monitor == TraceReplayCheck)
                    gaps.Add(new Gap("invariant-without-monitor", $"{m.Spec}.{name}", $"checked by trace replay, but {m.Spec} has no conforming replayed trace"));
                else if (!exists)
                    gaps.Add(new Gap("invariant-without-monitor", $"{m.Spec}.{name}", $"{m.Path} names {monitor}, which does not exist"));
                string? shortName = monitor is null ? null : monitor[(monitor.LastIndexOf('.') + 1)..];
                var caught = shortName is null ? new List<string>() :
                    results.Where(r => r.NegativeControl && r.Passed && specTests.Contains(r.Test) && r.Bugs.Any(b => b.Monitor == shortName))
                        .Select(r => r.Test).Distinct().ToList();
                invariants.Add(new InvariantReport
                {
                    Name = name,
                    Kind = kind,
                    Monitor = monitor,
                    MonitorImplemented = exists,
                    Tests = exists ? specTests : new List<string>(),
                    CaughtBy = caught,
                });
            }
            var tlc = new List<TlcConfigReport>();
            foreach (var c in m.Configs)
            {
                var search = inp.SearchRuns?.FirstOrDefault(r => r.Spec == m.Spec && r.Config == c.Config);
                if (search is { Agrees: false })
                    failures.Add($"spec search {m.Spec}/{c.Config}: TLC finds {c.Expected}, the engine's search {search.Describe()}");
                var run = inp.TlcRuns?.FirstOrDefault(r => r.Spec == m.Spec && r.Config == c.Config);
                if (run is null)
                {
                    tlc.Add(new TlcConfigReport
                    {
                        Config = c.Config, Description = c.Description, Expected = c.Expected, ExpectedViolation = c.ViolatedInvariant,
                        Source = "manifest", Result = c.Expected, ViolatedInvariant = c.ViolatedInvariant,
                        StatesGenerated = c.StatesGenerated, DistinctStates = c.DistinctStates, Depth = c.Depth, TlcVersion = m.TlcVersion,
                        Search = search,
                    });
                }
                else
                {
                    tlc.Add(new TlcConfigReport
                    {
                        Config = c.Config, Description = c.Description, Expected = c.Expected, ExpectedViolation = c.ViolatedInvariant,
                        Source = "run", Result = run.Result, ViolatedInvariant = run.ViolatedInvariant,
                        StatesGenerated = run.StatesGenerated, DistinctStates = run.DistinctStates, Depth = run.Depth, TlcVersion = run.TlcVersion,
                        Date = run.Date, Matches = run.Matches, Detail = run.Detail, Search = search,
                    });
                    if (!run.Matches) failures.Add($"TLC {m.Spec}/{c.Config}: {run.Detail}");
                }
            }
            var traces = traceBySpec.TryGetValue(m.Spec, out var tl) ? tl : new List<TraceResult>();
            if (traces.Count == 0) gaps.Add(new Gap("spec-without-trace", m.Spec, $"spec {m.Spec} has no trace under traces/{m.Spec}/"));
            else if (traces.Any(t => !t.Replayed))
                gaps.Add(new Gap("trace-not-replayed", m.Spec, $"{traces.Count(t => !t.Replayed)} of {traces.Count} traces of {m.Spec} were not replayed"));
            foreach (var t in traces.Where(t => t.Conforms == false)) failures.Add($"trace {t.File}: does not conform: {t.Divergence}");
            var tlaPath = Path.Combine(inp.RepoRoot, m.TlaFile);
            specs.Add(new SpecReport
            {
                Name = m.Spec,
                TlaFile = m.TlaFile,
                SpecSha256 = File.Exists(tlaPath) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(tlaPath))) : "",
                Manifest = m.Path,
                ManifestDate = inp.CommitDate(m.Path),
                TlcVersion = m.TlcVersion,
                Algorithms = algs.Select(a => a.Id).ToList(),
                Invariants = invariants,
                Tlc = tlc,
                Traces = traces,
            });
        }
        if (inp.TlcRuns is null && inp.Manifests.Count > 0)
            gaps.Add(new Gap("tlc-not-run", "all specs", "TLC did not run for this report; the results shown are those recorded in each manifest.yaml"));

        var controls = results.Where(r => r.NegativeControl).Select(r => new ControlReport(
            r.Test, r.ExpectedBug, r.Passed, r.Verdict, r.Bugs.FirstOrDefault()?.Monitor, r.Iterations, CxOf(r.Test))).ToList();
        var lin = results.Where(r => r.Test.Contains("linearizab", StringComparison.Ordinal))
            .Select(r => new LinearizabilityReport(r.Test, r.NegativeControl, r.Verdict, r.Passed, r.Iterations, r.Exhausted)).ToList();

        var strategies = SumStrategies(results);
        return new ConformanceReport
        {
            Generated = inp.Now,
            Tool = Checker.ToolVersion,
            Commit = Checker.Commit,
            Verdict = failures.Count == 0 ? "conforms" : "failures",
            Failures = failures,
            Exploration = new ExplorationSummary
            {
                Source = inp.ExplorationSource,
                Runs = inp.Results.Runs.Select(h => h.Command).ToList(),
                Tests = results.Count,
                Iterations = inp.Results.Iterations,
                Steps = inp.Results.Steps,
                Seconds = inp.Results.Seconds,
                Strategies = strategies,
                Exhausted = results.Where(r => r.Exhausted).Select(r => r.Test).Distinct().ToList(),
            },
            Specs = specs,
            Algorithms = algorithms,
            NegativeControls = controls,
            Linearizability = lin,
            Counterexamples = cxs,
            Tests = tests,
            Gaps = gaps,
        };
    }

    private static IReadOnlyDictionary<string, long> SumStrategies(IEnumerable<TestResult> rs)
    {
        var d = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var r in rs)
        {
            if (r.IterationsByStrategy.Count == 0)
            {
                if (r.Strategy.Length > 0) d[r.Strategy] = d.GetValueOrDefault(r.Strategy) + r.Iterations;
                continue;
            }
            foreach (var (k, v) in r.IterationsByStrategy) d[k] = d.GetValueOrDefault(k) + v;
        }
        return d;
    }

    /// <summary>The manifest's name for "checked by trace replay through the refinement mapping" (used for TypeOK).</summary>
    public const string TraceReplayCheck = "trace-replay";

    /// <summary>True when a loaded assembly defines <paramref name="fullName"/> as a <see cref="PropertyMonitor"/>.</summary>
    public static bool MonitorTypeExists(string fullName)
    {
        foreach (var asm in AppDomain.CurrentDomain.GetAssemblies())
        {
            var t = asm.GetType(fullName, throwOnError: false);
            if (t is not null && typeof(PropertyMonitor).IsAssignableFrom(t)) return true;
        }
        return false;
    }

    /// <summary>The committer date of the last commit touching <paramref name="relativePath"/>, or null without git.</summary>
    public static string? GitCommitDate(string relativePath) => GitCommitDate(Directory.GetCurrentDirectory(), relativePath);

    public static string? GitCommitDate(string repoRoot, string relativePath)
    {
        try
        {
            var psi = new ProcessStartInfo("git") { WorkingDirectory = repoRoot, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "log", "-1", "--format=%cI", "--", relativePath }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi);
            if (p is null) return null;
            var s = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit(5000);
            return p.ExitCode == 0 && s.Length > 0 ? s : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
