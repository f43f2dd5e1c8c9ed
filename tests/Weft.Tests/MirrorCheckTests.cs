using System;
using System.Linq;
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

    private static (int ExitCode, string Out, string Err) RunMirrorCheck() => BenchmarkProgram.Run(Timeout, "mirror-check");

    [Fact]
    public void MirrorAgreesWithTheLibraryAndTheNegativeControlIsCaught()
    {
        var (exit, output, err) = RunMirrorCheck();
        Assert.True(exit == 0, $"exit code {exit}; stdout: {output}; stderr: {err}");
        Assert.Contains("mirror-check: the mirror and the library stack agree on every operation", output);
        Assert.Matches(@"mirror-check: negative control caught: operation \d+ \(pop at depth \d+\): the mirror returned \(True, \d+\), the library \(True, \d+\)", output);
    }
}
