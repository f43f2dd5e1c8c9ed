using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Weft.Cli.Fuzzing;
using Weft.Reporting;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft fuzz [--inputs N] [--seed S] [--reader R] [--out dir]</c> (hidden; nightly): mutates the valid inputs under
/// <c>tests/Weft.Tests/fixtures/inputs</c> for every reader of Weft's files (see <see cref="FuzzTarget"/>) and counts
/// how each reader answers: read, refused with an input error, internal error (exit 3), hang, crash. Each reader
/// runs in a child process of its own (<c>--child</c>), so a crash is counted, its input kept, and the run resumes
/// after it; <c>--in-process</c> runs everything here. Exit 0 when no case ended in an internal error, a hang or a
/// crash, 2 otherwise (the failing inputs are under <c>&lt;out&gt;/failures</c>).
/// </summary>
internal static class FuzzCommand
{
    private const string SummaryMarker = "WEFT-FUZZ ";

    public static Command Create()
    {
        var inputs = new Option<int>("--inputs") { Description = "Fuzz cases per reader", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<ulong>("--seed") { Description = "The seed every case derives from", DefaultValueFactory = _ => 1 };
        var reader = new Option<string[]>("--reader") { Description = "Readers to fuzz (default: all)", AllowMultipleArgumentsPerToken = true };
        var outDir = new Option<string>("--out") { Description = "Workspace and kept failing inputs", DefaultValueFactory = _ => Path.Combine(".weft", "fuzz") };
        var fixtures = new Option<string?>("--fixtures") { Description = "The valid inputs (default: tests/Weft.Tests/fixtures/inputs of the repository)" };
        var timeout = new Option<string>("--timeout") { Description = "How long one read may take before it counts as a hang", DefaultValueFactory = _ => "10s" };
        var inProcess = new Option<bool>("--in-process") { Description = "Run every reader in this process (a crash then ends the run)" };
        var child = new Option<bool>("--child") { Description = "Run as the child of a fuzz run (one reader, print its summary)", Hidden = true };
        var from = new Option<int>("--from") { Description = "The first case to run (a child resumed after a crash)", Hidden = true };
        var cmd = new Command("fuzz", "Fuzz every input reader with mutated files and count internal errors, hangs and crashes")
        {
            inputs, seed, reader, outDir, fixtures, timeout, inProcess, child, from,
        };
        cmd.Hidden = true;
        cmd.SetAction(p => Program.Guard(() =>
        {
            var n = p.GetValue(inputs);
            if (n < 1) throw new WeftInputException($"--inputs: expected a positive number of cases, found {n}");
            var settings = new FuzzSettings(
                p.GetValue(seed),
                n,
                Path.GetFullPath(p.GetValue(outDir)!),
                Path.GetFullPath(p.GetValue(fixtures) ?? Path.Combine(RepoRoot.Find(), "tests", "Weft.Tests", "fixtures", "inputs")),
                Parsing.Duration("--timeout", p.GetValue(timeout)!));
            if (!Directory.Exists(settings.Fixtures)) throw new WeftInputException($"{settings.Fixtures}: no such folder (expected the fuzzer's valid inputs)");
            var names = p.GetValue(reader) is { Length: > 0 } r ? r : FuzzTarget.All.Select(t => t.Name).ToArray();
            var targets = names.Select(FuzzTarget.Find).ToList();
            if (p.GetValue(child))
            {
                var s = new InputFuzzer(targets[0], settings.Fixtures, settings.Out, settings.Timeout).Run(settings.Seed, p.GetValue(from), n);
                Console.Out.WriteLine(SummaryMarker + JsonSerializer.Serialize(s));
                return Program.Ok;
            }
            var summaries = targets.Select(t => p.GetValue(inProcess)
                ? new InputFuzzer(t, settings.Fixtures, settings.Out, settings.Timeout).Run(settings.Seed, 0, n)
                : RunIsolated(t, settings)).ToList();
            return Report(summaries, settings, names);
        }));
        return cmd;
    }

    private sealed record FuzzSettings(ulong Seed, int Inputs, string Out, string Fixtures, TimeSpan Timeout);

    /// <summary>Runs one reader in child processes: a child that dies is a crash at the case it was reading, and a new child goes on after it.</summary>
    private static FuzzSummary RunIsolated(FuzzTarget target, FuzzSettings s)
    {
        var total = new FuzzSummary(target.Name);
        int from = 0;
        while (from < s.Inputs)
        {
            var (summary, output) = StartChild(target, s, from);
            if (summary is not null)
            {
                total.Add(summary);
                break;
            }
            var inFlight = Path.Combine(s.Out, target.Name + ".in-flight");
            if (!File.Exists(inFlight) || !int.TryParse(File.ReadAllText(inFlight), NumberStyles.None, CultureInfo.InvariantCulture, out var at))
                throw new InvalidOperationException($"the fuzz child for {target.Name} failed before its first case: {output}");
            var crashed = new InputFuzzer(target, s.Fixtures, s.Out, s.Timeout);
            var part = new FuzzSummary(target.Name) { Inputs = at - from + 1, Crashes = 1 };
            part.Examples.Add(crashed.KeepCrash(s.Seed, at) + " " + output.Split('\n')[0]);
            // The cases before the crash were read without failure only if the child said so; it did not, so count them as read.
            part.Read = at - from;
            total.Add(part);
            from = at + 1;
        }
        return total;
    }

    private static (FuzzSummary? Summary, string Output) StartChild(FuzzTarget target, FuzzSettings s, int from)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("the path of the current executable is unknown"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (string.Equals(Path.GetFileNameWithoutExtension(psi.FileName), "dotnet", StringComparison.OrdinalIgnoreCase))
            psi.ArgumentList.Add(Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("the entry assembly's path is unknown"));
        foreach (var a in new[]
                 {
                     "fuzz", "--child", "--reader", target.Name, "--seed", s.Seed.ToString(CultureInfo.InvariantCulture),
                     "--inputs", s.Inputs.ToString(CultureInfo.InvariantCulture), "--from", from.ToString(CultureInfo.InvariantCulture),
                     "--out", s.Out, "--fixtures", s.Fixtures, "--timeout", ((long)s.Timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms",
                 })
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start the fuzz child");
        var errors = process.StandardError.ReadToEndAsync();
        FuzzSummary? summary = null;
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null)
            if (line.StartsWith(SummaryMarker, StringComparison.Ordinal)) summary = JsonSerializer.Deserialize<FuzzSummary>(line[SummaryMarker.Length..]);
        process.WaitForExit();
        var err = errors.Result;
        return (summary, $"(exit {process.ExitCode.ToString(CultureInfo.InvariantCulture)}{(err.Length > 0 ? ": " + err.Split('\n')[0] : "")})");
    }

    private static int Report(IReadOnlyList<FuzzSummary> summaries, FuzzSettings s, IReadOnlyList<string> names)
    {
        Ui.Table(new[] { "reader", "inputs", "read", "input errors", "internal errors", "hangs", "crashes" }, summaries.Select(x => x.Row()));
        foreach (var x in summaries)
            foreach (var e in x.Examples.Take(5))
                Ui.Line($"  {x.Reader}: {e}");
        int bad = summaries.Sum(x => x.InternalErrors + x.Hangs + x.Crashes);
        Ui.Line(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {summaries.Sum(x => x.Inputs):N0} inputs over {summaries.Count} readers (seed {s.Seed}): {summaries.Sum(x => x.InternalErrors)} internal errors, {summaries.Sum(x => x.Hangs)} hangs, {summaries.Sum(x => x.Crashes)} crashes"));
        Ui.Line($"  rerun: weft fuzz --inputs {s.Inputs} --seed {s.Seed}{(names.Count == FuzzTarget.All.Count ? "" : " --reader " + string.Join(" ", names))}");
        return bad == 0 ? Program.Ok : Program.BugFound;
    }
}
