using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Weft.Reporting;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft mutate-orders [--filter F...] [--site S] [--memory-model tso|ra|both] [--budget 10s] [--iterations N] [--out dir]</c>: the
/// memory-order mutation check (<see cref="OrderMutationRunner"/>). Weakens each atomics call site of <c>impl/</c> one
/// step at a time, runs the site's covering tests under TSO and RA, and writes mutation.json and mutation.md. A weakening
/// no test catches is a finding to review, not a failure: exit 0 unless the input is bad (1).
/// </summary>
internal static class MutateOrdersCommand
{
    public static Command Create()
    {
        var filter = new Option<string[]>("--filter") { Description = "Tests whose sites are mutated and that run them: all (every test but bench/ and negative controls), an id, or a prefix such as treiber/; repeat for several", DefaultValueFactory = _ => new[] { "all" }, AllowMultipleArgumentsPerToken = true };
        var site = new Option<string?>("--site") { Description = "Only these sites: a file under impl/ (or a folder prefix), or file:line (e.g. impl/src/Reclamation/IbrReclaimer.cs:120)" };
        var model = new Option<string>("--memory-model") { Description = "The weak models the mutants run under: tso, ra or both (sc cannot observe a weaker order)", DefaultValueFactory = _ => "both" };
        var budget = new Option<string>("--budget") { Description = "Wall-clock budget of one mutant under one model, over its covering tests in turn (e.g. 500ms, 10s, 1m)", DefaultValueFactory = _ => "10s" };
        var iterations = new Option<int?>("--iterations") { Description = "Iterations of each covering test per mutant and model (default: each test's own budget); with the seed, this makes the run reproducible at any machine load" };
        var discovery = new Option<int>("--discovery-iterations") { Description = "Iterations of each test in the discovery run that maps sites to tests", DefaultValueFactory = _ => 20 };
        var seed = new Option<ulong>("--seed") { Description = "Root seed", DefaultValueFactory = _ => CheckOptions.Default.Seed };
        var outDir = new Option<string>("--out") { Description = "Output directory: mutation.json, mutation.md and the schedules of caught mutants", DefaultValueFactory = _ => Path.Combine(".weft", "mutation") };
        var cmd = new Command("mutate-orders", "Weaken each memory order of impl/ one step and report which weakenings the tests catch under TSO and RA")
        {
            filter, site, model, budget, iterations, discovery, seed, outDir,
        };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var models = Models(p.GetValue(model)!);
            var perMutant = Parsing.Duration("--budget", p.GetValue(budget)!);
            Parsing.AtLeast("--discovery-iterations", p.GetValue(discovery), 1, "a number of iterations");
            Parsing.AtLeast("--iterations", p.GetValue(iterations), 1, "a number of iterations");
            var siteFilter = Site(p.GetValue(site));
            var filters = p.GetValue(filter) is { Length: > 0 } given ? given : new[] { "all" };
            var tests = filters.SelectMany(Registry.Select).DistinctBy(t => t.Id).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
            var dir = OutputDirectory.Prepare("--out", p.GetValue(outDir)!);
            var settings = new OrderMutationSettings
            {
                Tests = tests,
                Filter = string.Join(" ", filters),
                Site = siteFilter,
                Models = models,
                BudgetPerMutant = perMutant,
                IterationsPerTest = p.GetValue(iterations),
                DiscoveryIterations = p.GetValue(discovery),
                Seed = p.GetValue(seed),
                ScheduleDirectory = Path.Combine(dir, "schedules"),
                RepoRoot = Registry.AssemblyPaths.Count == 0 ? RepoRoot.TryFind() : null,
                Command = "weft " + string.Join(" ", Environment.GetCommandLineArgs().Skip(1)),
                Progress = Ui.Line,
            };
            return Write(OrderMutationRunner.Run(settings), dir);
        }));
        return cmd;
    }

    /// <summary>
    /// The stage of the conformance report and of the nightly run: the check over <paramref name="tests"/> (every
    /// registered test by default) within <paramref name="total"/>, its files written to <paramref name="dir"/>.
    /// </summary>
    internal static OrderMutationResults Stage(TimeSpan total, string dir, string? repo, IReadOnlyList<RegisteredTest>? tests = null, string? command = null, string filter = "all")
    {
        OutputDirectory.Prepare("--out", dir);
        Ui.Line("");
        Ui.Line($"memory-order mutation: {ShardPlan.FormatDuration(total)} budget; results in {dir}");
        var results = OrderMutationRunner.Run(new OrderMutationSettings
        {
            Tests = tests ?? Registry.All,
            Filter = filter,
            TotalBudget = total,
            ScheduleDirectory = Path.Combine(dir, "schedules"),
            RepoRoot = repo,
            Command = command ?? "weft conform --mutation-budget " + ShardPlan.FormatDuration(total),
        });
        Write(results, dir);
        return results;
    }

    /// <summary>Writes mutation.json and mutation.md in <paramref name="dir"/> and prints the table. Findings are not failures: 0.</summary>
    internal static int Write(OrderMutationResults results, string dir)
    {
        if (results.Sites.Count == 0)
            throw new WeftInputException($"the selected tests execute no atomics call site of impl/{(results.Site.Length > 0 ? $" matching --site {results.Site}" : "")}; nothing to mutate");
        var json = Path.Combine(dir, OrderMutationResults.FileName);
        var md = Path.Combine(dir, "mutation.md");
        AtomicFile.WriteAllText(json, results.ToJson());
        AtomicFile.WriteAllText(md, OrderMutationTable.Markdown(results));
        Ui.Line("");
        Ui.Table(OrderMutationTable.Headers, OrderMutationTable.Rows(results));
        foreach (var line in OrderMutationTable.Uncovered(results)) Ui.Line($"{MutationVerdicts.NoTest}: {line}");
        Ui.Line("");
        Ui.Line(OrderMutationTable.Summary(results));
        foreach (var m in results.Mutants)
            foreach (var o in m.Outcomes.Where(o => o.Schedule is not null))
                Ui.Line($"  {m.Id} under {o.Model}: schedule {o.Schedule}; rerun: {o.Rerun}");
        Ui.Line("wrote " + json);
        Ui.Line("wrote " + md);
        return Program.Ok;
    }

    /// <summary><c>tso</c>, <c>ra</c> or <c>both</c>; anything else (sc included) is an input error.</summary>
    internal static IReadOnlyList<MemoryModel> Models(string text) => text switch
    {
        "both" => new[] { MemoryModel.TSO, MemoryModel.RA },
        "tso" => new[] { MemoryModel.TSO },
        "ra" => new[] { MemoryModel.RA },
        "sc" => throw new WeftInputException("--memory-model sc: a weakened order is not observable under sequential consistency; expected tso, ra or both"),
        _ => throw new WeftInputException($"--memory-model: unknown model '{text}'; expected tso, ra or both"),
    };

    /// <summary>The site filter, normalized to forward slashes; a path outside impl/ is an input error.</summary>
    internal static string Site(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var site = text.Replace('\\', '/');
        if (!site.StartsWith("impl/", StringComparison.Ordinal))
            throw new WeftInputException($"--site '{text}': expected a file or folder under impl/ (e.g. impl/src/Reclamation/IbrReclaimer.cs), optionally with :line");
        int colon = site.LastIndexOf(':');
        if (colon > 0 && !(int.TryParse(site.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int line) && line > 0))
            throw new WeftInputException($"--site '{text}': '{site[(colon + 1)..]}' is not a line number; expected file:line");
        return site;
    }
}
