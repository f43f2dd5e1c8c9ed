using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Reporting;
using Weft.Tla;
using Xunit;
using static Weft.Tests.ReportTestSupport;

namespace Weft.Tests;

/// <summary>The TLC stage (output parsing, comparison with manifests, a real run when a jar is available) and the verify pipeline.</summary>
public sealed class TlcAndVerifyTests
{
    /// <summary>TLC's <c>-tool</c> output of a finished run: the version, the given messages, the statistics, the end.</summary>
    private static string ToolOutput(string states, int depth, params (int Code, int Severity, string Text)[] messages)
    {
        var sb = new System.Text.StringBuilder();
        void Msg(int code, int severity, string text) =>
            sb.Append($"@!@!@STARTMSG {code}:{severity} @!@!@\n{text}\n@!@!@ENDMSG {code} @!@!@\n");
        Msg(2262, 0, "TLC2 Version 2.20 of Day Month 20?? (rev: 96056d9)");
        foreach (var (code, severity, text) in messages) Msg(code, severity, text);
        Msg(2199, 0, states);
        Msg(2194, 0, $"The depth of the complete state graph search is {depth}.");
        Msg(2186, 0, "Finished in 01s at (2026-11-21 22:00:00)");
        return sb.ToString();
    }

    private static readonly string Violation = ToolOutput("80650 states generated, 37765 distinct states found, 12210 states left on queue.", 16,
        (2110, 1, "Invariant StackMatchesAbstract is violated."));

    private static readonly string Pass = ToolOutput("1006986 states generated, 406537 distinct states found, 0 states left on queue.", 31,
        (2193, 0, "Model checking completed. No error has been found."));

    private static readonly string Deadlock = ToolOutput("23 states generated, 21 distinct states found, 5 states left on queue.", 6,
        (2114, 1, "Deadlock reached."));

    private static SpecManifest Manifest(string spec) => SpecManifest.ReadAll(Repo).Single(m => m.Spec == spec);

    private static TlcRun Compare(string spec, string config, string output)
    {
        var c = Manifest(spec).Configs.Single(x => x.Config == config);
        var expected = TlcManifest.Load(Path.Combine(Repo, "tla", spec, "manifest.yaml")).Find(config);
        return TlcRunner.FromOutput(spec, c, expected, output, 1);
    }

    [Fact]
    public void TLC_output_is_read_and_compared_with_the_manifest_as_weft_tlc_does()
    {
        var v = Compare("Treiber", "MC_Untagged.cfg", Violation);
        Assert.True(v.Matches, v.Detail);
        Assert.Equal(("violation", "StackMatchesAbstract", 80650L, 37765L, 16), (v.Result, v.ViolatedInvariant, v.StatesGenerated!.Value, v.DistinctStates!.Value, v.Depth!.Value));
        Assert.StartsWith("TLC2 Version 2.20", v.TlcVersion, StringComparison.Ordinal);

        Assert.True(Compare("Treiber", "MC.cfg", Pass).Matches);
        var changed = Compare("Treiber", "MC.cfg", Pass.Replace("406537 distinct", "406538 distinct", StringComparison.Ordinal));
        Assert.False(changed.Matches);
        Assert.Contains("distinct states: expected 406,537; TLC: 406,538", changed.Detail, StringComparison.Ordinal);
        Assert.False(Compare("Treiber", "MC_Untagged.cfg", Pass).Matches);
        Assert.Equal("error", Compare("Treiber", "MC.cfg", "Error: could not parse MC.cfg").Result);
    }

    [Fact]
    public void A_deadlock_the_manifest_expects_matches()
    {
        // The manifests write TLC's unnamed deadlock as violated_property: Deadlock.
        var d = Compare("FutexMutex", "MC_NoContendedMark.cfg", Deadlock);
        Assert.True(d.Matches, d.Detail);
        Assert.Equal(("violation", "Deadlock"), (d.Result, d.ViolatedInvariant));
        Assert.False(Compare("FutexMutex", "MC.cfg", Deadlock).Matches);
    }

