using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Runs the benchmark program (tools/Weft.Benchmarks, production impl/) as a child process for the tests of its own
/// commands: the path comes from the test assembly's <c>WeftBenchmarks</c> metadata; a run still going after
/// <paramref name="timeout"/> is killed with its process tree and fails the test.
/// </summary>
internal static class BenchmarkProgram
{
    public static (int ExitCode, string Out, string Err) Run(TimeSpan timeout, params string[] args)
    {
        string dll = typeof(BenchmarkProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WeftBenchmarks").Value!;
        Assert.True(File.Exists(dll), $"the benchmark program is not built: {dll}");
        var psi = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start the benchmark program");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            Assert.Fail($"'{string.Join(' ', args)}' still running after {timeout.TotalSeconds:F0} s (killed)");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
