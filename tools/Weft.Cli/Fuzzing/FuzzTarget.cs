using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Cli.Commands;
using Weft.Reporting;
using Weft.Schedules;
using Weft.Tla;

namespace Weft.Cli.Fuzzing;

/// <summary>
/// One reader of Weft's inputs, as a command runs it: the fixture it starts from (a valid input under
/// <c>tests/Weft.Tests/fixtures/inputs</c>), where in its workspace the mutated input is put, and the code that
/// reads it, the same calls the commands make (a trace is also checked for freshness and its configuration read,
/// a provenance record goes through <c>trace import</c>, a results log is merged and then appended to).
/// </summary>
internal sealed record FuzzTarget(string Name, string Fixture, string InputPath, Action<FuzzWorkspace> Read)
{
    /// <summary>Every reader, by name (with <c>WEFT_SELFTEST=1</c>, also a reader that crashes, the fuzzer's own negative control).</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } = Readers().Concat(
        Environment.GetEnvironmentVariable(SelfTestScenarios.Variable) == "1" ? new[] { SelfTestCrash() } : Array.Empty<FuzzTarget>()).ToList();

    /// <summary>Kills the process on every input of odd length: the isolated run must count each as a crash and go on.</summary>
    private static FuzzTarget SelfTestCrash() => new("selftest-crash", "schedule.yaml", "schedule.yaml", w =>
    {
        if (File.Exists(w.Input) && new FileInfo(w.Input).Length % 2 == 1) Environment.FailFast("weft fuzz self-test: a reader crashed");
    });

    private static FuzzTarget[] Readers() => new FuzzTarget[]
    {
        new("schedule", "schedule.yaml", "schedule.yaml", w => ScheduleFile.Read(w.Input)),
        new("trace", "repo/traces/Toy/Invariant.counterexample.yaml", "repo/traces/Toy/Invariant.counterexample.yaml", ReadTrace),
        new("provenance", "repo/traces/Toy/Invariant.provenance.yaml", "repo/traces/Toy/Invariant.provenance.yaml", ImportWithProvenance),
        new("manifest", "repo/tla/Toy/manifest.yaml", "repo/tla/Toy/manifest.yaml", ReadManifest),
        new("algorithms", "repo/docs/algorithms.yaml", "repo/docs/algorithms.yaml", w => AlgorithmCatalog.Read(w.Repo)),
        new("results", "results.jsonl", "results/results.jsonl", ReadAndAppendResults),
        new("tlc-output", "repo/traces/Toy/Invariant.out", "tlc.out", w => TlcOutputReader.Read(w.Input)),
        new("trace-module", "trace-module.tla", "trace_0_0.tla", w => TlcOutputReader.ReadTraceModule(w.Input)),
        new("tlc-config", "repo/tla/Toy/Invariant.cfg", "repo/tla/Toy/Invariant.cfg", w => TlcConfig.ReadConstants(w.Input)),
        new("tlc-results", "tlc.json", "tlc.json", w => TlcRunner.Load(w.Input)),
        new("search-results", "search.json", "search.json", w => SpecSearchRun.Load(w.Input)),
        new("bench-baseline", "baseline.yaml", "baseline.yaml", w => BenchBaseline.Load(w.Input)),
    };

    public static FuzzTarget Find(string name) =>
        All.FirstOrDefault(t => t.Name == name)
        ?? throw new WeftInputException($"--reader: unknown reader '{name}'; expected one of {string.Join(", ", All.Select(t => t.Name))}");

    /// <summary>As <c>conform</c> replays a trace: load it, refuse it when stale, read its configuration.</summary>
    private static void ReadTrace(FuzzWorkspace w)
    {
        var trace = TraceFile.Load(w.Input);
        TraceFile.CheckFresh(trace, w.Repo);
        var specDir = Path.GetDirectoryName(Path.Combine(w.Repo, trace.SpecFile))!;
        TlcConfig.ReadConstants(TraceFile.ConfigPath(trace, specDir));
    }

    /// <summary>As <c>weft trace import</c> of the raw output beside the provenance record.</summary>
    private static void ImportWithProvenance(FuzzWorkspace w) =>
        TraceImporter.Import(Path.Combine(w.Repo, "traces", "Toy", "Invariant.out"), null, null, Path.Combine(w.Root, "imported"), w.Repo);

    /// <summary>As <c>conform</c> reads a manifest: through <see cref="SpecManifest"/>, then the spec it names is hashed.</summary>
    private static void ReadManifest(FuzzWorkspace w)
    {
        var m = SpecManifest.Read(w.Input, w.Repo);
        var tla = ProjectPath.Resolve(w.Repo, m.TlaFile, "tla_file", m.Path);
        if (File.Exists(tla)) TlaSpec.Sha256OfFile(tla);
    }

    /// <summary>
    /// As <c>merge</c> and <c>nightly --resume</c>: merge the log; when it reads, append a result as a resumed run
    /// would and read it again: a readable log must stay readable after an append.
    /// </summary>
    private static void ReadAndAppendResults(FuzzWorkspace w)
    {
        var dir = Path.GetDirectoryName(w.Input)!;
        var merged = ResultMerger.Merge(new[] { dir });
        var first = ResultLog.Read(w.Input).Results.Count;
        ResultLog.Append(w.Input, merged.Results.Count > 0 ? merged.Results[0] with { Test = "fuzz/appended" } : Appended());
        var after = ResultLog.Read(w.Input);
        if (after.Results.Count < first + 1)
            throw new InvalidOperationException($"the log lost a result when one was appended ({first} before, {after.Results.Count} after)");
    }

    private static TestResult Appended() => new()
    {
        Test = "fuzz/appended", Seed = 1, BudgetSeconds = 1, NegativeControl = false, ExpectedBug = "assertion", Strategy = "random",
        Iterations = 1, Steps = 1, ElapsedSeconds = 0, Exhausted = false, Verdict = "pass", Passed = true,
    };
}
