using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The command line of the benchmark program's own commands (tools/Weft.Benchmarks, CustomCommands): each command keeps
/// the option names and defaults the README's command lines use (its help lists them), and bad input (an unknown option,
/// a value that is not a positive number, an option without its value) is one message naming the option and what it
/// expects, then the command's usage, exit code 1, no stack trace and no benchmark run. Runs the benchmark program as a
/// child process; none of these command lines runs a benchmark.
/// </summary>
public sealed class BenchmarkCommandLineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static (int ExitCode, string Out, string Err) RunBenchmarks(params string[] args) => BenchmarkProgram.Run(Timeout, args);

    /// <summary>Runs a bad command line; asserts exit code 1, nothing on standard output, no stack trace; returns standard error.</summary>
    private static string Rejected(params string[] args)
    {
        var (exit, output, err) = RunBenchmarks(args);
        string line = string.Join(' ', args);
        Assert.True(exit == 1, $"'{line}': exit code {exit}, expected 1; stdout: {output}; stderr: {err}");
        Assert.True(output.Length == 0, $"'{line}' wrote to standard output (a benchmark ran?): {output}");
        Assert.DoesNotMatch(new Regex(@"^\s+at ", RegexOptions.Multiline), err);
        Assert.DoesNotContain("Exception", err);
        return err;
    }

    /// <summary>Every command's options as the README's command lines use them: name, value and default.</summary>
    public static readonly TheoryData<string, string> OptionsAndDefaults = new()
    {
        { "ipc-processes", "--ops <N> 1000000; --rounds <R> 3" },
        { "ipc-cpu-pairs", "--pairs <N> 5000000; --rounds <R> 9" },
        { "stress", "--seconds <N> 20; --filter <S>" },
        { "cpu-pairs", "--pairs <N> 2000000; --rounds <R> 7; --atomics" },
        { "ipc-contended", "--pairs <N> 200000; --rounds <R> 15; --threads <T> 2" },
        { "cpu-layers", "--pairs <N> 1000000; --rounds <R> 5" },
        { "reuse-layers", "--pairs <N> 500000; --rounds <R> 5" },
        { "overlap-phases", "--phases <N> 400; --pairs <K> 200; --rounds <R> 3" },
    };

    [Theory]
    [MemberData(nameof(OptionsAndDefaults))]
    public void HelpListsEveryOptionWithItsDefault(string command, string options)
    {
        var (exit, output, err) = RunBenchmarks(command, "--help");
        Assert.True(exit == 0, $"exit code {exit}; stderr: {err}");
        var listed = Regex.Matches(output, @"^  (--\S+)(?: (<\w+>))?.*?(?:\[default: (\d+)\])?\s*$", RegexOptions.Multiline)
            .Where(m => m.Groups[1].Value != "--help")
            .Select(m => string.Join(' ', new[] { m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value }.Where(g => g.Length > 0)));
        Assert.Equal(options, string.Join("; ", listed));
    }

    [Theory]
    [InlineData("ipc-processes")]
    [InlineData("ipc-cpu-pairs")]
    [InlineData("stress")]
    [InlineData("cpu-pairs")]
    [InlineData("ipc-contended")]
    [InlineData("cpu-layers")]
    [InlineData("reuse-layers")]
    [InlineData("overlap-phases")]
    [InlineData("mirror-check")]
    public void AnUnknownOptionIsNamedWithTheCommandsUsage(string command)
    {
        string err = Rejected(command, "--bogus", "3");
        Assert.Contains($"weft-bench {command}: Unrecognized command or argument '--bogus'", err);
        Assert.Matches(new Regex($@"^usage: Weft\.Benchmarks {Regex.Escape(command)}( \[--\w+( [A-Z])?\])*( \(defaults: Weft\.Benchmarks {Regex.Escape(command)} --help\))?$", RegexOptions.Multiline), err);
    }

    [Theory]
    [InlineData("cpu-pairs --pairs x", "--pairs: expected a positive integer, found 'x'")]
    [InlineData("ipc-contended --threads 0", "--threads: expected a positive integer, found '0'")]
    [InlineData("overlap-phases --phases 10 --rounds -3", "--rounds: expected a positive integer, found '-3'")]
    [InlineData("ipc-processes --ops 1.5", "--ops: expected a positive integer, found '1.5'")]
    [InlineData("cpu-layers --pairs 99999999999", "--pairs: expected a positive integer, found '99999999999'")]
    [InlineData("stress --seconds soon", "--seconds: expected a positive number, found 'soon'")]
    public void AValueThatIsNotAPositiveNumberIsNamedWithWhatWasExpected(string line, string message)
    {
        var args = line.Split(' ');
        string err = Rejected(args);
        Assert.Contains($"weft-bench {args[0]}: {message}", err);
    }

    [Theory]
    [InlineData("reuse-layers --pairs", "--pairs: expected a positive integer, found no value")]
    [InlineData("ipc-cpu-pairs --pairs 1000 --rounds", "--rounds: expected a positive integer, found no value")]
    [InlineData("stress --filter", "--filter: expected a text, found no value")]
    public void AnOptionWithoutItsValueIsNamedWithWhatWasExpected(string line, string message)
    {
        var args = line.Split(' ');
        string err = Rejected(args);
        Assert.Contains($"weft-bench {args[0]}: {message}", err);
    }
}
