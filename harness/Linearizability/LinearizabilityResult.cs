using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Weft.Models;

namespace Weft.Linearizability;

/// <summary>The verdict of <see cref="LinearizabilityChecker.Check{TState}"/>.</summary>
public sealed class LinearizabilityResult
{
    internal LinearizabilityResult(bool linearizable, IReadOnlyList<HistoryEntry> linearization, IReadOnlyList<HistoryEntry> unplaced, int explored, string witness)
    {
        IsLinearizable = linearizable;
        Linearization = linearization;
        Unplaced = unplaced;
        ConfigurationsExplored = explored;
        Witness = witness;
    }

    public bool IsLinearizable { get; }

    /// <summary>
    /// When linearizable, a linearization: every completed operation and the pending ones that took effect, in an
    /// order consistent with real time that the specification accepts. When not, the longest linearizable prefix found.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Linearization { get; }

    /// <summary>When not linearizable, the operations that could have come next after <see cref="Linearization"/> (each
    /// invoked before every operation not in it responded), all of them rejected. Empty when linearizable.</summary>
    public IReadOnlyList<HistoryEntry> Unplaced { get; }

    /// <summary>Distinct (linearized set, state) configurations the search visited: its cost.</summary>
    public int ConfigurationsExplored { get; }

    /// <summary>A human-readable explanation of the violation (the prefix, the rejected candidates with the
    /// specification's answers, and the history's events); empty when linearizable.</summary>
    public string Witness { get; }

    public override string ToString() => IsLinearizable
        ? string.Create(CultureInfo.InvariantCulture, $"linearizable: {string.Join(", ", Linearization)} ({ConfigurationsExplored} configuration(s) explored)")
        : Witness;
}
