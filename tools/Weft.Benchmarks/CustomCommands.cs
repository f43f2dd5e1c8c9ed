using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;

namespace Weft.Benchmarks;

/// <summary>
/// The command line of the commands that are not BenchmarkDotNet's (see <see cref="Program"/>): each command's options
/// with their defaults and help (<c>Weft.Benchmarks cpu-pairs --help</c>), parsed by System.CommandLine. Bad input (an
/// unknown option or argument, a value that is not a positive number, an option without its value) is reported on
/// standard error as one line per error naming the option and what it expects, then the command's usage, with exit
/// code 1 and no stack trace.
/// </summary>
internal static class CustomCommands
{
    /// <summary>The exit code of bad input.</summary>
    public const int InputError = 1;

    /// <summary>True when <paramref name="args"/> starts with the name of one of these commands.</summary>
    public static bool Handles(string[] args) => args.Length > 0 && Build().Subcommands.Any(c => c.Name == args[0]);

    /// <summary>Parses <paramref name="args"/> (the command's name first) and runs the command; exit code 1 on bad input.</summary>
    public static int Run(string[] args)
    {
        // No response files: an argument starting with '@' is an argument, not a file of arguments.
        var parse = Build().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            foreach (var error in parse.Errors) Console.Error.WriteLine($"weft-bench {command.Name}: {Describe(error)}");
            Console.Error.WriteLine($"usage: Weft.Benchmarks {Usage(command)}{(command.Options.Count > 0 ? $" (defaults: Weft.Benchmarks {command.Name} --help)" : "")}");
            return InputError;
        }
        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// The error's message, except for an option given without its value, which the library reports without saying
    /// what the value should be: that one names the option and what it expects.
    /// </summary>
    private static string Describe(ParseError error) =>
        error.SymbolResult is OptionResult { Tokens.Count: 0, Implicit: false } missing && missing.Option.Arity.MinimumNumberOfValues > 0
            ? $"{missing.Option.Name}: expected {Expected(missing.Option)}, found no value"
            : error.Message;

    /// <summary>What an option's value must be, as the parsers below check it.</summary>
    private static string Expected(Option option) =>
        option.ValueType == typeof(int) ? "a positive integer" : option.ValueType == typeof(double) ? "a positive number" : "a text";

    /// <summary>The command's name and its options, e.g. <c>cpu-pairs [--pairs N] [--rounds R] [--atomics]</c>.</summary>
    private static string Usage(Command command) =>
        string.Join(" ", command.Options.Select(o => o.Arity.MaximumNumberOfValues == 0 ? $"[{o.Name}]" : $"[{o.Name} {o.HelpName}]").Prepend(command.Name));

    private static RootCommand Build() => new("Weft.Benchmarks: the commands besides BenchmarkDotNet's")
    {
        IpcProcessesCommand(), IpcCpuPairsCommand(), StressCommand(), CpuPairsCommand(), IpcContendedCommand(), CpuLayersCommand(), ReuseLayersCommand(), OverlapPhasesCommand(), MirrorCheckCommand(),
    };

    private static Command IpcProcessesCommand()
    {
        var ops = Positive("--ops", "N", 1_000_000, "Operations per worker process per round");
        var rounds = Positive("--rounds", "R", 3, "Rounds; each figure is the best round");
        var command = new Command("ipc-processes", "Cross-process IPC figures: 1 and 2 worker processes per primitive, against POSIX named semaphores (see IpcProcessBench)") { ops, rounds };
        command.SetAction(p => IpcProcessBench.Run(p.GetValue(ops), p.GetValue(rounds)));
        return command;
    }

    private static Command IpcCpuPairsCommand()
    {
        var pairs = Positive("--pairs", "N", 5_000_000, "Acquire/release pairs per row per round");
        var rounds = Positive("--rounds", "R", 9, "Rounds; each row reports its median");
        var command = new Command("ipc-cpu-pairs", "One-thread IPC mutex pairs timed by the thread's CPU clock (see IpcCpuPairs)") { pairs, rounds };
        command.SetAction(p => IpcCpuPairs.Run(p.GetValue(pairs), p.GetValue(rounds)));
        return command;
    }

    private static Command StressCommand()
    {
        var seconds = new Option<double>("--seconds")
        {
            HelpName = "N",
            Description = "Seconds per structure and reclaimer (a positive number)",
            DefaultValueFactory = _ => 20,
            CustomParser = r => ParsePositiveNumber(r, "--seconds"),
        };
        var filter = new Option<string>("--filter")
        {
            HelpName = "S",
            Description = "Only the combinations whose name contains this text (case-insensitive)",
            DefaultValueFactory = _ => "",
        };
        var command = new Command("stress", "The real-thread stress run: every pool-backed structure under each reclaimer, the elimination stack, SCQ and wCQ (see StressRun)") { seconds, filter };
        command.SetAction(p => StressRun.Run(p.GetValue(seconds), p.GetValue(filter)!));
        return command;
    }

