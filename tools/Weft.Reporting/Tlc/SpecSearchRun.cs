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

    /// <summary>Where verify's spec-search stage leaves its results for the report.</summary>
    public const string ResultsFileName = "search.json";

    public static void Save(IReadOnlyList<SpecSearchRun> runs, string path) =>
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(runs, ConformanceJson.Options));

    private static readonly System.Text.Json.JsonSerializerOptions StrictOptions = StrictJson.Strict(ConformanceJson.Options);

    public static IReadOnlyList<SpecSearchRun> Load(string path) => StrictJson.ReadList<SpecSearchRun>(path, "spec-search results", StrictOptions);

    /// <summary>The search's result in a report cell.</summary>
    public string Describe() =>
        (Failure is { } f ? "fails: " + f : Exhausted ? "clean, bounded space exhausted" : "clean up to the schedule cap") +
        FormattableString.Invariant($" ({Schedules:N0} schedules of {Actions} actions, {Preemptions} {(ActionConstraint is null ? "preemptions" : "delays from round-robin under " + ActionConstraint)})");
}
