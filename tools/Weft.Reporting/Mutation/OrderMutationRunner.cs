using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Weft.Engine;

namespace Weft.Reporting;

/// <summary>
/// The memory-order mutation check. Discovery runs each selected test for a few iterations under its own model with an
/// <see cref="OrderSiteRecorder"/>, mapping every atomics call site of <c>impl/</c> it executes (file:line, kind,
/// declared order) to the tests that cover it. Then every one-step weakening of every site (<see cref="OrderMutation.Weakenings"/>)
/// is a mutant: under each weak model (TSO, RA: where a weaker order is observable at all) its covering tests are
/// explored with the mutant set on <see cref="CheckOptions.OrderMutant"/> until one finds a bug or the budget runs out.
/// A bug counts as caught only when its schedule, replayed with the declared order, does not fail the same way (else
/// the test fails unmutated on that schedule and is not credited). Single-site, one-step, bounded: see the README.
/// </summary>
internal static class OrderMutationRunner
{
    public static OrderMutationResults Run(OrderMutationSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var tests = settings.Tests.Where(t => !t.NegativeControl && !t.Id.StartsWith("bench/", StringComparison.Ordinal)).ToList();
        var (coverage, failing) = Discover(tests, settings);
        var bySite = coverage.Where(kv => kv.Key.InImplementation && SiteSelected(kv.Key.RelativeFile, kv.Key.Line, settings.Site))
            .OrderBy(kv => kv.Key.RelativeFile, StringComparer.Ordinal).ThenBy(kv => kv.Key.Line).ThenBy(kv => kv.Key.Kind).ThenBy(kv => kv.Key.Declared)
            .ToList();
        var sites = bySite.Select(kv => SiteRecord(kv.Key, kv.Value)).ToList();
        if (settings.RepoRoot is { } root) sites.AddRange(SourceSites.Uncovered(root, sites, settings.Site));
        var byId = tests.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var planned = bySite.SelectMany(kv => OrderMutation.Weakenings(kv.Key.Kind, kv.Key.Declared).Select(w =>
            (Mutant: new OrderMutant(kv.Key, w), Covering: kv.Value.Where(id => !failing.Contains(id)).Select(id => byId[id]).ToList()))).ToList();
        if (settings.TotalBudget is { } total)
        {
            int runs = Math.Max(1, planned.Count(p => p.Covering.Count > 0) * settings.Models.Count);
            var left = total - clock.Elapsed;
            settings = settings with { BudgetPerMutant = TimeSpan.FromMilliseconds(Math.Max(50, left.TotalMilliseconds / runs)) };
        }
        var mutants = planned.Select(p => RunMutant(p.Mutant, p.Covering, settings)).ToList();
        return new OrderMutationResults
        {
            Generated = DateTimeOffset.UtcNow,
            Tool = Checker.ToolVersion,
            Commit = Checker.Commit,
            Command = settings.Command,
            Filter = settings.Filter,
            Site = settings.Site,
            Models = settings.Models.Select(MemoryModels.Name).ToList(),
            BudgetSeconds = settings.BudgetPerMutant.TotalSeconds,
            Iterations = settings.IterationsPerTest,
            DiscoveryIterations = settings.DiscoveryIterations,
            Seconds = clock.Elapsed.TotalSeconds,
            Tests = tests.Select(t => t.Id).ToList(),
            FailingUnmutated = failing.OrderBy(x => x, StringComparer.Ordinal).ToList(),
            Sites = sites,
            Mutants = mutants,
        };
    }

