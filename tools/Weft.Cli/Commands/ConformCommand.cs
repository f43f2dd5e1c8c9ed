using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Weft.Reporting;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft conform [--out dir] [--results dir...] [--time-budget 60s] [--tlc-results tlc.json] [--search-results search.json]</c>: the conformance
/// report for design reviews (report.md, report.html, report.json, report.yaml). Its exploration data come from
/// the given results directories (nightly shards), or else from a short exploration of every registered test run
/// now (in child processes, within --time-budget). Exit 2 when the report lists failures, 0 otherwise.
/// </summary>
internal static class ConformCommand
{
    /// <summary>Where trace results come from. The trace-replay subsystem replaces this with a provider that replays.</summary>
    public static ITraceResultProvider Traces { get; set; } = new ReplayingTraceProvider();

    public static Command Create()
    {
        var outDir = new Option<string>("--out") { Description = "Output directory of the report", DefaultValueFactory = _ => Path.Combine(".weft", "conform") };
        var results = new Option<string[]>("--results") { Description = "Results directories of weft nightly runs (shards) to report on", AllowMultipleArgumentsPerToken = true };
        var budget = new Option<string>("--time-budget") { Description = "Without --results: the budget of the exploration run for the report", DefaultValueFactory = _ => "60s" };
        var tlc = new Option<string?>("--tlc-results") { Description = "TLC results (tlc.json) written by weft verify's TLC stage; without it the manifests' recorded results are shown" };
        var search = new Option<string?>("--search-results") { Description = "The engine's spec searches (search.json) written by weft verify's spec-search stage (default: the search.json of each --results folder, from weft nightly's stage)" };
        var root = new Option<string?>("--root") { Description = "The Weft repository (default: found above the current directory; with --assembly, none: a report on those tests alone)" };
        var mutationResults = new Option<string?>("--mutation-results") { Description = "The memory-order mutation table (mutation.json) written by weft mutate-orders (default: mutation/mutation.json of a --results folder, from weft nightly --mutation-budget)" };
        var mutationBudget = new Option<string?>("--mutation-budget") { Description = "Without --mutation-results: run the memory-order mutation check over every registered test within this total budget (e.g. 10m); absent, the report says it did not run" };
        var assembly = AssemblyOption.Create();
        var cmd = new Command("conform", "Write the conformance report: invariants and monitors, exploration, TLC, traces, negative controls, gaps")
        {
            outDir, results, budget, tlc, search, root, assembly, mutationResults, mutationBudget,
        };
        cmd.SetAction(p => Program.Guard(() =>
        {
            AssemblyOption.Apply(p, assembly);
            var repo = Repository(p.GetValue(root));
            if (repo is not null) RequireSpecs(repo, p.GetValue(root) is null ? "the repository" : "--root");
            var tlcPath = p.GetValue(tlc) is { } tp ? OutputDirectory.ExistingFile("--tlc-results", tp) : null;
            var searchPath = p.GetValue(search) is { } spp ? OutputDirectory.ExistingFile("--search-results", spp) : null;
            var mutationPath = p.GetValue(mutationResults) is { } mp ? OutputDirectory.ExistingFile("--mutation-results", mp) : null;
            if (mutationPath is not null && p.GetValue(mutationBudget) is not null)
                throw new WeftInputException("--mutation-results and --mutation-budget: give one (the results of a mutate-orders run, or a budget to run the check now)");
            var mutationTotal = p.GetValue(mutationBudget) is { } mb ? Parsing.Duration("--mutation-budget", mb) : (TimeSpan?)null;
            var mutation = mutationPath is not null ? OrderMutationResults.Load(mutationPath) : null;
            var dir = p.GetValue(outDir)!;
            OutputDirectory.Prepare("--out", dir);
            using var claim = OutputLock.Acquire(dir, "weft conform --out " + dir);
            MergedResults merged;
            string source;
            var dirs = p.GetValue(results) ?? Array.Empty<string>();
            if (dirs.Length > 0)
            {
                merged = ResultMerger.Merge(dirs);
                source = "results of " + string.Join(", ", dirs);
            }
            else
            {
                var total = Parsing.Duration("--time-budget", p.GetValue(budget)!);
                (merged, source) = Explore(total, Path.Combine(dir, "exploration"), "all");
            }
            var runs = tlcPath is { } t ? TlcRunner.Load(t) : null;
            // Without --search-results, the spec-search stage records of the nightly shards (search.json in each results folder).
            var shardSearches = dirs.Select(d => Path.Combine(d, SpecSearchRun.ResultsFileName)).Where(File.Exists).ToList();
            var searches = searchPath is { } sp ? SpecSearchRun.Load(sp)
                : shardSearches.Count > 0 ? shardSearches.SelectMany(SpecSearchRun.Load).ToList() : null;
            if (mutationTotal is { } mt) mutation = MutateOrdersCommand.Stage(mt, Path.Combine(dir, "mutation"), repo);
            // Without either option, the mutation stage of a nightly run (mutation/mutation.json in a --results folder).
            mutation ??= p.GetValue(mutationBudget) is null && p.GetValue(mutationResults) is null
                ? dirs.Select(d => Path.Combine(d, "mutation", OrderMutationResults.FileName)).Where(File.Exists).Select(OrderMutationResults.Load).FirstOrDefault()
                : null;
            return Write(repo, dir, merged, source, runs, searches, mutation);
        }));
        return cmd;
    }

