using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Weft.Schedules;
using Weft.Specs;
using Weft.Tla;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft replay &lt;schedule.yaml | trace.yaml&gt; [--verbose] [--memory-model sc|tso|ra]</c>.
/// A schedule (weft-schedule/1) re-runs one recorded iteration exactly; with --verbose it prints the interleaving log:
/// one line per step with thread, operation, location and value. Exit 2 when the recorded bug reproduces, 0 when the
/// schedule runs clean, 1 on bad input or divergence.
/// A TLC trace (weft-trace/1) drives the implementation along the trace through the spec's model and prints
/// "conforms: N steps" or the first divergence (step, action, variable, expected, actual) with the interleaving so
/// far; with --verbose the action log and the interleaving log. Exit 0 when it conforms (a counterexample: and its
/// violation reproduces), 2 when it diverges, 1 on bad input (including a stale trace).
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A schedule file written by weft explore or Checker.Check, or a TLC trace in traces/" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print the interleaving log" };
        var model = MemoryModelOption.Create();
        model.Description = "The memory model the schedule was recorded under (sc, tso or ra); a schedule always replays under its own recorded model, and a different one here is refused";
        var assembly = AssemblyOption.Create();
        assembly.Description = "The test assembly to replay against, instead of the one the schedule records";
        var cmd = new Command("replay", "Replay a schedule file, or a TLC trace against the implementation, step by step") { file, verbose, model, assembly };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var path = p.GetValue(file)!;
            if (IsTrace(path)) return ReplayTrace(path, p.GetValue(verbose));
            var schedule = ScheduleFile.Read(path);
            if (MemoryModelOption.Parse(p.GetValue(model)) is { } asked && asked != schedule.MemoryModel)
                throw new WeftInputException(
                    $"{path}: the schedule was recorded under memory model {MemoryModels.Name(schedule.MemoryModel)}, not {MemoryModels.Name(asked)}: " +
                    $"its steps (store-buffer flushes, choices of the store a load reads) only mean something under its own model; " +
                    $"replay it with --memory-model {MemoryModels.Name(schedule.MemoryModel)} or without the option");
            var test = FindTest(schedule, path, p.GetValue(assembly));
            var result = Checker.Replay(schedule, test.Body, test.Apply(CheckOptions.Default)); // the test's own monitors too
            if (p.GetValue(verbose))
            {
                Ui.Line($" step  thread op           location                     value");
                foreach (var l in result.LogLines) Ui.Line(l);
                Ui.Line("");
            }
            Ui.Line($"replayed {schedule.TestId}: {result.Steps} steps (recorded with {schedule.Strategy}, seed {schedule.Seed}, iteration {schedule.Iteration}, commit {schedule.Commit})");
            if (schedule.OrderMutant is { } mutant) Ui.Line($"with the memory-order mutant {mutant.Id} (recorded in the schedule)");
            if (result.Bug is { } bug)
            {
                Ui.Line((result.Reproduced ? "reproduced: " : "a different bug than recorded: ") + bug.Describe().Split('\n')[0]);
                foreach (var t in bug.Threads) Ui.Line("  " + t);
                return Program.BugFound;
            }
            Ui.Line(schedule.Bug is null ? "no bug (the schedule was recorded without one)" : "the recorded bug did NOT reproduce");
            return schedule.Bug is null ? Program.Ok : Program.InputError;
        }));
        return cmd;
    }

    /// <summary>
    /// The test a schedule belongs to: in the assemblies given with --assembly, else in the test assembly the schedule
    /// records (loaded from its recorded path; a missing file is an input error, another version or build a warning),
    /// else among the built-in scenarios.
    /// </summary>
    internal static RegisteredTest FindTest(Schedule schedule, string path, string[]? assemblies)
    {
        if (assemblies is { Length: > 0 })
        {
            Registry.UseAssemblies(assemblies);
        }
        else if (schedule.TestAssembly is { } recorded)
        {
            var (line, column) = recorded.Position is { } at ? (at.Line, at.Column) : (1, 1);
            if (!File.Exists(recorded.Path))
                throw new WeftInputException(path, line, column,
                    $"the test assembly {recorded.Name} {recorded.Version} this schedule was recorded with is missing from {recorded.Path}; expected it there (rebuild the project), or pass --assembly path/to/{recorded.Name}.dll");
            Registry.UseAssemblies(new[] { recorded.Path });
            var now = TestAssemblyRecord.Of(recorded.Name, recorded.Path);
            if (now.Version != recorded.Version)
                Console.Error.WriteLine($"warning: {path}:{line}:{column}: recorded with {recorded.Name} {recorded.Version}; {recorded.Path} is now {now.Version}: the replay may diverge if the test changed");
            else if (now.Sha256 != recorded.Sha256)
                Console.Error.WriteLine($"warning: {path}:{line}:{column}: {recorded.Path} was rebuilt since this schedule was recorded ({recorded.Name} {recorded.Version}, another sha256): the replay may diverge if the test changed");
        }
        if (Registry.All.FirstOrDefault(t => t.Id == schedule.TestId) is { } test) return test;
        if (Registry.AssemblyPaths.Count == 0)
            throw new WeftInputException($"{path}: no built-in test has id '{schedule.TestId}' and the schedule names no test assembly; for a test of your own, pass --assembly path/to/YourTests.dll");
        throw new WeftInputException($"{path}: no test has id '{schedule.TestId}' in {string.Join(", ", Registry.AssemblyPaths)}; expected the assembly that declares [WeftTest(\"{schedule.TestId}\")]");
    }

    /// <summary>True when the file declares the trace schema (its first mapping key is <c>schema: weft-trace/...</c>).</summary>
    private static bool IsTrace(string path)
    {
        if (!File.Exists(path)) return false;
        InputFile.CheckRegular(path, "a schedule or trace");
        foreach (var line in File.ReadLines(path).Take(20))
        {
            var l = line.Trim();
            if (l.StartsWith("schema:", System.StringComparison.Ordinal)) return l.Contains("weft-trace/", System.StringComparison.Ordinal);
        }
        return false;
    }

    private static int ReplayTrace(string path, bool verbose)
    {
        var r = SpecModels.ReplayFile(path);
        var t = r.Trace;
        Ui.Line($"trace {path}: {t.Spec} {t.Config}, {TraceFile.KindName(t.Kind)} of {t.Steps.Count} states" +
                (t.Violation is { } v ? $" ending in {v.Kind}{(v.Name is null ? "" : " " + v.Name)}" : ""));
        if (verbose || !r.Conforms)
        {
            Ui.Line("");
            Ui.Line("actions (step: action(thread)  label -> next label):");
            foreach (var l in verbose ? r.ActionLog : r.ActionLog.TakeLast(15)) Ui.Line("  " + l);
            Ui.Line("");
            Ui.Line(" step  thread op           location                     value");
            foreach (var l in verbose ? r.Interleaving : r.Interleaving.TakeLast(25)) Ui.Line(l);
            Ui.Line("");
        }
        Ui.Line(r.Summary);
        return r.Conforms ? Program.Ok : Program.BugFound;
    }
}
