using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

/// <summary>The first line of a results log: the inputs that determine the shard (see <see cref="ShardPlan"/>).</summary>
public sealed record RunHeader
{
    public string Type { get; init; } = "run";
    public string Schema { get; init; } = ResultSchema.Version;
    public required ulong RootSeed { get; init; }
    public required int ShardIndex { get; init; }
    public required int ShardCount { get; init; }
    public required string Filter { get; init; }
    public required double BudgetSeconds { get; init; }
    public required IReadOnlyList<string> Tests { get; init; }
    public required string Tool { get; init; }
    public required string Commit { get; init; }
    /// <summary>The user's test assemblies (<c>--assembly</c>) the tests were loaded from; absent for Weft's built-in scenarios.</summary>
    public IReadOnlyList<string>? Assemblies { get; init; }
    public required DateTimeOffset Started { get; init; }
    /// <summary>The command that re-runs this shard.</summary>
    public required string Command { get; init; }

    [JsonIgnore]
    public string Shard => $"{ShardIndex}/{ShardCount}";
}

/// <summary>One step of a counterexample, for its interleaving diagram.</summary>
public sealed record StepRecord(int Step, int Thread, string Op, string Location);

/// <summary>A bug found while exploring one test.</summary>
public sealed record BugRecord
{
    public required string Kind { get; init; }
    public required string Message { get; init; }
    public string? Monitor { get; init; }
    /// <summary>The failing thread's location (file:line), or empty.</summary>
    public required string Location { get; init; }
    /// <summary>The thread step (1-based) at which the bug was detected.</summary>
    public required int Step { get; init; }
    public required int Thread { get; init; }
    public required int Iteration { get; init; }
    public string? SchedulePath { get; init; }
    public required string ReplayCommand { get; init; }
    /// <summary>The thread steps up to the failing one (the last <see cref="TestRunner.MaxDiagramSteps"/> of them).</summary>
    public IReadOnlyList<StepRecord> Steps { get; init; } = Array.Empty<StepRecord>();

    /// <summary>Bugs are the same when the same monitor (or, without one, the same kind of bug) fails at the same location.</summary>
    [JsonIgnore]
    public string DedupKey => (Monitor ?? Kind) + "@" + Location;
}

/// <summary>A child process that ended without reporting a result (a crash, a stack overflow, a kill, a timeout).</summary>
public sealed record CrashInfo(int? ExitCode, bool TimedOut, string Message, string Output);

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
