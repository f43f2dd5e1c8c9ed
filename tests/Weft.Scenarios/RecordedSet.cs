using System;
using Weft.Linearizability;
using Weft.Models;
using Weft.Reclamation;

namespace Weft.Scenarios;

/// <summary>
/// A set of long keys (a skiplist or a tree) under a scenario, each add, remove and lookup recorded in a history, so the
/// set scenarios write their workloads, and the check that ends them, once for every such structure. At the end the main
/// thread looks up every key of the workload's range (so lost or phantom keys show in the history), the structure must
/// be quiescent-shaped, and the history linearizable with respect to <see cref="SetModel"/>.
/// </summary>
internal sealed class RecordedSet
{
    /// <summary>An add, remove or lookup of a key: its boolean answer.</summary>
    public delegate bool KeyOperation(ReclaimerThread me, long key);

    private readonly KeyOperation _add, _remove, _contains;
    private readonly Func<string?> _quiescentViolation;

    /// <param name="quiescentViolation">What is wrong with the shape of the structure once every operation returned
    /// (the failure message), or null.</param>
    public RecordedSet(Reclaimer reclaimer, KeyOperation add, KeyOperation remove, KeyOperation contains, Func<string?> quiescentViolation)
    {
        Reclaimer = reclaimer;
        (_add, _remove, _contains) = (add, remove, contains);
        _quiescentViolation = quiescentViolation;
    }

    /// <summary>The reclaimer the structure's threads register with.</summary>
    public Reclaimer Reclaimer { get; }

    public History History { get; } = new();

    /// <summary>Runs <c>add</c>, <c>remove</c> or <c>contains</c> of <paramref name="key"/>, recorded in the history.</summary>
    public void Op(ReclaimerThread me, string name, long key)
    {
        int id = History.Invoke(Checker.CurrentThreadId, name, key);
        bool result = name switch
        {
            "add" => _add(me, key),
            "remove" => _remove(me, key),
            _ => _contains(me, key),
        };
        History.Respond(id, result);
    }

    /// <summary>Asserts that the structure is quiescent-shaped (every operation has returned).</summary>
    public void AssertQuiescent()
    {
        string? violation = _quiescentViolation();
        Checker.Assert(violation is null, violation ?? string.Empty);
    }

    /// <summary>Looks up <paramref name="keys"/> on <paramref name="main"/>, then asserts the quiescent shape and that the
    /// history is linearizable.</summary>
    public void Finish(ReclaimerThread main, params long[] keys)
    {
        foreach (long key in keys) Op(main, "contains", key);
        AssertQuiescent();
        var r = LinearizabilityChecker.Check(History, new SetModel());
        Checker.Assert(r.IsLinearizable, r.Witness);
    }
}