    /// <summary>
    /// The Weft repository whose specs, catalog and traces a report covers: <paramref name="root"/>, else the one above
    /// the current directory; null for a report on the tests of --assembly files alone (no --root given).
    /// </summary>
    internal static string? Repository(string? root) =>
        root is not null ? Path.GetFullPath(root) : Registry.AssemblyPaths.Count > 0 ? null : RepoRoot.Find();

    /// <summary>
    /// Refuses a repository without specs (a mistyped <c>--root</c>): a report over no spec would say "conforms"
    /// about nothing.
    /// </summary>
    internal static void RequireSpecs(string repo, string what)
    {
        if (!Directory.Exists(repo))
            throw new WeftInputException($"{what} {repo}: no such folder; expected the Weft repository");
        if (SpecManifest.ReadAll(repo).Count == 0)
            throw new WeftInputException($"{what} {repo}: no specs found (no tla/<Spec>/manifest.yaml); expected the Weft repository");
    }

    /// <summary>
    /// A fresh exploration run for a report, in <paramref name="dir"/>: a folder Weft made before (see
    /// <see cref="OwnedDirectory"/>) is replaced; a folder holding anything else is refused, never deleted.
    /// </summary>
    internal static (MergedResults, string) Explore(TimeSpan total, string dir, string filter)
    {
        var plan = NightlyCommand.Plan(NightlyCommand.SelectIds(filter), CheckOptions.Default.Seed, 0, 1, filter, total);
        NightlyCommand.CheckShare(plan);
        OwnedDirectory.Recreate(dir);
        NightlyCommand.Run(plan, dir, resume: false, NightlyCommand.Launcher());
        return (ResultMerger.Merge(new[] { dir }), $"exploration of {ShardPlan.FormatDuration(total)} run for this report ({dir})");
    }

    /// <summary>The report over <paramref name="repo"/>'s specs, catalog and traces; with no repository, over the exploration alone.</summary>
    internal static ConformanceReport Build(string? repo, MergedResults merged, string source, IReadOnlyList<TlcRun>? tlcRuns,
        IReadOnlyList<SpecSearchRun>? searchRuns = null, OrderMutationResults? mutation = null) =>
        ConformanceBuilder.Build(new ConformanceInputs
        {
            RepoRoot = repo ?? Directory.GetCurrentDirectory(),
            Manifests = repo is null ? Array.Empty<SpecManifest>() : SpecManifest.ReadAll(repo),
            Algorithms = repo is null ? Array.Empty<AlgorithmEntry>() : AlgorithmCatalog.Read(repo),
            Registered = Registry.All,
            Results = merged,
            ExplorationSource = source,
            Traces = repo is null ? Array.Empty<TraceResult>() : Traces.Results(repo),
            TlcRuns = tlcRuns,
            SearchRuns = searchRuns,
            OrderMutation = mutation,
            CommitDate = path => repo is null ? null : ConformanceBuilder.GitCommitDate(repo, path),
        });

    internal static int Write(string? repo, string dir, MergedResults merged, string source, IReadOnlyList<TlcRun>? tlcRuns,
        IReadOnlyList<SpecSearchRun>? searchRuns = null, OrderMutationResults? mutation = null)
    {
        var report = Build(repo, merged, source, tlcRuns, searchRuns, mutation);
        var files = ReportWriter.WriteAll(report, dir);
        Ui.Line("");
        Ui.Line($"conformance report: {report.Verdict} {report.Scope.Qualifier(report.Verdict == "conforms")}; {report.Failures.Count} failures, {report.Gaps.Count} open gaps");
        foreach (var c in report.Scope.Checked) Ui.Line("  checked      " + c);
        foreach (var g in report.Scope.NotChecked) Ui.Line($"  not checked  {g.Reason} ({g.Subjects.Count}): {g.ShortList()}");
        foreach (var f in report.Failures) Ui.Line("  FAILED " + f);
        foreach (var g in report.Gaps) Ui.Line($"  gap    {g.Kind}: {g.Subject}: {g.Detail}");
        foreach (var f in files) Ui.Line("  wrote " + f);
        return report.Verdict == "conforms" ? Program.Ok : Program.BugFound;
    }
}
