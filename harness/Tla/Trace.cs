using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>Where a trace came from: a counterexample of model checking, or a random behaviour of <c>-simulate</c>.</summary>
public enum TraceKind
{
    Counterexample,
    Simulation,
}

/// <summary>What TLC reported at the end of a counterexample.</summary>
/// <param name="Kind">"invariant", "property", "deadlock" or "assertion".</param>
/// <param name="Name">The violated invariant or property (null for a deadlock).</param>
/// <param name="Message">TLC's message text.</param>
public sealed record TraceViolation(string Kind, string? Name, string Message);

/// <summary>
/// One state of a trace and the action that produced it. Step 1 is the initial state (<see cref="Action"/> is
/// <c>Init</c>, no parameters). <see cref="Parameters"/> are the action's arguments as TLC printed them
/// (<c>IbrBeginReadEra(1)</c> gives <c>[1]</c>); <see cref="State"/> maps every variable to its value.
/// <see cref="Line"/> is the line of the step in the file it was read from (0 when built in memory), for messages.
/// </summary>
public sealed record TraceStep(
    int Index,
    string Action,
    IReadOnlyList<TlaValue> Parameters,
    string? Location,
    IReadOnlyDictionary<string, TlaValue> State,
    int Line = 0);

/// <summary>
/// A TLC trace with its provenance, as stored in <c>traces/&lt;spec&gt;/*.yaml</c> (schema <c>weft-trace/1</c>).
/// The spec hash is what makes a trace stale: replay refuses a trace whose <see cref="SpecSha256"/> differs from
/// the SHA-256 of <see cref="SpecFile"/> in the repository.
/// A counterexample of a liveness property is a lasso: when <see cref="LoopsBackTo"/> is k, the last step is the
/// step that closes the loop (TLC's "Back to state: &lt;Action&gt;", or the action <c>Stuttering</c> when the
/// behaviour stutters forever) and its state is the state of step k.
/// </summary>
public sealed record Trace(
    string Spec,
    string SpecFile,
    string SpecSha256,
    string Config,
    string ConfigSha256,
    string TlcVersion,
    string Command,
    string Date,
    TraceKind Kind,
    TraceViolation? Violation,
    int? LoopsBackTo,
    string? RawOutput,
    IReadOnlyList<TraceStep> Steps)
{
    /// <summary>The file the trace was read from (null when built in memory).</summary>
    public string? Path { get; init; }
}