    /// <summary>Runs each test a few iterations with a site recorder: site -> the tests that executed it; and the tests that failed.</summary>
    internal static (Dictionary<OrderSite, SortedSet<string>> Coverage, HashSet<string> Failing) Discover(
        IReadOnlyList<RegisteredTest> tests, OrderMutationSettings settings)
    {
        var coverage = new Dictionary<OrderSite, SortedSet<string>>();
        var failing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tests)
        {
            var recorder = new OrderSiteRecorder();
            var options = t.Apply(CheckOptions.Default with
            {
                Seed = settings.Seed,
                Iterations = settings.DiscoveryIterations,
                MinimizeReplays = 0,
                ScheduleDirectory = settings.ScheduleDirectory,
                OrderSites = recorder,
            });
            ExplorationResult r;
            try
            {
                r = Checker.Explore(t.Body, options);
            }
            catch (WeftInputException e)
            {
                // A test whose own options the engine refuses (say, a strategy that refuses its pinned model) covers nothing.
                failing.Add(t.Id);
                settings.Progress?.Invoke($"discovery {t.Id}: not run: {e.Message}");
                continue;
            }
            if (r.Bug is not null) failing.Add(t.Id); // fails unmutated: it cannot credit a mutant
            foreach (var site in recorder.Sites)
            {
                if (!coverage.TryGetValue(site, out var ids)) coverage[site] = ids = new SortedSet<string>(StringComparer.Ordinal);
                ids.Add(t.Id);
            }
            settings.Progress?.Invoke($"discovery {t.Id}: {recorder.Sites.Count} sites{(r.Bug is null ? "" : " (fails unmutated: " + r.Bug.Describe() + ")")}");
        }
        return (coverage, failing);
    }

    private static MutationSite SiteRecord(OrderSite site, IEnumerable<string> tests) => new()
    {
        File = site.RelativeFile,
        Line = site.Line,
        Kind = OrderMutation.KindName(site.Kind),
        Declared = OrderMutation.OrderName(site.Declared),
        Tests = tests.ToList(),
    };

    private static MutantResult RunMutant(OrderMutant mutant, IReadOnlyList<RegisteredTest> covering, OrderMutationSettings settings)
    {
        var outcomes = settings.Models.Select(model => RunUnder(mutant, model, covering, settings)).ToList();
        var result = new MutantResult
        {
            Id = mutant.Id,
            File = mutant.Site.RelativeFile,
            Line = mutant.Site.Line,
            Kind = OrderMutation.KindName(mutant.Site.Kind),
            Declared = OrderMutation.OrderName(mutant.Site.Declared),
            Weakened = OrderMutation.OrderName(mutant.Weakened),
            Tests = covering.Select(t => t.Id).ToList(),
            Outcomes = outcomes,
        };
        settings.Progress?.Invoke($"{mutant.Id}: {string.Join(", ", outcomes.Select(o => o.Model + " " + o.Verdict + (o.Test is null ? "" : " by " + o.Test)))}");
        return result;
    }

    /// <summary>The mutant under one model: its covering tests in id order, each bounded by its iterations and by what is left of the budget.</summary>
    internal static ModelOutcome RunUnder(OrderMutant mutant, MemoryModel model, IReadOnlyList<RegisteredTest> covering, OrderMutationSettings settings)
    {
        var name = MemoryModels.Name(model);
        if (covering.Count == 0)
            return new ModelOutcome { Model = name, Verdict = MutationVerdicts.NoTest, Runs = Array.Empty<MutantTestRun>(), Seconds = 0 };
        var clock = Stopwatch.StartNew();
        var runs = new List<MutantTestRun>();
        foreach (var t in covering)
        {
            var left = settings.BudgetPerMutant - clock.Elapsed;
            if (left <= TimeSpan.Zero) break;
            var (run, bug) = RunOne(mutant, model, t, left, settings);
            runs.Add(run);
            if (bug is null) continue;
            return new ModelOutcome
            {
                Model = name,
                Verdict = MutationVerdicts.Caught,
                Runs = runs,
                Seconds = clock.Elapsed.TotalSeconds,
                Test = t.Id,
                BugKind = BugReport.KindText(bug.Kind),
                Monitor = bug.Monitor,
                Message = bug.Message,
                Schedule = bug.SchedulePath,
                Rerun = Rerun(mutant, model, t, settings),
            };
        }
        return new ModelOutcome { Model = name, Verdict = MutationVerdicts.NotCaught, Runs = runs, Seconds = clock.Elapsed.TotalSeconds };
    }

    /// <summary>One covering test explored with the mutant under <paramref name="model"/>: the run's record, and the bug when it caught the mutant.</summary>
    private static (MutantTestRun Run, BugReport? Caught) RunOne(OrderMutant mutant, MemoryModel model, RegisteredTest t, TimeSpan left, OrderMutationSettings settings)
    {
        if (model == MemoryModel.RA && t.BaseOptions.RaceDetector)
            return (new MutantTestRun { Test = t.Id, Iterations = 0, Seconds = 0, Result = "skipped: its race detector does not run under ra" }, null);
        var options = t.Apply(CheckOptions.Default with
        {
            Seed = settings.Seed,
            Iterations = settings.IterationsPerTest ?? t.Budget,
            MinimizeReplays = 0,
            ScheduleDirectory = settings.ScheduleDirectory,
        }) with
        {
            MemoryModel = model,
            TimeBudget = left,
            OrderMutant = mutant,
        };
        var clock = Stopwatch.StartNew();
        ExplorationResult r;
        try
        {
            r = Checker.Explore(t.Body, options);
        }
        catch (WeftInputException e)
        {
            // The engine refuses this test under this model (a strategy it pins does not run there).
            return (new MutantTestRun { Test = t.Id, Iterations = 0, Seconds = 0, Result = "skipped: " + e.Message }, null);
        }
        string result = r.Bug is not { } bug ? "ok" : FailsUnmutated(bug, t, options) ? "fails unmutated" : "caught";
        var run = new MutantTestRun { Test = t.Id, Iterations = r.Iterations, Seconds = clock.Elapsed.TotalSeconds, Result = result };
        return (run, result == "caught" ? r.Bug : null);
    }

    /// <summary>
    /// True when <paramref name="bug"/>'s schedule, replayed with the declared order (no mutant), fails the same way: the
    /// bug is the test's own, not the mutant's. A replay that diverges (the declared order changes what the run does) or
    /// ends cleanly does not.
    /// </summary>
    private static bool FailsUnmutated(BugReport bug, RegisteredTest t, CheckOptions options)
    {
        try
        {
            // The schedule records the mutant (replay would apply it again): drop it from both.
            var replay = Checker.Replay(bug.Schedule with { OrderMutant = null }, t.Body, options with { OrderMutant = null, TimeBudget = null });
            return replay.Bug is { } again && again.Kind == bug.Kind && again.Monitor == bug.Monitor;
        }
        catch (ReplayDivergenceException)
        {
            return false;
        }
    }

    /// <summary>
    /// <c>--site</c>: empty selects every site; <c>file:line</c> that one line; anything else the files whose
    /// <c>impl/</c>-relative path starts with it (<c>impl/src/Reclamation/</c>, <c>impl/src/Collections/TreiberStack.cs</c>).
    /// </summary>
    internal static bool SiteSelected(string file, int line, string filter)
    {
        if (filter.Length == 0) return true;
        int colon = filter.LastIndexOf(':');
        if (colon > 0 && int.TryParse(filter.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int wanted))
            return line == wanted && string.Equals(file, filter[..colon], StringComparison.Ordinal);
        return file.StartsWith(filter, StringComparison.Ordinal);
    }

    /// <summary>The command that runs this one mutant under one model on one test again (same seed, same budget).</summary>
    internal static string Rerun(OrderMutant mutant, MemoryModel model, RegisteredTest t, OrderMutationSettings settings) =>
        string.Create(CultureInfo.InvariantCulture,
            $"weft mutate-orders --filter {t.Id} --site {mutant.Site.Location} --memory-model {MemoryModels.Name(model)} --iterations {settings.IterationsPerTest ?? t.Budget} --seed {settings.Seed}");
}
