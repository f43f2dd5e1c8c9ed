using System;
using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Reporting;

/// <summary>What <see cref="OrderMutationRunner.Run"/> runs: the tests, the sites, the models and the budgets.</summary>
public sealed record OrderMutationSettings
{
    /// <summary>The selected tests; negative controls and bench shapes are left out (they check nothing about an order).</summary>
    public required IReadOnlyList<RegisteredTest> Tests { get; init; }
    /// <summary>The selection that chose <see cref="Tests"/>, as the user gave it (recorded in the results and rerun commands).</summary>
    public string Filter { get; init; } = "all";
    /// <summary>Only sites whose <c>impl/</c>-relative file:line starts with this (e.g. <c>impl/src/Reclamation/</c>); empty: all.</summary>
    public string Site { get; init; } = "";
    public IReadOnlyList<MemoryModel> Models { get; init; } = new[] { MemoryModel.TSO, MemoryModel.RA };
    /// <summary>
    /// Wall-clock budget of one mutant under one model: its covering tests run in turn until one catches it, each for its
    /// iterations (<see cref="IterationsPerTest"/>) or until this budget is spent, whichever comes first.
    /// </summary>
    public TimeSpan BudgetPerMutant { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>
    /// Iterations of each covering test per mutant and model (null: the test's own budget, as <c>weft explore</c> runs it).
    /// An iteration bound makes a run reproducible: the same seed and bound explore the same schedules at any machine load.
    /// </summary>
    public int? IterationsPerTest { get; init; }
    /// <summary>
    /// A budget for the whole check instead (the conformance report's stage): what discovery leaves of it is split evenly
    /// over the mutants and models, replacing <see cref="BudgetPerMutant"/>.
    /// </summary>
    public TimeSpan? TotalBudget { get; init; }
    /// <summary>Iterations of each test in the discovery run.</summary>

    public int DiscoveryIterations { get; init; } = 20;
    public ulong Seed { get; init; } = CheckOptions.Default.Seed;
    /// <summary>Where the schedules of caught mutants go (null: the engine's default folder).</summary>
    public string? ScheduleDirectory { get; init; }
    /// <summary>The repository whose <c>impl/src</c> is scanned for sites no selected test executes (null: no scan).</summary>
    public string? RepoRoot { get; init; }
    /// <summary>The command line recorded in the results.</summary>
    public string Command { get; init; } = "weft mutate-orders";
    /// <summary>One line per finished step (discovery of a test, a mutant under a model), for progress output.</summary>
    public Action<string>? Progress { get; init; }
}
