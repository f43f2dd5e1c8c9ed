using System;
using System.Globalization;
using Weft.Schedules;

namespace Weft;

/// <summary>
/// The outcome of minimizing a failing schedule: the schedule as found and the minimized one (fewest preemptions, then
/// fewest steps) that fails the same way (<see cref="FailureSignature"/>), with their costs and the effort spent.
/// </summary>
public sealed record MinimizationResult
{
    /// <summary>The schedule as found.</summary>
    public required Schedule Original { get; init; }

    /// <summary>The minimized schedule; it replays by itself with <c>weft replay</c> (or <c>WEFT_REPLAY</c>).</summary>
    public required Schedule Minimized { get; init; }

    /// <summary>The failure both schedules reproduce.</summary>
    public required FailureSignature Failure { get; init; }

    public required int OriginalPreemptions { get; init; }
    public required int OriginalSteps { get; init; }
    public required int Preemptions { get; init; }
    public required int Steps { get; init; }

    /// <summary>
    /// Weak-memory decisions (store-buffer flushes chosen under TSO; stale reads and stores placed before newer ones under
    /// RA) of the schedule as found and of the minimized one; 0 under SC.
    /// </summary>
    public int OriginalWeakDecisions { get; init; }
    public int WeakDecisions { get; init; }

    /// <summary>Replays spent (the first replays the original).</summary>
    public required int Replays { get; init; }
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Set when the budget ran out before minimization finished: the minimized schedule may not be minimal.</summary>
    public string? BudgetExhausted { get; init; }

    /// <summary>Where the minimized schedule was written, when it was.</summary>
    public string? MinimizedPath { get; init; }

    /// <summary>The command that replays the minimized schedule.</summary>
    public string? ReplayCommand { get; init; }

    /// <summary>One line: original and minimized preemptions and steps, replays spent, and whether the budget ran out.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{OriginalPreemptions} preemptions, {Weak(OriginalWeakDecisions)}{OriginalSteps} steps as found -> {Preemptions} preemptions, {Weak(WeakDecisions)}{Steps} steps minimized " +
        $"({Replays} replays, {Elapsed.TotalSeconds:F2}s{(BudgetExhausted is null ? "" : "; " + BudgetExhausted + ": may not be minimal")})");

    /// <summary><c>3 weak-memory decisions, </c> under TSO or RA; empty under SC.</summary>
    internal string Weak(int count) => Original.MemoryModel == MemoryModel.SC ? "" :
        string.Create(CultureInfo.InvariantCulture, $"{count} weak-memory decision{(count == 1 ? "" : "s")}, ");
}
