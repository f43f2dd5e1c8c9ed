using System;
using System.IO;
using System.Linq;
using Weft.Tla;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// <c>weft tlc</c> and <c>weft trace import</c>, run in-process in a scratch repository (a Weft.slnx marker, copies
/// of tla/Treiber and of the toy spec). Tests that need TLC use TLA2TOOLS_JAR or tools/tla2tools.jar and are
/// skipped, saying why, when neither exists.
/// </summary>
public sealed class TlcCommandTests : IDisposable
{
    private readonly DirectoryInfo _repo = Directory.CreateTempSubdirectory("weft-cli-repo-");

    public TlcCommandTests()
    {
        File.WriteAllText(Path.Combine(_repo.FullName, "Weft.slnx"), "<Solution />\n");
        var real = TlaSpec.FindRepoRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository above the test binaries");
        Copy(Path.Combine(real, "tla", "Treiber"), Path.Combine(_repo.FullName, "tla", "Treiber"), "*.tla", "*.cfg", "manifest.yaml");
        Copy(TlcOutputReaderTests.Fixture("toy"), Path.Combine(_repo.FullName, "tla", "Toy"), "*.tla", "*.cfg");
        File.WriteAllText(Path.Combine(_repo.FullName, "tla", "Toy", "manifest.yaml"), string.Join("\n",
            "spec: Toy",
            "tlc_version: \"TLC2 Version 2.20 of Day Month 20?? (rev: 96056d9)\"",
            "configs:",
            "  - config: Pass.cfg",
            "    expected: pass",
            "    states_generated: 7",
            "    distinct_states: 7",
            "    depth: 3",
            "  - config: Invariant.cfg",
            "    expected: pass",
            "") + "\n");
    }

    public void Dispose() => _repo.Delete(true);

    private static void Copy(string from, string to, params string[] patterns)
    {
        Directory.CreateDirectory(to);
        foreach (var p in patterns)
            foreach (var f in Directory.GetFiles(from, p))
                File.Copy(f, Path.Combine(to, Path.GetFileName(f)), overwrite: true);
    }

    private string R(params string[] parts) => Path.Combine(new[] { _repo.FullName }.Concat(parts).ToArray());

    /// <summary>Runs <c>weft args</c> in the scratch repository with TLA2TOOLS_JAR set to <paramref name="jar"/>.</summary>
    private (int Exit, string Out, string Err) Weft(string? jar, params string[] args) => WeftCli.Run(_repo.FullName, jar, args);

    /// <summary>TLC's jar from TLA2TOOLS_JAR or the repository's tools/tla2tools.jar; skips the test without one.</summary>
    private static string RequireJar()
    {
        var jar = Reporting.TlcRunner.FindJar(TlaSpec.FindRepoRoot(AppContext.BaseDirectory));
        if (jar is null) Assert.Skip("TLC is not available: set TLA2TOOLS_JAR or put tla2tools.jar in tools/ to run this test");
        return jar!;
    }

