using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Weft.Reporting;
using Weft.Scenarios;
using Xunit;
using YamlDotNet.RepresentationModel;
using static Weft.Tests.ReportTestSupport;

namespace Weft.Tests;

/// <summary>The conformance report's content in all four forms, its escaping, and its rendering in a real browser.</summary>
public sealed class ConformanceReportTests
{
    private const string Hostile = "<script>alert('x')</script> & \"quotes\" | pipes";

    private static readonly IReadOnlyList<RegisteredTest> Registered = TestRegistry.Discover(typeof(Canonical).Assembly);

    /// <summary>A small repository: one spec with a monitor map (one monitor missing, one invariant unmapped), a catalog, no traces.</summary>
    private static ConformanceInputs Inputs(TempDir dir, IReadOnlyList<TlcRun>? tlc = null)
    {
        var spec = Path.Combine(dir.Path, "tla", "Toy");
        Directory.CreateDirectory(spec);
        File.WriteAllText(Path.Combine(spec, "Toy.tla"), "---- MODULE Toy ----\n====\n");
        File.WriteAllText(Path.Combine(spec, "manifest.yaml"), """
            spec: Toy
            tla_file: tla/Toy/Toy.tla
            tlc_version: "TLC2 Version 2.20"
            owned_by_someone_else: [kept, as, is]
            monitors:
              TypeOK: trace-replay
              NoUseAfterFree: Weft.Monitors.NoUseAfterFreeMonitor
              Ghost: Weft.Monitors.GhostMonitor
            configs:
              - config: MC.cfg
                invariants: [TypeOK, NoUseAfterFree, Ghost, Unmapped]
                properties: [EpochMonotonic]
                description: 'the <b>toy</b>'
                expected: pass
                states_generated: 10
                distinct_states: 5
                depth: 3
                run_from: tla/Toy
                command: java -cp $TLA2TOOLS_JAR tlc2.TLC -tool -workers 1 -config MC.cfg Toy.tla
            """);
        var algorithms = AlgorithmCatalog.Parse("""
            algorithms:
              - id: treiber
                name: Treiber stack
                tier: "3"
                spec: Toy
                tests: ["treiber/linearizable*", canonical/treiber-aba]
              - id: queue
                name: SCQ queue
                tier: "3"
            """, "algorithms.yaml");
        var uaf = Bug("NoUseAfterFreeMonitor", "TreiberStack.cs:69", Hostile, step: 4);
        // NoUseAfterFree observed events in two tests, was attached but never fed in one, and one result did not record counts.
        var results = new[]
        {
            Result("canonical/treiber-aba", negativeControl: true, verdict: "caught", bugs: new[] { uaf }, monitorEvents: Events(("NoUseAfterFreeMonitor", 12), ("NoDoubleFreeMonitor", 0))),
            Result("treiber/linearizable", monitorEvents: Events(("NoUseAfterFreeMonitor", 4321))),
            Result("treiber/linearizable-aba", negativeControl: true, verdict: "MISSED", passed: false, monitorEvents: Events(("NoUseAfterFreeMonitor", 0))),
            Result("treiber/linearizable-ibr", verdict: "BUG", passed: false, bugs: new[] { uaf with { Step = 9 } }),
        };
        return new ConformanceInputs
        {
            RepoRoot = dir.Path,
            Manifests = SpecManifest.ReadAll(dir.Path),
            Algorithms = algorithms,
            Registered = Registered,
            Results = MergedResults.From(new[] { Header(tests: results.Select(r => r.Test).ToArray()) }, results),
            ExplorationSource = "test " + Hostile,
            Traces = new CommittedTraceProvider().Results(dir.Path),
            TlcRuns = tlc,
            CommitDate = _ => "2026-11-21T20:44:00+00:00",
            Now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero),
        };
    }

    [Fact]
    public void The_report_states_invariants_monitors_tests_controls_and_gaps()
    {
        using var dir = new TempDir();
        var r = ConformanceBuilder.Build(Inputs(dir));
        Assert.Equal("weft-conformance/1", r.Schema);
        Assert.Equal("failures", r.Verdict);
        Assert.Contains(r.Failures, f => f.StartsWith("test treiber/linearizable-aba [0/1]: MISSED", StringComparison.Ordinal));
        Assert.Contains(r.Failures, f => f.StartsWith("test treiber/linearizable-ibr [0/1]: BUG", StringComparison.Ordinal));

        var spec = Assert.Single(r.Specs);
        Assert.Equal(64, spec.SpecSha256.Length);
        Assert.Equal(new[] { "TypeOK", "NoUseAfterFree", "Ghost", "Unmapped", "EpochMonotonic" }, spec.Invariants.Select(i => i.Name));
        var uaf = spec.Invariants[1];
        Assert.True(uaf.MonitorImplemented);
        Assert.Equal(new[] { "canonical/treiber-aba", "treiber/linearizable" }, uaf.Tests);
        Assert.Equal(new MonitorObservation[] { new("canonical/treiber-aba", 12), new("treiber/linearizable", 4321), new("treiber/linearizable-aba", 0), new("treiber/linearizable-ibr", null) },
            uaf.Observations);
        Assert.Equal(new[] { "canonical/treiber-aba" }, uaf.CaughtBy);
        Assert.False(spec.Invariants[2].MonitorImplemented);
        Assert.Equal("property", spec.Invariants[4].Kind);
        Assert.Equal(("manifest", 5L), (spec.Tlc[0].Source, spec.Tlc[0].DistinctStates!.Value));

        Assert.Contains(r.Gaps, g => g == new Gap("invariant-without-monitor", "Toy.Ghost", "tla/Toy/manifest.yaml names Weft.Monitors.GhostMonitor, which does not exist"));
        Assert.Contains(r.Gaps, g => g.Kind == "invariant-without-monitor" && g.Subject == "Toy.Unmapped");
        Assert.Contains(r.Gaps, g => g.Kind == "invariant-without-monitor" && g.Subject == "Toy.EpochMonotonic");
        Assert.Contains(r.Gaps, g => g == new Gap("spec-without-trace", "Toy", "spec Toy has no trace under traces/Toy/"));
        Assert.Contains(r.Gaps, g => g.Kind == "algorithm-not-under-scheduler" && g.Subject == "SCQ queue");
        Assert.Contains(r.Gaps, g => g.Kind == "tlc-not-run");
        Assert.Contains(r.Gaps, g => g.Kind == "test-not-explored" && g.Subject == "canonical/lost-update");

        var cx = Assert.Single(r.Counterexamples);
        Assert.Equal((2, false), (cx.Occurrences, cx.Expected));
        Assert.Equal(new[] { "canonical/treiber-aba", "treiber/linearizable-ibr" }, cx.Tests);
        Assert.Equal(new ControlReport("canonical/treiber-aba", "assertion", true, "caught", "NoUseAfterFreeMonitor", 100, "cx-1"), r.NegativeControls[0]);
        Assert.Equal(new[] { "treiber/linearizable", "treiber/linearizable-aba", "treiber/linearizable-ibr" }, r.Linearizability.Select(l => l.Test));
        var treiber = r.Algorithms.Single(a => a.Id == "treiber");
        Assert.True(treiber.UnderScheduler);
        Assert.Equal(400, treiber.Iterations);
        Assert.Equal(2, treiber.Failures);
        Assert.False(r.Algorithms.Single(a => a.Id == "queue").UnderScheduler);
    }

    [Fact]
    public void A_monitor_attached_but_never_fed_an_event_is_not_credited()
    {
        using var dir = new TempDir();
        var inputs = Inputs(dir);
        var silent = inputs.Results.Results.Select(r => r with { MonitorEvents = Events(("NoUseAfterFreeMonitor", 0)) }).ToList();
        var r = ConformanceBuilder.Build(inputs with { Results = MergedResults.From(inputs.Results.Runs, silent) });
        var uaf = r.Specs[0].Invariants.Single(i => i.Name == "NoUseAfterFree");
        Assert.Empty(uaf.Tests);
        Assert.Equal(4, uaf.Observations.Count);
        Assert.All(uaf.Observations, o => Assert.Equal(0, o.Events));
        Assert.Contains(r.Gaps, g => g == new Gap("monitor-observed-nothing", "Toy.NoUseAfterFree", "NoUseAfterFreeMonitor observed no event in the 4 tests of Toy's algorithms that ran"));
        Assert.Contains(r.Scope.NotChecked, g => g.Kind == "monitor-observed-nothing" && g.Subjects.SequenceEqual(new[] { "Toy.NoUseAfterFree" }));
        var md = MarkdownReport.Render(r);
        Assert.Contains("| `NoUseAfterFree` | invariant | scheduler monitor (observed nothing) |", md, StringComparison.Ordinal);
        Assert.True(md.IndexOf("- invariants whose monitor never observed an event (1): Toy.NoUseAfterFree", StringComparison.Ordinal) is > 0 and var at
            && at < md.IndexOf("## Open gaps", StringComparison.Ordinal), "the silent monitor is listed above the fold");

        // Results that do not record counts (an older results log) credit nothing either, and say why.
        var unrecorded = inputs.Results.Results.Select(x => x with { MonitorEvents = null }).ToList();
        var old = ConformanceBuilder.Build(inputs with { Results = MergedResults.From(inputs.Results.Runs, unrecorded) });
        Assert.Empty(old.Specs[0].Invariants.Single(i => i.Name == "NoUseAfterFree").Tests);
        Assert.Contains(old.Gaps, g => g.Subject == "Toy.NoUseAfterFree" && g.Detail.EndsWith("do not record monitor events", StringComparison.Ordinal));

        // A monitor that is not attached to any test (only trace replay attaches it, say) is not credited either.
        var detached = inputs.Results.Results.Select(x => x with { MonitorEvents = Events(("NoDoubleFreeMonitor", 9)) }).ToList();
        var none = ConformanceBuilder.Build(inputs with { Results = MergedResults.From(inputs.Results.Runs, detached) });
        var notAttached = none.Specs[0].Invariants.Single(i => i.Name == "NoUseAfterFree");
        Assert.Empty(notAttached.Tests);
        Assert.All(notAttached.Observations, o => Assert.Equal((0L, false), (o.Events!.Value, o.Attached)));
        Assert.Contains(none.Gaps, g => g == new Gap("monitor-observed-nothing", "Toy.NoUseAfterFree", "NoUseAfterFreeMonitor is attached to none of the 4 tests of Toy's algorithms that ran"));
        Assert.Contains("canonical/treiber-aba (not attached)", MarkdownReport.Render(none), StringComparison.Ordinal);
    }

    [Fact]
    public void Monitor_event_counts_appear_in_json_markdown_and_html()
    {
        using var dir = new TempDir();
        var files = ReportWriter.WriteAll(ConformanceBuilder.Build(Inputs(dir)), Path.Combine(dir.Path, "out"));
        using var json = JsonDocument.Parse(File.ReadAllText(files[2]));
        var uaf = json.RootElement.GetProperty("specs")[0].GetProperty("invariants")[1];
        Assert.Equal("scheduler", uaf.GetProperty("checked_by").GetString());
        Assert.Equal(4321, uaf.GetProperty("observations")[1].GetProperty("events").GetInt64());
        Assert.False(uaf.GetProperty("observations")[3].TryGetProperty("events", out _)); // not recorded
        var test = json.RootElement.GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("test").GetString() == "treiber/linearizable");
        Assert.Equal(4321, test.GetProperty("monitor_events").GetProperty("NoUseAfterFreeMonitor").GetInt64());

        foreach (var text in new[] { File.ReadAllText(files[0]), File.ReadAllText(files[1]) })
        {
            Assert.Contains("canonical/treiber-aba (12), treiber/linearizable (4,321)", text, StringComparison.Ordinal);
            Assert.Contains("treiber/linearizable-aba (0), treiber/linearizable-ibr (not recorded)", text, StringComparison.Ordinal);
            Assert.Contains("NoUseAfterFreeMonitor 4,321", text, StringComparison.Ordinal); // the tests table
        }
    }

    [Fact]
    public void The_memory_order_mutation_table_is_in_the_report_and_its_absence_is_a_gap()
    {
        using var dir = new TempDir();
        var inputs = Inputs(dir);
        var none = ConformanceBuilder.Build(inputs);
        Assert.Contains(none.Gaps, g => g.Kind == OrderMutationSection.NotRunGap);
        Assert.Contains("## Memory-order mutation\n\nNot run for this report", MarkdownReport.Render(none), StringComparison.Ordinal);

        static ModelOutcome Outcome(string model, bool caught) => caught
            ? new() { Model = model, Verdict = MutationVerdicts.Caught, Runs = new[] { new MutantTestRun { Test = "reclamation/dfs-ibr", Iterations = 338, Seconds = 0.2, Result = "caught" } }, Seconds = 0.2,
                Test = "reclamation/dfs-ibr", BugKind = "assertion", Monitor = "NoUseAfterFreeMonitor", Message = "m", Schedule = "s.yaml", Rerun = "weft mutate-orders ..." }
            : new() { Model = model, Verdict = MutationVerdicts.NotCaught, Runs = new[] { new MutantTestRun { Test = "reclamation/dfs-ibr", Iterations = 1000, Seconds = 1, Result = "ok" } }, Seconds = 1 };
        var mutation = new OrderMutationResults
        {
            Generated = inputs.Now, Tool = "weft", Commit = "c", Command = "weft mutate-orders --filter reclamation/", Filter = "reclamation/", Site = "",
            Models = new[] { "tso", "ra" }, BudgetSeconds = 10, DiscoveryIterations = 20, Seconds = 3, Tests = new[] { "reclamation/dfs-ibr" }, FailingUnmutated = Array.Empty<string>(),
            Sites = new[]
            {
                new MutationSite { File = "impl/src/Reclamation/IbrReclaimer.cs", Line = 107, Kind = "store", Declared = "seq_cst", Tests = new[] { "reclamation/dfs-ibr" } },
                new MutationSite { File = "impl/src/Reclamation/IbrReclaimer.cs", Line = 121, Kind = "store", Declared = "release", Tests = new[] { "reclamation/dfs-ibr" } },
                new MutationSite { File = "impl/src/Reclamation/IbrReclaimer.cs", Line = 177, Kind = "store", Declared = "release", Tests = Array.Empty<string>() },
            },
            Mutants = new[]
            {
                new MutantResult { Id = "a", File = "impl/src/Reclamation/IbrReclaimer.cs", Line = 107, Kind = "store", Declared = "seq_cst", Weakened = "release", Tests = new[] { "reclamation/dfs-ibr" }, Outcomes = new[] { Outcome("tso", true), Outcome("ra", true) } },
                new MutantResult { Id = "b", File = "impl/src/Reclamation/IbrReclaimer.cs", Line = 121, Kind = "store", Declared = "release", Weakened = "relaxed", Tests = new[] { "reclamation/dfs-ibr" }, Outcomes = new[] { Outcome("tso", false), Outcome("ra", false) } },
            },
        };
        var r = ConformanceBuilder.Build(inputs with { OrderMutation = mutation });
        Assert.DoesNotContain(r.Gaps, g => g.Kind == OrderMutationSection.NotRunGap);
        Assert.Contains(r.Gaps, g => g == new Gap(OrderMutationSection.UncoveredGap, "impl/src/Reclamation/IbrReclaimer.cs",
            "no test selected by 'reclamation/' executes its atomics call sites at lines 177, so no weakening of their orders was tried"));
        Assert.Contains(r.Scope.Checked, l => l.StartsWith("memory orders: 1 of 2 one-step weakenings of 2 atomics call sites caught under tso and ra", StringComparison.Ordinal));
        Assert.Equal(none.Failures, r.Failures); // a weakening no test catches is a finding, not a failure
        var md = MarkdownReport.Render(r);
        Assert.Contains("| site | kind | order | tso | ra | covering tests |", md, StringComparison.Ordinal);
        Assert.Contains("| impl/src/Reclamation/IbrReclaimer.cs:107 | store | seq_cst -> release | caught by reclamation/dfs-ibr (NoUseAfterFreeMonitor) | caught by reclamation/dfs-ibr (NoUseAfterFreeMonitor) | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("| impl/src/Reclamation/IbrReclaimer.cs:121 | store | release -> relaxed | not caught (1 test, 1,000 its) | not caught (1 test, 1,000 its) | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("Sites with no covering test (1 site; no weakening of their order was tried):\n\n- impl/src/Reclamation/IbrReclaimer.cs: 177 store release\n", md, StringComparison.Ordinal);
        var html = HtmlReport.Render(r);
        Assert.Contains("<h2 id=\"order-mutation\">Memory-order mutation</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"yes\">caught by reclamation/dfs-ibr (NoUseAfterFreeMonitor)</span>", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(ReportWriter.Json(r));
        Assert.Equal(2, json.RootElement.GetProperty("order_mutation").GetProperty("mutants").GetArrayLength());
    }

    [Fact]
    public void TypeOK_is_credited_to_trace_replay_not_to_scheduler_tests()
    {
        using var dir = new TempDir();
        var inputs = Inputs(dir);
        var busy = inputs.Results.Results.Select(r => r with { MonitorEvents = Events(("NoUseAfterFreeMonitor", 5), ("trace-replay", 5), ("TypeOK", 5)) }).ToList();
        var traces = Enumerable.Range(1, 3).Select(i => Trace($"MC.sim-0{i}.yaml", "MC.cfg", true)).ToList();
        var r = ConformanceBuilder.Build(inputs with { Results = MergedResults.From(inputs.Results.Runs, busy), Traces = traces });
        var typeOk = r.Specs[0].Invariants.Single(i => i.Name == "TypeOK");
        Assert.Equal(("trace-replay", 3, true), (typeOk.CheckedBy, typeOk.ConformingTraces, typeOk.MonitorImplemented));
        Assert.Empty(typeOk.Tests);
        Assert.Empty(typeOk.Observations);
        Assert.Contains(r.Scope.Checked, l => l.StartsWith("Toy: 2 of 5 invariants checked: NoUseAfterFree by monitors", StringComparison.Ordinal) && l.EndsWith("; TypeOK by replaying 3 conforming traces", StringComparison.Ordinal));
        Assert.Contains("| `TypeOK` | invariant | trace replay (3 conforming traces) | `trace-replay` | - | - | - |", MarkdownReport.Render(r), StringComparison.Ordinal);

        var without = ConformanceBuilder.Build(inputs with { Results = MergedResults.From(inputs.Results.Runs, busy) });
        Assert.Empty(without.Specs[0].Invariants.Single(i => i.Name == "TypeOK").Tests);
        Assert.Contains(without.Gaps, g => g == new Gap("invariant-without-monitor", "Toy.TypeOK", "checked by trace replay, but Toy has no conforming replayed trace"));
    }

    private static TraceResult Trace(string name, string config, bool? conforms, bool stale = false) =>
        new("Toy", "traces/Toy/" + name, Weft.Tla.TraceKind.Simulation, 12, conforms, conforms == true ? "" : stale ? "trace is stale: spec changed" : "step 4: x expected 1, found 2")
        {
            Config = config,
            Stale = stale,
        };

    [Fact]
    public void The_verdict_states_what_was_checked_and_what_was_not_before_the_details()
    {
        using var dir = new TempDir();
        var report = ConformanceBuilder.Build(Inputs(dir));
        var kinds = report.Scope.NotChecked.Select(g => g.Kind).ToList();
        Assert.Equal(new[] { "algorithm-without-spec", "invariant-without-monitor", "algorithm-not-under-scheduler", "tlc-not-run", "test-not-explored", "spec-without-trace", "order-mutation-not-run" }, kinds);
        Assert.Equal(new[] { "SCQ queue" }, report.Scope.NotChecked[0].Subjects);
        Assert.Contains(report.Scope.Checked, l => l.StartsWith("4 tests explored under the scheduler (400 schedules", StringComparison.Ordinal));

        var md = MarkdownReport.Render(report);
        AssertInOrder(md, "**Verdict: FAILURES** in what was checked; see below what was not checked", "**Checked:**", "- Toy: 1 of 5 invariants checked: NoUseAfterFree by monitors that observed 4,333 events in 2 tests",
            "**Not checked:**", "- algorithms without a TLA+ spec (1): SCQ queue", "- invariants without a working check (no monitor, a missing monitor type, or no conforming trace) (4): Toy.TypeOK, Toy.Ghost, Toy.Unmapped, Toy.EpochMonotonic",
            "- algorithms not under the scheduler (1): SCQ queue", "- TLC not run for this report", "## Failures", "## Open gaps", "## Spec Toy");
        var html = HtmlReport.Render(report);
        AssertInOrder(html, "id=\"verdict\"", "id=\"checked\"", "id=\"not-checked\"", "algorithms not under the scheduler</b> (1): SCQ queue", "id=\"failures\"", "class=\"cards\"", "id=\"gaps\"", "id=\"spec-Toy\"");

        var clean = report with { Verdict = "conforms", Failures = Array.Empty<string>() };
        Assert.Contains("**Verdict: conforms** for what was checked; see below what was not (0 failures, ", MarkdownReport.Render(clean), StringComparison.Ordinal);
        Assert.Contains(">conforms</span> <b>for what was checked; see below what was not</b>", HtmlReport.Render(clean), StringComparison.Ordinal);
        Assert.Equal("for everything listed below: nothing was left unchecked", new VerdictScope(report.Scope.Checked, Array.Empty<UncheckedGroup>()).Qualifier(true));
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        int at = 0;
        foreach (var p in parts)
        {
            int i = text.IndexOf(p, at, StringComparison.Ordinal);
            Assert.True(i >= 0, $"'{p}' is missing after position {at} (found at {text.IndexOf(p, StringComparison.Ordinal)})");
            at = i + p.Length;
        }
    }

    [Fact]
    public void Traces_are_counted_per_configuration_and_folded_unless_some_diverge_or_are_stale()
    {
        using var dir = new TempDir();
        var traces = new[]
        {
            Trace("MC.sim-01.yaml", "MC.cfg", true), Trace("MC.sim-02.yaml", "MC.cfg", true), Trace("MC.sim-03.yaml", "MC.cfg", true),
            Trace("MC_Bad.sim-01.yaml", "MC_Bad.cfg", true), Trace("MC_Bad.sim-02.yaml", "MC_Bad.cfg", false), Trace("MC_Bad.sim-03.yaml", "MC_Bad.cfg", false, stale: true),
        };
        var r = ConformanceBuilder.Build(Inputs(dir) with { Traces = traces });
        Assert.Equal(new[] { new TraceConfigSummary("MC.cfg", 3, 3, 0, 0, 0), new TraceConfigSummary("MC_Bad.cfg", 3, 1, 1, 1, 0) }, r.Specs[0].TraceConfigs);
        Assert.Contains("trace traces/Toy/MC_Bad.sim-03.yaml: stale: trace is stale: spec changed", r.Failures);
        Assert.Contains("trace traces/Toy/MC_Bad.sim-02.yaml: does not conform: step 4: x expected 1, found 2", r.Failures);

        var md = MarkdownReport.Render(r);
        AssertInOrder(md, "| `MC.cfg` | 3 | 3 | 0 | 0 | 0 |", "| `MC_Bad.cfg` | 3 | 1 | **1** | **1** | 0 |",
            "<details><summary>MC.cfg: 3 traces: 3 conform, 0 diverge, 0 stale</summary>", "MC.sim-03.yaml", "</details>",
            "<details open><summary>MC_Bad.cfg: 3 traces: 1 conform, 1 diverge, 1 stale</summary>", "| DIVERGES |", "| STALE |", "</details>");
        var html = HtmlReport.Render(r);
        AssertInOrder(html, "<details><summary>MC.cfg: 3 traces: 3 conform, 0 diverge, 0 stale</summary>", "</details>",
            "<details open><summary>MC_Bad.cfg: 3 traces: 1 conform, 1 diverge, 1 stale</summary>", "diverges", "stale</span>", "</details>");
        foreach (var t in traces) Assert.Single(html.Split("<code>" + t.File + "</code>").Skip(1)); // every trace is its own row
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_trace_whose_spec_changed_is_reported_stale_with_its_configuration()
    {
        using var dir = new TempDir();
        var trace = Directory.GetFiles(Path.Combine(Repo, "traces", "Treiber"), "*.yaml").Order(StringComparer.Ordinal).First();
        Directory.CreateDirectory(Path.Combine(dir.Path, "traces", "Treiber"));
        Directory.CreateDirectory(Path.Combine(dir.Path, "tla", "Treiber"));
        File.Copy(trace, Path.Combine(dir.Path, "traces", "Treiber", Path.GetFileName(trace)));
        File.WriteAllText(Path.Combine(dir.Path, "tla", "Treiber", "Treiber.tla"), File.ReadAllText(Path.Combine(Repo, "tla", "Treiber", "Treiber.tla")) + "\\* edited\n");
        var r = Assert.Single(new Weft.Cli.Commands.ReplayingTraceProvider().Results(dir.Path));
        Assert.Equal((TraceStatus.Stale, true), (r.Status, r.Stale));
        Assert.Equal(Weft.Tla.TraceFile.Load(trace).Config, r.Config);
        Assert.Contains("is stale: spec tla/Treiber/Treiber.tla has changed since it was recorded", r.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_TLC_run_replaces_the_recorded_result_and_a_mismatch_is_a_failure()
    {
        using var dir = new TempDir();
        var run = new TlcRun
        {
            Spec = "Toy", Config = "MC.cfg", Expected = "pass", Result = "pass", DistinctStates = 6, ExpectedDistinctStates = 5,
            Matches = false, Detail = "6 distinct states, the manifest records 5", TlcVersion = "TLC2 Version 2.20", Date = DateTimeOffset.UnixEpoch,
        };
        var r = ConformanceBuilder.Build(Inputs(dir, new[] { run }));
        var tlc = r.Specs[0].Tlc[0];
        Assert.Equal(("run", false, 6L), (tlc.Source, tlc.Matches!.Value, tlc.DistinctStates!.Value));
        Assert.Contains(r.Failures, f => f == "TLC Toy/MC.cfg: 6 distinct states, the manifest records 5");
        Assert.DoesNotContain(r.Gaps, g => g.Kind == "tlc-not-run");
    }

    [Fact]
    public void The_engine_s_search_is_shown_beside_TLC_and_a_disagreement_is_a_failure()
    {
        using var dir = new TempDir();
        var agrees = new SpecSearchRun
        {
            Spec = "Toy", Config = "MC.cfg", Expected = "pass", Schedules = 1562, Actions = 60, Preemptions = 2, Exhausted = true, Agrees = true,
        };
        var r = ConformanceBuilder.Build(Inputs(dir) with { SearchRuns = new[] { agrees } });
        Assert.Equal(agrees, r.Specs[0].Tlc[0].Search);
        Assert.DoesNotContain(r.Failures, f => f.StartsWith("spec search", StringComparison.Ordinal));
        var md = MarkdownReport.Render(r);
        Assert.Contains("engine's search", md, StringComparison.Ordinal);
        Assert.Contains("agrees: clean, bounded space exhausted (1,562 schedules of 60 actions, 2 preemptions)", md, StringComparison.Ordinal);

        var disagrees = agrees with { Failure = "thread 1 read slot 0 of pool 1, which is free", Exhausted = false, Agrees = false };
        var bad = ConformanceBuilder.Build(Inputs(dir) with { SearchRuns = new[] { disagrees } });
        Assert.Contains(bad.Failures, f => f.StartsWith("spec search Toy/MC.cfg: TLC finds pass, the engine's search fails: thread 1 read slot 0", StringComparison.Ordinal));
        Assert.Contains("DISAGREES: fails: thread 1 read slot 0", HtmlReport.Render(bad), StringComparison.Ordinal);
    }

    [Fact]
    public void All_four_forms_carry_the_content_and_escape_every_input()
    {
        using var dir = new TempDir();
        var report = ConformanceBuilder.Build(Inputs(dir));
        var files = ReportWriter.WriteAll(report, Path.Combine(dir.Path, "out"));
        Assert.Equal(new[] { "report.md", "report.html", "report.json", "report.yaml" }, files.Select(Path.GetFileName));

        using var json = JsonDocument.Parse(File.ReadAllText(files[2]));
        Assert.Equal("weft-conformance/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("NoUseAfterFreeMonitor", json.RootElement.GetProperty("counterexamples")[0].GetProperty("monitor").GetString());
        Assert.Equal(Hostile, json.RootElement.GetProperty("counterexamples")[0].GetProperty("message").GetString());
        Assert.Equal("spec-without-trace", json.RootElement.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("kind").GetString()).First(k => k == "spec-without-trace"));

        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(files[3])));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("weft-conformance/1", ((YamlScalarNode)root["schema"]).Value);
        Assert.Equal("2026-11-21T12:00:00+00:00", ((YamlScalarNode)root["generated"]).Value);
        Assert.Equal("42", ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)root["tests"])[0])["seed"]).Value);
        Assert.Equal(Hostile, ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)root["counterexamples"])[0])["message"]).Value);

        var md = File.ReadAllText(files[0]);
        Assert.Contains("| invariant | kind | checked by | monitor | tests that check it (events) | tests where it observed nothing | negative controls caught by it |", md, StringComparison.Ordinal);
        Assert.Contains("Spec Toy has no trace.", md, StringComparison.Ordinal);
        Assert.Contains("`Weft.Monitors.GhostMonitor` **(missing)**", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("\\| pipes", md, StringComparison.Ordinal);

        var html = File.ReadAllText(files[1]);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>toy</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal); // self-contained
        Assert.Contains("class=\"step violation\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"coverage\"", html, StringComparison.Ordinal);
        Assert.Equal(html.Split("<svg").Length - 1, html.Split("</svg>").Length - 1);
    }

    /// <summary>The Markdown tables against a checked-in expectation (WEFT_UPDATE_GOLDEN=1 regenerates it; review the diff).</summary>
    [Fact]
    public void The_markdown_report_matches_its_golden_file()
    {
        using var dir = new TempDir();
        var inputs = Inputs(dir) with { Registered = GoldenRegistry };
        var report = ConformanceBuilder.Build(inputs) with { Tool = "weft 0.1.0+golden", Commit = "golden" };
        var actual = MarkdownReport.Render(report);
        var path = Path.Combine(SourceDir(), "golden", "conformance-report.md");
        if (Environment.GetEnvironmentVariable("WEFT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run with WEFT_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }

    /// <summary>The registered tests of the Toy spec's algorithm: a short report.</summary>
    private static IReadOnlyList<RegisteredTest> GoldenRegistry =>
        Registered.Where(t => t.Id.StartsWith("treiber/linearizable", StringComparison.Ordinal) || t.Id.StartsWith("canonical/treiber-aba", StringComparison.Ordinal)).ToList();

    private static string SourceDir([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    [Fact]
    public void The_interleaving_diagram_has_one_lane_per_thread_and_marks_the_violating_step()
    {
        var steps = Enumerable.Range(1, 200).Select(i => new StepRecord(i, i % 3, i % 2 == 0 ? "load" : "cas", $"F.cs:{i}")).ToList();
        var svg = Svg.Interleaving(steps, 200, "cx <1>");
        Assert.Equal(Svg.MaxShownSteps, svg.Split("class=\"step").Length - 1);
        Assert.Single(svg.Split("class=\"step violation\"").Skip(1));
        Assert.Contains("step 200, thread 2: load at F.cs:200 (violation)", svg, StringComparison.Ordinal);
        Assert.Contains("(steps 1 to 80 not shown)", svg, StringComparison.Ordinal);
        foreach (var lane in new[] { ">t0<", ">t1<", ">t2<" }) Assert.Contains(lane, svg, StringComparison.Ordinal);
        Assert.Contains("cx &lt;1&gt;", svg, StringComparison.Ordinal);
        _ = System.Xml.Linq.XElement.Parse(svg); // well-formed XML
        _ = System.Xml.Linq.XElement.Parse(Svg.Coverage(new[] { ("a & b", (IReadOnlyDictionary<string, long>)new Dictionary<string, long> { ["dfs"] = 3 }) }));
    }

    [Fact]
    public void The_repository_manifests_and_catalog_are_consistent_with_the_registry()
    {
        var manifests = SpecManifest.ReadAll(Repo);
        Assert.Equal(new[] { "DEBRA", "EFRBTree", "Event", "FutexMutex", "GuardedShm", "IBR", "LCRQ", "LazySkipList", "NMTree", "RegionRC", "RingList", "SCQ", "Semaphore", "SkipList", "Treiber", "wCQ" }, manifests.Select(m => m.Spec));
        foreach (var m in manifests)
            foreach (var (name, _) in m.Properties)
                Assert.True(m.Monitors.ContainsKey(name), $"{m.Path}: monitors: has no entry for {name}");
        var catalog = AlgorithmCatalog.Read(Repo);
        foreach (var a in catalog)
        {
            foreach (var pattern in a.Tests)
                Assert.True(Registered.Any(t => AlgorithmCatalog.Matches(pattern, t.Id)), $"{AlgorithmCatalog.RelativePath}: {a.Id}: '{pattern}' matches no registered test");
            if (a.Spec is { } s) Assert.Contains(s, manifests.Select(m => m.Spec));
        }
        var bad = Assert.Throws<WeftInputException>(() => AlgorithmCatalog.Parse("algorithms:\n  - id: x\n    colour: red\n", "a.yaml"));
        Assert.StartsWith("a.yaml:3:5: unknown key 'colour'", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_manifest_value_is_reported_with_file_line_and_column()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "tla", "X"));
        File.WriteAllText(Path.Combine(dir.Path, "tla", "X", "manifest.yaml"), "spec: X\nconfigs:\n  - config: MC.cfg\n    expected: maybe\n    command: java\n");
        var e = Assert.Throws<WeftInputException>(() => SpecManifest.ReadAll(dir.Path));
        Assert.Equal("tla/X/manifest.yaml:4:15: expected 'pass' or 'violation', found 'maybe'", e.Message);
        File.WriteAllText(Path.Combine(dir.Path, "tla", "X", "manifest.yaml"), "spec: X\nconfigs:\n  - config: MC.cfg\n    expected: pass\n");
        e = Assert.Throws<WeftInputException>(() => SpecManifest.ReadAll(dir.Path));
        Assert.Equal("tla/X/manifest.yaml:3:5: MC.cfg: missing key 'command'", e.Message);
    }

    /// <summary>
    /// Renders a report with a known counterexample in headless Chromium and checks what a reader sees: OCR (tesseract)
    /// must read the title, the verdict's "Not checked" list, a spec name and table headers, and the interleaving
    /// diagram's violating step must show as a red box under the counterexample's heading. Skipped, with the reason,
    /// when Chromium or tesseract is not installed (.ci/run installs both). WEFT_KEEP_SCREENSHOT=dir keeps the PNG.
    /// </summary>
    [Fact]
    public void The_HTML_report_renders_legibly_in_headless_Chromium()
    {
        var chromium = Tool("chromium", "chromium-browser", "google-chrome");
        Assert.SkipWhen(chromium is null, "Chromium is not installed (Debian package 'chromium'); the HTML report's rendering is not checked");
        using var dir = new TempDir();
        var traces = new[] { Trace("MC.sim-01.yaml", "MC.cfg", true), Trace("MC.sim-02.yaml", "MC.cfg", true), Trace("MC_Bad.sim-01.yaml", "MC_Bad.cfg", false) };
        var report = ConformanceBuilder.Build(Inputs(dir) with { Traces = traces, Registered = GoldenRegistry });
        var png = Screenshot(chromium!, HtmlReport.Render(report), dir.Path, 1280, 3600);
        if (Environment.GetEnvironmentVariable("WEFT_KEEP_SCREENSHOT") is { Length: > 0 } keep) File.Copy(png, Path.Combine(keep, "report-screenshot.png"), overwrite: true);

        var img = ReadPng(png);
        Assert.Equal((1280, 3600), (img.Width, img.Height));
        Assert.True(CountColor(img, 0, img.Height, (0xcf, 0x22, 0x2e), 10) > 200, "the red 'failures' verdict badge is not visible");

        var tesseract = Tool("tesseract");
        Assert.SkipWhen(tesseract is null, "tesseract is not installed (Debian package 'tesseract-ocr'): the screenshot's text is not read");
        var words = Ocr(tesseract!, png);
        var text = string.Join(" ", words.Select(w => w.Text));
        foreach (var phrase in new[] { "Weft conformance report", "Not checked", "Spec Toy", "Invariants and monitors", "tests that check it", "checked by",
                     "MC_Bad.cfg: 1 trace: 0 conform, 1 diverge", "Counterexamples", "Negative controls" })
            Assert.True(text.Contains(phrase, StringComparison.Ordinal), $"OCR does not read '{phrase}' in the screenshot; it read: {text[..Math.Min(text.Length, 3000)]}");

        // The coverage chart: the Treiber stack's bar (pct in blue, random in orange) below its caption.
        var caption = words.First(w => w.Text == "Schedules");
        Assert.True(CountColor(img, caption.Top, caption.Top + 150, (0x4e, 0x79, 0xa7), 8) > 1000, $"the coverage chart's blue bar is not visible below y={caption.Top}");
        Assert.True(CountColor(img, caption.Top, caption.Top + 150, (0xf2, 0x8e, 0x2b), 8) > 1000, $"the coverage chart's orange bar is not visible below y={caption.Top}");

        // The violating step: a red box below the counterexample's heading (the diagram), not just anywhere on the page.
        var heading = words.First(w => w.Text.StartsWith("cx-1", StringComparison.Ordinal));
        // A tight tolerance: the page's red text and badge (#cf222e) must not pass for the diagram's #d62728.
        int red = CountColor(img, heading.Top, Math.Min(img.Height, heading.Top + 400), (0xd6, 0x27, 0x28), 4);
        Assert.Equal(0, CountColor(img, 0, heading.Top, (0xd6, 0x27, 0x28), 4));
        Assert.True(red > 100, $"the interleaving diagram's red violating step is not visible below '{heading.Text}' at y={heading.Top} ({red} red pixels)");
    }

    private static string? Tool(params string[] names) =>
        names.Select(n => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, n)).FirstOrDefault(File.Exists))
            .FirstOrDefault(p => p is not null);

    private static string Screenshot(string chromium, string html, string dir, int width, int height)
    {
        var page = Path.Combine(dir, "report.html");
        File.WriteAllText(page, html);
        var png = Path.Combine(dir, "shot.png");
        var (_, err) = Run(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={Path.Combine(dir, "profile")}",
            $"--screenshot={png}", $"--window-size={width},{height}", new Uri(page).AbsoluteUri);
        Assert.True(File.Exists(png), "no screenshot: " + err);
        return png;
    }

    /// <summary>A word tesseract read, with the top of its box in pixels.</summary>
    private sealed record OcrWord(string Text, int Top);

    private static List<OcrWord> Ocr(string tesseract, string png)
    {
        var (tsv, err) = Run(tesseract, png, "stdout", "tsv");
        var words = new List<OcrWord>();
        // TSV columns: level page_num block_num par_num line_num word_num left top width height conf text
        foreach (var cols in tsv.Split('\n').Skip(1).Select(l => l.Split('\t')).Where(c => c.Length == 12 && c[11].Trim().Length > 0))
            words.Add(new OcrWord(cols[11].Trim(), int.Parse(cols[7], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(words.Count > 0, "tesseract read nothing: " + err);
        return words;
    }

    private static (string Out, string Err) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(120_000), $"{file} did not finish within 2 minutes");
        return (output, err.Result);
    }

    private static int CountColor(Png img, int fromY, int toY, (int R, int G, int B) c, int tolerance)
    {
        int n = 0;
        for (int y = Math.Max(0, fromY); y < toY; y++)
            for (int x = 0; x < img.Width; x++)
            {
                var (r, g, b) = img.At(x, y);
                if (Math.Abs(r - c.R) < tolerance && Math.Abs(g - c.G) < tolerance && Math.Abs(b - c.B) < tolerance) n++;
            }
        return n;
    }
}
