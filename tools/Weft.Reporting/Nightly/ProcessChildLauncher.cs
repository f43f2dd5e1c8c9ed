using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace Weft.Reporting;

/// <summary>
/// Starts <c>weft run-one</c> (a hidden command) in a child process: the same executable as this process, or
/// <c>dotnet weft.dll</c> when this process is <c>dotnet</c>. The child explores one test and prints one line
/// <c>WEFT-RESULT {json}</c>; a child that dies first (a crash, a stack overflow, a kill) leaves no such line,
/// and a child that outlives its timeout is killed. A child dies with this process (<see cref="ParentDeath"/>).
/// </summary>
public sealed class ProcessChildLauncher : IChildLauncher
{
    public const string ResultMarker = "WEFT-RESULT ";

    private readonly string _fileName;
    private readonly IReadOnlyList<string> _prefix;
    private readonly IReadOnlyDictionary<string, string?> _environment;
    private IReadOnlyList<string> _suffix = Array.Empty<string>();

    /// <param name="fileName">The program to start.</param>
    /// <param name="prefixArguments">Arguments before <c>run-one</c> (e.g. the path of weft.dll for <c>dotnet</c>).</param>
    /// <param name="environment">Variables to set (or, with null, remove) in the child.</param>
    public ProcessChildLauncher(string fileName, IReadOnlyList<string> prefixArguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        _fileName = fileName;
        _prefix = prefixArguments;
        _environment = environment ?? new Dictionary<string, string?>();
    }

    /// <summary>A launcher that starts the program this process is running.</summary>
    public static ProcessChildLauncher ForCurrentProcess()
    {
        var exe = Environment.ProcessPath ?? throw new InvalidOperationException("the path of the current executable is unknown");
        var name = Path.GetFileNameWithoutExtension(exe);
        if (string.Equals(name, "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            var dll = Assembly.GetEntryAssembly()?.Location;
            if (string.IsNullOrEmpty(dll)) throw new InvalidOperationException("the entry assembly's path is unknown");
            return new ProcessChildLauncher(exe, new[] { dll });
        }
        return new ProcessChildLauncher(exe, Array.Empty<string>());
    }

    /// <summary>This launcher with <paramref name="arguments"/> after each child's own (e.g. the <c>--assembly</c> files to load).</summary>
    public ProcessChildLauncher WithArguments(IReadOnlyList<string> arguments) =>
        new(_fileName, _prefix, _environment) { _suffix = arguments };

    public ChildOutcome Run(PlannedTest test, string shard, string scheduleDir, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(test);
        var psi = new ProcessStartInfo(_fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var a in _prefix) psi.ArgumentList.Add(a);
        foreach (var a in Arguments(test, shard, scheduleDir)) psi.ArgumentList.Add(a);
        foreach (var a in _suffix) psi.ArgumentList.Add(a);
        foreach (var (k, v) in _environment)
        {
            if (v is null) psi.Environment.Remove(k);
            else psi.Environment[k] = v;
        }
        // The child prints plain lines: it is never a terminal.
        psi.Environment["CI"] = "true";
        // The child dies with this process (ParentDeath): it watches for this pid and for the end of its standard
        // input, which stays open (and empty) until the child has exited.
        psi.Environment[ParentDeath.ParentVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {_fileName}");
        string? result = null;
        var output = new BoundedText(4000);
        var gate = new object();
        p.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (gate)
            {
                if (e.Data.StartsWith(ResultMarker, StringComparison.Ordinal)) result = e.Data[ResultMarker.Length..];
                else output.Add(e.Data);
            }
        };
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (gate) output.Add(e.Data);
        };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        bool exited = p.WaitForExit(timeout);
        if (!exited)
        {
            try
            {
                p.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }
            p.WaitForExit();
        }
        else
        {
            p.WaitForExit(); // drains the asynchronous readers
        }
        p.StandardInput.Dispose();
        lock (gate)
        {
            return new ChildOutcome(exited ? p.ExitCode : null, !exited, result, output.ToString());
        }
    }

    /// <summary>The arguments of the hidden child command for <paramref name="test"/>.</summary>
    public static IReadOnlyList<string> Arguments(PlannedTest test, string shard, string scheduleDir)
    {
        ArgumentNullException.ThrowIfNull(test);
        return new[]
        {
            "run-one", test.Id,
            "--seed", test.Seed.ToString(CultureInfo.InvariantCulture),
            "--budget-ms", ((long)test.Budget.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            "--shard", shard,
            "--schedules", scheduleDir,
        };
    }

    /// <summary>Keeps the first lines of a child's output up to a size (a stack overflow prints thousands of frames).</summary>
    private sealed class BoundedText
    {
        private readonly int _max;
        private readonly StringBuilder _sb = new();
        private int _dropped;

        public BoundedText(int max) => _max = max;

        public void Add(string line)
        {
            if (_sb.Length + line.Length + 1 > _max)
            {
                _dropped++;
                return;
            }
            _sb.Append(line).Append('\n');
        }

        public override string ToString() =>
            _dropped == 0 ? _sb.ToString() : _sb + string.Create(CultureInfo.InvariantCulture, $"... ({_dropped} more lines)\n");
    }
}
