using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>
/// Starts TLC. One command line for every caller (<c>weft tlc</c>, <c>weft verify</c>'s TLC stage, trace validation,
/// the tests): <c>java -XX:+UseParallelGC -cp &lt;jar&gt; tlc2.TLC -tool -workers 1 [-metadir D] -config C [extra] M.tla</c>,
/// so that every run is breadth-first with one worker (deterministic counts) and prints the framed <c>-tool</c>
/// output that <see cref="TlcOutputReader"/> reads.
/// </summary>
public static class TlcProcess
{
    /// <summary>The arguments of java for a run of <paramref name="module"/> (a file name, <c>Spec.tla</c>) with <paramref name="config"/>.</summary>
    public static List<string> Arguments(string jar, string config, string module, string? metaDir = null, IEnumerable<string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(jar);
        var args = new List<string> { "-XX:+UseParallelGC", "-cp", jar, "tlc2.TLC", "-tool", "-workers", "1" };
        if (metaDir is not null) args.AddRange(new[] { "-metadir", metaDir });
        args.AddRange(new[] { "-config", config });
        if (extra is not null) args.AddRange(extra);
        args.Add(module);
        return args;
    }

    /// <summary>The command as shown to people and recorded in provenance: the jar written as <c>$TLA2TOOLS_JAR</c>.</summary>
    public static string Show(IReadOnlyList<string> args, string jar) =>
        "java " + string.Join(" ", args.Select(a => a == jar ? "$TLA2TOOLS_JAR" : Quote(a)));

    private static string Quote(string a) => a.Any(char.IsWhiteSpace) ? "'" + a + "'" : a;

    /// <summary>
    /// Reads TLC's <c>-tool</c> output (<see cref="TlcOutputReader.Parse"/>). Output that TLC did not finish (a spec or
    /// configuration it could not load, a crash) is an input error that quotes TLC's own last lines, since the
    /// reader's complaint about the framing says nothing about the cause.
    /// </summary>
    public static TlcResult Read(string output, string rawPath)
    {
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            return TlcOutputReader.Parse(output, rawPath);
        }
        catch (WeftInputException e)
        {
            var last = output.Split('\n').Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith("@!@!@", StringComparison.Ordinal)).TakeLast(6).ToList();
            throw new WeftInputException(
                $"{e.Message}\nTLC did not finish normally; its last lines:\n  " + (last.Count == 0 ? "(no output)" : string.Join("\n  ", last)));
        }
    }

    /// <summary>
    /// Runs java with <paramref name="args"/> in <paramref name="workDir"/>, merging standard output and error in
    /// arrival order; <paramref name="progress"/> sees TLC's progress lines as they come. No java on PATH is a
    /// <see cref="WeftInputException"/>.
    /// </summary>
    public static (int Exit, string Output) Run(IReadOnlyList<string> args, string workDir, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var psi = new ProcessStartInfo("java")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        var sb = new StringBuilder();
        var gate = new object();
        using var proc = new Process { StartInfo = psi };
        proc.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (gate) sb.Append(e.Data).Append('\n');
            // TLC's progress reports (message 2200) on a long run.
            if (progress is not null && e.Data.StartsWith("Progress(", StringComparison.Ordinal)) progress(e.Data);
        };
        proc.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) sb.Append(e.Data).Append('\n'); };
        try
        {
            proc.Start();
        }
        catch (Win32Exception e)
        {
            throw new WeftInputException($"cannot start java ({e.Message}); TLC needs a Java runtime (11 or later) on PATH");
        }
        proc.BeginOutputReadLine();
        proc.BeginErrorReadLine();
        proc.WaitForExit();
        lock (gate) return (proc.ExitCode, sb.ToString());
    }
}
