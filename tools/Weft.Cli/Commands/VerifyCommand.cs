using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft verify</c>: the one-shot pipeline behind verify.ps1. Each stage prints one status line; the exit code is
/// non-zero if any stage fails. Stages: the test suite (which also replays the negative controls' schedules),
/// then a time-boxed exploration of every registered test with the default portfolio.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var skipTests = new Option<bool>("--skip-tests") { Description = "Skip the test suite stage" };
        var budget = new Option<string>("--explore-budget") { Description = "Wall-clock budget of the exploration stage", DefaultValueFactory = _ => "120s" };
        var cmd = new Command("verify", "Run the verification pipeline: tests, then exploration of every registered test") { skipTests, budget };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var root = FindRoot();
            var stages = new List<(string Name, int Code)>();
            if (!p.GetValue(skipTests))
                stages.Add(("tests", Run("dotnet", new[] { "test", "--solution", Path.Combine(root, "Weft.slnx"), "-c", "Release" }, root)));
            var dur = Parsing.Duration("--explore-budget", p.GetValue(budget)!);
            var tests = Registry.Select("all").Where(t => !t.Id.StartsWith("bench/", StringComparison.Ordinal)).ToList();
            int exploreCode = ExploreCommand.RunAll(tests, dur);
            stages.Add(("exploration", exploreCode));
            Ui.Line("");
            foreach (var (name, code) in stages) Ui.Line($"{(code == 0 ? "ok    " : "FAILED")} {name} (exit {code})");
            return stages.All(s => s.Code == 0) ? Program.Ok : stages.Max(s => s.Code);
        }));
        return cmd;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Weft.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new WeftInputException("weft verify must run inside the Weft repository (no Weft.slnx found above the current directory)");
    }

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
