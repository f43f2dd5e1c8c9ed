using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
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
        var cmd = new Command("search", "Search the spec's workload systematically, one whole spec action at a time") { specDir, config, preemptions, actions, max, outDir };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var (root, spec, cfg, cfgPath) = TraceExportCommand.OpenConfig(p.GetValue(specDir)!, p.GetValue(config)!);
            Parsing.AtLeast("--max-schedules", p.GetValue(max), 1, "a number of schedules");
            Parsing.AtLeast("--preemptions", p.GetValue(preemptions), 0, "a number of preemptions");
            Parsing.AtLeast("--actions", p.GetValue(actions), 1, "a number of spec actions");
            int k = p.GetValue(preemptions);
            // The configuration's ACTION_CONSTRAINT, if any, is honoured (its model must transcribe it): the bound then counts delays.
            var constraints = TlcConfig.ReadActionConstraints(cfgPath);
            if (constraints.Count > 1)
                throw new WeftInputException($"{cfgPath}: ACTION_CONSTRAINT {string.Join(", ", constraints)}: the search honours one action constraint");
            string? constraint = constraints.Count == 1 ? constraints[0] : null;
            var r = TraceExport.Search(SpecModels.Find(spec.Name), TlcConfig.ReadConstants(cfgPath), p.GetValue(actions), k, p.GetValue(max), actionConstraint: constraint);
            string bound = constraint is null ? $"preemption bound {k}" : $"{k} delays from round-robin under ACTION_CONSTRAINT {constraint}";
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{spec.Name} ({cfg}): {r.Schedules:N0} schedules of at most {p.GetValue(actions)} actions, {bound}, in {r.Elapsed.TotalSeconds:F1}s");
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
}
