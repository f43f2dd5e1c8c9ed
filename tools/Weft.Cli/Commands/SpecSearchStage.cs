using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Weft.Reporting;
using Weft.Specs;
using Weft.Tla;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft verify</c>'s and <c>weft nightly</c>'s spec-search stage: for every configuration of every spec with a C#
/// model, the engine's own systematic search at the spec's granularity must agree with the manifest's TLC result, and
/// its state counts are reported beside TLC's.
///
/// Each configuration first gets the stateful search (<see cref="TraceExport.SearchStateful"/>: every state
/// fingerprinted, revisits pruned, no preemption bound) for its share of the budget, split evenly over the
/// configurations as nightly splits its budget over tests. A configuration TLC passes must run clean; exhausted, its
/// distinct states and depth are TLC's counterparts ("engine: N states, depth D; TLC: M states, depth E"). A
/// configuration TLC finds a violation in must fail, with the monitor of the invariant TLC names: its stateful search
/// deepens an action bound (40, 60, 90, ...; each bound searched exhaustively) so it meets the shortest behaviours that
/// show the violation first, as TLC's breadth-first search does. When the stateful
/// search does not fail within its share, the preemption-bounded search runs (60 actions and 2 preemptions, then 3,
/// then 80 actions, then 120 with 2: a depth-first search may spend its share deep in one corner, where a few
/// preemptions reach a violation at once). A TLA+-only configuration (its model refuses it) is listed and skipped.
/// An <c>ACTION_CONSTRAINT</c> (an adversarial scheduler that restricts TLC to some behaviours) is applied to a
/// configuration TLC finds a violation in: it is searched under the model's transcription of the constraint by the
/// bounded search, delay-bounded from round-robin (<see cref="TraceExport.Search"/>; the stateful search does not
/// restrict actions); one whose constraint the model does not transcribe is listed as not compared, and counted so. A
/// passing configuration is searched without its constraint: every behaviour TLC explores is among those, so running
/// clean is the stronger agreement. So is a violation the search does not find where the manifest says why it cannot
/// be expected to (<c>search_not_compared</c>): the search runs, and a configuration whose violation it finds after
/// all agrees.

/// </summary>
internal static class SpecSearchStage
{
    public const int Actions = 60, LongActions = 80, LongerActions = 120;
    public const long MaxSchedules = 100_000;

    /// <summary>The first action bound of the iterative deepening that looks for a violation.</summary>
    public const int DeepeningStart = 40;

    /// <summary>verify's default budget for the whole stage.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMinutes(10);

    public static StageResult Run(string root, Action<string> log) => Run(root, log, out _);

    public static StageResult Run(string root, Action<string> log, out IReadOnlyList<SpecSearchRun> runs) =>
        Run(root, log, DefaultBudget, 0, 1, out runs);

