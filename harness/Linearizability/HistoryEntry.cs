using System.Globalization;
using Weft.Models;

namespace Weft.Linearizability;

/// <summary>One operation of a <see cref="History"/>: who invoked what, when it was invoked and when it responded (event
/// numbers, in real-time order), and what it returned.</summary>
/// <param name="Id">The id <see cref="History.Invoke(int, Operation)"/> returned.</param>
/// <param name="Thread">The thread that invoked it (as the recorder named it).</param>
/// <param name="Operation">The operation and its arguments.</param>
/// <param name="Invoked">Event number of the invocation.</param>
/// <param name="Responded">Event number of the response, or null for a pending operation.</param>
/// <param name="Result">The result (null for void and for pending operations).</param>
public sealed record HistoryEntry(int Id, int Thread, Operation Operation, long Invoked, long? Responded, object? Result)
{
    /// <summary>Invoked but never responded: it may or may not have taken effect.</summary>
    public bool IsPending => Responded is null;

    internal string ResultText => IsPending ? " -> ? (pending)" : Result is null ? "" : " -> " + Values.Format(Result);

    /// <summary><c>t1 pop() -> 2</c>; <c>t1 push(3)</c>; <c>t2 pop() -> ? (pending)</c>.</summary>
    public override string ToString() => $"t{Thread.ToString(CultureInfo.InvariantCulture)} {Operation}{ResultText}";
}
