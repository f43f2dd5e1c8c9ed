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
