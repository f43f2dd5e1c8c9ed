using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Weft.Reporting;

/// <summary>
/// Builds a <see cref="ConformanceReport"/>. Linearizability results are the registered tests whose id contains
/// <c>linearizab</c> (their bodies check every history with <c>LinearizabilityChecker</c>). The tests that may check
/// an invariant are the registered tests of the algorithms linked to the spec in <c>docs/algorithms.yaml</c>; a test is
/// credited only when the invariant's monitor observed an event in it (<see cref="InvariantCredit"/>). The negative
/// controls that caught a bug through the invariant's monitor are listed beside them.
/// </summary>
public static class ConformanceBuilder
{
    /// <summary>The state shared by the sections of one build: inputs, results by test, and the gaps and failures found.</summary>
    private sealed record Context(ConformanceInputs Inputs, Dictionary<string, List<TestResult>> ResultByTest, List<string> RegisteredIds)
    {
        public IReadOnlyList<TestResult> Results => Inputs.Results.Results;
        public List<Gap> Gaps { get; } = new();
        public List<string> Failures { get; } = new();
    }

    public static ConformanceReport Build(ConformanceInputs inp)
    {
        ArgumentNullException.ThrowIfNull(inp);
        var resultByTest = new Dictionary<string, List<TestResult>>(StringComparer.Ordinal);
        foreach (var r in inp.Results.Results)
        {
            if (!resultByTest.TryGetValue(r.Test, out var l)) resultByTest[r.Test] = l = new List<TestResult>();
            l.Add(r);
        }
        var ctx = new Context(inp, resultByTest, inp.Registered.Select(t => t.Id).ToList());
        var cxs = Counterexamples(inp.Results.Bugs); // first: the other sections link to them
        var tests = Tests(ctx);
        var algorithms = Algorithms(ctx);
        var specs = inp.Manifests.Select(m => Spec(ctx, m)).ToList();
        if (inp.TlcRuns is null && inp.Manifests.Count > 0)
            ctx.Gaps.Add(new Gap("tlc-not-run", "all specs", "TLC did not run for this report; the results shown are those recorded in each manifest.yaml"));
        var exploration = Exploration(ctx);
        OrderMutationSection.AddGaps(inp.OrderMutation, ctx.Gaps);
        return new ConformanceReport
        {
            Generated = inp.Now,
            Tool = Checker.ToolVersion,
            Commit = Checker.Commit,
            Verdict = ctx.Failures.Count == 0 ? "conforms" : "failures",
            Failures = ctx.Failures,
            Scope = OrderMutationSection.WithScope(VerdictScopeBuilder.Build(exploration, specs, inp.TlcRuns is not null, ctx.Gaps), inp.OrderMutation),
            Exploration = exploration,
            Specs = specs,
            Algorithms = algorithms,
            NegativeControls = ctx.Results.Where(r => r.NegativeControl).Select(r => new ControlReport(
                r.Test, r.ExpectedBug, r.Passed, r.Verdict, r.Bugs.FirstOrDefault()?.Monitor, r.Iterations, cxs.FirstOrDefault(c => c.Tests.Contains(r.Test))?.Id)).ToList(),
            Linearizability = ctx.Results.Where(r => r.Test.Contains("linearizab", StringComparison.Ordinal))
                .Select(r => new LinearizabilityReport(r.Test, r.NegativeControl, r.Verdict, r.Passed, r.Iterations, r.Exhausted)).ToList(),
            Counterexamples = cxs,
            Tests = tests,
            Gaps = ctx.Gaps,
            OrderMutation = inp.OrderMutation,
        };
    }

