using System;
using System.Collections.Generic;

namespace Weft.Models;

/// <summary>
/// A specification in which every operation has exactly one outcome (result and next state) from every state,
/// as is the case for stacks, queues, sets and maps: implement <see cref="Step"/> and get
/// <see cref="ISequentialSpec{TState}"/> for free.
/// </summary>
public abstract class DeterministicSpec<TState> : ISequentialSpec<TState> where TState : IEquatable<TState>
{
    public abstract TState Initial { get; }

    /// <summary>The result <paramref name="op"/> returns from <paramref name="state"/>, and the state after it.
    /// Throws <see cref="ArgumentException"/> for an operation the specification does not know.</summary>
    public abstract (object? Result, TState Next) Step(TState state, Operation op);

    public (bool Ok, TState Next) Apply(TState state, Operation op, object? result)
    {
        var (expected, next) = Step(state, op);
        return Values.Same(expected, result) ? (true, next) : (false, state);
    }

    public IEnumerable<TState> ApplyPending(TState state, Operation op) => new[] { Step(state, op).Next };

    /// <summary>Rejects an operation this specification does not define.</summary>
    protected static ArgumentException Unknown(Operation op, string known) =>
        new($"{op}: unknown operation; this specification defines {known}", nameof(op));
}
