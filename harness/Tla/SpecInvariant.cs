namespace Weft.Tla;

/// <summary>
/// A TLA+ invariant and the C# monitor that checks it. A state invariant (<paramref name="OnState"/>) is a check
/// of the implementation's state (<see cref="SpecInstance.CheckState"/>) evaluated after every replayed step. An
/// event invariant is the named monitor reacting to events the implementation emits: a counterexample violating
/// it is reproduced when that monitor fails during the next step of some thread after the violating state (the
/// spec states the invariant before the offending access, the monitor sees the access itself).
/// </summary>
public sealed record SpecInvariant(string Name, string Monitor, bool OnState = false);
