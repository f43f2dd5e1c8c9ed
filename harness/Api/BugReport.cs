using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Weft;

/// <summary>A bug found by exploration or replay.</summary>
public sealed record BugReport
{
    public required BugKind Kind { get; init; }
    public required string Message { get; init; }
    /// <summary>The step (1-based scheduling decision) at which the bug was detected.</summary>
    public required int Step { get; init; }
    /// <summary>The thread that was running when the bug was detected, or -1.</summary>
    public required int Thread { get; init; }
    public required IReadOnlyList<ThreadPosition> Threads { get; init; }
    /// <summary>The monitor that failed, when it was a monitor.</summary>
    public string? Monitor { get; init; }
    /// <summary>The schedule that reproduces the bug.</summary>
    public required Schedules.Schedule Schedule { get; init; }
    /// <summary>Where the schedule was written, when it was.</summary>
    public string? SchedulePath { get; init; }
    /// <summary>The iteration (0-based) that found it.</summary>
    public int Iteration { get; init; }
    public string? StackTrace { get; init; }

    /// <summary>
    /// The exact command that replays this bug: <c>weft replay</c> for a registered test; for a test method that called
    /// <see cref="Checker.Check"/> itself, that test run again with <c>WEFT_REPLAY</c> naming the schedule.
    /// </summary>
    public string ReplayCommand
    {
        get => _replayCommand ?? (SchedulePath is null
            ? "(schedule not written to disk)"
            : DefaultReplayCommand(SchedulePath));
        init => _replayCommand = value;
    }

    /// <summary>The <c>weft replay</c> command of a registered test's schedule file.</summary>
    public static string DefaultReplayCommand(string schedulePath) => $"weft replay {Quote(schedulePath)} --verbose";

    /// <summary>
    /// The minimized schedule (fewest preemptions, then fewest steps) that fails the same way, written beside the
    /// schedule as found; null when minimization is off or failed (<see cref="MinimizationFailure"/>).
    /// </summary>
    public MinimizationResult? Minimization { get; init; }

    /// <summary>Why the schedule could not be minimized (its replay did not fail again), when it could not.</summary>
    public string? MinimizationFailure { get; init; }

    private readonly string? _replayCommand;

    /// <summary>For a bug reproduced by a <c>WEFT_REPLAY</c> run: the schedule replayed and whether the recorded bug recurred.</summary>
    public string? ReplayedFrom { get; init; }

    /// <summary>For a bug reproduced by a <c>WEFT_REPLAY</c> run: the interleaving log, one line per step.</summary>
    public IReadOnlyList<string>? ReplayLog { get; init; }

    /// <summary>The most log lines <see cref="Describe"/> prints (the last ones, where the bug is).</summary>
    private const int LogLinesShown = 200;

    /// <summary>A stable signature for de-duplicating bugs: kind, monitor and location of the failing step.</summary>
    public string Signature
    {
        get
        {
            var loc = Thread >= 0 && Thread < Threads.Count ? Threads[Thread].Location : "";
            return $"{Kind}|{Monitor}|{loc}";
        }
    }

    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{KindText(Kind)} at step {Step}");
        if (Thread >= 0) sb.Append(CultureInfo.InvariantCulture, $" on thread {Thread}");
        sb.Append(": ").Append(Message).AppendLine();
        foreach (var t in Threads) sb.Append("  ").Append(t).AppendLine();
        sb.Append("  replay: ").Append(ReplayCommand);
        if (Minimization is { } m)
        {
            // Each command alone on its line, so it can be copied as it stands.
            sb.AppendLine().Append("  minimized: ").Append(m.ReplayCommand ?? "(schedule not written to disk)");
            sb.AppendLine().Append(CultureInfo.InvariantCulture,
                $"  minimization: {Count(m.OriginalPreemptions, "preemption")}, {m.Weak(m.OriginalWeakDecisions)}{Count(m.OriginalSteps, "step")} as found (replay); {Count(m.Preemptions, "preemption")}, {m.Weak(m.WeakDecisions)}{Count(m.Steps, "step")} minimized ({m.Replays} replays in {m.Elapsed.TotalSeconds:F2}s)");
            if (m.BudgetExhausted is not null)
                sb.AppendLine().Append("  minimization stopped early: ").Append(m.BudgetExhausted).Append("; the minimized schedule may not be minimal");
        }
        else if (MinimizationFailure is not null)
        {
            sb.AppendLine().Append("  not minimized: ").Append(MinimizationFailure);
        }
        if (ReplayedFrom is not null) sb.AppendLine().Append("  replayed from ").Append(ReplayedFrom);
        if (ReplayLog is { Count: > 0 } log)
        {
            sb.AppendLine().Append(CultureInfo.InvariantCulture, $"  interleaving ({log.Count} steps):");
            int from = Math.Max(0, log.Count - LogLinesShown);
            if (from > 0) sb.AppendLine().Append(CultureInfo.InvariantCulture, $"    ... {from} earlier steps");
            for (int i = from; i < log.Count; i++) sb.AppendLine().Append("    ").Append(log[i]);
        }
        return sb.ToString();
    }

    public static string KindText(BugKind k) => k switch
    {
        BugKind.Assertion => "assertion failure",
        BugKind.UnhandledException => "unhandled exception",
        BugKind.Deadlock => "deadlock",
        BugKind.Liveness => "liveness violation",
        BugKind.StepBoundExceeded => "step bound exceeded (suspected livelock)",
        BugKind.UncontrolledBlocking => "uncontrolled blocking",
        BugKind.DataRace => "data race",
        _ => k.ToString(),
    };

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static string Quote(string p) => p.Contains(' ', StringComparison.Ordinal) ? $"\"{p}\"" : p;
}
