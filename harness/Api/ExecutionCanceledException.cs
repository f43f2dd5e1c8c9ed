using System;

namespace Weft;

/// <summary>
/// Unwinds a controlled thread whose iteration has ended (a bug was found elsewhere, or the run is torn down).
/// Code under test must not swallow it; catching <see cref="Exception"/> and continuing re-raises it at the next
/// scheduling point.
/// </summary>
public sealed class ExecutionCanceledException : Exception
{
    public ExecutionCanceledException() : base("The controlled iteration was canceled.") { }
    public ExecutionCanceledException(string message) : base(message) { }
    public ExecutionCanceledException(string message, Exception inner) : base(message, inner) { }
}