    /// <summary>The configurations the stage searches: (spec folder, model, manifest entry), in spec then manifest order.</summary>
    public static List<(string Dir, SpecModel Model, TlcExpectation Config)> Configurations(string root)
    {
        var list = new List<(string, SpecModel, TlcExpectation)>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(root, "tla")).OrderBy(d => d, StringComparer.Ordinal))
        {
            var manifestPath = Path.Combine(dir, "manifest.yaml");
            var model = SpecModels.All.FirstOrDefault(m => m.Spec == Path.GetFileName(dir));
            if (!File.Exists(manifestPath) || model is null) continue;
            foreach (var c in TlcManifest.Load(manifestPath).Configs) list.Add((dir, model, c));
        }
        return list;
    }

    /// <summary>
    /// Runs the stage over shard <paramref name="shard"/> of <paramref name="shards"/> (configuration k goes to shard
    /// k mod n), <paramref name="budget"/> split evenly over the shard's configurations; <paramref name="runs"/> gets
    /// one record per searched configuration, for the report.
    /// </summary>
    public static StageResult Run(string root, Action<string> log, TimeSpan budget, int shard, int shards, out IReadOnlyList<SpecSearchRun> runs,
        string? onlySpec = null)
    {
        int agree = 0, disagree = 0, skipped = 0;
        var list = new List<SpecSearchRun>();
        runs = list;
        var all = Configurations(root);
        if (onlySpec is not null && !all.Any(x => Path.GetFileName(x.Dir) == onlySpec))
            throw new WeftInputException($"--search-spec {onlySpec}: no tla/ folder of that name has a manifest and a C# model");
        var configs = all.Where(x => onlySpec is null || Path.GetFileName(x.Dir) == onlySpec).Where((_, k) => k % shards == shard).ToList();
        var share = configs.Count == 0 ? budget : budget / configs.Count;
        log(string.Create(CultureInfo.InvariantCulture, $"  {configs.Count} configurations, {share.TotalSeconds:F1}s of stateful search each"));
        foreach (var (dir, model, c) in configs)
        {
            var spec = Path.GetFileName(dir);
            var constants = TlcConfig.ReadConstants(Path.Combine(dir, c.Config));
            string? constraint;
            try
            {
                var instance = model.Create(constants);
                if (ConstraintOf(dir, c, instance, out constraint) is { } notCompared)
                {
                    skipped++;
                    log($"  NOT COMPARED {spec}/{c.Config} (TLC: {c.Expected}): {notCompared}");
                    continue;
                }
            }
            catch (WeftInputException e)
            {
                skipped++;
                log($"  skipped      {spec}/{c.Config}: {e.Message}");
                continue;
            }
            var run = Search(model, constants, c, spec, share, TlcConfig.HasConstraint(Path.Combine(dir, c.Config)), constraint);
            if (!run.Agrees && c.Expected == "violation" && c.SearchNotCompared is { } why)
            {
                skipped++;
                log($"  NOT COMPARED {spec}/{c.Config} (TLC: violation of {c.ViolatedInvariant ?? c.ViolatedProperty}): {run.Describe()} found no violation; {why}");
                continue;
            }
            list.Add(run);
            if (run.Agrees) agree++;
            else disagree++;
            log($"  {(run.Agrees ? "agrees" : "DISAGREES"),-12} {spec}/{c.Config} (TLC: {c.Expected}): {run.Describe()}");
        }
        if (agree + disagree + skipped == 0) return StageResult.Skipped("no spec with a C# model");
        return disagree > 0
            ? StageResult.Failed(2, $"{disagree} of {agree + disagree} configurations: the engine's search disagrees with TLC")
            : StageResult.Ok($"{agree} configurations agree with TLC{(skipped > 0 ? $", {skipped} not compared (TLA+-only, or an ACTION_CONSTRAINT the model does not transcribe)" : "")}");
    }

    /// <summary>
    /// The configuration's action constraint to search a violation under (null: none, or a passing configuration, which
    /// is searched without it), or, returned, why the configuration cannot be compared: more than one constraint, or one
    /// the model does not transcribe.
    /// </summary>
    private static string? ConstraintOf(string dir, TlcExpectation c, SpecInstance instance, out string? constraint)
    {
        constraint = null;
        if (c.Expected != "violation") return null;
        var constraints = TlcConfig.ReadActionConstraints(Path.Combine(dir, c.Config));
        if (constraints.Count == 0) return null;
        constraint = constraints[0];
        if (constraints.Count == 1 && instance.ActionConstraint(constraint) is not null) return null;
        return $"its ACTION_CONSTRAINT {string.Join(", ", constraints)} restricts TLC to some behaviours, and the model does not transcribe {(constraints.Count > 1 ? "more than one constraint" : "it")}, so the search cannot run the configuration as TLC does";
    }

    /// <summary>
    /// One configuration: the stateful search, then (a violation not found yet) the bounded searches. A violation under an
    /// action constraint gets the bounded searches only, under that constraint (the stateful search does not restrict actions).
    /// </summary>
    private static SpecSearchRun Search(SpecModel model, IReadOnlyDictionary<string, TlaValue> constants, TlcExpectation c, string spec, TimeSpan share,
        bool constrainedConfig, string? constraint)
    {
        bool violation = c.Expected == "violation";
        // A violation is looked for by iterative deepening (each bound exhaustive, so the shortest behaviours first); a
        // passing configuration is explored without a bound on actions.
        var r = constraint is not null ? null
            : violation
            ? TraceExport.SearchStatefulDeepening(model, constants, DeepeningStart, share)
            : TraceExport.SearchStateful(model, constants, TraceSearchCommand.StatefulActions, share);
        var space = r?.Space;
        string mode = "stateful";
        int actions = TraceSearchCommand.StatefulActions, bound = 0;
        if (violation && r?.Failure is null)
        {
            // A configuration TLC finds a violation in gets longer and more preemptive bounded searches until one fails.
            mode = "bounded";
            foreach (var (a, k) in new[] { (Actions, 2), (Actions, 3), (LongActions, 2), (LongActions, 3), (LongerActions, 2) })
            {
                (actions, bound) = (a, k);
                r = TraceExport.Search(model, constants, actions, bound, MaxSchedules, actionConstraint: constraint);
                if (r.Failure is not null) break;
            }
        }
        var result = r ?? throw new InvalidOperationException("internal: no search ran for " + c.Config);
        string? failure = result.Failure is { } f ? f.Bug?.Message ?? f.Error : null;
        return new SpecSearchRun
        {
            Spec = spec, Config = c.Config, Expected = c.Expected, Failure = failure, Mode = mode,
            Schedules = result.Schedules, Actions = actions, Preemptions = bound, Exhausted = result.Exhausted, Seconds = result.Elapsed.TotalSeconds,
            Agrees = violation == (result.Failure is not null),
            SameInvariant = violation && result.Failure is { } ff ? SameInvariant(model, c, ff.Bug) : null,
            States = space?.States, Depth = space?.Depth, Transitions = space?.Transitions,
            ActionsRun = space?.ActionsRun, ActionsReplayed = space?.ActionsReplayed,
            TlcStates = c.DistinctStates, TlcDepth = c.Depth, TlcSeconds = c.WallSeconds,
            StateComparison = space is null ? "(searched under its ACTION_CONSTRAINT by the bounded search only: no state count)"
                : Compare(model, c, space, result.Exhausted && mode == "stateful", result.Failure is not null, constrainedConfig),
            ActionConstraint = constraint,
        };
    }

    /// <summary>True when <paramref name="bug"/> is the failure of the invariant or property TLC names for the configuration.</summary>
    internal static bool SameInvariant(SpecModel model, TlcExpectation c, BugReport? bug)
    {
        if (bug is null) return false;
        if (c.ViolatedProperty == "Deadlock") return bug.Kind == BugKind.Deadlock;
        var name = c.ViolatedInvariant ?? c.ViolatedProperty;
        var monitor = model.Invariants.FirstOrDefault(i => i.Name == name)?.Monitor;
        if (monitor is null || bug.Monitor is null) return false;
        return bug.Monitor.EndsWith(monitor, StringComparison.Ordinal) || monitor.EndsWith(bug.Monitor, StringComparison.Ordinal)
            || (bug.Message.Contains(name!, StringComparison.Ordinal) && bug.Message.Contains("fails on the implementation's state", StringComparison.Ordinal));
    }

    /// <summary>The comparison of the engine's distinct states with TLC's, with the reason for any difference.</summary>
    internal static string Compare(SpecModel model, TlcExpectation c, StateSpaceSummary s, bool exhausted, bool failed, bool constrainedConfig = true)
    {
        if (c.DistinctStates is not { } tlc) return "(the manifest records no TLC state count)";
        if (failed || c.Expected == "violation")
            return "(counts of partial searches: TLC stops at its first violation breadth-first, the engine at its first depth-first; not compared)";
        if (!exhausted)
            return string.Create(CultureInfo.InvariantCulture, $"(not exhausted within the budget: {100.0 * s.States / Math.Max(1, tlc):F0}% of TLC's count so far)");
        if (constrainedConfig && !s.Constrained) return "(the model does not implement the configuration's constraint: the counts are not comparable)";
        if (s.States == tlc) return "(equal: the implementation reaches as many distinct states as the spec)";
        var unmapped = model.Unmapped.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        string why = s.States < tlc
            ? $"TLC counts {tlc - s.States:N0} more: its states also hold {(unmapped.Count > 0 ? string.Join(", ", unmapped) : "no unmapped variable")}" +
              " (the spec keeps a procedure's locals in variables after the procedure returns; the implementation's locals are dead there, so the fingerprint holds only live ones)"
            : $"the engine counts {s.States - tlc:N0} more: its fingerprint splits states the spec merges (live locals and raw handle values the spec abstracts)";
        if (s.Uncovered.Count > 0) why += $"; not in the fingerprint: {string.Join(", ", s.Uncovered)}";
        return "(" + why + ")";
    }
}