    private static List<CounterexampleReport> Counterexamples(IReadOnlyList<DistinctBug> bugs) =>
        bugs.Select((b, i) => new CounterexampleReport
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
        }).ToList();

    private static List<TestSummary> Tests(Context ctx)
    {
        foreach (var r in ctx.Results.Where(r => !r.Passed)) ctx.Failures.Add($"test {r.Test} [{r.Shard}]: {r.Verdict}: {WhyFailed(r)}");
        foreach (var id in ctx.RegisteredIds.Where(id => !ctx.ResultByTest.ContainsKey(id) && !id.StartsWith("bench/", StringComparison.Ordinal)))
            ctx.Gaps.Add(new Gap("test-not-explored", id, "registered, but no exploration result is part of this report"));
        return ctx.Results.Select(r => new TestSummary
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
            MonitorEvents = r.MonitorEvents,
            Crash = r.Crash?.Message,
            Rerun = r.RerunCommand,
        }).ToList();
    }

    private static string WhyFailed(TestResult r) => r.Verdict switch
    {
        "CRASH" => r.Crash?.Message ?? "crashed",
        "MISSED" => $"negative control not caught in {r.Iterations} iterations",
        "UNFINISHED" => string.Create(CultureInfo.InvariantCulture, $"negative control not caught in {r.Iterations} iterations; its time ran out before its iteration budget (raise the time budget)"),
        "WRONG" => r.Bugs.FirstOrDefault() is { } wrong && wrong.Kind == r.ExpectedBug
            ? $"negative control caught as {wrong.Kind} {(wrong.Monitor is null ? "by the test's own check" : "by " + wrong.Monitor)}, not by the monitor it names (its defect broke another check first): {wrong.Message}"
            : $"negative control caught as {r.Bugs.FirstOrDefault()?.Kind}, expected {r.ExpectedBug}",
        _ => r.Bugs.FirstOrDefault() is { } b ? $"{b.Kind}{(b.Monitor is null ? "" : " (" + b.Monitor + ")")} at {b.Location}: {b.Message}" : r.Verdict,
    };

    private static List<AlgorithmReport> Algorithms(Context ctx)
    {
        var algorithms = new List<AlgorithmReport>();
        foreach (var a in ctx.Inputs.Algorithms)
        {
            var ids = ctx.RegisteredIds.Where(a.Covers).ToList();
            var rs = ids.SelectMany(id => ctx.ResultByTest.TryGetValue(id, out var l) ? l : new List<TestResult>()).ToList();
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
                ctx.Gaps.Add(new Gap("algorithm-not-under-scheduler", a.Name,
                    a.Tests.Count == 0 ? "no registered test exercises it yet" : $"no registered test matches {string.Join(", ", a.Tests)}"));
            if (a.Spec is null && a.Tier != EngineTier)
                ctx.Gaps.Add(new Gap("algorithm-without-spec", a.Name, $"{AlgorithmCatalog.RelativePath} names no TLA+ spec for {a.Id}"));
        }
        return algorithms;
    }

    /// <summary>The catalog tier of the engine's own controls (canonical bugs): they check the engine, not a spec.</summary>
    public const string EngineTier = "engine";

    private static SpecReport Spec(Context ctx, SpecManifest m)
    {
        var inp = ctx.Inputs;
        var algs = inp.Algorithms.Where(a => string.Equals(a.Spec, m.Spec, StringComparison.Ordinal)).ToList();
        var specTests = ctx.RegisteredIds.Where(id => algs.Any(a => a.Covers(id))).ToList();
        if (algs.Count == 0)
            ctx.Gaps.Add(new Gap("spec-without-algorithm", m.Spec, $"no algorithm in {AlgorithmCatalog.RelativePath} names spec {m.Spec}, so no test is linked to its invariants"));
        var traces = inp.Traces.Where(t => string.Equals(t.Spec, m.Spec, StringComparison.Ordinal)).ToList();
        var evidence = new InvariantCredit.Evidence(m, specTests, ctx.ResultByTest, traces, inp.MonitorExists);
        var invariants = m.Properties.Select(p => InvariantCredit.Build(p.Name, p.Kind, evidence, ctx.Gaps) with
        {
            CaughtBy = CaughtBy(ctx, specTests, p.Name, m),
        }).ToList();
        var tlc = Tlc(ctx, m);
        TraceGaps(ctx, m, traces);
        var tlaPath = ProjectPath.Resolve(inp.RepoRoot, m.TlaFile, "tla_file", m.Path);
        return new SpecReport
        {
            Name = m.Spec,
            TlaFile = m.TlaFile,
            SpecSha256 = File.Exists(tlaPath) ? Weft.Tla.TlaSpec.Sha256OfFile(tlaPath) : "",
            Manifest = m.Path,
            ManifestDate = inp.CommitDate(m.Path),
            TlcVersion = m.TlcVersion,
            Algorithms = algs.Select(a => a.Id).ToList(),
            Invariants = invariants,
            Tlc = tlc,
            Traces = traces,
            TraceConfigs = TraceConfigSummary.Of(traces),
        };
    }

    /// <summary>The spec's negative controls that passed because this invariant's monitor caught their seeded bug.</summary>
    private static List<string> CaughtBy(Context ctx, IReadOnlyList<string> specTests, string invariant, SpecManifest m)
    {
        if (!m.Monitors.TryGetValue(invariant, out var monitor) || monitor == TraceReplayCheck) return new List<string>();
        var shortName = InvariantCredit.ShortName(monitor);
        return ctx.Results.Where(r => r.NegativeControl && r.Passed && specTests.Contains(r.Test) && r.Bugs.Any(b => b.Monitor == shortName))
            .Select(r => r.Test).Distinct().ToList();
    }

    private static void TraceGaps(Context ctx, SpecManifest m, IReadOnlyList<TraceResult> traces)
    {
        if (traces.Count == 0) ctx.Gaps.Add(new Gap("spec-without-trace", m.Spec, $"spec {m.Spec} has no trace under traces/{m.Spec}/"));
        else if (traces.Any(t => !t.Replayed))
            ctx.Gaps.Add(new Gap("trace-not-replayed", m.Spec, $"{traces.Count(t => !t.Replayed)} of {traces.Count} traces of {m.Spec} were not replayed"));
        foreach (var t in traces.Where(t => t.Conforms == false))
            ctx.Failures.Add($"trace {t.File}: {(t.Stale ? "stale" : "does not conform")}: {t.Divergence}");
    }

    private static List<TlcConfigReport> Tlc(Context ctx, SpecManifest m)
    {
        var tlc = new List<TlcConfigReport>();
        foreach (var c in m.Configs)
        {
            var search = ctx.Inputs.SearchRuns?.FirstOrDefault(r => r.Spec == m.Spec && r.Config == c.Config);
            if (search is { Agrees: false })
                ctx.Failures.Add($"spec search {m.Spec}/{c.Config}: TLC finds {c.Expected}, the engine's search {search.Describe()}");
            var run = ctx.Inputs.TlcRuns?.FirstOrDefault(r => r.Spec == m.Spec && r.Config == c.Config);
            var recorded = new TlcConfigReport
            {
                Config = c.Config, Description = c.Description, Expected = c.Expected, ExpectedViolation = c.ViolatedInvariant,
                Source = "manifest", Result = c.Expected, ViolatedInvariant = c.ViolatedInvariant,
                StatesGenerated = c.StatesGenerated, DistinctStates = c.DistinctStates, Depth = c.Depth, TlcVersion = m.TlcVersion,
                Search = search,
            };
            if (run is null)
            {
                tlc.Add(recorded);
                continue;
            }
            tlc.Add(recorded with
            {
                Source = "run", Result = run.Result, ViolatedInvariant = run.ViolatedInvariant,
                StatesGenerated = run.StatesGenerated, DistinctStates = run.DistinctStates, Depth = run.Depth, TlcVersion = run.TlcVersion,
                Date = run.Date, Matches = run.Matches, Detail = run.Detail,
            });
            if (!run.Matches) ctx.Failures.Add($"TLC {m.Spec}/{c.Config}: {run.Detail}");
        }
        return tlc;
    }

    private static ExplorationSummary Exploration(Context ctx) => new()
    {
        Source = ctx.Inputs.ExplorationSource,
        Runs = ctx.Inputs.Results.Runs.Select(h => h.Command).ToList(),
        Tests = ctx.Results.Count,
        Iterations = ctx.Inputs.Results.Iterations,
        Steps = ctx.Inputs.Results.Steps,
        Seconds = ctx.Inputs.Results.Seconds,
        Strategies = SumStrategies(ctx.Results),
        Exhausted = ctx.Results.Where(r => r.Exhausted).Select(r => r.Test).Distinct().ToList(),
    };

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
