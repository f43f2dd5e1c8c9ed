using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>How a TLC run ended.</summary>
public enum TlcOutcome
{
    /// <summary>Model checking completed without error (2193), or a simulation finished without one.</summary>
    Pass,

    /// <summary>An invariant, property, deadlock or assertion was violated (see <see cref="TlcResult.Violation"/>).</summary>
    Violation,

    /// <summary>TLC stopped on an error that is not a property of the spec: a parse or evaluation error.</summary>
    Error,
}

/// <summary>TLC's final counts; null where the output does not report them (a simulation has no distinct states).</summary>
public sealed record TlcStatistics(long? StatesGenerated, long? DistinctStates, long? StatesLeftOnQueue, int? Depth);

/// <summary>One framed message of TLC's <c>-tool</c> output: <c>@!@!@STARTMSG code:severity @!@!@</c> ... <c>@!@!@ENDMSG code @!@!@</c>.</summary>
/// <param name="Code">TLC's message code (tlc2.output.EC), e.g. 2110 for an invariant violation.</param>
/// <param name="Severity">0 none, 1 error, 2 TLC bug, 3 warning, 4 state.</param>
/// <param name="Text">The lines between the markers, joined with '\n'.</param>
/// <param name="Line">The line of the STARTMSG marker.</param>
public sealed record TlcMessage(int Code, int Severity, string Text, int Line);

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
