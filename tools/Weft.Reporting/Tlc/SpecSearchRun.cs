using System;
using System.Collections.Generic;
using System.IO;

namespace Weft.Reporting;

/// <summary>
/// One configuration searched by the engine at the spec's granularity (<c>weft verify</c>'s spec-search stage): what
/// it found against what TLC's manifest records. The search agrees when it finds a failure exactly where TLC finds a
/// violation.
/// </summary>
public sealed record SpecSearchRun
{
    public required string Spec { get; init; }
    public required string Config { get; init; }
    /// <summary>TLC's result in the manifest: <c>pass</c> or <c>violation</c>.</summary>
    public required string Expected { get; init; }
    /// <summary>The first failure the search found (monitor message, deadlock), or null.</summary>
    public string? Failure { get; init; }
    public required long Schedules { get; init; }
    public required int Actions { get; init; }
    public required int Preemptions { get; init; }
    /// <summary>Every schedule within the bound ran (for a clean search).</summary>
    public required bool Exhausted { get; init; }
    public double Seconds { get; init; }
    public required bool Agrees { get; init; }

    /// <summary>
    /// The configuration's <c>ACTION_CONSTRAINT</c>, which the search honoured (delay-bounded from round-robin:
    /// <see cref="Preemptions"/> then counts delays), or null.
    /// </summary>
    public string? ActionConstraint { get; init; }

    /// <summary><c>stateful</c> (fingerprinted states, revisits pruned, no preemption bound) or <c>bounded</c> (preemption-bounded, stateless).</summary>
    public string Mode { get; init; } = "bounded";
    /// <summary>For a failure where TLC names a violated invariant or property: the failure is that one's monitor (null: not applicable).</summary>
    public bool? SameInvariant { get; init; }
    /// <summary>Stateful search: distinct states reached within the constraint (TLC's distinct states).</summary>
    public long? States { get; init; }
    /// <summary>Stateful search: states on the longest shortest behaviour (TLC's depth).</summary>
    public int? Depth { get; init; }
    /// <summary>Stateful search: transitions run into states within the constraint.</summary>
    public long? Transitions { get; init; }
    /// <summary>Stateful search: actions run in all, and those spent on known transitions (replayed prefixes and walks: the cost of not snapshotting).</summary>
    public long? ActionsRun { get; init; }
    public long? ActionsReplayed { get; init; }
    /// <summary>TLC's figures from the manifest: distinct states, depth, wall time (for a violation, when TLC stopped).</summary>
    public long? TlcStates { get; init; }
    public int? TlcDepth { get; init; }
    public double? TlcSeconds { get; init; }
    /// <summary>How the engine's state count compares with TLC's, and why they differ.</summary>
    public string? StateComparison { get; init; }

    /// <summary>Where verify's spec-search stage leaves its results for the report.</summary>
    public const string ResultsFileName = "search.json";

    public static void Save(IReadOnlyList<SpecSearchRun> runs, string path) =>
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(runs, ConformanceJson.Options));

    private static readonly System.Text.Json.JsonSerializerOptions StrictOptions = StrictJson.Strict(ConformanceJson.Options);

    public static IReadOnlyList<SpecSearchRun> Load(string path) => StrictJson.ReadList<SpecSearchRun>(path, "spec-search results", StrictOptions);

    /// <summary>The search's result in a report cell.</summary>
    public string Describe() => Mode == "stateful"
        ? (Failure is { } f ? "fails: " + f : Exhausted ? "clean, state space exhausted" : "clean up to the budget") +
          FormattableString.Invariant($" ({StateLine()}; {Schedules:N0} runs, {Seconds:F1}s)") + (StateComparison is { } c ? " " + c : "")
        : (Failure is { } f2 ? "fails: " + f2 : Exhausted ? "clean, bounded space exhausted" : "clean up to the schedule cap") +
          FormattableString.Invariant($" ({Schedules:N0} schedules of {Actions} actions, {Preemptions} {(ActionConstraint is null ? "preemptions" : "delays from round-robin under ACTION_CONSTRAINT " + ActionConstraint)})");

    /// <summary>"engine: N states, depth D; TLC: M states, depth E" (TLC's part when the manifest has it).</summary>
    public string StateLine() =>
        FormattableString.Invariant($"engine: {States:N0} states, depth {Depth}") +
        (TlcStates is { } t ? FormattableString.Invariant($"; TLC: {t:N0} states, depth {TlcDepth}") : "; TLC: no counts in the manifest");
}
