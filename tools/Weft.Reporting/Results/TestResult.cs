using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

/// <summary>The outcome of exploring one registered test.</summary>
public sealed record TestResult
{
    public string Type { get; init; } = "result";
    public required string Test { get; init; }
    public string Shard { get; init; } = "0/1";
    public required ulong Seed { get; init; }
    public required double BudgetSeconds { get; init; }
    public required bool NegativeControl { get; init; }
    public required string ExpectedBug { get; init; }
    public required string Strategy { get; init; }
    public required int Iterations { get; init; }
    public required long Steps { get; init; }
    public required double ElapsedSeconds { get; init; }
    /// <summary>True when a systematic strategy explored its whole bounded space.</summary>
    public required bool Exhausted { get; init; }
    public IReadOnlyDictionary<string, int> IterationsByStrategy { get; init; } = new Dictionary<string, int>();
    /// <summary>
    /// Events each monitor observed, by monitor name, summed over the iterations (0: attached but never fed an event).
    /// Null when not recorded: a log written before the field existed, or a child that crashed before reporting.
    /// </summary>
    public IReadOnlyDictionary<string, long>? MonitorEvents { get; init; }
    /// <summary>pass, proved (bounded space exhausted), caught, BUG, MISSED, UNFINISHED (a control whose time ran out before its iteration budget), WRONG (a control caught as another kind), CRASH.</summary>
    public required string Verdict { get; init; }
    /// <summary>True when the outcome is the expected one (a correct test passed, a negative control was caught).</summary>
    public required bool Passed { get; init; }
    public IReadOnlyList<BugRecord> Bugs { get; init; } = Array.Empty<BugRecord>();
    public CrashInfo? Crash { get; init; }
    public DateTimeOffset Finished { get; init; }
    /// <summary>The user's test assembly the test was loaded from (<c>--assembly</c>); absent for Weft's built-in scenarios.</summary>
    public string? Assembly { get; init; }

    /// <summary>The command that reproduces this test's run on its own.</summary>
    [JsonIgnore]
    public string RerunCommand =>
        $"weft explore {Test} --seed {Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)} --time-budget {BudgetSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}s" +
        ShardPlan.AssemblyArguments(Assembly is null ? null : new[] { Assembly });
}
