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
/// <c>weft verify</c>'s spec-search stage: for every configuration of every spec with a C# model, the engine's own
/// systematic search at the spec's granularity (<see cref="TraceExport.Search"/>) must agree with the manifest's
/// TLC result: a configuration TLC finds a violation in must fail within the bound (60 actions and 2 preemptions,
/// then 3, then 80 actions, then 120 actions with 2 preemptions: TLC's breadth-first counterexample is the shortest,
/// but it may switch threads more often than a longer behaviour that breaks the invariant too), and a
/// configuration TLC passes must run clean through every schedule searched. A TLA+-only configuration (its model
/// refuses it) is listed and skipped. An <c>ACTION_CONSTRAINT</c> (an adversarial scheduler that restricts TLC to some
/// behaviours) is applied to a configuration TLC finds a violation in: it is searched under the model's transcription
/// of the constraint, delay-bounded from round-robin with the same bounds (<see cref="TraceExport.Search"/>); one whose
/// constraint the model does not transcribe is listed as not compared, and counted so. A passing configuration is
/// searched without its constraint: every behaviour TLC explores is among those, so running clean is the stronger
/// agreement. So is a violation the search does not find where the
/// manifest says why it cannot be expected to (<c>search_not_compared</c>): the search runs, and a configuration
/// whose violation it finds after all agrees.
/// </summary>
internal static class SpecSearchStage
{
    public const int Actions = 60, LongActions = 80, LongerActions = 120;
    public const long MaxSchedules = 100_000;

    public static StageResult Run(string root, Action<string> log) => Run(root, log, out _);

    /// <summary>Runs the stage; <paramref name="runs"/> gets one record per searched configuration, for the report.</summary>
    public static StageResult Run(string root, Action<string> log, out IReadOnlyList<SpecSearchRun> runs)
    {
        int agree = 0, disagree = 0, skipped = 0;
        var list = new List<SpecSearchRun>();
        runs = list;
        foreach (var dir in Directory.GetDirectories(Path.Combine(root, "tla")).OrderBy(d => d, StringComparer.Ordinal))
        {
            var manifestPath = Path.Combine(dir, "manifest.yaml");
            var spec = Path.GetFileName(dir);
            var model = SpecModels.All.FirstOrDefault(m => m.Spec == spec);
            if (!File.Exists(manifestPath) || model is null) continue;
            foreach (var c in TlcManifest.Load(manifestPath).Configs)
            {
                var constants = TlcConfig.ReadConstants(Path.Combine(dir, c.Config));
                bool violation = c.Expected == "violation";
                IReadOnlyList<string> constraints = violation ? TlcConfig.ReadActionConstraints(Path.Combine(dir, c.Config)) : Array.Empty<string>();
                string? constraint = constraints.Count > 0 ? constraints[0] : null;
                try
                {
                    var instance = model.Create(constants);
                    if (constraints.Count > 1 || (constraint is not null && instance.ActionConstraint(constraint) is null))
                    {
                        skipped++;
                        log($"  NOT COMPARED {spec}/{c.Config} (TLC: {c.Expected}): its ACTION_CONSTRAINT {string.Join(", ", constraints)} restricts TLC to some behaviours, and the {spec} model does not transcribe {(constraints.Count > 1 ? "more than one constraint" : "it")}, so the search cannot run the configuration as TLC does");
                        continue;
                    }
                }
                catch (WeftInputException e)
                {
                    skipped++;
                    log($"  skipped      {spec}/{c.Config}: {e.Message}");
                    continue;
                }
                // A configuration TLC finds a violation in gets longer and more preemptive searches until one fails.
                int bound = 2, actions = Actions;
                var r = TraceExport.Search(model, constants, actions, bound, MaxSchedules, actionConstraint: constraint);
                foreach (var (a, k) in new[] { (Actions, 3), (LongActions, 2), (LongActions, 3), (LongerActions, 2) })
                {
                    if (!violation || r.Failure is not null) break;
                    (actions, bound) = (a, k);
                    r = TraceExport.Search(model, constants, actions, bound, MaxSchedules, actionConstraint: constraint);
                }
                var what = r.Failure is { } f ? "fails: " + (f.Bug?.Message ?? f.Error) : r.Exhausted ? "clean, bounded space exhausted" : "clean up to the schedule cap";
                bool ok = violation == (r.Failure is not null);
                if (!ok && violation && c.SearchNotCompared is { } why)
                {
                    skipped++;
                    log(string.Create(CultureInfo.InvariantCulture,
                        $"  NOT COMPARED {spec}/{c.Config} (TLC: violation of {c.ViolatedInvariant ?? c.ViolatedProperty}): {r.Schedules:N0} schedules of {actions} actions, {(constraint is null ? "bound " + bound : $"{bound} delays from round-robin under ACTION_CONSTRAINT {constraint}")}, {r.Elapsed.TotalSeconds:F1}s found no violation; {why}"));
                    continue;
                }
                list.Add(new SpecSearchRun
                {
                    Spec = spec, Config = c.Config, Expected = c.Expected, Failure = r.Failure is { } ff ? ff.Bug?.Message ?? ff.Error : null,
                    Schedules = r.Schedules, Actions = actions, Preemptions = bound, Exhausted = r.Exhausted, Seconds = r.Elapsed.TotalSeconds, Agrees = ok,
                    ActionConstraint = constraint,
                });
                if (ok) agree++;
                else disagree++;
                log(string.Create(CultureInfo.InvariantCulture,
                    $"  {(ok ? "agrees" : "DISAGREES"),-12} {spec}/{c.Config} (TLC: {c.Expected}): {r.Schedules:N0} schedules of {actions} actions, {(constraint is null ? "bound " + bound : $"{bound} delays from round-robin under ACTION_CONSTRAINT {constraint}")}, {r.Elapsed.TotalSeconds:F1}s; {what}"));
            }
        }
        if (agree + disagree + skipped == 0) return StageResult.Skipped("no spec with a C# model");
        return disagree > 0
            ? StageResult.Failed(2, $"{disagree} of {agree + disagree} configurations: the engine's search disagrees with TLC")
            : StageResult.Ok($"{agree} configurations agree with TLC{(skipped > 0 ? $", {skipped} not compared (TLA+-only, or an ACTION_CONSTRAINT the model does not transcribe)" : "")}");
    }
}