    private static void AssertNoStackTrace(string err) => Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);

    // ------------------------------------------------------------------ weft tlc without TLC

    [Fact]
    public void Tlc_without_a_jar_says_how_to_get_one()
    {
        var (exit, _, err) = Weft(null, "tlc", "tla/Treiber", "--config", "MC_Untagged.cfg");
        Assert.Equal(1, exit);
        Assert.Contains("https://github.com/tlaplus/tlaplus/releases", err, StringComparison.Ordinal);
        Assert.Contains("export TLA2TOOLS_JAR=", err, StringComparison.Ordinal);
        Assert.Contains("tools/tla2tools.jar", err, StringComparison.Ordinal);
        AssertNoStackTrace(err);

        (exit, _, err) = Weft(R("nowhere", "tla2tools.jar"), "tlc", "tla/Treiber");
        Assert.Equal(1, exit);
        Assert.Contains("TLA2TOOLS_JAR=" + R("nowhere", "tla2tools.jar") + ": no such file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tlc_rejects_a_bad_spec_folder_or_config_before_running()
    {
        var (exit, _, err) = Weft(null, "tlc", "tla/Nope");
        Assert.Equal(1, exit);
        Assert.Contains("no such spec folder", err, StringComparison.Ordinal);
        (exit, _, err) = Weft(null, "tlc", "tla/Treiber", "--config", "MC_Typo.cfg");
        Assert.Equal(1, exit);
        Assert.Contains("expected one of MC.cfg, MC_DoubleRetire.cfg, MC_PopReturnsNext.cfg, MC_Untagged.cfg", err, StringComparison.Ordinal);
        (exit, _, err) = Weft(null, "tlc", "tla/Treiber", "--simulate", "0");
        Assert.Equal(1, exit);
        Assert.Contains("--simulate: expected a number of behaviours >= 1", err, StringComparison.Ordinal);
        AssertNoStackTrace(err);
    }

    // ------------------------------------------------------------------ weft tlc with TLC

    [Fact]
    public void Tlc_on_Treiber_untagged_agrees_with_the_manifest_and_imports()
    {
        var jar = RequireJar();
        var (exit, output, err) = Weft(jar, "tlc", "tla/Treiber", "--config", "MC_Untagged.cfg", "--out", R("out"));
        Assert.True(exit == 0, output + err);
        Assert.Contains("result: invariant violation of StackMatchesAbstract", output, StringComparison.Ordinal);
        Assert.Contains("80,650 states generated, 37,765 distinct states, 12,210 left on queue, depth 16", output, StringComparison.Ordinal);
        Assert.Contains("agrees with tla/Treiber/manifest.yaml:", output, StringComparison.Ordinal);
        var prov = TlcRunRecord.Load(R("out", "MC_Untagged.provenance.yaml"));
        Assert.Equal(TlaSpec.Sha256OfFile(R("tla", "Treiber", "Treiber.tla")), prov.SpecSha256);
        Assert.Equal("MC_Untagged.out", prov.RawOutput);
        Assert.StartsWith("TLC2 Version", prov.TlcVersion, StringComparison.Ordinal);

        (exit, output, err) = Weft(jar, "trace", "import", R("out", "MC_Untagged.out"));
        Assert.True(exit == 0, output + err);
        var t = TraceFile.Load(R("traces", "Treiber", "MC_Untagged.counterexample.yaml"));
        Assert.Equal(16, t.Steps.Count);
        Assert.Equal("tla/Treiber/Treiber.tla", t.SpecFile);
        Assert.Equal(prov.Command, t.Command);
        Assert.True(File.Exists(R("traces", "Treiber", t.RawOutput!)));
        TraceFile.CheckFresh(t, _repo.FullName);
        File.AppendAllText(R("tla", "Treiber", "Treiber.tla"), "\\* edited\n");
        var stale = Assert.Throws<WeftInputException>(() => TraceFile.CheckFresh(t, _repo.FullName));
        Assert.Contains("is stale: spec tla/Treiber/Treiber.tla has changed", stale.Message, StringComparison.Ordinal);
        (exit, _, err) = Weft(jar, "trace", "import", R("out", "MC_Untagged.out"));
        Assert.Equal(1, exit);
        Assert.Contains("is stale", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tlc_reports_a_mismatch_with_the_manifest()
    {
        var jar = RequireJar();
        var (exit, output, err) = Weft(jar, "tlc", "tla/Toy", "--config", "Invariant.cfg", "--out", R("out"));
        Assert.True(exit == 2, output + err);
        Assert.Contains("MISMATCH with tla/Toy/manifest.yaml:9 (Invariant.cfg)", output, StringComparison.Ordinal);
        Assert.Contains("expected: pass; TLC: violation (invariant NotThree", output, StringComparison.Ordinal);

        (exit, output, err) = Weft(jar, "tlc", "tla/Toy", "--config", "Pass.cfg", "--out", R("out"));
        Assert.True(exit == 0, output + err);
        Assert.Contains("agrees with tla/Toy/manifest.yaml:4", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tlc_simulation_writes_reproducible_behaviours_that_import()
    {
        var jar = RequireJar();
        var (exit, output, err) = Weft(jar, "tlc", "tla/Toy", "--config", "Pass.cfg", "--simulate", "5", "--depth", "10", "--seed", "3", "--out", R("sim"));
        Assert.True(exit == 0, output + err);
        var prov = TlcRunRecord.Load(R("sim", "Pass.sim.provenance.yaml"));
        Assert.Equal(5, prov.Simulation!.TraceModules.Count);
        Assert.Contains("-simulate file=", prov.Command, StringComparison.Ordinal);
        Assert.Contains("-seed 3", prov.Command, StringComparison.Ordinal);
        var first = File.ReadAllText(R("sim", "Pass.sim-01.tla"));
        (exit, _, _) = Weft(jar, "tlc", "tla/Toy", "--config", "Pass.cfg", "--simulate", "5", "--depth", "10", "--seed", "3", "--out", R("sim"));
        Assert.Equal(0, exit);
        Assert.Equal(first, File.ReadAllText(R("sim", "Pass.sim-01.tla")));
        Assert.False(Directory.Exists(R("sim", "Pass.sim.tmp")));

        (exit, output, err) = Weft(jar, "trace", "import", R("sim", "Pass.sim.out"));
        Assert.True(exit == 0, output + err);
        for (int i = 1; i <= 5; i++)
        {
            var t = TraceFile.Load(R("traces", "Toy", $"Pass.sim-0{i}.yaml"));
            Assert.Equal(TraceKind.Simulation, t.Kind);
            Assert.Equal($"Pass.sim-0{i}.tla", t.RawOutput);
            Assert.Equal("Init", t.Steps[0].Action);
        }
    }

    // ------------------------------------------------------------------ weft trace import on captured outputs

    private string Stage(string fixture, string name, Func<string, string>? edit = null)
    {
        Directory.CreateDirectory(R("in"));
        var text = File.ReadAllText(TlcOutputReaderTests.Fixture(fixture.Split('/')));
        var path = R("in", name);
        File.WriteAllText(path, edit is null ? text : edit(text));
        return path;
    }

    [Fact]
    public void Import_writes_a_loadable_trace_beside_the_raw_output()
    {
        var raw = Stage("toy/deadlock.out", "Deadlock.out");
        var (exit, output, err) = Weft(null, "trace", "import", raw);
        Assert.True(exit == 0, output + err);
        Assert.Contains("wrote traces/Toy/Deadlock.counterexample.yaml", output.Replace('\\', '/'), StringComparison.Ordinal);
        var t = TraceFile.Load(R("traces", "Toy", "Deadlock.counterexample.yaml"));
        Assert.Equal(("Toy", "tla/Toy/Toy.tla", "Deadlock.cfg"), (t.Spec, t.SpecFile, t.Config));
        Assert.Equal(new TraceViolation("deadlock", null, "Deadlock reached."), t.Violation);
        Assert.Equal(3, t.Steps.Count);
        Assert.Equal(File.ReadAllText(raw), File.ReadAllText(R("traces", "Toy", "Deadlock.out")));
        Assert.Equal(TlaSpec.Sha256OfFile(R("tla", "Toy", "Deadlock.cfg")), t.ConfigSha256);
        Assert.Equal("2026-11-21T21:12:42", t.Date); // TLC's "Starting... (2026-11-21 21:12:42)" without a provenance file
        TraceFile.CheckFresh(t, _repo.FullName);

        // A lasso keeps its loop; --out and --config override the defaults.
        raw = Stage("toy/lasso.out", "lasso-run.out");
        (exit, output, err) = Weft(null, "trace", "import", raw, "--config", "Lasso.cfg", "--out", R("elsewhere"));
        Assert.True(exit == 0, output + err);
        Assert.Equal(1, TraceFile.Load(R("elsewhere", "Lasso.counterexample.yaml")).LoopsBackTo);
    }

    [Fact]
    public void Import_of_a_simulation_reads_the_trace_modules_beside_it()
    {
        var raw = Stage("treiber-sim/treiber-sim.out", "MC.sim.out");
        for (int i = 0; i < 3; i++)
            File.Copy(TlcOutputReaderTests.Fixture("treiber-sim", $"trace_0_{i}"), R("in", $"MC.sim-0{i + 1}.tla"));
        var (exit, output, err) = Weft(null, "trace", "import", raw);
        Assert.True(exit == 0, output + err);
        var traces = Directory.GetFiles(R("traces", "Treiber"), "MC.sim-*.yaml").Order(StringComparer.Ordinal).Select(TraceFile.Load).ToList();
        Assert.Equal(3, traces.Count);
        Assert.All(traces, t => Assert.Equal("MC.cfg", t.Config));
        Assert.Equal("MC.sim-02.tla", traces[1].RawOutput);
    }

    [Fact]
    public void Import_rejects_bad_input_with_file_line_column()
    {
        // An action the spec does not have.
        var raw = Stage("toy/deadlock.out", "Deadlock.out", t => t.Replace("3: <Inc(p1)", "3: <Incr(p1)", StringComparison.Ordinal));
        var lines = File.ReadAllLines(raw);
        int line = Array.FindIndex(lines, l => l.StartsWith("3: <Incr", StringComparison.Ordinal)) + 1;
        var (exit, _, err) = Weft(null, "trace", "import", raw);
        Assert.Equal(1, exit);
        Assert.Contains($"{raw}:{line}:5: step 3: expected an action of tla/Toy/Toy.tla, found Incr, which the spec does not define", err, StringComparison.Ordinal);
        AssertNoStackTrace(err);

        // Wrong number of parameters.
        raw = Stage("toy/deadlock.out", "Deadlock.out", t => t.Replace("2: <Inc(p1)", "2: <Inc(p1, 2)", StringComparison.Ordinal));
        (exit, _, err) = Weft(null, "trace", "import", raw);
        Assert.Equal(1, exit);
        Assert.Contains("step 2: expected action Inc with 2 parameter(s), but tla/Toy/Toy.tla defines Inc with 1", err, StringComparison.Ordinal);

        // Truncated output.
        raw = Stage("toy/deadlock.out", "Deadlock.out", t => t[..t.IndexOf("/\\ s = {<<p1, 0>>, <<p1, 1>>}", StringComparison.Ordinal)]);
        (exit, _, err) = Weft(null, "trace", "import", raw);
        Assert.Equal(1, exit);
        Assert.Matches(@"Deadlock\.out:\d+:\d+: expected '@!@!@ENDMSG 2217 @!@!@'", err);

        // A run without a counterexample, a missing configuration, a missing file.
        (exit, _, err) = Weft(null, "trace", "import", Stage("toy/pass.out", "Pass.out"));
        Assert.Equal(1, exit);
        Assert.Contains("no trace to import: TLC reported no error", err, StringComparison.Ordinal);
        (exit, _, err) = Weft(null, "trace", "import", Stage("toy/deadlock.out", "run1.out"));
        Assert.Equal(1, exit);
        Assert.Contains("the configuration run1.cfg is not in", err, StringComparison.Ordinal);
        (exit, _, err) = Weft(null, "trace", "import", R("in", "missing.out"));
        Assert.Equal(1, exit);
        Assert.Contains("cannot read TLC output", err, StringComparison.Ordinal);

        // A provenance file that says the spec has changed since TLC ran.
        raw = Stage("toy/deadlock.out", "Deadlock.out");
        var cfgSha = TlaSpec.Sha256OfFile(R("tla", "Toy", "Deadlock.cfg"));
        File.WriteAllText(R("in", "Deadlock.provenance.yaml"), new TlcRunRecord("Toy", "tla/Toy/Toy.tla", new string('0', 64), "Deadlock.cfg", cfgSha,
            "TLC2 Version 2.20", "java tlc2.TLC", "2026-01-01T00:00:00Z", "Deadlock.out", 11, null).Serialize());
        (exit, _, err) = Weft(null, "trace", "import", raw);
        Assert.Equal(1, exit);
        Assert.Contains("is stale: spec tla/Toy/Toy.tla has changed since TLC ran", err, StringComparison.Ordinal);
        File.WriteAllText(R("in", "Deadlock.provenance.yaml"), "schema: weft-tlc-run/1\nspec: [\n");
        (exit, _, err) = Weft(null, "trace", "import", raw);
        Assert.Equal(1, exit);
        Assert.Contains("Deadlock.provenance.yaml:", err, StringComparison.Ordinal);
        Assert.Contains("malformed YAML", err, StringComparison.Ordinal);
    }
}
