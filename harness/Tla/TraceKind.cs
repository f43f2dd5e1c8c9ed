namespace Weft.Tla;

/// <summary>Where a trace came from: a counterexample of model checking, or a random behaviour of <c>-simulate</c>.</summary>
public enum TraceKind
{
    Counterexample,
    Simulation,
}
