using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The warm-up of the thread-CPU-clock pair commands (tools/Weft.Benchmarks, <c>ipc-cpu-pairs</c>): run with a round
/// of only 1,000 pairs, where a warm-up of a tenth of a round (100 pairs, one call per row) left the rows in Tier-0
/// code that the JIT replaced during the measured rounds, the warm-up still gives every row at least 60 calls and
/// ends only once the JIT has stopped compiling, so the measured rounds compile nothing. Runs the benchmark program
/// as a child process (production impl/). Linux only (the command uses /dev/shm and the thread CPU clock).
/// </summary>
public sealed class IpcCpuPairsWarmUpTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static (int ExitCode, string Out, string Err) RunBenchmarks(params string[] args) => BenchmarkProgram.Run(Timeout, args);

    [Fact]
    public void SmallRoundsAreMeasuredAfterTheJitSettled()
    {
        if (!OperatingSystem.IsLinux()) return;
        var (exit, output, err) = RunBenchmarks("ipc-cpu-pairs", "--pairs", "1000", "--rounds", "3");
        Assert.True(exit == 0, $"exit code {exit}; stderr: {err}");
        var warmUp = Regex.Match(output, @"warm-up: (\d+) passes, ([\d,]+) calls of ([\d,]+) repetitions per row, \d+ ms(.*); JIT compilations during the measured rounds: (\d+)");
        Assert.True(warmUp.Success, $"no warm-up line in the output:\n{output}");
        Assert.Equal(1000, int.Parse(warmUp.Groups[3].Value.Replace(",", "")));
        Assert.True(int.Parse(warmUp.Groups[2].Value.Replace(",", "")) >= 60, $"fewer than 60 warm-up calls per row:\n{output}");
        Assert.True(int.Parse(warmUp.Groups[1].Value) >= 2, "the warm-up stopped before a pass could show the JIT idle");
        Assert.True(warmUp.Groups[4].Value == "", $"the warm-up was cut off:\n{output}");
        Assert.True(warmUp.Groups[5].Value == "0", $"the JIT compiled methods during the measured rounds:\n{output}");
        foreach (var row in new[] { "System.Threading.Lock", "IpcMutex (in-process segment)", "IpcMutex (named, /dev/shm)" })
            Assert.Matches(new Regex($@"\| {Regex.Escape(row)} \| [\d.]+ ns \|"), output);
    }

    /// <summary>
    /// <c>ipc-contended</c> runs every row on 2 threads to the end (the benchmark-only hand-off variant, whose release
    /// retracts a reservation nobody woke for, would hang here if it lost a wake) and prints every row's median.
    /// </summary>
    [Fact]
    public void ContendedPairsRunEveryRow()
    {
        if (!OperatingSystem.IsLinux()) return;
        var (exit, output, err) = RunBenchmarks("ipc-contended", "--pairs", "20000", "--rounds", "2", "--threads", "2");
        Assert.True(exit == 0, $"exit code {exit}; stderr: {err}");
        foreach (var row in new[] { "System.Threading.Lock", "IpcMutex (named, /dev/shm)", "IpcMutex (in-process, no spinning)",
                     "wake variant: hand-off to the woken thread", "wake variant: woken thread spins before sleeping again" })
            Assert.Matches(new Regex($@"\| {Regex.Escape(row)} \| [\d.]+ ns \|"), output);
        var bad = RunBenchmarks("ipc-contended", "--threads", "0");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("weft-bench ipc-contended: --threads: expected a positive integer, found '0'", bad.Err);
    }

    [Fact]
    public void MalformedArgumentIsAnErrorNamingIt()
    {
        var (exit, _, err) = RunBenchmarks("ipc-cpu-pairs", "--pairs", "zero");
        Assert.Equal(1, exit);
        Assert.Contains("weft-bench ipc-cpu-pairs: --pairs: expected a positive integer, found 'zero'", err);
    }
}