    [Fact]
    public void Without_a_jar_the_TLC_stage_is_skipped_with_a_clear_message()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "tla"));
        var r = VerifyStages.Tlc(dir.Path, dir.Path, _ => { }, out var runs, _ => null);
        Assert.Equal(StageStatus.Skipped, r.Status);
        Assert.Contains("TLA2TOOLS_JAR", r.Detail, StringComparison.Ordinal);
        Assert.Null(runs);
        var e = Assert.Throws<WeftInputException>(() => TlcRunner.FindJar(dir.Path, _ => "/no/such/tla2tools.jar"));
        Assert.Contains("TLA2TOOLS_JAR", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Treiber", "MC_Untagged.cfg", "StackMatchesAbstract")]
    [InlineData("FutexMutex", "MC_NoContendedMark.cfg", "Deadlock")]
    public void TLC_runs_a_manifest_configuration_when_a_jar_is_available(string spec, string config, string violated)
    {
        var jar = TlcRunner.FindJar(Repo);
        Assert.SkipWhen(jar is null, "no TLA+ tools jar: set TLA2TOOLS_JAR or copy tla2tools.jar to tools/ to run TLC here");
        var c = Manifest(spec).Configs.Single(x => x.Config == config);
        var run = TlcRunner.Run(Repo, jar!, Manifest(spec), c);
        Assert.True(run.Matches, run.Detail);
        Assert.Equal(violated, run.ViolatedInvariant);
        Assert.Equal(c.DistinctStates, run.DistinctStates);
    }

    private sealed class FixedTraces : ITraceResultProvider
    {
        public required IReadOnlyList<TraceResult> List { get; init; }
        public string Description => "fixed";
        public IReadOnlyList<TraceResult> Results(string repoRoot) => List;
    }

    [Fact]
    public void The_trace_stage_fails_on_a_divergence_and_is_skipped_when_nothing_was_replayed()
    {
        var notReplayed = new TraceResult("IBR", "traces/IBR/a.yaml", TraceKind.Counterexample, 55, null, "not replayed");
        var ok = notReplayed with { Conforms = true, Divergence = "" };
        var bad = notReplayed with { File = "traces/IBR/b.yaml", Conforms = false, Divergence = "step 7, IbrScanFree(1): node 2 expected free, is retired" };
        Assert.Equal(StageStatus.Skipped, VerifyStages.Traces(new FixedTraces { List = Array.Empty<TraceResult>() }, Repo, _ => { }).Status);
        Assert.Equal(StageStatus.Skipped, VerifyStages.Traces(new FixedTraces { List = new[] { notReplayed } }, Repo, _ => { }).Status);
        Assert.Equal(StageStatus.Ok, VerifyStages.Traces(new FixedTraces { List = new[] { ok, notReplayed } }, Repo, _ => { }).Status);
        var lines = new List<string>();
        var r = VerifyStages.Traces(new FixedTraces { List = new[] { ok, bad } }, Repo, lines.Add);
        Assert.Equal((StageStatus.Failed, 2), (r.Status, r.ExitCode));
        Assert.Contains(lines, l => l.Contains("DIVERGES", StringComparison.Ordinal) && l.Contains("IbrScanFree", StringComparison.Ordinal));
        var stale = notReplayed with { File = "traces/IBR/c.yaml", Conforms = false, Stale = true, Divergence = "trace c.yaml is stale" };
        lines.Clear();
        var s = VerifyStages.Traces(new FixedTraces { List = new[] { ok, bad, stale } }, Repo, lines.Add);
        Assert.Equal((StageStatus.Failed, "of 3 traces, 1 diverge from the implementation and 1 are stale (their spec changed; regenerate them)"), (s.Status, s.Detail));
        Assert.Contains(lines, l => l.Contains("STALE", StringComparison.Ordinal) && l.Contains("c.yaml", StringComparison.Ordinal));

        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "traces", "Treiber"));
        File.WriteAllText(Path.Combine(dir.Path, "traces", "Treiber", "untagged.yaml"), "kind: counterexample\n");
        File.WriteAllText(Path.Combine(dir.Path, "traces", "Treiber", "sim-1.yaml"), "steps: []\n");
        var listed = new CommittedTraceProvider().Results(dir.Path);
        Assert.Equal(new[] { ("traces/Treiber/sim-1.yaml", TraceKind.Simulation), ("traces/Treiber/untagged.yaml", TraceKind.Counterexample) },
            listed.Select(t => (t.File, t.Kind)));
        Assert.All(listed, t => Assert.Null(t.Conforms));
    }

    [Fact]
    public void The_pipeline_runs_every_stage_and_exits_with_the_worst_failure()
    {
        var ran = new List<string>();
        var lines = new List<string>();
        var (code, results) = new VerifyPipeline(lines.Add)
            .Add("a", () => { ran.Add("a"); return StageResult.Ok(); })
            .Add("b", () => { ran.Add("b"); return StageResult.Failed(2, "bug"); })
            .Add("c", () => { ran.Add("c"); throw new WeftInputException("bad.yaml:1:2: nope"); })
            .Add("d", () => { ran.Add("d"); return StageResult.Skipped("no jar"); })
            .Add("e", () => { ran.Add("e"); throw new InvalidOperationException("boom"); })
            .Run();
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, ran);
        Assert.Equal(3, code);
        Assert.Equal(new[] { StageStatus.Ok, StageStatus.Failed, StageStatus.Failed, StageStatus.Skipped, StageStatus.Failed }, results.Select(r => r.Result.Status));
        Assert.Equal(1, results[2].Result.ExitCode);
        Assert.Contains(lines, l => l.Contains("FAILED (b, c, e), exit 3", StringComparison.Ordinal));
        var (ok, _) = new VerifyPipeline(_ => { }).Add("x", () => StageResult.Skipped("s")).Run();
        Assert.Equal(0, ok);
    }

    [Fact]
    public void The_CI_examples_are_valid_YAML_and_shard_by_index()
    {
        foreach (var (file, shard) in new[]
                 {
                     ("nightly-github-actions.yml", "--shard ${{ matrix.shard }}/$SHARDS"),
                     ("nightly-k8s-indexed-job.yaml", "--shard \"${JOB_COMPLETION_INDEX}/${SHARDS}\""),
                 })
        {
            var text = File.ReadAllText(Path.Combine(Repo, "docs", file));
            var yaml = new YamlDotNet.RepresentationModel.YamlStream();
            yaml.Load(new StringReader(text));
            Assert.IsType<YamlDotNet.RepresentationModel.YamlMappingNode>(yaml.Documents[0].RootNode);
            Assert.Contains(shard, text, StringComparison.Ordinal);
            Assert.Contains(" merge ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Weft_verify_runs_its_stages_and_writes_the_report()
    {
        using var dir = new TempDir();
        var (code, output, err) = RunWeft(Repo, new Dictionary<string, string?> { ["TLA2TOOLS_JAR"] = null },
            "verify", "--skip-build", "--skip-tests", "--skip-tlc", "--skip-search", "--explore-budget", "2s", "--filter", "canonical/lost-update-fixed", "--out", dir.Path);
        Assert.True(code == 0, $"exit {code}: {output}\n{err}");
        foreach (var stage in new[] { "build: skipped", "tests: skipped", "replay committed traces:", "TLC: skipped", "spec search: skipped", "exploration: ok", "conformance report: ok" })
            Assert.Contains("-- " + stage, output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "report", "report.html")));
        Assert.Single(ResultLog.Read(Path.Combine(dir.Path, "exploration", ResultLog.FileName)).Results);
    }
}
