using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>A behaviour of a spec's workload explored by the engine, with every state mapped to the spec's variables.</summary>
public sealed record ExportedBehaviour(
    string Spec,
    IReadOnlyDictionary<string, TlaValue> Constants,
    ulong Seed,
    IReadOnlyList<ExportedState> States,
    BugReport? Bug,
    string? Error,
    IReadOnlyList<string> ActionLog);
