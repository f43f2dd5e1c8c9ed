using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Weft.Reporting;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft verify</c>: the one-shot pipeline behind verify.ps1, in order: build, the test suite, replay of every
/// committed trace, TLC on every spec configuration (when a TLA+ tools jar is available), the engine's own search of
/// every spec configuration at the spec's granularity (it must agree with TLC), a short exploration of every
/// registered test, and the conformance report. Every stage runs and prints a status line; the exit code is
/// the worst failure's (0 when every stage passed or was skipped).
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var skipBuild = new Option<bool>("--skip-build") { Description = "Skip the build stage" };
        var skipTests = new Option<bool>("--skip-tests") { Description = "Skip the test suite stage" };
        var skipTlc = new Option<bool>("--skip-tlc") { Description = "Skip the TLC stage even when a TLA+ tools jar is available" };
        var skipSearch = new Option<bool>("--skip-search") { Description = "Skip the engine's search of every spec configuration (the stateful search of every configuration, --search-budget)" };
        var searchBudget = new Option<string>("--search-budget") { Description = "Wall-clock budget of the spec-search stage, split evenly over the configurations (e.g. 10m)", DefaultValueFactory = _ => "10m" };
        var searchSpec = new Option<string?>("--search-spec") { Description = "Spec-search stage: only this spec's configurations (a tla/ folder name, e.g. IBR)" };
        var budget = new Option<string>("--explore-budget") { Description = "Wall-clock budget of the exploration stage", DefaultValueFactory = _ => "120s" };
        var filter = new Option<string>("--filter") { Description = "Tests the exploration stage runs: all, an id or a prefix", DefaultValueFactory = _ => "all" };
        var outDir = new Option<string?>("--out") { Description = "Output directory (default .weft/verify under the repository)" };
        var cmd = new Command("verify", "Run the verification pipeline: build, tests, traces, TLC, spec search, exploration, conformance report")
        {
            skipBuild, skipTests, skipTlc, skipSearch, budget, filter, outDir, searchBudget, searchSpec,
        };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var root = RepoRoot.Find();
            var dur = Parsing.Duration("--explore-budget", p.GetValue(budget)!);
            var f = p.GetValue(filter)!;
            var plan = ShardPlan.Create(NightlyCommand.SelectIds(f), CheckOptions.Default.Seed, 0, 1, f, dur);
            NightlyCommand.CheckShare(plan);
            var dir = OutputDirectory.Prepare("--out", p.GetValue(outDir) ?? Path.Combine(root, ".weft", "verify"));
            using var claim = OutputLock.Acquire(dir, "weft verify --out " + dir);
            var expDir = Path.Combine(dir, "exploration");
            OwnedDirectory.Check(expDir);
            var sln = Path.Combine(root, "Weft.slnx");
            IReadOnlyList<TlcRun>? tlcRuns = null;
            IReadOnlyList<SpecSearchRun>? searchRuns = null;
            MergedResults? explored = null;
            string exploreSource = "";

            var pipeline = new VerifyPipeline(Ui.Line)
                .Add("build", () => p.GetValue(skipBuild)
                    ? StageResult.Skipped("--skip-build")
                    : Exit(Run("dotnet", new[] { "build", sln, "-c", "Release" }, root), "dotnet build"))
                .Add("tests", () => p.GetValue(skipTests)
                    ? StageResult.Skipped("--skip-tests")
                    : Exit(Run("dotnet", new[] { "test", "--solution", sln, "-c", "Release" }, root), "dotnet test"))
                .Add("replay committed traces", () => VerifyStages.Traces(ConformCommand.Traces, root, Ui.Line))
                .Add("TLC", () =>
                {
                    if (p.GetValue(skipTlc)) return StageResult.Skipped("--skip-tlc");
                    var r = VerifyStages.Tlc(root, dir, Ui.Line, out var runs);
                    tlcRuns = runs;
                    return r;
                })
                .Add("spec search", () =>
                {
                    if (p.GetValue(skipSearch)) return StageResult.Skipped("--skip-search");
                    var r = SpecSearchStage.Run(root, Ui.Line, Parsing.Duration("--search-budget", p.GetValue(searchBudget)!), 0, 1, out var runs, p.GetValue(searchSpec));
                    searchRuns = runs;
                    SpecSearchRun.Save(runs, Path.Combine(dir, SpecSearchRun.ResultsFileName));
                    return r;
                })
                .Add("exploration", () =>
                {
                    OwnedDirectory.Recreate(expDir);
                    int code = NightlyCommand.Run(plan, expDir, resume: false, ProcessChildLauncher.ForCurrentProcess());
                    explored = ResultMerger.Merge(new[] { expDir });
                    exploreSource = $"verify exploration of {ShardPlan.FormatDuration(dur)} ({expDir})";
                    return code == 0
                        ? StageResult.Ok($"{explored.Results.Count} tests as expected, {explored.Iterations} schedules")
                        : StageResult.Failed(code, $"{explored.Failures} of {explored.Results.Count} tests not as expected");
                })
                .Add("conformance report", () =>
                {
                    var reportDir = Path.Combine(dir, "report");
                    var merged = explored ?? MergedResults.From(Array.Empty<RunHeader>(), Array.Empty<TestResult>());
                    ConformCommand.Write(root, reportDir, merged, explored is null ? "no exploration (the stage failed)" : exploreSource, tlcRuns, searchRuns);
                    return StageResult.Ok(Path.Combine(reportDir, "report.html"));
                });
            var (exit, _) = pipeline.Run();
            return exit;
        }));
        return cmd;
    }

    private static StageResult Exit(int code, string what) =>
        code == 0 ? StageResult.Ok() : StageResult.Failed(code == 1 ? 1 : Program.BugFound, $"{what} exited with code {code}");

    private static int Run(string exe, string[] args, string cwd)
    {
        Ui.Line($"$ {exe} {string.Join(' ', args)}");
        var psi = new ProcessStartInfo(exe) { WorkingDirectory = cwd, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var proc = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {exe}");
        proc.WaitForExit();
        return proc.ExitCode;
    }
}
