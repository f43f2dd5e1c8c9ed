using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Weft.Specs;
using Weft.Tla;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft trace search &lt;spec-dir&gt; [--config MC.cfg] [--preemptions K] [--actions N] [--max-schedules M] [--out dir]</c>:
/// a systematic search of the spec's workload over the real implementation at the spec's granularity (every spec
/// action run whole, a preemption-bounded DFS over which thread takes each action and over every value choice).
/// Bugs that need one thread to be interrupted at a few exact action boundaries of a long run (a reclaimer freeing too
/// early) are found in seconds where random and PCT scheduling over every shared access rarely reach them. The first
/// failure is written as a TLA+ trace-validation module (TLC can confirm it is a behaviour of the spec).
/// Exit 2 when a schedule fails, 0 when every schedule within the bound (or the cap) ran clean, 1 on bad input.
/// </summary>
internal static class TraceSearchCommand
{
    public static Command Create()
    {
        var specDir = new Argument<string>("spec-dir") { Description = "A spec folder with a C# model, e.g. tla/IBR" };
        var config = new Option<string>("--config") { Description = "The TLC configuration whose constants the workload uses", DefaultValueFactory = _ => "MC.cfg" };
        var preemptions = new Option<int>("--preemptions") { Description = "Preemption bound: actions taken by another thread while the last one could go on", DefaultValueFactory = _ => 2 };
        var actions = new Option<int>("--actions") { Description = "Spec actions per schedule at most", DefaultValueFactory = _ => 40 };
        var max = new Option<long>("--max-schedules") { Description = "Stop after this many schedules", DefaultValueFactory = _ => 1_000_000 };
        var outDir = new Option<string?>("--out") { Description = "Where to write the failing behaviour (default .weft/search/<Spec>-<config>)" };
        var stateful = new Option<bool>("--stateful") { Description = "Stateful search as TLC: fingerprint every state, prune revisits, no preemption bound (--actions bounds paths; default then 100000)" };
        var budget = new Option<string>("--budget") { Description = "Stateful search: stop after this long (e.g. 90s, 10m)", DefaultValueFactory = _ => "30m" };
        var deepen = new Option<bool>("--deepen") { Description = "With --stateful: iterative deepening from --actions (half as long again each round; each bound searched exhaustively), to find a violation by a shortest behaviour first" };
        var cmd = new Command("search", "Search the spec's workload systematically, one whole spec action at a time") { specDir, config, preemptions, actions, max, outDir, stateful, budget, deepen };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var (root, spec, cfg, cfgPath) = TraceExportCommand.OpenConfig(p.GetValue(specDir)!, p.GetValue(config)!);
            Parsing.AtLeast("--max-schedules", p.GetValue(max), 1, "a number of schedules");
            Parsing.AtLeast("--preemptions", p.GetValue(preemptions), 0, "a number of preemptions");
            Parsing.AtLeast("--actions", p.GetValue(actions), 1, "a number of spec actions");
            int k = p.GetValue(preemptions);
            // The configuration's ACTION_CONSTRAINT, if any, is honoured by the bounded search (its model must transcribe
            // it): the bound then counts delays. The stateful search does not restrict actions, so it refuses such a config.
            string? constraint = TlcConfig.ReadActionConstraint(cfgPath, "the search honours one action constraint");
            bool isStateful = p.GetValue(stateful);
            if (isStateful && constraint is not null)
                throw new WeftInputException($"{cfgPath}: ACTION_CONSTRAINT {constraint}: the stateful search does not honour action constraints; run the bounded search (without --stateful)");
            int actionBound = isStateful && p.GetResult(actions) is null or { Implicit: true } ? StatefulActions : p.GetValue(actions);
            var model = SpecModels.Find(spec.Name);
            var constants = TlcConfig.ReadConstants(cfgPath);
            if (p.GetValue(deepen) && !isStateful) throw new WeftInputException("--deepen: applies to the stateful search only (add --stateful)");
            var r = isStateful && p.GetValue(deepen)
                ? TraceExport.SearchStatefulDeepening(model, constants, p.GetValue(actions), Parsing.Duration("--budget", p.GetValue(budget)!))
                : isStateful
                ? TraceExport.SearchStateful(model, constants, actionBound, Parsing.Duration("--budget", p.GetValue(budget)!))
                : TraceExport.Search(model, constants, actionBound, k, p.GetValue(max), actionConstraint: constraint);
            string bound = isStateful ? "stateful (no preemption bound)"
                : constraint is null ? $"preemption bound {k}" : $"{k} delays from round-robin under ACTION_CONSTRAINT {constraint}";
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{spec.Name} ({cfg}): {r.Schedules:N0} schedules of at most {actionBound} actions, {bound}, in {r.Elapsed.TotalSeconds:F1}s");
            if (r.Space is { } space) summary += "\n" + StateLine(space, root, spec.Name, cfg);
            if (r.Failure is null && isStateful)
            {
                Ui.Line(summary);
                Ui.Line(r.Exhausted
                    ? r.Space!.CutByActionBound == 0 ? "every reachable state explored: no failure" : $"every state within {actionBound} actions explored: no failure"
                    : "stopped at --budget before the state space was exhausted: no failure so far");
                return Program.Ok;
            }
            if (r.Failure is not { } b)
            {
                Ui.Line(summary);
                Ui.Line(r.Exhausted
                    ? $"all schedules within {k} {(constraint is null ? "preemptions" : "delays")} explored: no failure"
                    : $"stopped at --max-schedules before the bounded space was exhausted: no failure so far");
                return Program.Ok;
            }
            var dir = p.GetValue(outDir) ?? Path.Combine(root ?? ".", ".weft", "search", $"{spec.Name}-{Path.GetFileNameWithoutExtension(cfg)}");
            Weft.Reporting.OutputDirectory.Prepare("--out", dir);
            TraceExport.WriteValidation(b, spec.TlaPath, dir);
            Ui.Line(summary);
            Ui.Line(b.Bug is { } bug ? $"FAILED: {bug.Describe().Split('\n')[0]}" : $"FAILED: {b.Error}");
            Ui.Line($"in action {b.States.Count} of the schedule (its decisions: {string.Join(" ", r.Path!)})");
            Ui.Line("actions:");
            foreach (var line in b.ActionLog) Ui.Line("  " + line);
            Ui.Line($"wrote {Path.Combine(dir, spec.Name + "_Validate.tla")}; check it is a behaviour of the spec: weft tlc {dir} --validate");
            return Program.BugFound;
        }));
        return cmd;
    }

    /// <summary>The stateful search's path bound when --actions is not given: far beyond any configuration's depth.</summary>
    public const int StatefulActions = TraceExport.UnboundedActions;

    /// <summary>"engine: N states, depth D; TLC: M states, depth E" with the manifest's figures for the configuration when it has them.</summary>
    public static string StateLine(StateSpaceSummary s, string? root, string spec, string config)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"engine: {s.States:N0} states, depth {s.Depth} ({s.Transitions:N0} transitions, {s.OutsideConstraint:N0} successors outside the constraint; {s.ActionsRun:N0} actions run, {s.ActionsReplayed:N0} of them on known transitions, runs up to {s.MaxPathActions:N0} actions long; {s.FingerprintSeconds:F1}s mapping and fingerprinting)");
        var manifest = root is null ? null : Path.Combine(root, "tla", spec, "manifest.yaml");
        if (manifest is not null && File.Exists(manifest)
            && TlcManifest.Load(manifest).Configs.FirstOrDefault(c => c.Config == config) is { } tlc)
            line += string.Create(CultureInfo.InvariantCulture, $"; TLC: {tlc.DistinctStates:N0} states, depth {tlc.Depth}");
        if (s.Uncovered.Count > 0) line += $"; not in the fingerprint: {string.Join(", ", s.Uncovered)}";
        var cfgPath = root is null ? null : Path.Combine(root, "tla", spec, config);
        if (!s.Constrained && cfgPath is not null && File.Exists(cfgPath) && TlcConfig.HasConstraint(cfgPath))
            line += "; the model does not implement the configuration's constraint";
        return line;
    }
}
