using System.Collections.Generic;

namespace Weft.Tla;

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