    private static Command CpuPairsCommand()
    {
        var pairs = Positive("--pairs", "N", 2_000_000, "Push/pop pairs per row per round");
        var rounds = Positive("--rounds", "R", 7, "Rounds; each row reports its median");
        var atomics = new Option<bool>("--atomics") { Arity = ArgumentArity.Zero, Description = "Only the rows of the atomics layer's cost (ConcurrentStack, the mirror, immediate reuse), no step table" };
        var command = new Command("cpu-pairs", "One-thread push/pop pairs timed by the thread's CPU clock (see CpuTimePairs)") { pairs, rounds, atomics };
        command.SetAction(p => CpuTimePairs.Run(p.GetValue(pairs), p.GetValue(rounds), p.GetValue(atomics)));
        return command;
    }

    private static Command IpcContendedCommand()
    {
        var pairs = Positive("--pairs", "N", 200_000, "Acquire/release pairs per thread per row per round");
        var rounds = Positive("--rounds", "R", 15, "Rounds (after 2 discarded); each row reports its median");
        var threads = Positive("--threads", "T", 2, "Threads on one lock");
        var command = new Command("ipc-contended", "Contended IPC mutex pairs, the rows interleaved round by round (see IpcContendedPairs)") { pairs, rounds, threads };
        command.SetAction(p => IpcContendedPairs.Run(p.GetValue(pairs), p.GetValue(rounds), p.GetValue(threads)));
        return command;
    }

    private static Command CpuLayersCommand()
    {
        var pairs = Positive("--pairs", "N", 1_000_000, "Push/pop pairs per thread per row per round");
        var rounds = Positive("--rounds", "R", 5, "Rounds; each row reports its median");
        var command = new Command("cpu-layers", "The layers of a push/pop pair's cost on 1 and 2 threads by the threads' CPU clocks (see CpuTimeLayers)") { pairs, rounds };
        command.SetAction(p => CpuTimeLayers.Run(p.GetValue(pairs), p.GetValue(rounds)));
        return command;
    }

    private static Command ReuseLayersCommand()
    {
        var pairs = Positive("--pairs", "N", 500_000, "Push/pop pairs per thread per row per round");
        var rounds = Positive("--rounds", "R", 5, "Rounds; each row reports its median");
        var command = new Command("reuse-layers", "The deferred free path of a pair, isolated and counted (see ReuseLayers)") { pairs, rounds };
        command.SetAction(p => ReuseLayers.Run(p.GetValue(pairs), p.GetValue(rounds)));
        return command;
    }

    private static Command OverlapPhasesCommand()
    {
        var phases = Positive("--phases", "N", 400, "Phases per row per round");
        var pairs = Positive("--pairs", "K", 200, "Push/pop pairs per thread per phase");
        var rounds = Positive("--rounds", "R", 3, "Rounds");
        var command = new Command("overlap-phases", "ReclaimerOverlapBench's rows timed only while two threads run at once (see OverlapPhases)") { phases, pairs, rounds };
        command.SetAction(p => OverlapPhases.Run(p.GetValue(phases), p.GetValue(pairs), p.GetValue(rounds)));
        return command;
    }

    private static Command MirrorCheckCommand()
    {
        var command = new Command("mirror-check", "The check that TreiberBench's hand-written baseline computes what the library stack computes (see MirrorCheck)");
        command.SetAction(_ => MirrorCheck.Command());
        return command;
    }

    /// <summary>An option whose value is a positive integer (invariant culture), <paramref name="defaultValue"/> when absent.</summary>
    private static Option<int> Positive(string name, string valueName, int defaultValue, string description) => new(name)
    {
        HelpName = valueName,
        Description = description + " (a positive integer)",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0) return value;
            r.AddError($"{name}: expected a positive integer, found {Found(r)}");
            return 0;
        },
    };

    /// <summary>The value given, quoted, for an error message; "no value" when the option came without one.</summary>
    private static string Found(ArgumentResult r) => r.Tokens.Count == 0 ? "no value" : $"'{r.Tokens[0].Value}'";

    /// <summary>A positive finite number (invariant culture) for the option <paramref name="name"/>.</summary>
    private static double ParsePositiveNumber(ArgumentResult r, string name)
    {
        if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out double value)
            && value > 0 && double.IsFinite(value)) return value;
        r.AddError($"{name}: expected a positive number, found {Found(r)}");
        return 0;
    }
}
