using System;
using System.CommandLine;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Specs;
using Weft.Tla;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft trace export &lt;spec-dir&gt; [--config MC.cfg] [--seed S] [--actions N] [--out dir]</c>: the engine explores
/// the spec's workload over the real implementation, one whole spec action at a time (a seeded random choice of the
/// thread at every action boundary), maps every state to the spec's variables and writes a TLA+ trace-validation
/// module; <c>weft tlc &lt;dir&gt; --validate</c> asks TLC whether that behaviour is one of the spec's.
/// Exit 0 when exported, 2 when the exploration hit a bug (the states up to it are exported), 1 on bad input.
/// </summary>
internal static class TraceExportCommand
{
    public static Command Create()
    {
        var specDir = new Argument<string>("spec-dir") { Description = "A spec folder with a C# model, e.g. tla/IBR" };
        var config = new Option<string>("--config") { Description = "The TLC configuration whose constants the workload uses", DefaultValueFactory = _ => "MC.cfg" };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the engine's choices", DefaultValueFactory = _ => 1 };
        var actions = new Option<int>("--actions") { Description = "Spec actions to run", DefaultValueFactory = _ => 60 };
        var outDir = new Option<string?>("--out") { Description = "Where to write the validation module (default .weft/export/<Spec>-<config>-<seed>)" };
        var pct = new Option<int>("--pct-depth") { Description = "Choose threads by PCT over action boundaries with this depth (0: uniform random)", DefaultValueFactory = _ => 0 };
        var cmd = new Command("export", "Export a behaviour the engine explores as a TLC trace-validation module") { specDir, config, seed, actions, outDir, pct };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var (root, spec, cfg, cfgPath) = OpenConfig(p.GetValue(specDir)!, p.GetValue(config)!);
            var model = SpecModels.Find(spec.Name);
            Parsing.AtLeast("--pct-depth", p.GetValue(pct), 0, "a PCT depth, or 0 for uniform random");
            Parsing.AtLeast("--actions", p.GetValue(actions), 1, "a number of spec actions");
            var b = TraceExport.Explore(model, TlcConfig.ReadConstants(cfgPath), p.GetValue(seed), p.GetValue(actions), pctDepth: p.GetValue(pct));
            var dir = p.GetValue(outDir) ?? Path.Combine(root ?? ".", ".weft", "export", $"{spec.Name}-{Path.GetFileNameWithoutExtension(cfg)}-{b.Seed}");
            Weft.Reporting.OutputDirectory.Prepare("--out", dir);
            TraceExport.WriteValidation(b, spec.TlaPath, dir);
            Ui.Line($"explored {spec.Name} ({cfg}, seed {b.Seed}): {b.States.Count} states, {b.States.Count - 1} actions");
            Ui.Line($"wrote {Path.Combine(dir, spec.Name + "_Validate.tla")} and {spec.Name}_Validate.cfg");
            Ui.Line($"check it with TLC: weft tlc {dir} --validate");
            if (b.Bug is { } bug)
            {
                Ui.Line($"the exploration stopped at a bug: {bug.Describe().Split('\n')[0]}");
                return Program.BugFound;
            }
            if (b.Error is { } err) throw new WeftInputException("export failed: " + err);
            return Program.Ok;
        }));
        return cmd;
    }

    /// <summary>
    /// The spec folder <paramref name="specDir"/> (found from the current folder's repository) and its configuration
    /// <paramref name="config"/>, which must be a file of that folder (<c>--config</c> of trace export and search).
    /// </summary>
    internal static (string? Root, TlaSpec Spec, string Config, string ConfigPath) OpenConfig(string specDir, string config)
    {
        var root = TlaSpec.FindRepoRoot(Directory.GetCurrentDirectory());
        var spec = TlaSpec.Open(specDir, root);
        var cfgPath = Path.Combine(spec.Directory, config);
        if (config != Path.GetFileName(config) || !File.Exists(cfgPath))
            throw new WeftInputException($"--config {config}: no such configuration in {spec.Directory}");
        return (root, spec, config, cfgPath);
    }

    /// <summary>Runs TLC on the validation module in <paramref name="dir"/>: accepted when TLC reports NotAccepted violated.</summary>
    public static int Validate(string dir)
    {
        if (!Directory.Exists(dir)) throw new WeftInputException($"{dir}: no such folder (expected the output of weft trace export)");
        var modules = Directory.GetFiles(dir, "*_Validate.tla");
        if (modules.Length != 1)
            throw new WeftInputException($"{dir}: expected one *_Validate.tla written by weft trace export, found {modules.Length}");
        var module = Path.GetFileNameWithoutExtension(modules[0]);
        if (!File.Exists(Path.Combine(dir, module + ".cfg"))) throw new WeftInputException($"{dir}: {module}.cfg is missing");
        var jar = TlcCommand.FindJar(TlaSpec.FindRepoRoot(Directory.GetCurrentDirectory()));
        var args = TlcProcess.Arguments(jar, module + ".cfg", module + ".tla");
        Ui.Line("running TLC: " + TlcProcess.Show(args, jar));
        var (_, output) = TlcProcess.Run(args, Path.GetFullPath(dir));
        var rawPath = Path.Combine(dir, module + ".out");
        File.WriteAllText(rawPath, output);
        var r = TlcProcess.Read(output, rawPath);
        int states = r.Traces.Count > 0 ? r.Traces[0].Steps.Count : 0;
        switch (r.Outcome)
        {
            case TlcOutcome.Violation when r.Violation?.Name == "NotAccepted":
                Ui.Line($"validated: the exported behaviour ({states} states) is a behaviour of the spec (TLC found it: NotAccepted violated)");
                return Program.Ok;
            case TlcOutcome.Pass:
                Ui.Line($"NOT validated: no behaviour of the spec passes through the exported states (TLC explored {r.Statistics.DistinctStates?.ToString() ?? "?"} states); raw output {rawPath}");
                return Program.BugFound;
            default:
                throw new WeftInputException($"TLC did not check the validation module ({r.Outcome}: {r.ErrorMessage ?? r.Violation?.Message}); raw output {rawPath}");
        }
    }
}
