using System;
using System.Collections.Generic;

namespace Weft.Models;

/// <summary>
/// A sequential specification: the behaviour of an object when its operations run one at a time. A
/// linearizability checker asks it whether an operation, applied to a state, may return the result a history
/// recorded, and what state follows.
///
/// States must be immutable values with structural equality and a hash consistent with it (and preferably
/// deterministic across processes): the checker memoizes (linearized operations, state) pairs, so two states
/// that compare equal must behave identically from then on.
/// </summary>
/// <typeparam name="TState">The abstract state: an immutable value.</typeparam>
public interface ISequentialSpec<TState> where TState : IEquatable<TState>
{
    /// <summary>The state of a freshly constructed object.</summary>
    TState Initial { get; }

    /// <summary>
    /// Applies <paramref name="op"/>, which returned <paramref name="result"/>, to <paramref name="state"/>.
    /// Ok is false when the specification does not allow that result from that state (Next is then meaningless).
    /// </summary>
    (bool Ok, TState Next) Apply(TState state, Operation op, object? result);

    /// <summary>
    /// The states a pending operation (invoked, never responded, so its result is unknown) may lead to from
    /// <paramref name="state"/>, if it took effect: any result the specification allows is acceptable.
    /// </summary>
    IEnumerable<TState> ApplyPending(TState state, Operation op);
}
