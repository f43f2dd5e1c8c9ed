namespace Weft.Reporting;

/// <summary>What replaying a committed trace showed.</summary>
public enum TraceStatus
{
    /// <summary>Every replayed state equals the trace's state (through the refinement mapping).</summary>
    Conforms,
    /// <summary>The implementation departed from the trace; the divergence says where.</summary>
    Diverges,
    /// <summary>The spec changed since TLC recorded the trace: it was refused, not replayed (regenerate it).</summary>
    Stale,
    /// <summary>The trace was listed but not replayed.</summary>
    NotReplayed,
}
