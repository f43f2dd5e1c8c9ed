using System;
using System.Collections.Generic;
using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Weft.Reporting;
using Weft.Tla;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft tlc &lt;spec-dir&gt; [--config MC.cfg] [--simulate N --depth D --seed S] [--out dir]</c>: runs TLC on a
/// spec folder, keeps the raw <c>-tool</c> output with a provenance file beside it, reads it, and compares the result
/// with the folder's <c>manifest.yaml</c>. Exit 0 when TLC agrees with the manifest, 2 when it does not (or finds a
/// violation the manifest does not expect), 1 on bad input (no TLC jar, a missing config, a spec TLC cannot parse).
/// </summary>
internal static class TlcCommand
{
    public const string ReleasesUrl = TlcRunner.ReleasesUrl;

    public static Command Create()
    {
        var specDir = new Argument<string>("spec-dir") { Description = "A spec folder, e.g. tla/Treiber" };
        var config = new Option<string>("--config") { Description = "The TLC configuration in the spec folder", DefaultValueFactory = _ => "MC.cfg" };
        var simulate = new Option<int?>("--simulate") { Description = "Simulate N random behaviours instead of model checking" };
        var depth = new Option<int>("--depth") { Description = "Length bound of a simulated behaviour", DefaultValueFactory = _ => 100 };
        var seed = new Option<long>("--seed") { Description = "Seed of the simulation", DefaultValueFactory = _ => 1 };
        var outDir = new Option<string?>("--out") { Description = "Where to keep the raw output and its provenance (default .weft/tlc/<Spec>)" };
        var validate = new Option<bool>("--validate") { Description = "The folder holds a behaviour exported by `weft trace export`: check it is a behaviour of the spec" };
        var cmd = new Command("tlc", "Run TLC on a spec folder and compare the result with its manifest.yaml")
        {
            specDir, config, simulate, depth, seed, outDir, validate,
        };
        cmd.SetAction(p => Program.Guard(() =>
        {
            if (p.GetValue(validate)) return TraceExportCommand.Validate(p.GetValue(specDir)!);
            TlcSimulationOptions? sim = null;
            if (p.GetValue(simulate) is { } n)
            {
                if (n < 1) throw new WeftInputException($"--simulate: expected a number of behaviours >= 1, found {n}");
                int d = p.GetValue(depth);
                if (d < 1) throw new WeftInputException($"--depth: expected a depth >= 1, found {d}");
                sim = new TlcSimulationOptions(n, d, p.GetValue(seed));
            }
            return Run(p.GetValue(specDir)!, p.GetValue(config)!, sim, p.GetValue(outDir));
        }));
        return cmd;
    }

    internal sealed record TlcSimulationOptions(int Num, int Depth, long Seed);

    /// <summary>The TLA+ tools jar (<see cref="TlcRunner.FindJar"/>); without one, says how to get it (exit 1).</summary>
    public static string FindJar(string? repoRoot) =>
        TlcRunner.FindJar(repoRoot) ?? throw new WeftInputException(
            "TLC not found: download tla2tools.jar from " + ReleasesUrl + " (the TLA+ tools release assets), then either\n" +
            "  export TLA2TOOLS_JAR=/path/to/tla2tools.jar\n" +
            "or copy it to tools/tla2tools.jar in the repository (ignored by git). TLC also needs java (11 or later) on PATH.");

    private static int Run(string specDir, string config, TlcSimulationOptions? sim, string? outDir)
    {
        var root = TlaSpec.FindRepoRoot(Directory.GetCurrentDirectory());
        var spec = TlaSpec.Open(specDir, root);
        var configPath = Path.Combine(spec.Directory, config);
        if (config != Path.GetFileName(config) || !File.Exists(configPath))
        {
            var have = Directory.GetFiles(spec.Directory, "*.cfg").Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal);
            throw new WeftInputException($"--config {config}: no such configuration in {spec.Directory}; expected one of {string.Join(", ", have)}");
        }
        var jar = FindJar(root);
        var dir = OutputDirectory.Prepare("--out", outDir ?? Path.Combine(root ?? Directory.GetCurrentDirectory(), ".weft", "tlc", spec.Name));
        var stem = Path.GetFileNameWithoutExtension(config) + (sim is null ? "" : ".sim");
        var rawPath = Path.Combine(dir, stem + ".out");

        var specSha = spec.Sha256;
        var configSha = TlaSpec.Sha256OfFile(configPath);
        var extra = new List<string>();
        string? simDir = null;
        if (sim is not null)
        {
            simDir = Path.Combine(dir, stem + ".tmp");
            if (Directory.Exists(simDir)) Directory.Delete(simDir, true);
            Directory.CreateDirectory(simDir);
            extra.AddRange(new[]
            {
                "-simulate", $"file={Path.Combine(simDir, "trace")},num={sim.Num.ToString(CultureInfo.InvariantCulture)}",
                "-depth", sim.Depth.ToString(CultureInfo.InvariantCulture),
                "-seed", sim.Seed.ToString(CultureInfo.InvariantCulture),
                // A simulated state beyond the config's CONSTRAINT has no successors, which TLC would report as a
                // deadlock; the behaviour simply ends there (deadlocks are model checking's to find).
                "-deadlock",
            });
        }
        var args = TlcProcess.Arguments(jar, config, spec.Name + ".tla", extra: extra);
        var shown = TlcProcess.Show(args, jar);
        var date = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Ui.Line($"running TLC on {spec.RepoRelativePath} with {config} (from {spec.Directory}):");
        Ui.Line("  " + shown);

