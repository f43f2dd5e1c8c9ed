using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Weft.Schedules;

/// <summary>
/// A self-describing, versioned schedule: everything needed to re-run one iteration exactly.
/// Replay depends only on <see cref="Steps"/>; the other fields say where the schedule came from.
/// </summary>
public sealed record Schedule
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string ToolVersion { get; init; }
    public required string TestId { get; init; }
    public required string Strategy { get; init; }
    public required ulong Seed { get; init; }
    public required int Iteration { get; init; }
    public required int MaxSteps { get; init; }
    public int? PreemptionBound { get; init; }
    public int SpuriousWakeups { get; init; }
    public int LivenessThreshold { get; init; }
    /// <summary>The memory model the schedule was recorded under; its flush steps (<c>t1 flush</c>) exist only under TSO.</summary>
    public MemoryModel MemoryModel { get; init; } = MemoryModel.SC;
    /// <summary>The race detector was on when the schedule was recorded (a data race replays only with it on).</summary>
    public bool RaceDetector { get; init; }
    /// <summary>
    /// The memory-order mutant the run was made with (<c>weft mutate-orders</c>): one site running with a weaker order.
    /// Replay applies it again; null for an unmutated run (every schedule without the <c>mutant</c> key).
    /// </summary>
    internal Engine.OrderMutant? OrderMutant { get; init; }
    /// <summary>Where the <c>mutant</c> key was written in <see cref="SourceFile"/>, so an error about it names the place.</summary>
    internal SourcePosition? OrderMutantPosition { get; init; }
    public required string Commit { get; init; }
    /// <summary>The user's test assembly the test was loaded from (<c>weft ... --assembly</c>); null for a test built into the tool.</summary>
    public TestAssemblyRecord? TestAssembly { get; init; }
    /// <summary>Present in a minimized schedule: where it came from and what minimization saved.</summary>
    public ScheduleMinimization? Minimization { get; init; }
    public ScheduleBug? Bug { get; init; }
    public required IReadOnlyList<ScheduleStep> Steps { get; init; }

    /// <summary>The file the schedule was read from (null when built in memory); not part of the digest.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Where each of <see cref="Steps"/> was written in <see cref="SourceFile"/>, so a divergence names it.</summary>
    public IReadOnlyList<SourcePosition>? StepPositions { get; init; }

    /// <summary><c>file:line:col: </c> of step <paramref name="index"/> (0-based) in the file it was read from, or empty.</summary>
    public string PositionPrefix(int index) =>
        SourceFile is { } f && StepPositions is { } p && index >= 0 && index < p.Count
            ? string.Create(CultureInfo.InvariantCulture, $"{f}:{p[index].Line}:{p[index].Column}: ")
            : "";

    public int ThreadStepCount
    {
        get
        {
            int n = 0;
            foreach (var s in Steps) if (s.IsThread) n++;
            return n;
        }
    }

    /// <summary>SHA-256 over the canonical form of every field: detects a schedule edited after it was written.</summary>
    public string ComputeDigest()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{SchemaVersion}\n{ToolVersion}\n{TestId}\n{Strategy}\n{Seed}\n{Iteration}\n{MaxSteps}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{PreemptionBound}\n{SpuriousWakeups}\n{LivenessThreshold}\n{Commit}\n");
        if (MemoryModel != MemoryModel.SC) sb.Append(MemoryModels.Name(MemoryModel)).Append('\n'); // SC digests stay as they were
        if (TestAssembly is { } a) sb.Append(CultureInfo.InvariantCulture, $"assembly\n{a.Name}\n{a.Version}\n{a.Path}\n{a.Sha256}\n");
        if (RaceDetector) sb.Append("race-detector\n"); // so do digests of schedules recorded without it
        if (OrderMutant is { } mutant) sb.Append("mutant\n").Append(mutant.Id).Append('\n'); // and without a mutant
        if (Bug is { } b) sb.Append(CultureInfo.InvariantCulture, $"{b.Kind}\n{b.Step}\n{b.Thread}\n{b.Monitor}\n{b.Message}\n");
        if (Minimization is { } m)
        {
            sb.Append(CultureInfo.InvariantCulture, $"minimized\n{m.From}\n{m.OriginalPreemptions}\n{m.OriginalSteps}\n{m.Preemptions}\n{m.Steps}\n");
            if (m.WeakDecisions is { } weak) sb.Append(CultureInfo.InvariantCulture, $"weak\n{m.OriginalWeakDecisions}\n{weak}\n");
        }
        foreach (var s in Steps) sb.Append(s.ToString()).Append('\n');
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Options that reproduce the bounds under which the schedule was recorded.</summary>
    public CheckOptions ApplyTo(CheckOptions o) => o with
    {
        MaxSteps = MaxSteps,
        SpuriousWakeups = SpuriousWakeups,
        LivenessThreshold = LivenessThreshold,
        MemoryModel = MemoryModel,
        RaceDetector = RaceDetector || o.RaceDetector,
        OrderMutant = OrderMutant ?? o.OrderMutant,
        TestId = TestId,
        Seed = Seed,
    };
}
