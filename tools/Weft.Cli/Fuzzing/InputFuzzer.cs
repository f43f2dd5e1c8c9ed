using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;

namespace Weft.Cli.Fuzzing;

/// <summary>
/// Feeds one reader its fuzz cases (see <see cref="InputMutator"/>), each read on a thread of its own under a timeout,
/// and sorts the outcomes: read, refused with an input error (what the CLI reports as exit 1), any other exception
/// (an internal error: exit 3 and a stack trace), no answer within the timeout (a hang). Failing inputs are kept
/// under <c>failures/</c> for replay. A case whose reader never returns is abandoned (its thread cannot be stopped);
/// a crash of the process (a stack overflow) ends the run, and <see cref="InFlightFile"/> then names the case.
/// </summary>
internal sealed class InputFuzzer
{
    private readonly FuzzTarget _target;
    private readonly FuzzWorkspace _workspace;
    private readonly string _failures;
    private readonly TimeSpan _timeout;

    public InputFuzzer(FuzzTarget target, string fixtures, string workDir, TimeSpan timeout)
    {
        _target = target;
        _workspace = new FuzzWorkspace(fixtures, Path.Combine(workDir, target.Name), target);
        _failures = Path.Combine(workDir, "failures");
        _timeout = timeout;
        InFlightFile = Path.Combine(workDir, target.Name + ".in-flight");
    }

    /// <summary>Holds the index of the case being read; left behind when the process dies on it.</summary>
    public string InFlightFile { get; }

    /// <summary>Runs cases <paramref name="from"/> to <paramref name="count"/> - 1 of <paramref name="seed"/>.</summary>
    public FuzzSummary Run(ulong seed, int from, int count)
    {
        var summary = new FuzzSummary(_target.Name);
        for (int i = from; i < count; i++)
        {
            var c = InputMutator.Make(_workspace.Original, seed, _target.Name, i);
            File.WriteAllText(InFlightFile, i.ToString(CultureInfo.InvariantCulture));
            Place(c);
            var (outcome, detail) = ReadOnce();
            summary.Count(outcome);
            if (outcome is FuzzOutcome.Internal or FuzzOutcome.Hang)
                summary.Examples.Add(Keep(c, outcome, detail));
        }
        File.Delete(InFlightFile);
        return summary;
    }

    /// <summary>Describes case <paramref name="index"/> (for a crash found by a parent process) and keeps its input.</summary>
    public string KeepCrash(ulong seed, int index)
    {
        var c = InputMutator.Make(_workspace.Original, seed, _target.Name, index);
        return Keep(c, FuzzOutcome.Crash, "the process died reading it");
    }

    private void Place(FuzzCase c)
    {
        if (c.Special is { } special) _workspace.WriteSpecial(special);
        else _workspace.Write(c.Bytes!);
    }

    private (FuzzOutcome, string) ReadOnce()
    {
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                _target.Read(_workspace);
            }
            catch (Exception e)
            {
                error = e;
            }
        }, maxStackSize: 1024 * 1024) { IsBackground = true, Name = "fuzz " + _target.Name };
        thread.Start();
        if (!thread.Join(_timeout)) return (FuzzOutcome.Hang, $"no answer within {_timeout.TotalSeconds:F0}s");
        return error switch
        {
            null => (FuzzOutcome.Read, ""),
            WeftInputException or ReplayDivergenceException => (FuzzOutcome.InputError, error.Message),
            _ => (FuzzOutcome.Internal, error.ToString()),
        };
    }

    /// <summary>Copies the failing input under failures/ and returns a one-line description.</summary>
    private string Keep(FuzzCase c, FuzzOutcome outcome, string detail)
    {
        Directory.CreateDirectory(_failures);
        var name = $"{_target.Name}-{c.Index.ToString(CultureInfo.InvariantCulture)}-{outcome.ToString().ToLowerInvariant()}";
        var kept = Path.Combine(_failures, name + Path.GetExtension(_target.InputPath));
        if (c.Bytes is { } bytes) File.WriteAllBytes(kept, bytes);
        else File.WriteAllText(kept, $"special file: {c.Special}\n");
        var firstLine = detail.Split('\n')[0];
        return $"{outcome} case {c.Index} ({c.Mutation}): {firstLine} [input: {kept}]";
    }

    /// <summary>A fixed-seed sample that a test can run in a few seconds: every reader, <paramref name="perReader"/> cases each.</summary>
    public static IReadOnlyList<FuzzSummary> Sample(string fixtures, string workDir, ulong seed, int perReader, TimeSpan timeout)
    {
        var list = new List<FuzzSummary>();
        foreach (var t in FuzzTarget.All) list.Add(new InputFuzzer(t, fixtures, workDir, timeout).Run(seed, 0, perReader));
        return list;
    }

}