        var (exit, output) = TlcProcess.Run(args, spec.Directory, line => Ui.Line("  " + line));
        TraceFile.WriteAtomically(rawPath, output);
        try
        {
            var result = TlcProcess.Read(output, rawPath);
            TlcSimulation? simRecord = null;
            var modules = new List<string>();
            if (sim is not null && simDir is not null)
            {
                // TLC names the modules <prefix>_<worker>_<n>; keep them as <stem>-NN.tla, in TLC's order.
                var rx = new Regex(@"^trace_(\d+)_(\d+)$", RegexOptions.CultureInvariant);
                var found = Directory.GetFiles(simDir)
                    .Select(f => (Path: f, M: rx.Match(Path.GetFileName(f))))
                    .Where(x => x.M.Success)
                    .OrderBy(x => long.Parse(x.M.Groups[1].Value, CultureInfo.InvariantCulture))
                    .ThenBy(x => long.Parse(x.M.Groups[2].Value, CultureInfo.InvariantCulture))
                    .ToList();
                for (int i = 0; i < found.Count; i++)
                {
                    var name = $"{stem}-{(i + 1).ToString("D2", CultureInfo.InvariantCulture)}.tla";
                    File.Move(found[i].Path, Path.Combine(dir, name), overwrite: true);
                    modules.Add(name);
                }
                simRecord = new TlcSimulation(sim.Num, sim.Depth, sim.Seed, modules);
            }
            var record = new TlcRunRecord(spec.Name, spec.RepoRelativePath, specSha, config, configSha,
                result.Version ?? "", shown, date, Path.GetFileName(rawPath), exit, simRecord);
            TraceFile.WriteAtomically(TlcRunRecord.PathFor(rawPath), record.Serialize());
            return Report(spec, config, result, rawPath, modules.Count);
        }
        finally
        {
            if (simDir is not null && Directory.Exists(simDir)) Directory.Delete(simDir, true);
        }
    }

    private static int Report(TlaSpec spec, string config, TlcResult r, string rawPath, int simulated)
    {
        var s = r.Statistics;
        Ui.Line($"TLC: {r.Version ?? "(no version line)"}");
        switch (r.Outcome)
        {
            case TlcOutcome.Pass:
                Ui.Line(r.Simulation ? $"result: no error in {simulated} simulated behaviours" : "result: pass (model checking completed, no error)");
                break;
            case TlcOutcome.Violation:
                var v = r.Violation!;
                Ui.Line($"result: {v.Kind} violation{(v.Name is null ? "" : " of " + v.Name)}: {v.Message}" +
                        (r.Traces.Count > 0 ? $" ({r.Traces[0].Steps.Count}-state trace)" : ""));
                break;
            default:
                throw new WeftInputException($"{rawPath}: TLC stopped with an error: {r.ErrorMessage}");
        }
        Ui.Line("statistics: " + string.Join(", ", new[]
        {
            s.StatesGenerated is { } g ? $"{TlaSpec.FormatCount(g)} states generated" : null,
            s.DistinctStates is { } d ? $"{TlaSpec.FormatCount(d)} distinct states" : null,
            s.StatesLeftOnQueue is { } q ? $"{TlaSpec.FormatCount(q)} left on queue" : null,
            s.Depth is { } dp ? $"depth {dp}" : null,
        }.Where(x => x is not null)));
        Ui.Line($"raw output: {rawPath} (provenance: {TlcRunRecord.PathFor(rawPath)})");

        var manifestPath = Path.Combine(spec.Directory, "manifest.yaml");
        var manifest = File.Exists(manifestPath) ? TlcManifest.Load(manifestPath) : null;
        var expected = manifest?.Find(config);
        int exit;
        if (manifest is null || expected is null)
        {
            Ui.Line(manifest is null
                ? $"no manifest.yaml in {spec.Directory}: nothing to compare with"
                : $"{manifestPath} has no entry for {config}: nothing to compare with");
            exit = r.Outcome == TlcOutcome.Violation ? Program.BugFound : Program.Ok;
        }
        else
        {
            if (manifest.TlcVersion is { } mv && r.Version is { } rv && mv != rv)
                Ui.Line($"note: the manifest was recorded with {mv}; counts may differ with {rv}");
            var where = Path.GetRelativePath(TlaSpec.FindRepoRoot(spec.Directory) ?? spec.Directory, manifestPath).Replace('\\', '/') + ":" + expected.Line.ToString(CultureInfo.InvariantCulture);
            var diffs = TlcManifest.Compare(expected, r);
            if (diffs.Count > 0)
            {
                Ui.Line($"MISMATCH with {where} ({config}):");
                foreach (var diff in diffs) Ui.Line("  " + diff);
                exit = Program.BugFound;
            }
            else
            {
                Ui.Line($"agrees with {where} ({config}: {expected.Expected}{(expected.ViolatedInvariant is { } vi ? " of " + vi : "")})");
                exit = Program.Ok;
            }
        }
        if (r.Traces.Count > 0 || simulated > 0)
            Ui.Line($"import the trace{(r.Traces.Count + simulated > 1 ? "s" : "")}: weft trace import {rawPath}");
        return exit;
    }
}
