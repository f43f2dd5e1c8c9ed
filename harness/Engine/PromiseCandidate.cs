namespace Weft.Engine;

/// <summary>
/// A value a relaxed load under the release/acquire model may read before it is stored (<see cref="RaPromises"/>):
/// <paramref name="Thread"/> will store <paramref name="Bits"/> to the load's location later in the execution.
/// </summary>
internal readonly record struct PromiseCandidate(int Thread, long Bits);
