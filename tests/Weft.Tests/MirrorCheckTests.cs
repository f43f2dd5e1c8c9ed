using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// TreiberBench's baseline (tools/Weft.Benchmarks HandWrittenMirror: the library's Treiber stack, immediate reclaimer
/// and node pool transcribed with raw Interlocked) computes what the production library stack computes: the
/// benchmark program's <c>mirror-check</c> runs both through the same operations, across every pool path (free list,
/// magazine spills to the depot, batch refills), and compares every pop; its negative control, a mirror with the
/// seeded defect TreiberPopReturnsNext, must be told apart. Runs the benchmark program (production impl/) as a child process.
/// </summary>
public sealed class MirrorCheckTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static (int ExitCode, string Out, string Err) RunMirrorCheck()
    {
        string dll = typeof(MirrorCheckTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WeftBenchmarks").Value!;
        Assert.True(File.Exists(dll), $"the benchmark program is not built: {dll}");
        var psi = new ProcessStartInfo("dotnet") { ArgumentList = { dll, "mirror-check" }, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start the benchmark program");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(Timeout))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            Assert.Fail($"mirror-check still running after {Timeout.TotalSeconds:F0} s (killed)");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void MirrorAgreesWithTheLibraryAndTheNegativeControlIsCaught()
    {
        var (exit, output, err) = RunMirrorCheck();
        Assert.True(exit == 0, $"exit code {exit}; stdout: {output}; stderr: {err}");
        Assert.Contains("mirror-check: the mirror and the library stack agree on every operation", output);
        Assert.Matches(@"mirror-check: negative control caught: operation \d+ \(pop at depth \d+\): the mirror returned \(True, \d+\), the library \(True, \d+\)", output);
    }
}
