using System;
using System.Collections.Generic;
using System.Globalization;

namespace Weft;

/// <summary>The outcome of an exploration.</summary>
public sealed record ExplorationResult
{
    public required string TestId { get; init; }
    public required string Strategy { get; init; }
    public required int Iterations { get; init; }
    public required long Steps { get; init; }
    public required TimeSpan Elapsed { get; init; }
    /// <summary>True when a systematic strategy explored its whole bounded space.</summary>
    public required bool Exhausted { get; init; }
    public required IReadOnlyList<BugReport> Bugs { get; init; }
    public BugReport? Bug => Bugs.Count > 0 ? Bugs[0] : null;
    /// <summary>Per-strategy iteration counts (the portfolio splits them).</summary>
    public IReadOnlyDictionary<string, int> IterationsByStrategy { get; init; } = new Dictionary<string, int>();
    /// <summary>
    /// Events each monitor observed, by monitor name, summed over the iterations: a typed event counts for the monitors
    /// implementing <see cref="IMonitorOf{T}"/> for it, an untyped one for monitors without typed interfaces. Every
    /// monitor attached to the exploration is listed; 0 means it was active but never fed an event, so it checked nothing.
    /// </summary>
    public IReadOnlyDictionary<string, long> MonitorEvents { get; init; } = new Dictionary<string, long>();

    /// <summary>
    /// Iterations discarded as infeasible (counted in <see cref="Iterations"/>, neither bugs nor outcomes): under the
    /// release/acquire model, a relaxed load read a promised value that no later store kept (see the README's RA section).
    /// </summary>
    public int InfeasibleIterations { get; init; }

    public double IterationsPerSecond => Elapsed.TotalSeconds > 0 ? Iterations / Elapsed.TotalSeconds : 0;
    public double StepsPerSecond => Elapsed.TotalSeconds > 0 ? Steps / Elapsed.TotalSeconds : 0;

    public string Summary()
    {
        var s = string.Create(CultureInfo.InvariantCulture,
            $"{TestId}: {Iterations} iterations, {Steps} steps in {Elapsed.TotalSeconds:F2}s ({IterationsPerSecond:F0} it/s) with {Strategy}");
        if (Exhausted) s += string.Create(CultureInfo.InvariantCulture, $"; all {Iterations} schedules explored");
        if (InfeasibleIterations > 0) s += string.Create(CultureInfo.InvariantCulture, $"; {InfeasibleIterations} discarded (a promise not kept)");
        if (Bug is { } b) s += $"; {BugReport.KindText(b.Kind)} at iteration {b.Iteration}";
        return s;
    }
}
