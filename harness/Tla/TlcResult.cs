using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>
/// What a TLC run printed, read by <see cref="TlcOutputReader"/>. <see cref="Traces"/> holds the counterexample of a
/// model-checking run (one trace, or one per violation with <c>-continue</c>) or the behaviours of a simulation; their
/// provenance fields are empty until the importer fills them in.
/// </summary>
public sealed record TlcResult(
    string? Version,
    bool Simulation,
    TlcOutcome Outcome,
    TraceViolation? Violation,
    string? ErrorMessage,
    TlcStatistics Statistics,
    IReadOnlyList<Trace> Traces,
    IReadOnlyList<TlcMessage> Messages);
