using System.Collections.Generic;

namespace Weft.Tla;

/// <summary>
/// A spec action and the pc labels it can start from. <paramref name="Choices"/> resolves the nondeterministic
/// choices (<c>Checker.Choose</c>) the implementation makes during the action: the first choice gets
/// <c>Choices[0]</c>, and so on (a workload that picks its next operation at random is told which one the trace
/// took).
/// </summary>
public sealed record SpecAction(string Name, IReadOnlyList<string> From, IReadOnlyList<int>? Choices = null)
{
    public SpecAction(string name, params string[] from) : this(name, (IReadOnlyList<string>)from) { }

    /// <summary>
    /// The pseudo-label of a thread asleep in a futex wait. An action that starts from it (a spurious wake-up) is the
    /// engine waking the thread spuriously; the thread then runs to its next label.
    /// </summary>
    public const string Asleep = "(asleep in futex wait)";
}
